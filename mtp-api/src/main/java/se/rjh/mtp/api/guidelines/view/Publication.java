package se.rjh.mtp.api.guidelines.view;

import io.swagger.v3.oas.annotations.media.Schema;
import java.time.LocalDate;

/**
 * The answer to publishing a version.
 */
@Schema(name = "Publication")
public record Publication(
        String documentNumber,
        int versionNumber,
        @Schema(allowableValues = "PUBLISHED") String status,
        LocalDate validFrom) {
}
