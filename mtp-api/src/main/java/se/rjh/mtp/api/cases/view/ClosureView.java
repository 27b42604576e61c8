package se.rjh.mtp.api.cases.view;

import static se.rjh.mtp.api.common.ProtectedText.Part.PREPARATION;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.swagger.v3.oas.annotations.media.Schema;
import java.time.LocalDate;
import se.rjh.mtp.api.common.ProtectedText;

/** How a decided case was closed. */
@Schema(description = "How a decided case was closed.")
public record ClosureView(
        @Schema(description = "When it was closed.") LocalDate closedOn,
        @Schema(description = "A closing note, if any.") @ProtectedText(PREPARATION) String note,
        @Schema(description = "The chair's reason for closing with follow-ups still open, if so.")
        @JsonInclude(JsonInclude.Include.NON_NULL)
        @ProtectedText(PREPARATION) String openFollowUpsReason) {
}
