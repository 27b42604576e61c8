package se.rjh.mtp.guidelines.notification;

import java.util.Map;
import java.util.Optional;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.messaging.annotation.MessageIdentifier;
import se.rjh.mtp.api.common.NotificationKind;
import se.rjh.mtp.api.guidelines.GuidelineDrafted;
import se.rjh.mtp.api.guidelines.GuidelineReviewDue;
import se.rjh.mtp.platform.notification.NotificationListener;
import se.rjh.mtp.platform.notification.Notifier;

/**
 * A guideline due for review: to its process owner when that is a user with a configured address, otherwise to the
 * chair, who answers for the library.
 */
@NotificationListener
record GuidelineNotifications(Notifier notifier) {

    @EventHandler
    void on(GuidelineReviewDue event, @MessageIdentifier String eventId) {
        Optional<String> owner = notifier.history(event.documentNumber()).stream()
                .filter(GuidelineDrafted.class::isInstance).map(GuidelineDrafted.class::cast).findFirst()
                .flatMap(drafted -> notifier.addresses().user(drafted.processOwner()));
        notifier.send(NotificationKind.GUIDELINE_REVIEW_DUE, event.documentNumber(), eventId,
                owner.or(() -> notifier.addresses().chairAddress()), "the chair",
                Map.of("documentNumber", event.documentNumber(), "title", event.title(),
                        "versionNumber", String.valueOf(event.versionNumber()),
                        "reviewDate", event.reviewDate().toString(),
                        "link", notifier.addresses().link("/api/guidelines/" + event.documentNumber())));
    }
}
