package se.rjh.mtp.api.cases.view;

import static se.rjh.mtp.api.common.ProtectedText.Part.PREPARATION;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.swagger.v3.oas.annotations.media.Schema;
import java.time.LocalDate;
import se.rjh.mtp.api.cases.FollowUp;
import se.rjh.mtp.api.common.ProtectedText;

/** One follow-up of the case's decisions and where it stands. */
@Schema(description = "One follow-up of the case's decisions and where it stands.")
public record FollowUpView(
        @Schema(description = "The follow-up as the decision stated it.") FollowUp followUp,
        @Schema(description = "OPEN until its outcome is recorded, then DONE or NOT_POSSIBLE.") State state,
        @Schema(description = "Why it was not possible, or a note on how it was done.")
        @JsonInclude(JsonInclude.Include.NON_NULL)
        @ProtectedText(PREPARATION) String reason,
        @Schema(description = "When the outcome was recorded.")
        @JsonInclude(JsonInclude.Include.NON_NULL)
        LocalDate recordedOn) {

    /** Where a follow-up stands. */
    public enum State { OPEN, DONE, NOT_POSSIBLE }
}
