package se.rjh.mtp.api.cases.view;

import io.swagger.v3.oas.annotations.media.Schema;
import java.time.LocalDate;
import java.util.List;
import se.rjh.mtp.api.cases.DecisionBody;
import se.rjh.mtp.api.cases.FollowUp;

/** The decision and its follow-ups. */
@Schema(description = "The decision and its follow-ups.")
public record DecisionView(
        @Schema(description = "The decision.") String decision,
        @Schema(description = "The body that decided.") DecisionBody decidedBy,
        @Schema(description = "When it was decided.") LocalDate decidedOn,
        @Schema(description = "What other services act on.") List<FollowUp> followUps) {
}
