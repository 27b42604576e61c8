package se.rjh.mtp.guidelines.casefollowup;

import java.util.List;
import org.axonframework.commandhandling.gateway.CommandGateway;
import se.rjh.mtp.api.cases.CaseDecided;
import se.rjh.mtp.api.cases.FollowUp;
import se.rjh.mtp.api.common.Secrecy;
import se.rjh.mtp.api.common.TextRules;
import se.rjh.mtp.api.guidelines.GuidelineKind;
import se.rjh.mtp.guidelines.domain.Commands.DraftGuideline;
import se.rjh.mtp.guidelines.domain.Commands.RequestRevisionFromCase;

/**
 * Opens the draft a GUIDELINE_REVISION follow-up asks for: a revision of the named guideline, or a new guideline. Either
 * way the guideline records the request, and reports the follow-up DONE when it next publishes a version.
 */
record RevisionDrafts(CommandGateway commands) {

    void open(CaseDecided decision, FollowUp followUp) {
        // A secrecy-marked case's text arrives encrypted (only case-service holds the key): kept as the mask, and a
        // new draft gets the plain title.
        String description = followUp.description() == null ? "" : Secrecy.display(followUp.description()).trim();
        if (followUp.guidelineNumber() != null && !followUp.guidelineNumber().isBlank()) {
            commands.sendAndWait(new RequestRevisionFromCase(followUp.guidelineNumber().trim(), decision.caseId(),
                    decision.caseNumber(), followUp.followUpId(), description));
            return;
        }
        String title = description.isEmpty() || Secrecy.PROTECTED.equals(description)
                ? "Ny riktlinje enligt beslut i ärende " + decision.caseNumber()
                : description.length() > TextRules.LINE ? description.substring(0, TextRules.LINE) : description;
        // The request key makes the number series hand out the same number if this decision is delivered again.
        String documentNumber = commands.sendAndWait(new DraftGuideline(GuidelineKind.GUIDELINE, title, null, null,
                null, List.of(), null, decision.caseNumber(), "", "Utkast enligt beslut i ärende "
                + decision.caseNumber(), decision.caseId() + "/" + followUp.followUpId()));
        // Recorded on the new guideline as well (its first version is the draft), so its publication reports DONE.
        commands.sendAndWait(new RequestRevisionFromCase(documentNumber, decision.caseId(), decision.caseNumber(),
                followUp.followUpId(), description));
    }
}
