package se.rjh.mtp.cases.query;

import static org.assertj.core.api.Assertions.assertThat;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.Sorts;
import com.mongodb.client.model.Updates;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.UUID;
import org.bson.Document;
import org.bson.conversions.Bson;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import se.rjh.mtp.api.cases.CaseClosed;
import se.rjh.mtp.api.cases.CaseDecided;
import se.rjh.mtp.api.cases.CaseNoteAdded;
import se.rjh.mtp.api.cases.CaseReceived;
import se.rjh.mtp.api.cases.CaseRegistered;
import se.rjh.mtp.api.cases.CaseStep;
import se.rjh.mtp.api.cases.CaseType;
import se.rjh.mtp.api.cases.Channel;
import se.rjh.mtp.api.cases.ConcernedBody;
import se.rjh.mtp.api.cases.ConsultationRequested;
import se.rjh.mtp.api.cases.DecisionProposed;
import se.rjh.mtp.api.cases.PreparationStarted;
import se.rjh.mtp.api.cases.ProposalReturned;
import se.rjh.mtp.api.cases.SecrecyMarking;
import se.rjh.mtp.api.cases.Submitter;
import se.rjh.mtp.api.cases.CaseVoided;
import se.rjh.mtp.api.cases.view.CasePage;
import se.rjh.mtp.api.cases.view.CaseListItem;
import se.rjh.mtp.api.cases.view.CaseListOrder;
import se.rjh.mtp.testsupport.Deliveries;
import se.rjh.mtp.testsupport.RecordingMongo;

/**
 * The case list answered from its buckets gives, for every step, type and page, what the query that read every case
 * gave (kept here as the reference), also when events are delivered again and when a bucket write was lost. The
 * number of cases is {@code -Dmtp.test.case-list.cases} (default 60).
 */
class CaseListProjectionTest {

    private static final int CASES = Integer.getInteger("mtp.test.case-list.cases", 60);
    private static final List<CaseType> TYPES = List.of(CaseType.INTRODUCTION, CaseType.REPROCESSING,
            CaseType.UNIT_QUESTION);
    @RegisterExtension
    static final RecordingMongo MONGO = RecordingMongo.start();

    private final MongoDatabase database = MONGO.newDatabase("case_list_");
    private final CaseListProjection projection = new CaseListProjection(database);
    private final MongoCollection<Document> rows = database.getCollection("case_list");
    private final Random random = new Random(Long.getLong("mtp.test.seed", 14));
    /** Every event handed to the projection, in order: what a redelivery hands over again. */
    private final Deliveries<Delivery> deliveries = new Deliveries<>(random, this::handle);

    private record Delivery(String caseId, long sequence, Object event) {
    }

    @Test
    void everyFilterAndPageAnswersAsTheScanningQueryDidAlsoAfterRedeliveries() {
        deliverInterleaved(histories(), true);

        assertSameAsScanningQuery();
        assertThat(projection.find(null, null, null, 0, 200, true).total()).isEqualTo(CASES);
    }

    @Test
    void aBucketWriteLostToACrashIsPutRightWhenTheLastEventIsDeliveredAgain() {
        deliverInterleaved(histories(), false);
        MongoCollection<Document> buckets = database.getCollection("case_list_buckets");
        for (Document row : rows.find()) {
            String id = row.getString("_id");
            // Spelled out as stored, so that buckets written before still read.
            String key = row.getString("receivedOn") + "|" + id;
            int piece = Math.floorMod(id.hashCode(), 16);
            CaseStep step = CaseStep.valueOf(row.getString("step"));
            CaseStep before = step == CaseStep.RECEIVED ? CaseStep.CLOSED : CaseStep.values()[step.ordinal() - 1];
            // The row was written but the bucket move was not: the case is still in the step before.
            buckets.updateOne(Filters.eq("_id", "step:" + step + ":" + piece), Updates.pull("keys", key));
            buckets.updateOne(Filters.eq("_id", "step:" + before + ":" + piece), Updates.addToSet("keys", key));
        }
        assertThat(projection.find(CaseStep.RECEIVED, null, null, 0, 200, true))
                .isNotEqualTo(scanning(CaseStep.RECEIVED, null, 0, 200, true));

        deliveries.redeliverLastOfEach(Delivery::caseId);

        assertSameAsScanningQuery();
    }

    @Test
    void aListWithoutFreeTextReadsItsBucketsAndRowsByIdOnly() {
        deliverInterleaved(histories(), false);
        MONGO.clear();

        CasePage page = projection.find(CaseStep.IN_PREPARATION, CaseType.INTRODUCTION, null, 0, 5, false);
        List<RecordingMongo.Command> sent = MONGO.sentTo(database);

        assertThat(page).isEqualTo(scanning(CaseStep.IN_PREPARATION, CaseType.INTRODUCTION, 0, 5, false));
        List<String> reads = new ArrayList<>();
        for (RecordingMongo.Command command : sent) {
            reads.add(command.name());
            assertThat(command.name()).isEqualTo("find");
            assertThat(command.filter().keySet()).containsExactly("_id");
            assertThat(command.filter().getDocument("_id").keySet()).containsExactly("$in");
        }
        assertThat(reads).hasSize(page.items().isEmpty() ? 1 : 2);
    }

    @Test
    void rowsWrittenBeforeTheBucketsExistedFillThemWhenTheServiceStarts() {
        deliverInterleaved(histories(), false);
        database.getCollection("case_list_buckets").drop();

        CaseListProjection started = new CaseListProjection(database);

        assertSameAsScanningQuery(started);
    }

    private void assertSameAsScanningQuery() {
        assertSameAsScanningQuery(projection);
    }

