package se.rjh.mtp.api.cases.view;

import static se.rjh.mtp.api.common.ProtectedText.Part.PREPARATION;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.LocalDate;
import se.rjh.mtp.api.common.ProtectedText;

/**
 * How a decided case was closed.
 *
 * @param closedOn When it was closed.
 * @param note A closing note, if any.
 * @param openFollowUpsReason The chair's reason for closing with follow-ups still open, if so.
 */
public record ClosureView(
        LocalDate closedOn,
        @ProtectedText(PREPARATION) String note,
        @JsonInclude(JsonInclude.Include.NON_NULL) @ProtectedText(PREPARATION) String openFollowUpsReason) {
}
