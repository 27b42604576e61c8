package se.rjh.mtp.api.groups.view;

import io.swagger.v3.oas.annotations.media.Schema;

/**
 * The answer to creating an assignment, a group, a unit or a distribution; the Location header names the same
 * resource.
 *
 * @param id the new record's id
 */
@Schema(name = "CreatedId")
public record CreatedId(
        String id) {
}
