package se.rjh.mtp.api.devices.view;

import io.swagger.v3.oas.annotations.media.Schema;
import java.time.Instant;
import java.util.List;
import se.rjh.mtp.api.cases.DeviceClass;
import se.rjh.mtp.api.devices.DeviceKind;

/**
 * The public declaration (Art. 5(5)(e) MDR, (f) IVDR) as data, one version of it: every device IN_USE with the
 * MDCG 2023-1 Annex A fields, and the health institution's name and address (from configuration).
 *
 * @param version the declaration's version, from 1; 0 when no device has been in use yet
 * @param validFrom when this version became public
 * @param validTo when the next version replaced it; null for the current one
 * @param institutionName the health institution (the region)
 * @param institutionAddress its address
 * @param devices the devices in use, by register id
 */
@Schema(name = "PublicDeclaration")
public record DeclarationView(
        int version,
        Instant validFrom,
        Instant validTo,
        String institutionName,
        String institutionAddress,
        List<DeclarationEntry> devices) {

    /**
     * One device on the declaration (MDCG 2023-1 Annex A).
     *
     * @param deviceId the register id {@code EGT-<n>}
     * @param name the device's name
     * @param deviceVersion the manufacturer's version label
     * @param kind MD or IVD
     * @param riskClass the risk class
     * @param intendedPurpose the intended purpose
     * @param gsprFullyMet true when every applicable requirement is met
     * @param notFullyMet each requirement not (fully) met, with its justification
     */
    @Schema(name = "PublicDeclarationEntry")
    public record DeclarationEntry(
            String deviceId,
            String name,
            String deviceVersion,
            DeviceKind kind,
            DeviceClass riskClass,
            String intendedPurpose,
            boolean gsprFullyMet,
            List<UnmetRequirement> notFullyMet) {
    }

    /**
     * A GSPR not (fully) met.
     *
     * @param requirement the Annex I section
     * @param justification why, reasoned
     */
    @Schema(name = "PublicDeclarationUnmetRequirement")
    public record UnmetRequirement(String requirement, String justification) {
    }
}
