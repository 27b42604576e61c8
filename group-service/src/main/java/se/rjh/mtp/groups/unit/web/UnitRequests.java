package se.rjh.mtp.groups.unit.web;

import static se.rjh.mtp.api.common.TextRules.LINE;
import static se.rjh.mtp.api.common.TextRules.PARAGRAPH;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import se.rjh.mtp.groups.unit.domain.ContactRules;

/** Request bodies of {@code /api/units}; the limits are the aggregate's, the formats are checked there. */
public final class UnitRequests {

    private UnitRequests() {
    }

    /**
     * @param hsaId HSA-id when known, e.g. SE2321000016-15CQ
     * @param reason why it is changed (only for a change)
     */
    public record UnitRequest(
            @NotBlank @Size(max = LINE) String name,
            @Size(max = ContactRules.HSA_ID_MAX) String hsaId,
            @NotBlank @Size(max = LINE) String contactEmail,
            @Size(max = PARAGRAPH) String reason) {
    }

    public record DeactivationRequest(@NotBlank @Size(max = PARAGRAPH) String reason) {
    }
}
