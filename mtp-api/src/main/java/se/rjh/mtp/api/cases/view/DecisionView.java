package se.rjh.mtp.api.cases.view;

import static se.rjh.mtp.api.common.ProtectedText.Part.PREPARATION;

import io.swagger.v3.oas.annotations.media.Schema;
import java.time.LocalDate;
import java.util.List;
import se.rjh.mtp.api.cases.DecisionBody;
import se.rjh.mtp.api.cases.FollowUp;
import se.rjh.mtp.api.common.ProtectedText;

/** The decision and its follow-ups. */
@Schema(description = "The decision and its follow-ups.")
public record DecisionView(
        @Schema(description = "The decision.") @ProtectedText(PREPARATION) String decision,
        @Schema(description = "The body that decided.") DecisionBody decidedBy,
        @Schema(description = "When it was decided.") LocalDate decidedOn,
        @Schema(description = "What other services act on.") List<FollowUp> followUps) {
}
