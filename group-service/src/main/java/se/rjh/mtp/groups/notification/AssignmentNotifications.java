package se.rjh.mtp.groups.notification;

import java.util.Map;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.messaging.annotation.MessageIdentifier;
import se.rjh.mtp.api.common.NotificationKind;
import se.rjh.mtp.api.groups.AssignmentIssued;
import se.rjh.mtp.api.groups.AssignmentOverdue;
import se.rjh.mtp.platform.notification.NotificationListener;
import se.rjh.mtp.platform.notification.Notifier;

/** The LAG's configured address hears of each assignment issued to it and of each one overdue. */
@NotificationListener
record AssignmentNotifications(Notifier notifier) {

    @EventHandler
    void on(AssignmentIssued event, @MessageIdentifier String eventId) {
        notifier.send(NotificationKind.ASSIGNMENT_ISSUED, event.assignmentId(), eventId,
                notifier.addresses().group(event.groupId()), "group " + event.groupId(),
                Map.of("groupName", event.groupName(), "title", event.title(), "dueDate", event.dueDate().toString(),
                        "link", link(event.assignmentId())));
    }

    /** The overdue event names only the group; the name and title come from the issue. */
    @EventHandler
    void on(AssignmentOverdue event, @MessageIdentifier String eventId) {
        AssignmentIssued issued = notifier.history(event.assignmentId()).stream()
                .filter(AssignmentIssued.class::isInstance).map(AssignmentIssued.class::cast)
                .reduce((first, second) -> second)
                .orElseThrow(() -> new IllegalStateException("Overdue assignment " + event.assignmentId()
                        + " was never issued"));
        notifier.send(NotificationKind.ASSIGNMENT_OVERDUE, event.assignmentId(), eventId,
                notifier.addresses().group(event.groupId()), "group " + event.groupId(),
                Map.of("groupName", issued.groupName(), "title", issued.title(), "dueDate", event.dueDate().toString(),
                        "date", event.detectedOn().toString(), "link", link(event.assignmentId())));
    }

    private String link(String assignmentId) {
        return notifier.addresses().link("/api/assignments/" + assignmentId);
    }
}
