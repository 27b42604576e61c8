package se.rjh.mtp.api.cases;

import org.axonframework.serialization.Revision;

/**
 * The registration data of a registered case was corrected, for a reason; the diarienummer stays. Only the corrected
 * fields are given, a null field is unchanged. Who corrected it and when are in the event's metadata.
 */
@Revision("1")
public record RegistrationCorrected(
        String caseId,
        String caseNumber,
        String subject,
        String description,
        Submitter submitter,
        String classification,
        Device device,
        String reason) {
}
