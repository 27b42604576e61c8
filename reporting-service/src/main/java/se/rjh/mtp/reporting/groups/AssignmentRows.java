package se.rjh.mtp.reporting.groups;

import static se.rjh.mtp.reporting.readmodel.Records.text;
import static se.rjh.mtp.reporting.readmodel.Records.type;

import java.util.Optional;
import org.axonframework.serialization.Serializer;
import org.axonframework.serialization.SimpleSerializedObject;
import org.bson.Document;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.stereotype.Component;
import se.rjh.mtp.api.groups.AssignmentStatus;
import se.rjh.mtp.reporting.readmodel.Records;
import se.rjh.mtp.reporting.readmodel.RowFold;

/** One row per LAG assignment: its group, status, due date, linked case and latest report status. */
@Component
public class AssignmentRows extends RowFold {

    public static final String MODEL = "group_assignments";
    private static final String GROUP_EVENTS = AssignmentStatus.class.getPackageName() + ".";

    private final Serializer serializer;

    public AssignmentRows(@Qualifier("eventSerializer") Serializer serializer) {
        super(MODEL, GroupEvents.startsRow(GroupEvents.CREATED));
        this.serializer = serializer;
    }

    @Override
    protected Document emptyRow() {
        return new Document("groupId", null).append("groupName", null).append("title", null)
                .append("state", null).append("dueDate", null).append("caseId", null).append("overdue", false)
                .append("latestReportStatus", null).append("latestReportAt", null);
    }

    @Override
    protected Document fold(Document row, Document r) {
        String type = type(r);
        if (GroupEvents.CREATED.contains(type)) {
            // Issuing a draft repeats its data, possibly with a new due date.
            setIfPresent(row, "groupId", text(r, GroupEvents.GROUP_ID));
            setIfPresent(row, "groupName", text(r, GroupEvents.GROUP_NAME));
            setIfPresent(row, "title", text(r, GroupEvents.TITLE));
            setIfPresent(row, "dueDate", text(r, GroupEvents.DUE_DATE));
            setIfPresent(row, "caseId", text(r, GroupEvents.CASE_ID));
        }
        statusAfter(r).ifPresent(status -> row.put("state", status.name()));
        if (GroupEvents.OVERDUE.equals(type)) {
            row.put("overdue", true);
        }
        if (GroupEvents.REPORTED.equals(type)) {
            setIfPresent(row, "latestReportStatus", text(r, GroupEvents.REPORT_STATUS));
            row.put("latestReportAt", r.getString("timestamp"));
        }
        return row;
    }

    /**
     * The status mtp-api's lifecycle gives the assignment after this event. The verbatim payload is read back into
     * its event record with the platform's event serializer, so the mapping (feedback outcome included) is not
     * restated here; an event that does not read back leaves the status as it is.
     */
    private Optional<AssignmentStatus> statusAfter(Document record) {
        String payloadType = Records.payloadType(record);
        if (payloadType == null || !payloadType.startsWith(GROUP_EVENTS)) {
            return Optional.empty();
        }
        try {
            Object event = serializer.deserialize(new SimpleSerializedObject<>(record.getString("rawPayload"),
                    String.class, payloadType, record.getString("payloadRevision")));
            return AssignmentStatus.after(event);
        } catch (RuntimeException unreadable) {
            return Optional.empty();
        }
    }
}
