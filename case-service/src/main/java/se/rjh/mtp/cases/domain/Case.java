package se.rjh.mtp.cases.domain;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;
import static se.rjh.mtp.api.cases.CaseStep.CLOSED;
import static se.rjh.mtp.api.cases.CaseStep.DECIDED;
import static se.rjh.mtp.api.cases.CaseStep.DECISION_PROPOSED;
import static se.rjh.mtp.api.cases.CaseStep.IN_CONSULTATION;
import static se.rjh.mtp.api.cases.CaseStep.IN_PREPARATION;
import static se.rjh.mtp.api.cases.CaseStep.RECEIVED;
import static se.rjh.mtp.api.cases.CaseStep.REGISTERED;
import static se.rjh.mtp.api.common.TextRules.CODE;
import static se.rjh.mtp.api.common.TextRules.LINE;
import static se.rjh.mtp.api.common.TextRules.PARAGRAPH;
import static se.rjh.mtp.api.common.TextRules.TEXT;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.messaging.annotation.MetaDataValue;
import org.axonframework.modelling.command.AggregateCreationPolicy;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.modelling.command.AggregateMember;
import org.axonframework.modelling.command.CreationPolicy;
import org.axonframework.serialization.Revision;
import org.axonframework.spring.stereotype.Aggregate;
import se.rjh.mtp.api.cases.CaseClosed;
import se.rjh.mtp.api.cases.CaseDecided;
import se.rjh.mtp.api.cases.CaseDocumentReferenced;
import se.rjh.mtp.api.cases.CaseLinkedToAssignment;
import se.rjh.mtp.api.cases.CaseNoteAdded;
import se.rjh.mtp.api.cases.CaseOfficerReassigned;
import se.rjh.mtp.api.cases.CaseOrigin;
import se.rjh.mtp.api.cases.CaseReceived;
import se.rjh.mtp.api.cases.CaseRegistered;
import se.rjh.mtp.api.cases.CaseReopened;
import se.rjh.mtp.api.cases.CaseStep;
import se.rjh.mtp.api.cases.CaseType;
import se.rjh.mtp.api.cases.CaseVoided;
import se.rjh.mtp.api.cases.Channel;
import se.rjh.mtp.api.cases.ConsultationAnswered;
import se.rjh.mtp.api.cases.ConsultationDueDateChanged;
import se.rjh.mtp.api.cases.ConsultationOverdue;
import se.rjh.mtp.api.cases.ConsultationRequested;
import se.rjh.mtp.api.cases.ConsultationWaived;
import se.rjh.mtp.api.cases.ConsultationWithdrawn;
import se.rjh.mtp.api.cases.Device;
import se.rjh.mtp.api.cases.DecisionProposed;
import se.rjh.mtp.api.cases.FollowUpKind;
import se.rjh.mtp.api.cases.FollowUpOutcome;
import se.rjh.mtp.api.cases.FollowUpOutcomeRecorded;
import se.rjh.mtp.api.cases.InHouseConditionsRecorded;
import se.rjh.mtp.api.cases.IncidentDetailsRecorded;
import se.rjh.mtp.api.cases.IncidentNotReportableRecorded;
import se.rjh.mtp.api.cases.NationalRecommendationRecorded;
import se.rjh.mtp.api.cases.PreparationStarted;
import se.rjh.mtp.api.cases.ProposalReturned;
import se.rjh.mtp.api.cases.RegistrationCorrected;
import se.rjh.mtp.api.cases.RiskAssessed;
import se.rjh.mtp.api.cases.RiskLevel;
import se.rjh.mtp.api.cases.SecrecyMarking;
import se.rjh.mtp.api.cases.SecrecyMarkingChanged;
import se.rjh.mtp.api.cases.Submitter;
import se.rjh.mtp.api.common.ActionNotPermittedException;
import se.rjh.mtp.api.common.InvalidInputException;
import se.rjh.mtp.api.common.MetadataKeys;
import se.rjh.mtp.api.common.NotFoundException;

import se.rjh.mtp.api.common.SentNotifications;
import se.rjh.mtp.api.common.StateConflictException;
import se.rjh.mtp.api.common.TextRules;
import se.rjh.mtp.api.groups.QuestionRaised;

