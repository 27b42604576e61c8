package se.rjh.mtp.groups.register.reaction;

import java.time.LocalDate;
import java.util.Map;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.messaging.annotation.MessageIdentifier;
import se.rjh.mtp.api.common.NotificationKind;
import se.rjh.mtp.api.devices.InHouseDeviceDescribed;
import se.rjh.mtp.api.devices.InHouseDeviceProposed;
import se.rjh.mtp.api.devices.InHouseDeviceReviewOverdue;
import se.rjh.mtp.api.devices.MarketSearchOverdue;
import se.rjh.mtp.groups.register.domain.RegisterCommands.RecordDeviceNotification;
import se.rjh.mtp.platform.notification.NotificationListener;
import se.rjh.mtp.platform.notification.Notifier;

/** The LSG chair is reminded by e-mail of each overdue review and each overdue market search, once per due date. */
@NotificationListener
record RegisterNotifications(Notifier notifier) {

    @EventHandler
    void on(InHouseDeviceReviewOverdue event, @MessageIdentifier String eventId) {
        remind(NotificationKind.IN_HOUSE_DEVICE_REVIEW_OVERDUE, event.deviceId(), event.dueDate(), eventId);
    }

    @EventHandler
    void on(MarketSearchOverdue event, @MessageIdentifier String eventId) {
        remind(NotificationKind.IN_HOUSE_DEVICE_MARKET_SEARCH_OVERDUE, event.deviceId(), event.dueDate(), eventId);
    }

    private void remind(NotificationKind kind, String deviceId, LocalDate dueDate, String eventId) {
        notifier.send(kind, deviceId, eventId, notifier.addresses().chairAddress(), "the LSG chair",
                Map.of("deviceId", deviceId, "name", name(deviceId), "dueDate", dueDate.toString(),
                        "link", notifier.addresses().link("/api/devices/" + deviceId)),
                record -> new RecordDeviceNotification(deviceId, record));
    }

    /** The device's latest name, from its own history (a read model may lag behind this processor). */
    private String name(String deviceId) {
        String name = deviceId;
        for (Object event : notifier.history(deviceId)) {
            if (event instanceof InHouseDeviceProposed proposed) {
                name = proposed.name();
            } else if (event instanceof InHouseDeviceDescribed described) {
                name = described.description().name();
            }
        }
        return name;
    }
}
