package se.rjh.mtp.cases.domain;

import se.rjh.mtp.api.cases.CaseStep;
import static org.axonframework.modelling.command.AggregateLifecycle.apply;
import static se.rjh.mtp.api.cases.CaseStep.DECIDED;
import static se.rjh.mtp.api.cases.CaseStep.DECISION_PROPOSED;
import static se.rjh.mtp.api.cases.CaseStep.IN_CONSULTATION;
import static se.rjh.mtp.api.cases.CaseStep.IN_PREPARATION;
import static se.rjh.mtp.api.cases.CaseStep.RECEIVED;
import static se.rjh.mtp.api.cases.CaseStep.REGISTERED;
import static se.rjh.mtp.cases.domain.Texts.LONG;
import static se.rjh.mtp.cases.domain.Texts.SHORT;

import com.fasterxml.jackson.annotation.JsonAutoDetect;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateCreationPolicy;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.modelling.command.CreationPolicy;
import org.axonframework.spring.stereotype.Aggregate;
import se.rjh.mtp.api.cases.CaseClosed;
import se.rjh.mtp.api.cases.CaseDecided;
import se.rjh.mtp.api.cases.CaseOrigin;
import se.rjh.mtp.api.cases.CaseReceived;
import se.rjh.mtp.api.cases.CaseRegistered;
import se.rjh.mtp.api.cases.CaseType;
import se.rjh.mtp.api.cases.CaseVoided;
import se.rjh.mtp.api.cases.Channel;
import se.rjh.mtp.api.cases.DecisionProposed;
import se.rjh.mtp.api.cases.PreparationStarted;
import se.rjh.mtp.api.cases.ProposalReturned;
import se.rjh.mtp.api.cases.SecrecyMarking;
import se.rjh.mtp.api.cases.Submitter;
import se.rjh.mtp.api.common.StateConflictException;

/**
 * An ärende and its lifecycle: intake, registration, preparation, proposal, decision, closing or voiding.
 * Command handlers check the rules; event sourcing handlers only set state. Preparation data and consultations are
 * handled in {@link CasePreparation}, on the same aggregate.
 */
@Aggregate(snapshotTriggerDefinition = "snapshotTrigger")
@JsonAutoDetect(fieldVisibility = JsonAutoDetect.Visibility.ANY, getterVisibility = JsonAutoDetect.Visibility.NONE,
        isGetterVisibility = JsonAutoDetect.Visibility.NONE)
public class Case extends CasePreparation {

    @AggregateIdentifier
    private String caseId;
    private String caseNumber;
    private LocalDate receivedOn;
    private CaseOrigin origin;

    protected Case() {
        // for Axon
    }

    @CommandHandler
    public Case(ReceiveCase command) {
        Texts.identifier("caseId", command.caseId());
        Submitter submitter = Texts.present("submitter", command.submitter());
        apply(new CaseReceived(command.caseId(),
                Texts.required("subject", command.subject(), SHORT),
                Texts.optional("description", command.description(), LONG),
                Texts.present("caseType", command.caseType()),
                Texts.present("channel", command.channel()),
                new Submitter(Texts.required("submitter.name", submitter.name(), SHORT),
                        Texts.optional("submitter.unit", submitter.unit(), SHORT),
                        Texts.optional("submitter.email", submitter.email(), SHORT)),
                Texts.present("receivedOn", command.receivedOn()),
                command.origin()));
    }

    /** Kafka may deliver a question twice; the case id is derived from the question, so the second is a no-op. */
    @CommandHandler
    @CreationPolicy(AggregateCreationPolicy.CREATE_IF_MISSING)
    public void handle(OpenCaseFromQuestion command) {
        if (step != null) {
            return;
        }
        Texts.required("questionId", command.questionId(), SHORT);
        apply(new CaseReceived(command.caseId(),
                Texts.required("subject", command.subject(), SHORT),
                Texts.optional("text", command.text(), LONG),
                CaseType.UNIT_QUESTION,
                Channel.LAG,
                new Submitter(Texts.required("raisedBy", command.raisedBy(), SHORT),
                        Texts.optional("groupName", command.groupName(), SHORT), null),
                Texts.present("receivedOn", command.receivedOn()),
                new CaseOrigin(command.questionId(), command.assignmentId(), command.groupId())));
    }

    /** Checked before a number is taken, so a refused registration uses up no number. */
    public void checkRegistrable(RegisterCase command) {
        requireStep("registration needs a case in RECEIVED", RECEIVED);
        validRegistration(command);
    }

