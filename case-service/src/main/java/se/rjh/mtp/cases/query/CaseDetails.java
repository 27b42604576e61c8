package se.rjh.mtp.cases.query;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.axonframework.eventhandling.DomainEventMessage;
import se.rjh.mtp.api.cases.CaseClosed;
import se.rjh.mtp.api.cases.CaseDecided;
import se.rjh.mtp.api.cases.FollowUpOutcomeRecorded;
import se.rjh.mtp.api.cases.CaseDocumentReferenced;
import se.rjh.mtp.api.cases.CaseLinkedToAssignment;
import se.rjh.mtp.api.cases.CaseNoteAdded;
import se.rjh.mtp.api.cases.CaseOfficerReassigned;
import se.rjh.mtp.api.cases.CaseReceived;
import se.rjh.mtp.api.cases.CaseRegistered;
import se.rjh.mtp.api.cases.CaseReopened;
import se.rjh.mtp.api.cases.CaseStep;
import se.rjh.mtp.api.cases.CaseVoided;
import se.rjh.mtp.api.cases.ConsultationAnswered;
import se.rjh.mtp.api.cases.ConsultationDueDateChanged;
import se.rjh.mtp.api.cases.ConsultationOverdue;
import se.rjh.mtp.api.cases.ConsultationRequested;
import se.rjh.mtp.api.cases.ConsultationWaived;
import se.rjh.mtp.api.cases.ConsultationWithdrawn;
import se.rjh.mtp.api.cases.DecisionProposed;
import se.rjh.mtp.api.cases.InHouseCondition;
import se.rjh.mtp.api.cases.InHouseConditionCode;
import se.rjh.mtp.api.cases.InHouseRegulation;
import se.rjh.mtp.api.cases.InHouseConditionsRecorded;
import se.rjh.mtp.api.cases.IncidentDetailsRecorded;
import se.rjh.mtp.api.cases.IncidentNotReportableRecorded;
import se.rjh.mtp.api.cases.NationalRecommendationRecorded;
import se.rjh.mtp.api.cases.PreparationStarted;
import se.rjh.mtp.api.cases.ProposalReturned;
import se.rjh.mtp.api.cases.RegistrationCorrected;
import se.rjh.mtp.api.cases.RiskAssessed;
import se.rjh.mtp.api.cases.SecrecyMarkingChanged;
import se.rjh.mtp.api.cases.view.CaseView;
import se.rjh.mtp.api.cases.view.ClosureView;
import se.rjh.mtp.api.cases.view.ConsultationView;
import se.rjh.mtp.api.cases.view.DecisionView;
import se.rjh.mtp.api.cases.view.FollowUpView;
import se.rjh.mtp.api.cases.view.DocumentView;
import se.rjh.mtp.api.cases.view.IncidentDetailsView;
import se.rjh.mtp.api.cases.view.NationalRecommendationView;
import se.rjh.mtp.api.cases.view.NoteView;
import se.rjh.mtp.api.cases.view.ProposalReturnView;
import se.rjh.mtp.api.cases.view.ProposalView;
import se.rjh.mtp.api.cases.view.RiskAssessmentView;
import se.rjh.mtp.api.cases.view.VoidingView;
import se.rjh.mtp.api.common.MetadataKeys;

/**
 * The current state of one case, folded from its own typed events: exact and always up to date, because it is read
 * from the event store and not from a projection that may lag. Each view field is taken from a named event field,
 * so renaming an event field breaks the compile, not silently the HTTP contract.
 */
final class CaseDetails {

    private final String id;
    private CaseStep step;
    private Instant lastChangedAt;
    /** The intake; every case's first event (CaseQueries serves no other stream). */
    private CaseReceived received;
    /** Null until the case is registered. Corrections and secrecy changes are folded into it and into the intake. */
    private CaseRegistered registration;
    private String caseOfficer;
    private LocalDate preparationStartedOn;
    private RiskAssessmentView riskAssessment;
    private String assignmentId;
    private IncidentDetailsView incidentDetails;
    private String notReportableReason;
    private final Map<InHouseConditionCode, InHouseCondition> inHouseConditions = new LinkedHashMap<>();
    private InHouseRegulation inHouseRegulation = InHouseRegulation.MDR;
    private NationalRecommendationView nationalRecommendation;
    private ProposalView proposal;
    private ProposalReturnView lastReturn;
    private DecisionView decision;
    private ClosureView closure;
    private VoidingView voiding;
    private final List<NoteView> notes = new ArrayList<>();
    private final List<DocumentView> documents = new ArrayList<>();
    private final Map<String, ConsultationView> consultations = new LinkedHashMap<>();
    private final Map<String, FollowUpView> followUps = new LinkedHashMap<>();

