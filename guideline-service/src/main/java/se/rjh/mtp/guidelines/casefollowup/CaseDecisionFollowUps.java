package se.rjh.mtp.guidelines.casefollowup;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
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
import se.rjh.mtp.api.cases.FollowUpOutcome;
import se.rjh.mtp.api.common.InvalidInputException;
import se.rjh.mtp.api.common.NotFoundException;
import se.rjh.mtp.api.common.StateConflictException;
import se.rjh.mtp.guidelines.casefollowup.domain.CaseFollowUpReport.ReportCaseFollowUp;
import se.rjh.mtp.guidelines.domain.Commands.FlagForRegulatoryChange;
import se.rjh.mtp.guidelines.domain.RegulationCitation;
import se.rjh.mtp.guidelines.library.LibraryStore;

/**
 * Acts on case decisions read from {@code mtp.cases.events}, and reports every follow-up it is given back to the case:
 * a revision DONE when its guideline publishes the next version (the guideline reports it), flagged guidelines DONE at
 * once, and a follow-up a rule refuses (unknown or retired guideline) NOT_POSSIBLE with the reason. Kafka may deliver
 * a decision more than once; every command sent here is idempotent on (caseId, followUpId), so a redelivery changes
 * nothing. Only {@link CaseDecided} has a handler: the many other event types on the topic are passed over without
 * being deserialised.
 */
@Component
@ProcessingGroup(CaseDecisionFollowUps.GROUP)
record CaseDecisionFollowUps(CommandGateway commands, LibraryStore library, Clock clock) {

    static final String GROUP = "case-decisions";
    private static final Logger log = LoggerFactory.getLogger(CaseDecisionFollowUps.class);

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
                act(decision, followUp, () -> new RevisionDrafts(commands).open(decision, followUp));
            } else if (followUp.kind() == FollowUpKind.GUIDELINES_AFFECTED) {
                act(decision, followUp, () -> flagCitingGuidelines(decision, followUp));
            }
        }
    }

    private void flagCitingGuidelines(CaseDecided decision, FollowUp followUp) {
        String regulation = followUp.regulationReference();
        if (decision.caseType() != CaseType.REGULATORY_WATCH || regulation == null || regulation.isBlank()) {
            report(followUp, decision, FollowUpOutcome.NOT_POSSIBLE,
                    "Riktlinjer flaggas bara av ett omvärldsbevakningsärende som anger den ändrade regleringen.");
            return;
        }
        List<String> flagged = library.all().stream()
                .filter(entry -> !entry.retired())
                .filter(entry -> entry.references().stream().anyMatch(r -> RegulationCitation.covers(regulation, r)))
                .map(entry -> entry.documentNumber())
                .toList();
        flagged.forEach(number -> commands.sendAndWait(new FlagForRegulatoryChange(number, decision.caseId(),
                decision.caseNumber(), followUp.followUpId(), regulation)));
        report(followUp, decision, FollowUpOutcome.DONE, flagged.isEmpty()
                ? "Ingen gällande riktlinje hänvisar till " + regulation + "."
                : "Flaggade riktlinjer: " + String.join(", ", flagged));
    }

    private void report(FollowUp followUp, CaseDecided decision, FollowUpOutcome outcome, String reason) {
        commands.sendAndWait(new ReportCaseFollowUp(followUp.guidelineNumber(), decision.caseId(),
                followUp.followUpId(), followUp.kind(), outcome, reason, LocalDate.now(clock)));
    }

    /**
     * A rule of this service refusing the follow-up (unknown guideline, retired, bad text) would refuse it again on
     * every retry, so it is reported back NOT_POSSIBLE with the reason. Anything else (store down, concurrent change) is
     * thrown, so the processor retries the decision later; the commands are idempotent, so a retry cannot act twice.
     */
    private void act(CaseDecided decision, FollowUp followUp, Runnable action) {
        try {
            action.run();
        } catch (RuntimeException e) {
            Throwable refusal = refusedByARule(e) ? e : refusedByARule(e.getCause()) ? e.getCause() : null;
            if (refusal == null) {
                throw e;
            }
            log.warn("Follow-up {} of case {} not possible: {}", followUp.followUpId(), decision.caseNumber(),
                    refusal.getMessage());
            report(followUp, decision, FollowUpOutcome.NOT_POSSIBLE, why(followUp, refusal));
        }
    }

    private static String why(FollowUp followUp, Throwable refusal) {
        if (refusal instanceof AggregateNotFoundException || refusal instanceof NotFoundException) {
            return "Riktlinjen " + followUp.guidelineNumber() + " finns inte.";
        }
        if (refusal instanceof StateConflictException) {
            return "Riktlinjen " + followUp.guidelineNumber() + " kan inte revideras: " + refusal.getMessage();
        }
        return "Uppföljningen kunde inte utföras: " + refusal.getMessage();
    }

    private static boolean refusedByARule(Throwable e) {
        return e instanceof InvalidInputException || e instanceof StateConflictException
                || e instanceof NotFoundException || e instanceof AggregateNotFoundException;
    }
}