    /** Called by {@link CaseRegistrationHandler} in the same unit of work that took the number. */
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
                Texts.required("classification", command.classification(), SHORT),
                command.device() == null ? null : Texts.device("device", command.device()),
                Texts.optional("secrecyProvision", command.secrecyProvision(), SHORT),
                command.secrecyMarkedOn(),
                Texts.present("registeredOn", command.registeredOn()));
    }

    @CommandHandler
    public CaseStep handle(StartPreparation command) {
        requireStep("preparation starts on a registered case", REGISTERED);
        apply(new PreparationStarted(caseId, caseNumber, caseType,
                Texts.required("caseOfficer", command.caseOfficer(), SHORT),
                Texts.present("startedOn", command.startedOn())));
        return IN_PREPARATION;
    }

    @CommandHandler
    public CaseStep handle(ProposeDecision command) {
        requireStep("a proposal is made during preparation or consultation", IN_PREPARATION, IN_CONSULTATION);
        String proposal = Texts.required("proposal", command.proposal(), LONG);
        String rationale = Texts.required("rationale", command.rationale(), LONG);
        String noConsultationReason = Texts.optional("noConsultationReason", command.noConsultationReason(), LONG);
        List<String> missing = new ArrayList<>(typeData.missingFor(caseType));
        missing.addAll(consultations.openItems());
        if (consultations.isEmpty() && noConsultationReason == null) {
            missing.add("consultations: at least one answered or waived, or noConsultationReason");
        }
        if (!missing.isEmpty()) {
            throw new ProposalIncompleteException(step.name(), missing);
        }
        apply(new DecisionProposed(caseId, caseNumber, caseType, proposal, rationale, noConsultationReason));
        return DECISION_PROPOSED;
    }

    @CommandHandler
    public CaseStep handle(ReturnProposal command) {
        requireStep("only a proposed decision can be sent back", DECISION_PROPOSED);
        apply(new ProposalReturned(caseId, caseNumber, Texts.required("reason", command.reason(), LONG)));
        return IN_PREPARATION;
    }

    @CommandHandler
    public CaseStep handle(DecideCase command) {
        requireStep("a decision needs a proposal", DECISION_PROPOSED);
        apply(new CaseDecided(caseId, caseNumber, caseType,
                Texts.required("decision", command.decision(), LONG),
                Texts.present("decidedBy", command.decidedBy()),
                Texts.present("decidedOn", command.decidedOn()),
                FollowUps.valid(command.followUps()),
                origin));
        return DECIDED;
    }

    @CommandHandler
    public CaseStep handle(CloseCase command) {
        requireStep("only a decided case can be closed", DECIDED);
        apply(new CaseClosed(caseId, caseNumber, caseType, Texts.present("closedOn", command.closedOn()),
                Texts.optional("note", command.note(), LONG)));
        return CaseStep.CLOSED;
    }

    @CommandHandler
    public CaseStep handle(VoidCase command) {
        if (Set.of(DECIDED, CaseStep.CLOSED, CaseStep.VOIDED).contains(step)) {
            throw new StateConflictException(step.name(), "a decided, closed or voided case cannot be voided");
        }
        apply(new CaseVoided(caseId, caseNumber, caseType, step.name(), Texts.required("reason", command.reason(), LONG)));
        return CaseStep.VOIDED;
    }

    @EventSourcingHandler
    void on(CaseReceived event) {
        this.caseId = event.caseId();
        this.caseType = event.caseType();
        this.receivedOn = event.receivedOn();
        this.origin = event.origin();
        this.step = RECEIVED;
    }

    @EventSourcingHandler
    void on(CaseRegistered event) {
        this.caseNumber = event.caseNumber();
        this.step = REGISTERED;
    }

    @EventSourcingHandler
    void on(PreparationStarted event) {
        this.step = IN_PREPARATION;
    }

    @EventSourcingHandler
    void on(DecisionProposed event) {
        this.step = DECISION_PROPOSED;
    }

    @EventSourcingHandler
    void on(ProposalReturned event) {
        this.step = IN_PREPARATION;
    }

    @EventSourcingHandler
    void on(CaseDecided event) {
        this.step = DECIDED;
    }

    @EventSourcingHandler
    void on(CaseClosed event) {
        this.step = CaseStep.CLOSED;
    }

    @EventSourcingHandler
    void on(CaseVoided event) {
        this.step = CaseStep.VOIDED;
    }

    @Override
    protected String caseId() {
        return caseId;
    }
}
