package se.rjh.mtp.cases.domain;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import se.rjh.mtp.api.cases.FollowUp;
import se.rjh.mtp.api.cases.FollowUpKind;
import se.rjh.mtp.api.common.InvalidInputException;
import se.rjh.mtp.api.common.TextRules;

/** The rules for a decision's follow-ups: other services act on them, so each must carry what its kind needs. */
final class FollowUps {

    private FollowUps() {
    }

    /**
     * {@code earlier}: the ids of an earlier decision of the case (before it was reopened). Other services act once per
     * case and follow-up id, so a new decision's follow-ups take new ids: generated ones are numbered on after them.
     */
    static List<FollowUp> valid(List<FollowUp> given, Set<String> earlier) {
        if (given == null) {
            return List.of();
        }
        List<FollowUp> valid = new ArrayList<>();
        Set<String> ids = new HashSet<>(earlier);
        for (int i = 0; i < given.size(); i++) {
            FollowUp f = given.get(i);
            String field = "followUps[" + i + "]";
            TextRules.present(field, f);
            String id = f.followUpId() != null ? f.followUpId() : "f" + (i + 1 + earlier.size());
            if (!ids.add(id)) {
                throw new InvalidInputException(field + ".followUpId",
                        "must be unique within the case's decisions");
            }
            FollowUpKind kind = TextRules.present(field + ".kind", f.kind());
            String workingGroupId = TextRules.optional(field + ".workingGroupId", f.workingGroupId(), TextRules.LINE);
            String regulation =
                    TextRules.optional(field + ".regulationReference", f.regulationReference(), TextRules.LINE);
            if (kind == FollowUpKind.LAG_ASSIGNMENT && workingGroupId == null) {
                throw new InvalidInputException(field + ".workingGroupId", "is required for a LAG assignment");
            }
            if (kind == FollowUpKind.GUIDELINES_AFFECTED && regulation == null) {
                throw new InvalidInputException(field + ".regulationReference",
                        "is required when guidelines are affected");
            }
            valid.add(new FollowUp(TextRules.required(field + ".followUpId", id, TextRules.LINE), kind,
                    TextRules.required(field + ".description", f.description(), TextRules.TEXT),
                    TextRules.optional(field + ".guidelineNumber", f.guidelineNumber(), TextRules.LINE),
                    workingGroupId, regulation, f.dueDate()));
        }
        return valid;
    }
}
