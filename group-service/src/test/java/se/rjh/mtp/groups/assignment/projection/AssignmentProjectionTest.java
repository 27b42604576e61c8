package se.rjh.mtp.groups.assignment.projection;

import static org.assertj.core.api.Assertions.assertThat;

import com.mongodb.ConnectionString;
import com.mongodb.MongoClientSettings;
import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.Projections;
import com.mongodb.client.model.Sorts;
import com.mongodb.client.model.Updates;
import com.mongodb.event.CommandListener;
import com.mongodb.event.CommandStartedEvent;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.UUID;
import org.bson.BsonDocument;
import org.bson.Document;
import org.bson.conversions.Bson;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
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
import se.rjh.mtp.local.EmbeddedInfrastructure;
import se.rjh.mtp.local.EmbeddedMongo;

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
    /** The commands sent, copied while the driver still holds them. */
    private static final List<Command> COMMANDS = Collections.synchronizedList(new ArrayList<>());

    private static EmbeddedMongo mongo;
    private static MongoClient client;

    private final MongoDatabase database =
            client.getDatabase("assignments_" + UUID.randomUUID().toString().substring(0, 8));
    private final AssignmentProjection projection = new AssignmentProjection(database);
    private final AssignmentQueries queries = new AssignmentQueries(database);
    private final MongoCollection<Document> rows = database.getCollection(AssignmentProjection.COLLECTION);
    private final Random random = new Random(Long.getLong("mtp.test.seed", 14));
    /** Every event handed to the projection, in order: what a redelivery hands over again. */
    private final List<Delivery> delivered = new ArrayList<>();

    private record Delivery(String assignmentId, long sequence, Instant at, Object event) {
    }

    private record Command(String database, String name, BsonDocument filter) {
    }

    @BeforeAll
    static void startMongo() {
        mongo = EmbeddedMongo.start(null, EmbeddedInfrastructure.freePort());
        CommandListener recorder = new CommandListener() {
            @Override
            public void commandStarted(CommandStartedEvent event) {
                BsonDocument filter = event.getCommand().isDocument("filter")
                        ? event.getCommand().getDocument("filter").clone() : null;
                COMMANDS.add(new Command(event.getDatabaseName(), event.getCommandName(), filter));
            }
        };
        client = MongoClients.create(MongoClientSettings.builder()
                .applyConnectionString(new ConnectionString(mongo.uri())).addCommandListener(recorder).build());
    }

    @AfterAll
    static void stopMongo() {
        client.close();
        mongo.close();
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
        List<Delivery> lastOfEach = new ArrayList<>();
        for (Document row : rows.find()) {
            String id = row.getString("_id");
            String key = AssignmentBuckets.key(row.getDate(AssignmentProjection.CREATED_AT).getTime(), id);
            AssignmentStatus status = AssignmentStatus.valueOf(row.getString("status"));
            AssignmentStatus before = status == AssignmentStatus.DRAFTED ? AssignmentStatus.CANCELLED
                    : AssignmentStatus.values()[status.ordinal() - 1];
            // The row was written but the bucket move was not: the assignment is still in the status before.
            String group = row.getString("groupId");
            buckets.updateMany(Filters.in("_id", AssignmentBuckets.inStatus(group, status, key)),
                    Updates.pull("keys", key));
            for (String bucket : AssignmentBuckets.inStatus(group, before, key)) {
                buckets.updateOne(Filters.eq("_id", bucket), Updates.addToSet("keys", key));
            }
            lastOfEach.add(delivered.stream().filter(d -> d.assignmentId().equals(id))
                    .reduce((a, b) -> b).orElseThrow());
        }
        assertThat(queries.list(null, AssignmentStatus.ISSUED, 0, 200))
                .isNotEqualTo(scanning(null, AssignmentStatus.ISSUED, 0, 200));

        lastOfEach.forEach(this::deliver);

        assertSameAsScanningQueries();
    }

    @Test
    void theLagsWorkListAndTheDeadlineJobReadByIdOnly() {
        deliverInterleaved(histories(), false);
        COMMANDS.clear();

        List<AssignmentView> page = queries.list("lag-a", AssignmentStatus.ISSUED, 0, 5);
        List<String> pastDue = projection.openPastDue(TODAY);
        List<Command> sent = List.copyOf(COMMANDS);

        assertThat(page).isNotEmpty().isEqualTo(scanning("lag-a", AssignmentStatus.ISSUED, 0, 5));
        assertThat(pastDue).isNotEmpty().containsExactlyInAnyOrderElementsOf(scanningPastDue());
        for (Command command : sent) {
            if (command.database().equals(database.getName())) {
                assertThat(command.name()).isEqualTo("find");
                assertThat(command.filter().keySet()).containsExactly("_id");
                assertThat(command.filter().getDocument("_id").keySet()).containsExactly("$in");
            }
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
        List<Integer> unfinished = new ArrayList<>();
        for (int i = 0; i < histories.size(); i++) {
            unfinished.add(i);
        }
        int[] next = new int[histories.size()];
        Instant at = Instant.parse("2026-11-01T08:00:00Z");
        while (!unfinished.isEmpty()) {
            int a = unfinished.get(random.nextInt(unfinished.size()));
            List<Object> events = histories.get(a);
            // now and then two in the same second, so the order falls back to the id
            at = at.plusSeconds(random.nextInt(2));
            Object first = events.get(0);
            String id = first instanceof AssignmentDrafted e ? e.assignmentId()
                    : ((AssignmentIssued) first).assignmentId();
            deliver(new Delivery(id, next[a], at, events.get(next[a])));
            if (++next[a] == events.size()) {
                unfinished.remove(Integer.valueOf(a));
            }
            if (redeliver && random.nextInt(10) == 0) {
                int from = Math.max(0, delivered.size() - 1 - random.nextInt(6));
                List.copyOf(delivered.subList(from, delivered.size())).forEach(this::deliver);
            }
        }
    }

    private void deliver(Delivery d) {
        if (!delivered.contains(d)) {
            delivered.add(d);
        }
        long seq = d.sequence();
        Object event = d.event();
        if (event instanceof AssignmentDrafted e) {
            projection.on(e, seq, d.at());
        } else if (event instanceof AssignmentIssued e) {
            projection.on(e, seq, d.at());
        } else if (event instanceof AssignmentAccepted e) {
            projection.on(e, seq);
        } else if (event instanceof AssignmentDeclined e) {
            projection.on(e, seq);
        } else if (event instanceof ProgressReported e) {
            projection.on(e, seq);
        } else if (event instanceof AssignmentDelivered e) {
            projection.on(e, seq);
        } else if (event instanceof AssignmentFeedbackGiven e) {
            projection.on(e, seq);
        } else if (event instanceof AssignmentCancelled e) {
            projection.on(e, seq);
        } else if (event instanceof AssignmentOverdue e) {
            projection.on(e, seq);
        } else {
            projection.on((QuestionRaised) event, seq);
        }
    }
}
