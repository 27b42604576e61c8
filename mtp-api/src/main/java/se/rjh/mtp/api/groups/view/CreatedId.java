package se.rjh.mtp.api.groups.view;

import io.swagger.v3.oas.annotations.media.Schema;

/**
 * The answer to creating an assignment, a group, a unit or a distribution; the Location header names the same
 * resource.
 */
@Schema(name = "CreatedId", description = "The id of what was just created")
public record CreatedId(@Schema(description = "the new record's id") String id) {
}