    private CaseDetails(String id) {
        this.id = id;
    }

    static CaseDetails fold(String id, List<? extends DomainEventMessage<?>> events) {
        CaseDetails details = new CaseDetails(id);
        events.forEach(details::apply);
        return details;
    }

    /** Whether the case is secrecy-marked: its protected text is then masked as {@code SecrecyPolicy} says. */
    boolean secret() {
        return registered(CaseRegistered::secrecy) != null;
    }

    /** The case in clear; the caller masks it for the reader. */
    CaseView view() {
        CaseReceived intake = received;
        return new CaseView(id, registered(CaseRegistered::caseNumber), step, lastChangedAt,
                intake.subject(), intake.description(), intake.caseType(), intake.channel(), intake.submitter(),
                intake.receivedOn(), intake.origin(), registered(CaseRegistered::classification),
                registered(CaseRegistered::device), registered(CaseRegistered::secrecy),
                registered(CaseRegistered::registeredOn), caseOfficer, preparationStartedOn,
                riskAssessment, assignmentId, incidentDetails, new LinkedHashMap<>(inHouseConditions),
                nationalRecommendation, proposal, lastReturn, decision, closure, voiding, secret(),
                List.copyOf(notes), List.copyOf(documents), List.copyOf(consultations.values()),
                List.copyOf(followUps.values()));
    }

    /** The intake and registration with the corrected fields in place; a field the correction leaves null stays. */
    private void correct(RegistrationCorrected e) {
        CaseReceived r = received;
        received = new CaseReceived(r.caseId(), or(e.subject(), r.subject()), or(e.description(), r.description()),
                r.caseType(), r.channel(), or(e.submitter(), r.submitter()), r.receivedOn(), r.origin());
        CaseRegistered g = registration;
        if (g != null) {
            registration = new CaseRegistered(g.caseId(), g.caseNumber(), g.caseType(),
                    or(e.classification(), g.classification()), or(e.device(), g.device()), g.secrecy(),
                    g.receivedOn(), g.registeredOn());
        }
    }

    private void secrecy(SecrecyMarkingChanged e) {
        CaseRegistered g = registration;
        if (g != null) {
            registration = new CaseRegistered(g.caseId(), g.caseNumber(), g.caseType(), g.classification(),
                    g.device(), e.secrecy(), g.receivedOn(), g.registeredOn());
        }
    }

    private static <T> T or(T corrected, T current) {
        return corrected != null ? corrected : current;
    }

    private IncidentDetailsView incident(IncidentDetailsView d) {
        return d == null
                ? new IncidentDetailsView(null, null, null, null, null, null, null, notReportableReason)
                : new IncidentDetailsView(d.eventDate(), d.device(), d.reportedToManufacturerOn(),
                        d.reportedToMedicalProductsAgencyOn(), d.reportedToIvoOn(), d.lexMariaAssessed(),
                        d.inHouseDeviceId(), notReportableReason);
    }

    private <T> T registered(Function<CaseRegistered, T> field) {
        return registration == null ? null : field.apply(registration);
    }

