package se.rjh.mtp.api.groups.view;

import io.swagger.v3.oas.annotations.media.Schema;

/**
 * The answer to creating an assignment or a group; the Location header names the same resource.
 *
 * @param id the new assignment's or group's id
 */
@Schema(name = "CreatedId")
public record CreatedId(
        String id) {
}