    private void assertSameAsScanningQuery(CaseListProjection projection) {
        List<CaseStep> steps = new ArrayList<>(List.of(CaseStep.values()));
        steps.add(null);
        List<CaseType> types = new ArrayList<>(TYPES);
        types.add(CaseType.PROCUREMENT_REVIEW); // no case has it
        types.add(null);
        int size = 7;
        for (boolean mayReadProtected : List.of(true, false)) {
            for (CaseStep step : steps) {
                for (CaseType type : types) {
                    CasePage expected;
                    int page = 0;
                    do {
                        expected = scanning(step, type, page, size, mayReadProtected);
                        assertThat(projection.find(step, type, null, page, size, mayReadProtected))
                                .as("step %s, type %s, page %d", step, type, page).isEqualTo(expected);
                        // Oldest first: the same query sorted the other way, from the buckets and by the scan alike.
                        assertThat(projection.find(step, type, null, null, page, size, CaseListOrder.RECEIVED_OLDEST,
                                mayReadProtected)).as("oldest first: step %s, type %s, page %d", step, type, page)
                                .isEqualTo(oldestFirst(step, type, page, size, mayReadProtected));
                        page++;
                    } while ((long) page * size <= expected.total());
                }
            }
        }
    }

    /** Oldest received first: newest first reversed. */
    private CasePage oldestFirst(CaseStep step, CaseType type, int page, int size, boolean mayReadProtected) {
        CasePage all = scanning(step, type, 0, CASES, mayReadProtected);
        List<CaseListItem> reversed = new ArrayList<>(all.items());
        java.util.Collections.reverse(reversed);
        List<CaseListItem> items = reversed.subList(Math.min(page * size, reversed.size()),
                Math.min(page * size + size, reversed.size()));
        return new CasePage(List.copyOf(items), page, size, all.total());
    }

    /** The list query as it was before the buckets: a filter over every case, sorted, skipped and counted. */
    private CasePage scanning(CaseStep step, CaseType type, int page, int size, boolean mayReadProtected) {
        List<Bson> filters = new ArrayList<>();
        if (step != null) {
            filters.add(Filters.eq("step", step.name()));
        }
        if (type != null) {
            filters.add(Filters.eq("caseType", type.name()));
        }
        Bson filter = filters.isEmpty() ? new Document() : Filters.and(filters);
        List<CaseListItem> items = new ArrayList<>();
        for (Document d : rows.find(filter).sort(Sorts.orderBy(Sorts.descending("receivedOn"), Sorts.ascending("_id")))
                .skip(page * size).limit(size)) {
            items.add(CaseListProjection.item(d, mayReadProtected));
        }
        return new CasePage(items, page, size, rows.countDocuments(filter));
    }

    /** Each case's events: received, then a random way along the process, with notes the list passes over. */
    private List<List<Object>> histories() {
        List<List<Object>> histories = new ArrayList<>();
        for (int i = 0; i < CASES; i++) {
            String id = UUID.randomUUID().toString();
            CaseType type = TYPES.get(random.nextInt(TYPES.size()));
            LocalDate receivedOn = LocalDate.of(2026, 11, 1 + random.nextInt(4));
            String number = "MTP 2026-" + i;
            List<Object> events = new ArrayList<>();
            events.add(new CaseReceived(id, "Ärende " + i, "Beskrivning", type, Channel.EMAIL,
                    new Submitter("Eva Ek " + i, "IVA", null), receivedOn, null));
            int steps = random.nextInt(8);
            if (steps > 0) {
                events.add(new CaseRegistered(id, number, type, "Klass", null,
                        random.nextInt(4) == 0 ? new SecrecyMarking("OSL 18 kap. 8 §", receivedOn, "reg") : null,
                        receivedOn, receivedOn));
            }
            if (steps > 1) {
                events.add(new CaseNoteAdded(id, "n" + i, "Anteckning"));
                events.add(new PreparationStarted(id, number, type, "handlaggare", receivedOn));
            }
            if (steps > 2) {
                events.add(new ConsultationRequested(id, "c" + i, ConcernedBody.PATIENT_SAFETY, "Fråga",
                        receivedOn.plusDays(10)));
            }
            if (steps > 3) {
                events.add(new DecisionProposed(id, number, type, "Förslag", "Skäl", null));
            }
            if (steps == 4) {
                events.add(new ProposalReturned(id, number, "Komplettera"));
            }
            if (steps > 4 && steps < 7) {
                events.add(new CaseDecided(id, number, type, "Beslut", null, receivedOn, List.of(), null));
            }
            if (steps == 6) {
                events.add(new CaseClosed(id, number, type, receivedOn, null));
            }
            if (steps == 7) {
                events.add(new CaseVoided(id, number, type, "DECISION_PROPOSED", "Felregistrerat"));
            }
            histories.add(events);
        }
        return histories;
    }

    /**
     * Hands the events over with the cases interleaved and each case's events in order. With {@code redeliver},
     * now and then the last few deliveries are handed over again, as after a batch whose token was not stored.
     */
    private void deliverInterleaved(List<List<Object>> histories, boolean redeliver) {
        deliveries.interleaved(histories, redeliver,
                (events, i) -> new Delivery(((CaseReceived) events.get(0)).caseId(), i, events.get(i)));
    }

    private void handle(Delivery d) {
        if (d.event() instanceof CaseReceived e) {
            projection.on(e, d.sequence());
        } else if (d.event() instanceof CaseRegistered e) {
            projection.on(e, d.sequence());
        } else if (d.event() instanceof PreparationStarted e) {
            projection.on(e, d.sequence());
        } else {
            projection.on(d.event(), d.caseId(), d.sequence());
        }
    }
}
