package se.rjh.mtp.platform.notification;

import se.rjh.mtp.api.common.NotificationKind;

/** Every attempt to hand a mail to the server failed; the event goes to the dead-letter queue with this cause. */
public class NotificationFailedException extends RuntimeException {

    public NotificationFailedException(NotificationKind kind, int attempts, Throwable cause) {
        super(kind + " mail not sent after " + attempts + " attempt(s): " + cause.getMessage(), cause);
    }
}
