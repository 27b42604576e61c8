package se.rjh.mtp.api.cases;

import static se.rjh.mtp.api.common.ProtectedText.Part.PREPARATION;

import java.time.LocalDate;
import se.rjh.mtp.api.common.ProtectedText;

/**
 * One follow-up action of a decision.
 *
 * @param followUpId          unique within the decision; consumers use caseId + followUpId to act exactly once
 * @param kind                what is asked for
 * @param description         the action in words (also the draft's title/description)
 * @param guidelineNumber     for GUIDELINE_REVISION: the guideline to revise ({@code RL-MTP-<n>}), or null for a new one
 * @param workingGroupId      for LAG_ASSIGNMENT: the LAG that should get the assignment
 * @param regulationReference for GUIDELINES_AFFECTED: the changed regulation, e.g. {@code MDR Art. 5(5)}
 * @param dueDate             optional due date
 */
public record FollowUp(
        String followUpId,
        FollowUpKind kind,
        @ProtectedText(PREPARATION) String description,
        String guidelineNumber,
        String workingGroupId,
        String regulationReference,
        LocalDate dueDate) {
}