/**
 * An ärende and its whole lifecycle in one place: intake, registration, preparation with its consultations,
 * proposal, decision, closing or voiding, and the corrections made along the way, each with a reason. Command handlers check the rules and answer the step the case is in
 * afterwards; event sourcing handlers only set state, and take the step from {@link CaseStep#enteredBy}. What is
 * only about consultations or about the type-specific data is guarded by the members {@link Consultations} and
 * {@link TypeSpecificData}; which step allows it is decided here.
 */
@Aggregate(snapshotTriggerDefinition = "snapshotTrigger")
@Revision("1")
public class Case {

    private static final Set<CaseStep> PREPARING = EnumSet.of(IN_PREPARATION, IN_CONSULTATION);

    @AggregateIdentifier
    private String caseId;
    private CaseStep step;
    private CaseType caseType;
    private String caseNumber;
    private LocalDate receivedOn;
    private CaseOrigin origin;
    /** Null until preparation starts. */
    private String caseOfficer;
    /** The current secrecy marking; null when the case is not marked. */
    private SecrecyMarking secrecy;
    /** The follow-ups of the case's decisions so far, by id: more than one decision only after a reopening. */
    private final Map<String, FollowUpKind> followUps = new LinkedHashMap<>();
    /** The outcome of every follow-up that has one; the others are open. */
    private final Map<String, FollowUpOutcome> followUpOutcomes = new HashMap<>();
    private final TypeSpecificData typeData = new TypeSpecificData();
    private final Consultations consultations = new Consultations();

    protected Case() {
        // for Axon
    }

    // ---- Intake: RECEIVED

    @CommandHandler
    public Case(ReceiveCase command) {
        TextRules.identifier("caseId", command.caseId());
        apply(new CaseReceived(command.caseId(),
                TextRules.required("subject", command.subject(), LINE),
                TextRules.optional("description", command.description(), TEXT),
                TextRules.present("caseType", command.caseType()),
                TextRules.present("channel", command.channel()),
                validSubmitter(TextRules.present("submitter", command.submitter())),
                TextRules.present("receivedOn", command.receivedOn()),
                command.origin()));
    }

    /** Kafka may deliver a question twice; the case id is derived from the question, so the second is a no-op. */
    @CommandHandler
    @CreationPolicy(AggregateCreationPolicy.CREATE_IF_MISSING)
    public void handle(OpenCaseFromQuestion command) {
        if (step != null) {
            return;
        }
        QuestionRaised question = command.question();
        TextRules.identifier("questionId", question.questionId());
        apply(new CaseReceived(command.caseId(),
                TextRules.required("subject", question.subject(), LINE),
                TextRules.optional("text", question.text(), TEXT),
                CaseType.UNIT_QUESTION,
                Channel.LAG,
                new Submitter(TextRules.required("raisedBy", question.raisedBy(), LINE),
                        TextRules.optional("groupName", question.groupName(), LINE), null),
                TextRules.present("receivedOn", command.receivedOn()),
                new CaseOrigin(question.questionId(), question.assignmentId(), question.groupId())));
    }

    private static Submitter validSubmitter(Submitter submitter) {
        return new Submitter(TextRules.required("submitter.name", submitter.name(), LINE),
                TextRules.optional("submitter.unit", submitter.unit(), LINE),
                TextRules.optional("submitter.email", submitter.email(), LINE));
    }

    // ---- Registration: RECEIVED -> REGISTERED (with the number series, see CaseRegistrationHandler)

    /** Checked before a number is taken, so a refused registration uses up no number. */
    public void checkRegistrable(RegisterCase command) {
        requireStep("registration needs a case in RECEIVED", RECEIVED);
        validRegistration(command);
    }

