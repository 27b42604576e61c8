package se.rjh.mtp.guidelines.casefollowup;

import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.modelling.command.AggregateNotFoundException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import se.rjh.mtp.api.cases.CaseDecided;
import se.rjh.mtp.api.cases.CaseType;
import se.rjh.mtp.api.cases.FollowUp;
import se.rjh.mtp.api.cases.FollowUpKind;
import se.rjh.mtp.api.common.InvalidInputException;
import se.rjh.mtp.api.common.NotFoundException;
import se.rjh.mtp.api.common.StateConflictException;
import se.rjh.mtp.guidelines.domain.Commands.FlagForRegulatoryChange;
import se.rjh.mtp.guidelines.domain.RegulationCitation;
import se.rjh.mtp.guidelines.library.LibraryStore;

/**
 * Acts on case decisions read from {@code mtp.cases.events}. Kafka may deliver a decision more than once; every
 * command sent here is idempotent on (caseId, followUpId), so a redelivery changes nothing. Only {@link CaseDecided}
 * has a handler: the many other event types on the topic are passed over without being deserialised.
 */
@Component
@ProcessingGroup(CaseDecisionFollowUps.GROUP)
class CaseDecisionFollowUps {

    static final String GROUP = "case-decisions";
    private static final Logger log = LoggerFactory.getLogger(CaseDecisionFollowUps.class);

    private final CommandGateway commands;
    private final LibraryStore library;
    private final RevisionDrafts revisionDrafts;

    CaseDecisionFollowUps(CommandGateway commands, LibraryStore library) {
        this.commands = commands;
        this.library = library;
        this.revisionDrafts = new RevisionDrafts(commands);
    }

    @EventHandler
    void on(CaseDecided decision) {
        if (decision.followUps() == null) {
            return;
        }
        for (FollowUp followUp : decision.followUps()) {
            if (followUp == null || followUp.kind() == null || followUp.followUpId() == null) {
                continue;
            }
            if (followUp.kind() == FollowUpKind.GUIDELINE_REVISION) {
                act(decision, followUp, () -> revisionDrafts.open(decision, followUp));
            } else if (followUp.kind() == FollowUpKind.GUIDELINES_AFFECTED
                    && decision.caseType() == CaseType.REGULATORY_WATCH) {
                act(decision, followUp, () -> flagCitingGuidelines(decision, followUp));
            }
        }
    }

    private void flagCitingGuidelines(CaseDecided decision, FollowUp followUp) {
        String regulation = followUp.regulationReference();
        if (regulation == null || regulation.isBlank()) {
            return;
        }
        library.all().stream()
                .filter(entry -> !entry.retired())
                .filter(entry -> entry.references().stream().anyMatch(r -> RegulationCitation.covers(regulation, r)))
                .forEach(entry -> commands.sendAndWait(new FlagForRegulatoryChange(entry.documentNumber(),
                        decision.caseId(), decision.caseNumber(), followUp.followUpId(), regulation)));
    }

    /**
     * A rule of this service refusing the follow-up (unknown guideline, retired, bad text) would refuse it again on
     * every retry, so it is logged and passed over. Anything else (store down, concurrent change) is thrown, so the
     * processor retries the decision later; the commands are idempotent, so a retry cannot act twice.
     */
    private void act(CaseDecided decision, FollowUp followUp, Runnable action) {
        try {
            action.run();
        } catch (RuntimeException e) {
            if (refusedByARule(e) || refusedByARule(e.getCause())) {
                log.warn("Follow-up {} of case {} not acted on: {}", followUp.followUpId(), decision.caseNumber(),
                        e.getMessage());
                return;
            }
            throw e;
        }
    }

    private static boolean refusedByARule(Throwable e) {
        return e instanceof InvalidInputException || e instanceof StateConflictException
                || e instanceof NotFoundException || e instanceof AggregateNotFoundException;
    }
}
