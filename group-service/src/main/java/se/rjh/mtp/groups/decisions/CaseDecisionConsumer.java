package se.rjh.mtp.groups.decisions;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.springframework.stereotype.Component;
import se.rjh.mtp.api.cases.CaseDecided;
import se.rjh.mtp.api.cases.CaseVoided;
import se.rjh.mtp.api.cases.FollowUp;
import se.rjh.mtp.api.cases.FollowUpKind;
import se.rjh.mtp.api.common.Secrecy;
import se.rjh.mtp.groups.assignment.domain.AssignmentCommands.DraftAssignment;
import se.rjh.mtp.groups.assignment.domain.AssignmentCommands.RecordCaseDecision;
import se.rjh.mtp.platform.processing.Reactions;

/**
 * Reads case-service's decisions and voidings from Kafka. Every reaction is idempotent in the aggregate (answer
 * recorded once per case, draft id derived from caseId + followUpId), so a redelivery changes nothing. A follow-up
 * naming no active LAG is reported back NOT_POSSIBLE by the assignment. What cannot be applied (unknown assignment) is
 * logged and skipped; anything else is retried.
 */
@Component
@ProcessingGroup(CaseDecisionConsumer.GROUP)
record CaseDecisionConsumer(CommandGateway commands, Clock clock) {

    static final String GROUP = "case-decisions";
    private static final int TITLE_LENGTH = 120;

    @EventHandler
    void on(CaseDecided event) {
        if (event.origin() != null && event.origin().assignmentId() != null) {
            send(new RecordCaseDecision(event.origin().assignmentId(), event.caseId(), event.caseNumber(),
                    event.origin().questionId(), Secrecy.display(event.decision()), event.decidedOn()),
                    event.caseNumber());
        }
        for (FollowUp followUp : event.followUps() == null ? List.<FollowUp>of() : event.followUps()) {
            if (followUp.kind() == FollowUpKind.LAG_ASSIGNMENT) {
                send(new DraftAssignment(draftId(event.caseId(), followUp.followUpId()), followUp.workingGroupId(),
                        title(followUp, event), Secrecy.display(followUp.description()), List.of(),
                        followUp.dueDate(), event.caseId(), followUp.followUpId(), LocalDate.now(clock)),
                        event.caseNumber());
            }
        }
    }

    /** A voided question's case answers the question all the same: with why it was voided. */
    @EventHandler
    void on(CaseVoided event) {
        if (event.origin() != null && event.origin().assignmentId() != null) {
            send(new RecordCaseDecision(event.origin().assignmentId(), event.caseId(), event.caseNumber(),
                    event.origin().questionId(), "Ärendet makulerades: " + Secrecy.display(event.reason()), LocalDate.now(clock)),
                    event.caseNumber());
        }
    }

    /** The same follow-up of the same case always names the same assignment. */
    static String draftId(String caseId, String followUpId) {
        return "draft-" + UUID.nameUUIDFromBytes((caseId + "/" + followUpId).getBytes(StandardCharsets.UTF_8));
    }

    private static String title(FollowUp followUp, CaseDecided event) {
        String description = followUp.description() == null ? "" : followUp.description().strip();
        // A secrecy-marked case's text arrives encrypted (only case-service holds the key): the title says no more.
        if (description.isEmpty() || Secrecy.isEncrypted(description)) {
            return "Uppdrag enligt beslut i ärende " + event.caseNumber();
        }
        String firstLine = description.lines().findFirst().orElse(description);
        return firstLine.length() <= TITLE_LENGTH ? firstLine : firstLine.substring(0, TITLE_LENGTH - 1) + "…";
    }

    private void send(Object command, String caseNumber) {
        Reactions.send(commands, command, "Case " + caseNumber);
    }
}