    /** Called in the same unit of work that took the number. */
    public void register(RegisterCase command, String assignedNumber, String actor) {
        requireStep("registration needs a case in RECEIVED", RECEIVED);
        RegisterCase valid = validRegistration(command);
        SecrecyMarking secrecy = valid.secrecyProvision() == null ? null : new SecrecyMarking(
                valid.secrecyProvision(),
                valid.secrecyMarkedOn() != null ? valid.secrecyMarkedOn() : valid.registeredOn(),
                actor != null ? actor : "unknown");
        apply(new CaseRegistered(caseId, assignedNumber, caseType, valid.classification(), valid.device(), secrecy,
                receivedOn, valid.registeredOn()));
    }

    private RegisterCase validRegistration(RegisterCase command) {
        return new RegisterCase(command.caseId(),
                TextRules.required("classification", command.classification(), LINE),
                command.device() == null ? null : Devices.valid("device", command.device()),
                TextRules.optional("secrecyProvision", command.secrecyProvision(), CODE),
                command.secrecyMarkedOn(),
                TextRules.present("registeredOn", command.registeredOn()));
    }

    // ---- Preparation: REGISTERED -> IN_PREPARATION, and what is recorded while preparing

    @CommandHandler
    public CaseStep handle(StartPreparation command) {
        requireStep("preparation starts on a registered case", REGISTERED);
        apply(new PreparationStarted(caseId, caseNumber, caseType,
                TextRules.required("caseOfficer", command.caseOfficer(), LINE),
                TextRules.present("startedOn", command.startedOn())));
        return step;
    }

    @CommandHandler
    public void handle(AddCaseNote command) {
        requirePreparation();
        apply(new CaseNoteAdded(caseId, TextRules.identifier("noteId", command.noteId()),
                TextRules.required("text", command.text(), TEXT)));
    }

    @CommandHandler
    public void handle(ReferenceCaseDocument command) {
        requirePreparation();
        if (command.sizeBytes() < 0) {
            throw new InvalidInputException("sizeBytes", "must not be negative");
        }
        apply(new CaseDocumentReferenced(caseId, TextRules.identifier("documentId", command.documentId()),
                TextRules.required("name", command.name(), LINE),
                TextRules.required("checksum", command.checksum(), LINE),
                command.sizeBytes()));
    }

    @CommandHandler
    public void handle(AssessRisk command) {
        requirePreparation();
        oneToFive("severity", command.severity());
        oneToFive("probability", command.probability());
        int score = command.severity() * command.probability();
        apply(new RiskAssessed(caseId, command.severity(), command.probability(), score, RiskLevel.of(score),
                TextRules.optional("comment", command.comment(), PARAGRAPH)));
    }

    @CommandHandler
    public void handle(LinkCaseToAssignment command) {
        requirePreparation();
        apply(new CaseLinkedToAssignment(caseId, TextRules.identifier("assignmentId", command.assignmentId())));
    }

    @CommandHandler
    public void handle(RecordIncidentDetails command) {
        requirePreparation();
        TypeSpecificData.requireType(caseType, step.name(), CaseType.INCIDENT_FOLLOW_UP);
        TypeSpecificData.requireReportedAfterEvent(command.eventDate(), command.reportedToManufacturerOn(),
                command.reportedToMedicalProductsAgencyOn(), command.reportedToIvoOn());
        apply(new IncidentDetailsRecorded(caseId, command.eventDate(),
                command.device() == null ? null : Devices.valid("device", command.device()),
                command.reportedToManufacturerOn(), command.reportedToMedicalProductsAgencyOn(),
                command.reportedToIvoOn(), command.lexMariaAssessed(),
                Devices.validInHouseId("inHouseDeviceId", command.inHouseDeviceId())));
    }

    /** Stands in for the reporting dates in the proposal's checklist. */
    @CommandHandler
    public void handle(RecordIncidentNotReportable command) {
        requirePreparation();
        TypeSpecificData.requireType(caseType, step.name(), CaseType.INCIDENT_FOLLOW_UP);
        apply(new IncidentNotReportableRecorded(caseId, reason(command.reason())));
    }

    @CommandHandler
    public void handle(RecordInHouseConditions command) {
        requirePreparation();
        TypeSpecificData.requireType(caseType, step.name(), CaseType.IN_HOUSE_MANUFACTURING);
        apply(new InHouseConditionsRecorded(caseId, typeData.validConditions(command.conditions()),
                typeData.regulation()));
    }

