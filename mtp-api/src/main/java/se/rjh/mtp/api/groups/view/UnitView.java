package se.rjh.mtp.api.groups.view;

import io.swagger.v3.oas.annotations.media.Schema;

/**
 * One unit of the register as its read model holds it.
 *
 * @param id the unit's id
 * @param hsaId the unit's HSA-id, e.g. SE2321000016-15CQ; null when not known
 * @param contactEmail where the unit's acknowledgement link is sent
 * @param active false once deactivated: no new distributions go to it
 * @param deactivationReason why it was deactivated; null while active
 */
@Schema(name = "Unit")
public record UnitView(
        String id,
        String name,
        String hsaId,
        String contactEmail,
        boolean active,
        String deactivationReason) {
}
