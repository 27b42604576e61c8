package se.rjh.mtp.groups.assignment.projection;

import static org.assertj.core.api.Assertions.assertThat;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.Projections;
import com.mongodb.client.model.Sorts;
import com.mongodb.client.model.Updates;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.UUID;
import org.axonframework.eventhandling.AnnotationEventHandlerAdapter;
import org.axonframework.eventhandling.GenericDomainEventMessage;
import org.axonframework.messaging.MetaData;
import org.bson.Document;
import org.bson.conversions.Bson;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import se.rjh.mtp.api.groups.AssignmentAccepted;
import se.rjh.mtp.api.groups.AssignmentCancelled;
import se.rjh.mtp.api.groups.AssignmentDeclined;
import se.rjh.mtp.api.groups.AssignmentDelivered;
import se.rjh.mtp.api.groups.AssignmentDrafted;
import se.rjh.mtp.api.groups.AssignmentFeedbackGiven;
import se.rjh.mtp.api.groups.AssignmentIssued;
import se.rjh.mtp.api.groups.AssignmentOverdue;
import se.rjh.mtp.api.groups.AssignmentStatus;
import se.rjh.mtp.api.groups.FeedbackOutcome;
import se.rjh.mtp.api.groups.ProgressReported;
import se.rjh.mtp.api.groups.ProgressStatus;
import se.rjh.mtp.api.groups.QuestionRaised;
import se.rjh.mtp.api.groups.view.AssignmentView;
import se.rjh.mtp.testsupport.Deliveries;
import se.rjh.mtp.testsupport.RecordingMongo;

/**
 * The assignment lists and the deadline job's work list answered from the buckets give what the queries that read
 * every assignment gave (kept here as the reference), for every group, status and page, also when events are
 * delivered again and when a bucket write was lost. The number of assignments is
 * {@code -Dmtp.test.assignments} (default 60).
 */
class AssignmentProjectionTest {

    private static final int ASSIGNMENTS = Integer.getInteger("mtp.test.assignments", 60);
    private static final List<String> GROUPS = List.of("lag-a", "lag-b", "lag-c");
    private static final LocalDate TODAY = LocalDate.of(2026, 12, 1);
    @RegisterExtension
    static final RecordingMongo MONGO = RecordingMongo.start();

    private final MongoDatabase database = MONGO.newDatabase("assignments_");
    private final AssignmentProjection projection = new AssignmentProjection(database);
    private final AssignmentQueries queries = new AssignmentQueries(database);
    private final MongoCollection<Document> rows = database.getCollection(AssignmentProjection.COLLECTION);
    private final Random random = new Random(Long.getLong("mtp.test.seed", 14));
    /** Every event handed to the projection, in order: what a redelivery hands over again. */
    private final AnnotationEventHandlerAdapter handlers = new AnnotationEventHandlerAdapter(projection);
    private final Deliveries<Delivery> deliveries = new Deliveries<>(random, this::handle);
    private Instant at = Instant.parse("2026-11-01T08:00:00Z");

    private record Delivery(String assignmentId, long sequence, Instant at, Object event) {
    }

    @Test
    void everyFilterAndPageAnswersAsTheScanningQueriesDidAlsoAfterRedeliveries() {
        deliverInterleaved(histories(), true);

        assertSameAsScanningQueries();
        assertThat(queries.list(null, null, 0, 200)).hasSize(ASSIGNMENTS);
    }