    @CommandHandler
    public void handle(RecordNationalRecommendation command) {
        requirePreparation();
        TypeSpecificData.requireType(caseType, step.name(),
                CaseType.INTRODUCTION, CaseType.MTP_COUNCIL_RECOMMENDATION);
        apply(new NationalRecommendationRecorded(caseId, caseType,
                TypeSpecificData.validRecommendation(caseType, command.recommendation()),
                TextRules.optional("reference", command.reference(), LINE), command.issuedOn()));
    }

    // ---- Consultation: IN_PREPARATION -> IN_CONSULTATION

    @CommandHandler
    public CaseStep handle(RequestConsultation command) {
        requirePreparation();
        String consultationId = consultations.newId(command.consultationId());
        LocalDate dueDate = Consultations.validDueDate(command.dueDate(), command.requestedOn());
        apply(new ConsultationRequested(caseId, consultationId, TextRules.present("body", command.body()),
                TextRules.required("question", command.question(), TEXT), dueDate));
        return step;
    }

    @CommandHandler
    public void handle(AnswerConsultation command) {
        requirePreparation();
        Consultations.Request request = consultations.requireOpen(step.name(), command.consultationId());
        apply(new ConsultationAnswered(caseId, request.consultationId(), request.body(),
                TextRules.required("answer", command.answer(), TEXT),
                TextRules.present("answeredOn", command.answeredOn())));
    }

    @CommandHandler
    public void handle(WaiveConsultation command) {
        requirePreparation();
        Consultations.Request request = consultations.requireOpen(step.name(), command.consultationId());
        apply(new ConsultationWaived(caseId, request.consultationId(), request.body(),
                TextRules.required("reason", command.reason(), PARAGRAPH)));
    }

    /** Idempotent: a job may send this again and again; only the first time past the due date raises the event. */
    @CommandHandler
    public boolean handle(MarkConsultationOverdue command) {
        Consultations.Request request = PREPARING.contains(step)
                ? consultations.newlyOverdue(command.consultationId(), command.today())
                : null;
        if (request != null) {
            apply(new ConsultationOverdue(caseId, request.consultationId(), request.body(), request.dueDate(),
                    command.today()));
        }
        return request != null;
    }

    // ---- Proposal and decision: -> DECISION_PROPOSED -> (IN_PREPARATION | DECIDED) -> CLOSED, or VOIDED

    @CommandHandler
    public CaseStep handle(ProposeDecision command) {
        requireStep("a proposal is made during preparation or consultation", IN_PREPARATION, IN_CONSULTATION);
        String proposal = TextRules.required("proposal", command.proposal(), TEXT);
        String rationale = TextRules.required("rationale", command.rationale(), PARAGRAPH);
        String noConsultationReason =
                TextRules.optional("noConsultationReason", command.noConsultationReason(), PARAGRAPH);
        List<String> missing = new ArrayList<>(typeData.missingFor(caseType));
        missing.addAll(consultations.missingForProposal(noConsultationReason != null));
        if (!missing.isEmpty()) {
            throw new ProposalIncompleteException(step.name(), missing);
        }
        apply(new DecisionProposed(caseId, caseNumber, caseType, proposal, rationale, noConsultationReason));
        return step;
    }

    @CommandHandler
    public CaseStep handle(ReturnProposal command) {
        requireStep("only a proposed decision can be sent back", DECISION_PROPOSED);
        apply(new ProposalReturned(caseId, caseNumber, TextRules.required("reason", command.reason(), PARAGRAPH)));
        return step;
    }

    @CommandHandler
    public CaseStep handle(DecideCase command) {
        requireStep("a decision needs a proposal", DECISION_PROPOSED);
        apply(new CaseDecided(caseId, caseNumber, caseType,
                TextRules.required("decision", command.decision(), TEXT),
                TextRules.present("decidedBy", command.decidedBy()),
                TextRules.present("decidedOn", command.decidedOn()),
                FollowUps.valid(command.followUps(), followUps.keySet()),
                origin));
        return step;
    }