    private void apply(DomainEventMessage<?> message) {
        Object payload = message.getPayload();
        Instant at = message.getTimestamp();
        String actor = String.valueOf(message.getMetaData().get(MetadataKeys.ACTOR));
        lastChangedAt = at;
        CaseStep.enteredBy(payload.getClass()).ifPresent(entered -> step = entered);
        if (payload instanceof CaseReceived e) {
            received = e;
        } else if (payload instanceof CaseRegistered e) {
            registration = e;
        } else if (payload instanceof PreparationStarted e) {
            caseOfficer = e.caseOfficer();
            preparationStartedOn = e.startedOn();
        } else if (payload instanceof CaseNoteAdded e) {
            notes.add(new NoteView(e.noteId(), e.text(), at, actor));
        } else if (payload instanceof CaseDocumentReferenced e) {
            documents.add(new DocumentView(e.documentId(), e.name(), e.checksum(), e.sizeBytes(), actor));
        } else if (payload instanceof RiskAssessed e) {
            riskAssessment = new RiskAssessmentView(e.severity(), e.probability(), e.score(), e.level(), e.comment());
        } else if (payload instanceof CaseLinkedToAssignment e) {
            assignmentId = e.assignmentId();
        } else if (payload instanceof IncidentDetailsRecorded e) {
            incidentDetails = new IncidentDetailsView(e.eventDate(), e.device(), e.reportedToManufacturerOn(),
                    e.reportedToMedicalProductsAgencyOn(), e.reportedToIvoOn(), e.lexMariaAssessed(),
                    e.inHouseDeviceId(), notReportableReason);
        } else if (payload instanceof IncidentNotReportableRecorded e) {
            notReportableReason = e.reason();
            incidentDetails = incident(incidentDetails);
        } else if (payload instanceof InHouseConditionsRecorded e) {
            if (e.regulationOrMdr() != inHouseRegulation) {
                inHouseConditions.clear(); // the letters name other conditions under the other regulation
                inHouseRegulation = e.regulationOrMdr();
            }
            e.conditions().forEach(c -> inHouseConditions.put(c.code(), c));
        } else if (payload instanceof NationalRecommendationRecorded e) {
            nationalRecommendation = new NationalRecommendationView(e.recommendation(), e.reference(), e.issuedOn());
        } else if (payload instanceof ConsultationRequested e) {
            consultations.put(e.consultationId(), new ConsultationView(e.consultationId(), e.body(), e.question(),
                    e.dueDate(), ConsultationView.Status.OPEN, false, at, null, null, null));
        } else if (payload instanceof ConsultationAnswered e) {
            consultations.computeIfPresent(e.consultationId(), (cid, c) -> new ConsultationView(cid, c.body(),
                    c.question(), c.dueDate(), ConsultationView.Status.ANSWERED, c.overdue(), c.requestedAt(),
                    e.answer(), e.answeredOn(), c.waiverReason()));
        } else if (payload instanceof ConsultationWaived e) {
            consultations.computeIfPresent(e.consultationId(), (cid, c) -> new ConsultationView(cid, c.body(),
                    c.question(), c.dueDate(), ConsultationView.Status.WAIVED, c.overdue(), c.requestedAt(),
                    c.answer(), c.answeredOn(), e.reason()));
        } else if (payload instanceof ConsultationOverdue e) {
            consultations.computeIfPresent(e.consultationId(), (cid, c) -> new ConsultationView(cid, c.body(),
                    c.question(), c.dueDate(), c.status(), true, c.requestedAt(), c.answer(), c.answeredOn(),
                    c.waiverReason()));
        } else if (payload instanceof ConsultationDueDateChanged e) {
            consultations.computeIfPresent(e.consultationId(), (cid, c) -> new ConsultationView(cid, c.body(),
                    c.question(), e.dueDate(), c.status(), false, c.requestedAt(), c.answer(), c.answeredOn(),
                    c.waiverReason()));
        } else if (payload instanceof ConsultationWithdrawn e) {
            consultations.computeIfPresent(e.consultationId(), (cid, c) -> new ConsultationView(cid, c.body(),
                    c.question(), c.dueDate(), ConsultationView.Status.WITHDRAWN, c.overdue(), c.requestedAt(),
                    c.answer(), c.answeredOn(), e.reason()));
        } else if (payload instanceof RegistrationCorrected e) {
            correct(e);
        } else if (payload instanceof SecrecyMarkingChanged e) {
            secrecy(e);
        } else if (payload instanceof CaseOfficerReassigned e) {
            caseOfficer = e.caseOfficer();
        } else if (payload instanceof CaseReopened) {
            proposal = null;
            closure = null;
        } else if (payload instanceof DecisionProposed e) {
            proposal = new ProposalView(e.proposal(), e.rationale(), e.noConsultationReason());
        } else if (payload instanceof ProposalReturned e) {
            proposal = null;
            lastReturn = new ProposalReturnView(e.reason(), actor);
        } else if (payload instanceof CaseDecided e) {
            decision = new DecisionView(e.decision(), e.decidedBy(), e.decidedOn(), e.followUps());
            if (e.followUps() != null) {
                e.followUps().forEach(f -> followUps.put(f.followUpId(),
                        new FollowUpView(f, FollowUpView.State.OPEN, null, null)));
            }
        } else if (payload instanceof FollowUpOutcomeRecorded e) {
            followUps.computeIfPresent(e.followUpId(), (fid, f) -> new FollowUpView(f.followUp(),
                    FollowUpView.State.valueOf(e.outcome().name()), e.reason(), e.recordedOn()));
        } else if (payload instanceof CaseClosed e) {
            closure = new ClosureView(e.closedOn(), e.note(), e.openFollowUpsReason());
        } else if (payload instanceof CaseVoided e) {
            voiding = new VoidingView(e.reason(), e.previousStep());
        }
    }
}
