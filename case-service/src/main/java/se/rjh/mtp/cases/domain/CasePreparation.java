package se.rjh.mtp.cases.domain;

import se.rjh.mtp.api.cases.CaseStep;
import static org.axonframework.modelling.command.AggregateLifecycle.apply;
import static se.rjh.mtp.api.cases.CaseStep.IN_CONSULTATION;
import static se.rjh.mtp.api.cases.CaseStep.IN_PREPARATION;
import static se.rjh.mtp.cases.domain.Texts.LONG;
import static se.rjh.mtp.cases.domain.Texts.SHORT;

import com.fasterxml.jackson.annotation.JsonAutoDetect;
import java.util.Arrays;
import java.util.List;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import se.rjh.mtp.api.cases.CaseDocumentReferenced;
import se.rjh.mtp.api.cases.CaseLinkedToAssignment;
import se.rjh.mtp.api.cases.CaseNoteAdded;
import se.rjh.mtp.api.cases.CaseType;
import se.rjh.mtp.api.cases.ConsultationAnswered;
import se.rjh.mtp.api.cases.ConsultationOverdue;
import se.rjh.mtp.api.cases.ConsultationRequested;
import se.rjh.mtp.api.cases.ConsultationWaived;
import se.rjh.mtp.api.cases.InHouseCondition;
import se.rjh.mtp.api.cases.InHouseConditionsRecorded;
import se.rjh.mtp.api.cases.IncidentDetailsRecorded;
import se.rjh.mtp.api.cases.NationalRecommendationRecorded;
import se.rjh.mtp.api.cases.RiskAssessed;
import se.rjh.mtp.api.cases.RiskLevel;
import se.rjh.mtp.api.common.InvalidInputException;
import se.rjh.mtp.api.common.StateConflictException;

/**
 * The preparation half of the case aggregate (beredning and samverkan): notes, documents, risk, the type-specific
 * data that gates a proposal, and consultation requests. Kept apart from the lifecycle in {@link Case} only to keep
 * each file readable; both are one aggregate with one event stream.
 */
@JsonAutoDetect(fieldVisibility = JsonAutoDetect.Visibility.ANY, getterVisibility = JsonAutoDetect.Visibility.NONE,
        isGetterVisibility = JsonAutoDetect.Visibility.NONE)
abstract class CasePreparation {

    private static final String DURING_PREPARATION = "only during preparation or consultation";

    protected CaseStep step;
    protected CaseType caseType;
    protected final TypeSpecificData typeData = new TypeSpecificData();
    protected final Consultations consultations = new Consultations();

    protected abstract String caseId();

    protected void requireStep(String needed, CaseStep... allowed) {
        if (!Arrays.asList(allowed).contains(step)) {
            throw new StateConflictException(step == null ? "NONE" : step.name(), needed);
        }
    }

    private void requirePreparation() {
        requireStep(DURING_PREPARATION, IN_PREPARATION, IN_CONSULTATION);
    }

    private void requireType(CaseType... types) {
        if (!Arrays.asList(types).contains(caseType)) {
            throw new StateConflictException(step.name(), "this data applies only to case type " + Arrays.toString(types));
        }
    }

    @CommandHandler
    public void handle(AddCaseNote command) {
        requirePreparation();
        apply(new CaseNoteAdded(caseId(), Texts.required("noteId", command.noteId(), SHORT),
                Texts.required("text", command.text(), LONG)));
    }

    @CommandHandler
    public void handle(ReferenceCaseDocument command) {
        requirePreparation();
        if (command.sizeBytes() < 0) {
            throw new InvalidInputException("sizeBytes", "must not be negative");
        }
        apply(new CaseDocumentReferenced(caseId(), Texts.required("documentId", command.documentId(), SHORT),
                Texts.required("name", command.name(), SHORT), Texts.required("checksum", command.checksum(), SHORT),
                command.sizeBytes()));
    }

    @CommandHandler
    public void handle(AssessRisk command) {
        requirePreparation();
        oneToFive("severity", command.severity());
        oneToFive("probability", command.probability());
        int score = command.severity() * command.probability();
        apply(new RiskAssessed(caseId(), command.severity(), command.probability(), score, RiskLevel.of(score),
                Texts.optional("comment", command.comment(), LONG)));
    }

    private static void oneToFive(String field, int value) {
        if (value < 1 || value > 5) {
            throw new InvalidInputException(field, "must be between 1 and 5");
        }
    }

    @CommandHandler
    public void handle(LinkCaseToAssignment command) {
        requirePreparation();
        apply(new CaseLinkedToAssignment(caseId(), Texts.required("assignmentId", command.assignmentId(), SHORT)));
    }