    @CommandHandler
    public CaseStep handle(CloseCase command) {
        requireStep("only a decided case can be closed", DECIDED);
        LocalDate closedOn = TextRules.present("closedOn", command.closedOn());
        String note = TextRules.optional("note", command.note(), TEXT);
        String override = TextRules.optional("openFollowUpsReason", command.openFollowUpsReason(), PARAGRAPH);
        if (override != null && !command.mayCloseWithOpenFollowUps()) {
            throw new ActionNotPermittedException("Only the chair may close a case with follow-ups still open.");
        }
        List<String> open = followUps.keySet().stream().filter(id -> !followUpOutcomes.containsKey(id)).toList();
        if (!open.isEmpty() && override == null) {
            throw new OpenFollowUpsException(step.name(), open);
        }
        apply(new CaseClosed(caseId, caseNumber, caseType, closedOn, note, open.isEmpty() ? null : override));
        return step;
    }

    @CommandHandler
    public CaseStep handle(VoidCase command) {
        if (step.finished()) {
            throw new StateConflictException(step.name(), "a decided, closed or voided case cannot be voided");
        }
        apply(new CaseVoided(caseId, caseNumber, caseType, step.name(),
                TextRules.required("reason", command.reason(), PARAGRAPH), origin));
        return step;
    }

    // ---- Follow-ups: OPEN until their outcome is recorded, once; closing waits for them (see CloseCase)

    /** Only OTHER follow-ups are people's to record; the others are reported by the service carrying them out. */
    @CommandHandler
    public void handle(RecordFollowUpOutcome command, @MetaDataValue(MetadataKeys.ACTOR) String actor) {
        FollowUpKind kind = requireFollowUp(command.followUpId());
        requireCaseOfficerOrAnyCase(command.actsOnAnyCase(), actor, "record a follow-up's outcome");
        if (kind != FollowUpKind.OTHER) {
            throw new StateConflictException(kind.name(),
                    "the outcome of a " + kind + " follow-up is reported by the service that carries it out");
        }
        FollowUpOutcome outcome = TextRules.present("outcome", command.outcome());
        FollowUpOutcome earlier = followUpOutcomes.get(command.followUpId());
        if (earlier != null && earlier != outcome) {
            throw new StateConflictException(earlier.name(), "a follow-up's outcome is recorded once");
        }
        recordOutcome(command.followUpId(), kind, outcome, command.reason(), command.recordedOn());
    }

    @CommandHandler
    public void handle(ReportFollowUpOutcome command) {
        recordOutcome(command.followUpId(), requireFollowUp(command.followUpId()),
                TextRules.present("outcome", command.outcome()), command.reason(), command.reportedOn());
    }

    /** A repeated outcome (a redelivered report, a double click) changes nothing. */
    private void recordOutcome(String followUpId, FollowUpKind kind, FollowUpOutcome outcome, String reason,
                               LocalDate on) {
        if (followUpOutcomes.containsKey(followUpId)) {
            return;
        }
        String why = outcome == FollowUpOutcome.NOT_POSSIBLE ? reason(reason)
                : TextRules.optional("reason", reason, PARAGRAPH);
        apply(new FollowUpOutcomeRecorded(caseId, followUpId, kind, outcome, why, TextRules.present("recordedOn", on)));
    }

    private FollowUpKind requireFollowUp(String followUpId) {
        FollowUpKind kind = followUpId == null ? null : followUps.get(followUpId);
        if (kind == null) {
            throw new NotFoundException("follow-up", followUpId);
        }
        return kind;
    }

    // ---- Corrections: each with a reason; who made it and when are in the event's metadata

    /** Any registered case, whatever its step: the diarium must be right. The diarienummer is never changed. */
    @CommandHandler
    public void handle(CorrectRegistration command) {
        requireRegistered("registration data is corrected once the case is registered");
        String subject = TextRules.optional("subject", command.subject(), LINE);
        String description = TextRules.optional("description", command.description(), TEXT);
        Submitter submitter = command.submitter() == null ? null : validSubmitter(command.submitter());
        String classification = TextRules.optional("classification", command.classification(), LINE);
        Device device = command.device() == null ? null : Devices.valid("device", command.device());
        if (subject == null && description == null && submitter == null && classification == null
                && device == null) {
            throw new InvalidInputException("correction",
                    "nothing to correct: give subject, description, submitter, classification or device");
        }
        apply(new RegistrationCorrected(caseId, caseNumber, subject, description, submitter, classification, device,
                reason(command.reason())));
    }