    @Test
    void aBucketWriteLostToACrashIsPutRightWhenTheLastEventIsDeliveredAgain() {
        deliverInterleaved(histories(), false);
        MongoCollection<Document> buckets = database.getCollection(AssignmentProjection.BUCKETS);
        for (Document row : rows.find()) {
            String id = row.getString("_id");
            // Spelled out as stored, so that buckets written before still read.
            String key = row.getDate(AssignmentProjection.CREATED_AT).getTime() + "|" + id;
            int piece = Math.floorMod(id.hashCode(), 8);
            AssignmentStatus status = AssignmentStatus.valueOf(row.getString("status"));
            AssignmentStatus before = status == AssignmentStatus.DRAFTED ? AssignmentStatus.CANCELLED
                    : AssignmentStatus.values()[status.ordinal() - 1];
            // The row was written but the bucket move was not: the assignment is still in the status before.
            String group = row.getString("groupId");
            buckets.updateMany(Filters.in("_id", "status:" + status + ":" + piece,
                    "groupStatus:" + status + ":" + group + ":" + piece), Updates.pull("keys", key));
            for (String bucket : List.of("status:" + before + ":" + piece,
                    "groupStatus:" + before + ":" + group + ":" + piece)) {
                buckets.updateOne(Filters.eq("_id", bucket), Updates.addToSet("keys", key));
            }
        }
        assertThat(queries.list(null, AssignmentStatus.ISSUED, 0, 200))
                .isNotEqualTo(scanning(null, AssignmentStatus.ISSUED, 0, 200));

        deliveries.redeliverLastOfEach(Delivery::assignmentId);

        assertSameAsScanningQueries();
    }

    @Test
    void theLagsWorkListAndTheDeadlineJobReadByIdOnly() {
        deliverInterleaved(histories(), false);
        MONGO.clear();

        List<AssignmentView> page = queries.list("lag-a", AssignmentStatus.ISSUED, 0, 5);
        List<String> pastDue = projection.openPastDue(TODAY);
        List<RecordingMongo.Command> sent = MONGO.sentTo(database);

        assertThat(page).isNotEmpty().isEqualTo(scanning("lag-a", AssignmentStatus.ISSUED, 0, 5));
        assertThat(pastDue).isNotEmpty().containsExactlyInAnyOrderElementsOf(scanningPastDue());
        for (RecordingMongo.Command command : sent) {
            assertThat(command.name()).isEqualTo("find");
            assertThat(command.filter().keySet()).containsExactly("_id");
            assertThat(command.filter().getDocument("_id").keySet()).containsExactly("$in");
        }
    }

    @Test
    void rowsWrittenBeforeTheBucketsExistedFillThemWhenTheServiceStarts() {
        deliverInterleaved(histories(), false);
        database.getCollection(AssignmentProjection.BUCKETS).drop();

        new AssignmentProjection(database);

        assertSameAsScanningQueries();
    }

    private void assertSameAsScanningQueries() {
        List<String> groups = new ArrayList<>(GROUPS);
        groups.add("lag-utan-uppdrag");
        groups.add(null);
        List<AssignmentStatus> statuses = new ArrayList<>(List.of(AssignmentStatus.values()));
        statuses.add(null);
        int size = 7;
        for (String group : groups) {
            for (AssignmentStatus status : statuses) {
                List<AssignmentView> expected;
                int page = 0;
                do {
                    expected = scanning(group, status, page, size);
                    assertThat(queries.list(group, status, page, size))
                            .as("group %s, status %s, page %d", group, status, page).isEqualTo(expected);
                    page++;
                } while (expected.size() == size);
            }
        }
        assertThat(projection.openPastDue(TODAY)).containsExactlyInAnyOrderElementsOf(scanningPastDue());
    }

    /** The list query as it was before the buckets: a filter over every assignment, sorted and skipped. */
    private List<AssignmentView> scanning(String groupId, AssignmentStatus status, int page, int size) {
        List<Bson> filters = new ArrayList<>();
        if (groupId != null) {
            filters.add(Filters.eq("groupId", groupId));
        }
        if (status != null) {
            filters.add(Filters.eq("status", status.name()));
        }
        List<String> ids = rows.find(filters.isEmpty() ? new Document() : Filters.and(filters))
                .sort(Sorts.orderBy(Sorts.descending(AssignmentProjection.CREATED_AT), Sorts.ascending("_id")))
                .skip(page * size).limit(size).map(d -> d.getString("_id")).into(new ArrayList<>());
        return ids.stream().map(id -> queries.find(id).orElseThrow()).toList();
    }

