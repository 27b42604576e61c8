package se.rjh.mtp.groups.unit.web;

import static se.rjh.mtp.api.common.TextRules.LINE;
import static se.rjh.mtp.api.common.TextRules.PARAGRAPH;

import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import se.rjh.mtp.groups.unit.domain.ContactRules;

/** Request bodies of {@code /api/units}; the limits are the aggregate's, the formats are checked there. */
public final class UnitRequests {

    private UnitRequests() {
    }

    public record UnitRequest(@NotBlank @Size(max = LINE) String name,
                              @Schema(description = "HSA-id when known, e.g. SE2321000016-15CQ")
                              @Size(max = ContactRules.HSA_ID_MAX) String hsaId,
                              @NotBlank @Size(max = LINE) String contactEmail,
                              @Schema(description = "why it is changed (only for a change)")
                              @Size(max = PARAGRAPH) String reason) {
    }

    public record DeactivationRequest(@NotBlank @Size(max = PARAGRAPH) String reason) {
    }
}
