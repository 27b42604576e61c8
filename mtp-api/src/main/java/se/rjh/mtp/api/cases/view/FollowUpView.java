package se.rjh.mtp.api.cases.view;

import static se.rjh.mtp.api.common.ProtectedText.Part.PREPARATION;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.LocalDate;
import se.rjh.mtp.api.cases.FollowUp;
import se.rjh.mtp.api.common.ProtectedText;

/**
 * One follow-up of the case's decisions and where it stands.
 *
 * @param followUp The follow-up as the decision stated it.
 * @param state OPEN until its outcome is recorded, then DONE or NOT_POSSIBLE.
 * @param reason Why it was not possible, or a note on how it was done.
 * @param recordedOn When the outcome was recorded.
 */
public record FollowUpView(
        FollowUp followUp,
        State state,
        @JsonInclude(JsonInclude.Include.NON_NULL) @ProtectedText(PREPARATION) String reason,
        @JsonInclude(JsonInclude.Include.NON_NULL) LocalDate recordedOn) {

    /** Where a follow-up stands. */
    public enum State { OPEN, DONE, NOT_POSSIBLE }
}