    /** The deadline job's query as it was before the buckets. */
    private List<String> scanningPastDue() {
        List<String> open = AssignmentStatus.OPEN.stream().map(Enum::name).toList();
        return rows.find(Filters.and(Filters.in("status", open), Filters.ne("overdue", true),
                        Filters.lt("dueDate", TODAY.toString())))
                .projection(Projections.include("_id")).map(d -> d.getString("_id")).into(new ArrayList<>());
    }

    /** Each assignment's events: drafted or issued, then a random way along its life, with questions now and then. */
    private List<List<Object>> histories() {
        List<List<Object>> histories = new ArrayList<>();
        for (int i = 0; i < ASSIGNMENTS; i++) {
            String id = UUID.randomUUID().toString();
            String group = GROUPS.get(random.nextInt(GROUPS.size()));
            LocalDate due = TODAY.plusDays(random.nextInt(11) - 5);
            List<Object> events = new ArrayList<>();
            if (random.nextBoolean()) {
                events.add(new AssignmentDrafted(id, group, group, "Uppdrag " + i, "Beskrivning", List.of("Rapport"),
                        due, "case-" + i, "f-" + i));
            }
            int steps = random.nextInt(7);
            if (steps > 0 || events.isEmpty()) {
                events.add(new AssignmentIssued(id, group, group, "Uppdrag " + i, "Beskrivning", List.of("Rapport"),
                        due, null, "ordforande", TODAY.minusDays(10)));
            }
            if (steps == 1) {
                events.add(new AssignmentDeclined(id, group, "Ingen tid", "lag", TODAY));
            }
            if (steps > 1) {
                events.add(new AssignmentAccepted(id, group, "lag", TODAY));
            }
            if (steps > 1 && random.nextInt(3) == 0) {
                events.add(new QuestionRaised("q-" + i, id, group, "Fråga", "Text", "lag", group));
            }
            if (steps > 2 && due.isBefore(TODAY) && random.nextBoolean()) {
                events.add(new AssignmentOverdue(id, group, due, TODAY));
            }
            if (steps > 2) {
                events.add(new ProgressReported(id, group, ProgressStatus.GREEN, "Går bra", "lag", TODAY));
            }
            if (steps > 3) {
                events.add(new AssignmentDelivered(id, group, "Slutrapport", "lag", TODAY));
            }
            if (steps == 5) {
                events.add(new AssignmentFeedbackGiven(id, group, FeedbackOutcome.COMPLETED, "Tack", "ordforande",
                        TODAY));
            }
            if (steps == 6) {
                events.add(new AssignmentCancelled(id, group, "Inte längre aktuellt", "ordforande", TODAY));
            }
            histories.add(events);
        }
        return histories;
    }

    /**
     * Hands the events over with the assignments interleaved and each one's events in order, one second apart.
     * With {@code redeliver}, now and then the last few deliveries are handed over again, as after a batch whose
     * token was not stored.
     */
    private void deliverInterleaved(List<List<Object>> histories, boolean redeliver) {
        deliveries.interleaved(histories, redeliver, (events, i) -> {
            // now and then two in the same second, so the order falls back to the id
            at = at.plusSeconds(random.nextInt(2));
            Object first = events.get(0);
            String id = first instanceof AssignmentDrafted e ? e.assignmentId()
                    : ((AssignmentIssued) first).assignmentId();
            return new Delivery(id, i, at, events.get(i));
        });
    }

    /** Through Axon's own handler resolution, as the processor calls it, with the sequence and the time. */
    private void handle(Delivery d) {
        try {
            handlers.handle(new GenericDomainEventMessage<>("Assignment", d.assignmentId(), d.sequence(), d.event(),
                    MetaData.emptyInstance(), UUID.randomUUID().toString(), d.at()));
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
