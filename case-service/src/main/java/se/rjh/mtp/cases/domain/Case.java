package se.rjh.mtp.cases.domain;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.spring.stereotype.Aggregate;
import se.rjh.mtp.api.cases.CaseReceived;
import se.rjh.mtp.api.common.InvalidInputException;

/** An ärende. Command handlers check the rules; event sourcing handlers only set state. */
@Aggregate(snapshotTriggerDefinition = "snapshotTrigger")
public class Case {

    @AggregateIdentifier
    private String caseId;
    private CaseStep step;

    protected Case() {
        // for Axon
    }

    @CommandHandler
    public Case(ReceiveCase command) {
        if (command.subject() == null || command.subject().isBlank()) {
            throw new InvalidInputException("subject", "must not be blank");
        }
        if (command.caseType() == null) {
            throw new InvalidInputException("caseType", "is required");
        }
        if (command.channel() == null) {
            throw new InvalidInputException("channel", "is required");
        }
        if (command.receivedOn() == null) {
            throw new InvalidInputException("receivedOn", "is required");
        }
        apply(new CaseReceived(command.caseId(), command.subject(), command.description(), command.caseType(),
                command.channel(), command.submitter(), command.receivedOn(), command.origin()));
    }

    @EventSourcingHandler
    void on(CaseReceived event) {
        this.caseId = event.caseId();
        this.step = CaseStep.RECEIVED;
    }

    CaseStep step() {
        return step;
    }
}
