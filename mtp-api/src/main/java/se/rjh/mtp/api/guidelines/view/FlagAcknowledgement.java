package se.rjh.mtp.api.guidelines.view;

import io.swagger.v3.oas.annotations.media.Schema;
import java.time.LocalDate;

/**
 * The answer to acknowledging a regulatory-change flag.
 */
@Schema(name = "FlagAcknowledgement")
public record FlagAcknowledgement(
        String documentNumber,
        String followUpId,
        String acknowledgedBy,
        LocalDate acknowledgedOn) {
}
