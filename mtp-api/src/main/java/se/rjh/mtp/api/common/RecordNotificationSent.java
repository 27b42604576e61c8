package se.rjh.mtp.api.common;

import java.time.Instant;
import java.util.regex.Pattern;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/**
 * Record on the aggregate that a notification about it was sent. Shared by every service (in each, one aggregate
 * handles it; a second one wraps it in a command of its own), so the platform's sender records any kind the same way.
 */
public record RecordNotificationSent(
        @TargetAggregateIdentifier String aggregateId,
        NotificationKind kind,
        String recipient,
        String subject,
        Instant sentAt,
        String triggerEventId) {

    /** Enough to refuse what is plainly not an address; the mail server already accepted it. */
    private static final Pattern ADDRESS = Pattern.compile("[^@\\s]+@[^@\\s]+");

    /** The event this command records, after checking it; the one rule for every aggregate that records mail. */
    public NotificationSent validated() {
        String to = TextRules.required("recipient", recipient, TextRules.LINE);
        if (!ADDRESS.matcher(to).matches()) {
            throw new InvalidInputException("recipient", "must be an e-mail address");
        }
        return new NotificationSent(TextRules.identifier("aggregateId", aggregateId), TextRules.present("kind", kind),
                to, TextRules.required("subject", subject, TextRules.LINE), TextRules.present("sentAt", sentAt),
                TextRules.identifier("triggerEventId", triggerEventId));
    }
}
