package se.rjh.mtp.groups.assignment.projection;

import com.mongodb.client.MongoDatabase;
import java.util.Arrays;
import java.util.Collection;
import java.util.Comparator;
import java.util.Date;
import java.util.List;
import java.util.stream.Stream;
import org.bson.Document;
import se.rjh.mtp.api.groups.AssignmentStatus;
import se.rjh.mtp.platform.readmodel.ListBuckets;

/**
 * The assignments' {@link ListBuckets}: which assignments are in each status ({@code status:ISSUED:}), of each group
 * ({@code group:lag-a:}), and of each group in each status ({@code groupStatus:ISSUED:lag-a:}, the LAG's own work
 * list), keyed {@code createdAtMillis|assignmentId}: newest first, then by id.
 */
final class AssignmentBuckets {

    /** Pieces per bucket. */
    static final int PIECES = 8;

    private AssignmentBuckets() {
    }

    static ListBuckets of(MongoDatabase database) {
        return new ListBuckets(database.getCollection(AssignmentProjection.BUCKETS), PIECES,
                Comparator.comparingLong(Long::parseLong));
    }

    /** An assignment with a status is in its group's bucket and its status's two; it may have left any other status. */
    static ListBuckets.Placement placement(Document row) {
        String status = row.getString("status");
        if (status == null) {
            return null;
        }
        AssignmentStatus in = AssignmentStatus.valueOf(status);
        String groupId = row.getString("groupId");
        return new ListBuckets.Placement(key(row),
                Stream.concat(Stream.of(group(groupId)), inStatus(groupId, in).stream()).toList(),
                Arrays.stream(AssignmentStatus.values()).filter(s -> s != in)
                        .flatMap(s -> inStatus(groupId, s).stream()).toList());
    }

    /** The fields {@link #placement} reads. */
    static String[] placementFields() {
        return new String[] {AssignmentProjection.CREATED_AT, "groupId", "status"};
    }

    static String key(Document row) {
        Date created = row.getDate(AssignmentProjection.CREATED_AT);
        return ListBuckets.key(Long.toString(created == null ? 0 : created.getTime()), row.getString("_id"));
    }

    /**
     * The keys of the assignments of {@code groupId} and in {@code statuses} (either may be null: any), in list
     * order, from one bucket or, for no filter, the status buckets together.
     */
    static List<String> keys(ListBuckets buckets, String groupId, Collection<AssignmentStatus> statuses) {
        Collection<AssignmentStatus> in = statuses == null && groupId == null ? List.of(AssignmentStatus.values())
                : statuses;
        List<String> names = in == null ? List.of(group(groupId))
                : in.stream().map(s -> groupId == null ? status(s) : groupStatus(groupId, s)).toList();
        return buckets.keys(names, List.of());
    }

    /** The status's bucket and the group's status's bucket. */
    static List<String> inStatus(String groupId, AssignmentStatus status) {
        return List.of(status(status), groupStatus(groupId, status));
    }

    private static String status(AssignmentStatus status) {
        return "status:" + status.name() + ":";
    }

    private static String group(String groupId) {
        return "group:" + groupId + ":";
    }

    /** The status first: it holds no colon, so no two (group, status) pairs share a name. */
    private static String groupStatus(String groupId, AssignmentStatus status) {
        return "groupStatus:" + status.name() + ":" + groupId + ":";
    }
}
