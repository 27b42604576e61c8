package se.rjh.mtp.api.cases;

import static se.rjh.mtp.api.common.ProtectedText.Part.REGISTRATION;

import org.axonframework.serialization.Revision;
import se.rjh.mtp.api.common.ProtectedText;

/**
 * The registration data of a registered case was corrected, for a reason; the diarienummer stays. Only the corrected
 * fields are given, a null field is unchanged. Who corrected it and when are in the event's metadata.
 */
@Revision("1")
public record RegistrationCorrected(
        String caseId,
        String caseNumber,
        @ProtectedText(REGISTRATION) String subject,
        @ProtectedText(REGISTRATION) String description,
        @ProtectedText(REGISTRATION) Submitter submitter,
        String classification,
        Device device,
        @ProtectedText(REGISTRATION) String reason) {
}
