package se.rjh.mtp.api.groups.view;

import io.swagger.v3.oas.annotations.media.Schema;

/** One unit of the register as its read model holds it. */
@Schema(name = "Unit", description = "A healthcare unit decisions and guidelines are distributed to")
public record UnitView(
        @Schema(description = "the unit's id") String id,
        String name,
        @Schema(description = "the unit's HSA-id, e.g. SE2321000016-15CQ; null when not known") String hsaId,
        @Schema(description = "where the unit's acknowledgement link is sent") String contactEmail,
        @Schema(description = "false once deactivated: no new distributions go to it") boolean active,
        @Schema(description = "why it was deactivated; null while active") String deactivationReason) {
}
