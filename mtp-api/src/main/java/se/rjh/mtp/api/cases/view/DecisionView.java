package se.rjh.mtp.api.cases.view;

import static se.rjh.mtp.api.common.ProtectedText.Part.PREPARATION;

import java.time.LocalDate;
import java.util.List;
import se.rjh.mtp.api.cases.DecisionBody;
import se.rjh.mtp.api.cases.FollowUp;
import se.rjh.mtp.api.common.ProtectedText;

/**
 * The decision and its follow-ups.
 *
 * @param decision The decision.
 * @param decidedBy The body that decided.
 * @param decidedOn When it was decided.
 * @param followUps What other services act on.
 */
public record DecisionView(
        @ProtectedText(PREPARATION) String decision,
        DecisionBody decidedBy,
        LocalDate decidedOn,
        List<FollowUp> followUps) {
}