    @CommandHandler
    public void handle(RecordIncidentDetails command) {
        requirePreparation();
        requireType(CaseType.INCIDENT_FOLLOW_UP);
        apply(new IncidentDetailsRecorded(caseId(), command.eventDate(),
                command.device() == null ? null : Texts.device("device", command.device()),
                command.reportedToManufacturerOn(), command.reportedToMedicalProductsAgencyOn(),
                command.reportedToIvoOn(), command.lexMariaAssessed()));
    }

    @CommandHandler
    public void handle(RecordInHouseConditions command) {
        requirePreparation();
        requireType(CaseType.IN_HOUSE_MANUFACTURING);
        List<InHouseCondition> given = command.conditions();
        if (given == null || given.isEmpty()) {
            throw new InvalidInputException("conditions", "must name at least one condition");
        }
        List<InHouseCondition> valid = given.stream().map(c -> {
            String field = "conditions." + (c.code() == null ? "?" : c.code().name().toLowerCase());
            Texts.present("conditions.code", c.code());
            String justification = Texts.optional(field + ".justification", c.justification(), LONG);
            if (!c.confirmed() && justification == null) {
                throw new InvalidInputException(field, "must be confirmed or justified");
            }
            return new InHouseCondition(c.code(), c.confirmed(), justification);
        }).toList();
        apply(new InHouseConditionsRecorded(caseId(), valid));
    }

    @CommandHandler
    public void handle(RecordNationalRecommendation command) {
        requirePreparation();
        requireType(CaseType.INTRODUCTION, CaseType.MTP_COUNCIL_RECOMMENDATION);
        if (caseType == CaseType.MTP_COUNCIL_RECOMMENDATION && command.recommendation() == null) {
            throw new InvalidInputException("recommendation", "is required for an MTP-rådet recommendation case");
        }
        apply(new NationalRecommendationRecorded(caseId(), caseType, command.recommendation(),
                Texts.optional("reference", command.reference(), SHORT), command.issuedOn()));
    }

    @CommandHandler
    public CaseStep handle(RequestConsultation command) {
        requirePreparation();
        String consultationId = Texts.identifier("consultationId", command.consultationId());
        if (consultations.exists(consultationId)) {
            throw new InvalidInputException("consultationId", "is already used on this case");
        }
        Texts.present("dueDate", command.dueDate());
        if (command.requestedOn() != null && command.dueDate().isBefore(command.requestedOn())) {
            throw new InvalidInputException("dueDate", "must not be in the past");
        }
        apply(new ConsultationRequested(caseId(), consultationId, Texts.present("body", command.body()),
                Texts.required("question", command.question(), LONG), command.dueDate()));
        return IN_CONSULTATION;
    }

    @CommandHandler
    public void handle(AnswerConsultation command) {
        requirePreparation();
        Consultations.Request request = consultations.requireOpen(step.name(), command.consultationId());
        apply(new ConsultationAnswered(caseId(), request.consultationId(), request.body(),
                Texts.required("answer", command.answer(), LONG), Texts.present("answeredOn", command.answeredOn())));
    }

    @CommandHandler
    public void handle(WaiveConsultation command) {
        requirePreparation();
        Consultations.Request request = consultations.requireOpen(step.name(), command.consultationId());
        apply(new ConsultationWaived(caseId(), request.consultationId(), request.body(),
                Texts.required("reason", command.reason(), LONG)));
    }

    /** Idempotent: a job may send this again and again; only the first time past the due date raises the event. */
    @CommandHandler
    public boolean handle(MarkConsultationOverdue command) {
        Consultations.Request request = consultations.get(command.consultationId());
        boolean applies = request != null && request.status() == Consultations.Status.OPEN && !request.overdue()
                && (step == IN_PREPARATION || step == IN_CONSULTATION)
                && command.today() != null && command.today().isAfter(request.dueDate());
        if (applies) {
            apply(new ConsultationOverdue(caseId(), request.consultationId(), request.body(), request.dueDate(),
                    command.today()));
        }
        return applies;
    }

    @EventSourcingHandler
    void on(IncidentDetailsRecorded event) {
        typeData.incident(event);
    }

    @EventSourcingHandler
    void on(InHouseConditionsRecorded event) {
        typeData.conditions(event.conditions());
    }

    @EventSourcingHandler
    void on(NationalRecommendationRecorded event) {
        typeData.recommendation(event.recommendation());
    }

    @EventSourcingHandler
    void on(ConsultationRequested event) {
        consultations.requested(event.consultationId(), event.body(), event.dueDate());
        step = IN_CONSULTATION;
    }

    @EventSourcingHandler
    void on(ConsultationAnswered event) {
        consultations.closed(event.consultationId(), Consultations.Status.ANSWERED);
    }

    @EventSourcingHandler
    void on(ConsultationWaived event) {
        consultations.closed(event.consultationId(), Consultations.Status.WAIVED);
    }

    @EventSourcingHandler
    void on(ConsultationOverdue event) {
        consultations.overdue(event.consultationId());
    }
}
