package se.rjh.mtp.api.common;

import java.time.Instant;
import org.axonframework.serialization.Revision;

/**
 * An e-mail about this aggregate was handed to the mail server: what kind, to whom, with which subject line and
 * when. Recorded by the service that owns the aggregate, after the send; {@code triggerEventId} is the id of the
 * event the mail was about, so a redelivered event is not recorded (or mailed) twice. The subject line never holds
 * protected text or a personal identity number (the templates see to it). The recipient counts as registration data
 * of a secrecy-marked case (the decision mail goes to the submitter): masked like the submitter for readers without
 * access.
 */
@Revision("1")
public record NotificationSent(
        String aggregateId,
        NotificationKind kind,
        @ProtectedText(ProtectedText.Part.REGISTRATION) String recipient,
        String subject,
        Instant sentAt,
        String triggerEventId) {
}