    @CommandHandler
    public void handle(ReassignCaseOfficer command, @MetaDataValue(MetadataKeys.ACTOR) String actor) {
        requireStep("a case is handed over while it is prepared or proposed",
                IN_PREPARATION, IN_CONSULTATION, DECISION_PROPOSED);
        requireCaseOfficerOrAnyCase(command.actsOnAnyCase(), actor, "hand the case over");
        String next = TextRules.required("caseOfficer", command.caseOfficer(), LINE);
        if (next.equals(caseOfficer)) {
            throw new InvalidInputException("caseOfficer", "is already the case officer");
        }
        apply(new CaseOfficerReassigned(caseId, caseNumber, caseOfficer, next, reason(command.reason())));
    }

    @CommandHandler
    public void handle(ChangeConsultationDueDate command, @MetaDataValue(MetadataKeys.ACTOR) String actor) {
        requirePreparation();
        requireCaseOfficerOrAnyCase(command.actsOnAnyCase(), actor, "change a consultation's due date");
        Consultations.Request request = consultations.requireOpen(step.name(), command.consultationId());
        LocalDate dueDate = Consultations.changedDueDate(request, command.dueDate(), command.changedOn());
        apply(new ConsultationDueDateChanged(caseId, request.consultationId(), request.body(), request.dueDate(),
                dueDate, reason(command.reason())));
    }

    @CommandHandler
    public void handle(WithdrawConsultation command, @MetaDataValue(MetadataKeys.ACTOR) String actor) {
        requirePreparation();
        requireCaseOfficerOrAnyCase(command.actsOnAnyCase(), actor, "withdraw a consultation request");
        Consultations.Request request = consultations.requireOpen(step.name(), command.consultationId());
        apply(new ConsultationWithdrawn(caseId, request.consultationId(), request.body(), reason(command.reason())));
    }

    /** Public-records law applies whatever the step, so a registered case is marked or unmarked in any step. */
    @CommandHandler
    public void handle(ChangeSecrecyMarking command, @MetaDataValue(MetadataKeys.ACTOR) String actor) {
        requireRegistered("a secrecy marking is changed once the case is registered");
        requireCaseOfficerOrAnyCase(command.actsOnAnyCase(), actor, "change the secrecy marking");
        String provision = TextRules.optional("provision", command.provision(), CODE);
        SecrecyMarking next = null;
        if (provision == null && secrecy == null) {
            throw new StateConflictException(step.name(), "the case has no secrecy marking to lift");
        }
        if (provision != null) {
            LocalDate today = TextRules.present("today", command.today());
            LocalDate markedOn = command.markedOn() != null ? command.markedOn() : today;
            if (markedOn.isAfter(today)) {
                throw new InvalidInputException("markedOn", "must not be in the future");
            }
            next = new SecrecyMarking(provision, markedOn, actor != null ? actor : "unknown");
            if (secrecy != null && provision.equals(secrecy.provision()) && markedOn.equals(secrecy.markedOn())) {
                throw new InvalidInputException("provision", "is the current marking");
            }
        }
        apply(new SecrecyMarkingChanged(caseId, caseNumber, secrecy, next, reason(command.reason())));
    }

    @CommandHandler
    public CaseStep handle(ReopenCase command) {
        requireStep("only a closed case is reopened", CLOSED);
        apply(new CaseReopened(caseId, caseNumber, caseType, reason(command.reason())));
        return step;
    }

    private void requireRegistered(String needed) {
        if (caseNumber == null) {
            throw new StateConflictException(step == null ? "NONE" : step.name(), needed);
        }
    }

    /** The chair (and for some actions the registrar) acts on every case; a case officer only on their own. */
    private void requireCaseOfficerOrAnyCase(boolean actsOnAnyCase, String actor, String action) {
        if (!actsOnAnyCase && (caseOfficer == null || !caseOfficer.equals(actor))) {
            throw new ActionNotPermittedException("Only the case officer of this case may " + action + ".");
        }
    }

