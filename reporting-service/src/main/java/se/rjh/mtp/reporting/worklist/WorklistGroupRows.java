package se.rjh.mtp.reporting.worklist;

import static se.rjh.mtp.reporting.readmodel.Records.text;
import static se.rjh.mtp.reporting.readmodel.Records.type;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.bson.Document;
import org.springframework.stereotype.Component;
import se.rjh.mtp.reporting.groups.GroupEvents;
import se.rjh.mtp.reporting.readmodel.RowFold;

/**
 * One row per working group with the logins of its current members, so a LAG member's list holds the overdue
 * assignments of their own groups only.
 */
@Component
public class WorklistGroupRows extends RowFold {

    public static final String MODEL = "worklist_groups";

    public WorklistGroupRows() {
        super(MODEL, GroupEvents.startsRow(Set.of(WorklistEvents.GROUP_ESTABLISHED)));
    }

    @Override
    protected Document emptyRow() {
        return new Document("members", new ArrayList<String>());
    }

    @Override
    protected Document fold(Document row, Document r) {
        String type = type(r);
        List<String> members = row.getList("members", String.class);
        String userName = text(r, WorklistEvents.USER_NAME);
        if (WorklistEvents.MEMBER_APPOINTED.equals(type) && userName != null && !members.contains(userName)) {
            members.add(userName);
        } else if (WorklistEvents.MEMBERSHIP_ENDED.equals(type)) {
            members.remove(userName);
        } else if (WorklistEvents.GROUP_DISSOLVED.equals(type)) {
            members.clear();
        }
        return row;
    }
}
