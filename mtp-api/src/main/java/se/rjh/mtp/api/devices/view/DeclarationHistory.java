package se.rjh.mtp.api.devices.view;

import io.swagger.v3.oas.annotations.media.Schema;
import java.time.Instant;
import java.util.List;

/**
 * Every version the public declaration has had, oldest first, so an inspector can see which was public when.
 *
 * @param versions the versions, oldest first
 */
@Schema(name = "PublicDeclarationHistory")
public record DeclarationHistory(List<Version> versions) {

    /**
     * One version of the declaration.
     *
     * @param validFrom when it became public
     * @param validTo when the next version replaced it; null for the current one
     * @param deviceIds the devices it listed
     */
    @Schema(name = "PublicDeclarationVersion")
    public record Version(int version, Instant validFrom, Instant validTo, List<String> deviceIds) {
    }
}