    /** Every correction states why. */
    private static String reason(String reason) {
        return TextRules.required("reason", reason, PARAGRAPH);
    }

    private void requireStep(String needed, CaseStep... allowed) {
        if (step == null || !List.of(allowed).contains(step)) {
            throw new StateConflictException(step == null ? "NONE" : step.name(), needed);
        }
    }

    private void requirePreparation() {
        requireStep("only during preparation or consultation", IN_PREPARATION, IN_CONSULTATION);
    }

    private static void oneToFive(String field, int value) {
        if (value < 1 || value > 5) {
            throw new InvalidInputException(field, "must be between 1 and 5");
        }
    }

    // ---- State: every step change comes from CaseStep.enteredBy, the process's one event-to-step mapping.

    private void enter(Object event) {
        step = CaseStep.enteredBy(event.getClass()).orElse(step);
    }

    @EventSourcingHandler
    void on(CaseReceived event) {
        this.caseId = event.caseId();
        this.caseType = event.caseType();
        this.receivedOn = event.receivedOn();
        this.origin = event.origin();
        enter(event);
    }

    @EventSourcingHandler
    void on(CaseRegistered event) {
        this.caseNumber = event.caseNumber();
        this.secrecy = event.secrecy();
        typeData.device(event.device());
        enter(event);
    }

    @EventSourcingHandler
    void on(RegistrationCorrected event) {
        typeData.device(event.device());
    }

    @EventSourcingHandler
    void on(PreparationStarted event) {
        this.caseOfficer = event.caseOfficer();
        enter(event);
    }

    @EventSourcingHandler
    void on(CaseOfficerReassigned event) {
        this.caseOfficer = event.caseOfficer();
    }

    @EventSourcingHandler
    void on(SecrecyMarkingChanged event) {
        this.secrecy = event.secrecy();
    }

    @EventSourcingHandler
    void on(IncidentNotReportableRecorded event) {
        typeData.notReportable();
    }

    @EventSourcingHandler
    void on(IncidentDetailsRecorded event) {
        typeData.incident(event);
    }

    @EventSourcingHandler
    void on(InHouseConditionsRecorded event) {
        typeData.conditions(event.conditions(), event.regulationOrMdr());
    }

    @EventSourcingHandler
    void on(NationalRecommendationRecorded event) {
        typeData.recommendation(event.recommendation());
    }

    @EventSourcingHandler
    void on(ConsultationRequested event) {
        consultations.requested(event.consultationId(), event.body(), event.dueDate());
        enter(event);
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
    void on(ConsultationWithdrawn event) {
        consultations.closed(event.consultationId(), Consultations.Status.WITHDRAWN);
    }

    @EventSourcingHandler
    void on(ConsultationDueDateChanged event) {
        consultations.dueDateChanged(event.consultationId(), event.dueDate());
    }

    @EventSourcingHandler
    void on(ConsultationOverdue event) {
        consultations.overdue(event.consultationId());
    }

    @EventSourcingHandler
    void on(DecisionProposed event) {
        enter(event);
    }

    @EventSourcingHandler
    void on(ProposalReturned event) {
        enter(event);
    }

    @EventSourcingHandler
    void on(CaseDecided event) {
        if (event.followUps() != null) {
            event.followUps().forEach(f -> followUps.put(f.followUpId(), f.kind()));
        }
        enter(event);
    }

    @EventSourcingHandler
    void on(FollowUpOutcomeRecorded event) {
        followUpOutcomes.put(event.followUpId(), event.outcome());
    }

    @EventSourcingHandler
    void on(CaseClosed event) {
        enter(event);
    }

    @EventSourcingHandler
    void on(CaseReopened event) {
        enter(event);
    }

    @EventSourcingHandler
    void on(CaseVoided event) {
        enter(event);
    }

    /** Each e-mail sent about this case, recorded by the platform's notifier (RecordNotificationSent). */
    @AggregateMember
    private final SentNotifications notifications = new SentNotifications();
}
