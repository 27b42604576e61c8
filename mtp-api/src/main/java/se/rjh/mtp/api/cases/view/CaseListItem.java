package se.rjh.mtp.api.cases.view;

import static se.rjh.mtp.api.common.ProtectedText.Part.REGISTRATION;

import java.time.LocalDate;
import se.rjh.mtp.api.cases.CaseStep;
import se.rjh.mtp.api.cases.CaseType;
import se.rjh.mtp.api.cases.Channel;
import se.rjh.mtp.api.common.ProtectedText;

/**
 * One row of the case list; subject and submitter are masked on a secrecy-marked case for readers without access.
 *
 * @param id The case id.
 * @param caseNumber The diarienummer; null before registration.
 * @param step The step the case is in.
 * @param caseType The case type.
 * @param channel How the matter arrived.
 * @param subject The subject, or [Skyddat].
 * @param submitter The submitter's name, or [Skyddat].
 * @param receivedOn When it was received.
 * @param registeredOn When it was registered; null before.
 * @param caseOfficer The case officer; null before preparation.
 * @param secret Whether the case is secrecy-marked (OSL).
 */
public record CaseListItem(
        String id,
        String caseNumber,
        CaseStep step,
        CaseType caseType,
        Channel channel,
        @ProtectedText(REGISTRATION) String subject,
        @ProtectedText(REGISTRATION) String submitter,
        LocalDate receivedOn,
        LocalDate registeredOn,
        String caseOfficer,
        boolean secret) {
}
