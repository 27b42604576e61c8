package se.rjh.mtp.guidelines.library;

import static org.assertj.core.api.Assertions.assertThat;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.ReplaceOptions;
import com.mongodb.client.model.Sorts;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Random;
import org.bson.Document;
import org.bson.conversions.Bson;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import se.rjh.mtp.api.guidelines.view.LibraryEntry;
import se.rjh.mtp.testsupport.RecordingMongo;

/**
 * The published library and the review schedule read from the list of guidelines in force give what the queries
 * over every guideline gave (kept here as the reference), as guidelines are published and retired, when a change is
 * applied twice, and when the list is made from documents written before it existed. The number of guidelines is
 * {@code -Dmtp.test.guidelines} (default 40).
 */
class LibraryStoreTest {

    private static final int GUIDELINES = Integer.getInteger("mtp.test.guidelines", 40);
    private static final LocalDate TODAY = LocalDate.of(2026, 12, 1);
    @RegisterExtension
    static final RecordingMongo MONGO = RecordingMongo.start();

    private final MongoDatabase database = MONGO.newDatabase("library_");
    private final LibraryStore store = new LibraryStore(database);
    private final MongoCollection<Document> library = database.getCollection(LibraryStore.COLLECTION);
    private final Random random = new Random(Long.getLong("mtp.test.seed", 14));

    @Test
    void theLibraryAndTheScheduleAnswerAsTheQueriesOverEveryGuidelineDidAlsoWhenAChangeComesTwice() {
        writeLifecycles();

        assertSameAsScanningQueries(store);
        assertThat(store.search(null, true)).isNotEmpty();
        assertThat(store.dueBy(TODAY.plusDays(90))).isNotEmpty();
    }

    @Test
    void documentsWrittenBeforeTheListExistedMakeItWhenTheServiceStarts() {
        writeLifecycles();
        database.getCollection(LibraryStore.IN_FORCE).drop();

        assertSameAsScanningQueries(new LibraryStore(database));
    }

    @Test
    void theScheduleReadsByIdOnly() {
        writeLifecycles();
        MONGO.clear();

        store.dueBy(TODAY.plusDays(90));

        assertThat(MONGO.sentTo(database)).hasSize(2).allSatisfy(command -> {
            assertThat(command.name()).isEqualTo("find");
            assertThat(command.filter().keySet()).containsExactly("_id");
        });
    }

    private void assertSameAsScanningQueries(LibraryStore store) {
        assertThat(views(store.search(null, true)))
                .isEqualTo(views(scanning(Filters.empty(), null)).stream().filter(LibraryStoreTest::inForce).toList());
        for (int days : List.of(-30, 0, 30, 60, 90, 400)) {
            LocalDate horizon = TODAY.plusDays(days);
            assertThat(inOrder(store.dueBy(horizon))).as("due by %s", horizon).isEqualTo(inOrder(scanning(
                    Filters.and(Filters.ne("publishedVersion", null), Filters.eq("retired", false),
                            Filters.lte("nextReviewDate", horizon.toString())), Sorts.ascending("nextReviewDate"))));
        }
    }

    private static boolean inForce(LibraryEntry entry) {
        return entry.publishedVersion() != null && !entry.retired();
    }

    /** The query as it was: over every guideline, in the collection's order unless sorted. */
    private List<LibraryStore.Entry> scanning(Bson filter, Bson sort) {
        List<LibraryStore.Entry> entries = new ArrayList<>();
        for (Document doc : sort == null ? library.find(filter) : library.find(filter).sort(sort)) {
            entries.add(LibraryStore.fromDocument(doc));
        }
        return entries;
    }

    private static List<LibraryEntry> inOrder(List<LibraryStore.Entry> entries) {
        return entries.stream().map(LibraryStore.Entry::view).toList();
    }

    /** The library sorts by number; the reference is in the collection's order, which is the numbers' order here. */
    private static List<LibraryEntry> views(List<LibraryStore.Entry> entries) {
        return entries.stream().map(LibraryStore.Entry::view).sorted(Comparator.comparingLong(LibraryStore::number))
                .toList();
    }

    /**
     * Guidelines drafted in number order; some published, some of those revised or retired later, review dates on a
     * few days so that some fall on the same one. Each change rewrites the document and then places it, and now and
     * then the placing is done twice, as for a redelivered event.
     */
    private void writeLifecycles() {
        List<Document> documents = new ArrayList<>();
        for (int n = 1; n <= GUIDELINES; n++) {
            Document doc = guideline("RL-MTP-" + n);
            documents.add(doc);
            write(doc);
        }
        for (Document doc : documents) {
            int fate = random.nextInt(4);
            if (fate > 0) {
                doc.append("publishedVersion", 1).append("validFrom", TODAY.minusYears(1).toString())
                        .append("nextReviewDate", TODAY.plusDays(30L * (random.nextInt(5) - 1)).toString())
                        .append("publishedContent", "# Text");
                write(doc);
            }
            if (fate == 2) {
                doc.append("publishedVersion", 2);
                write(doc);
            }
            if (fate == 3 && random.nextBoolean()) {
                doc.append("retired", true);
                write(doc);
            }
        }
    }

    private void write(Document doc) {
        library.replaceOne(Filters.eq("_id", doc.getString("_id")), doc, new ReplaceOptions().upsert(true));
        store.placeInForce(doc);
        if (random.nextInt(4) == 0) {
            store.placeInForce(doc);
        }
    }

    private static Document guideline(String number) {
        return new Document("_id", number).append("kind", "GUIDELINE").append("title", "Riktlinje " + number)
                .append("scope", "Regionen").append("ownerGroup", "lsg-mtp").append("processOwner", "MT-chef")
                .append("caseNumber", null).append("regulationReferences", List.of()).append("retired", false)
                .append("publishedVersion", null).append("validFrom", null).append("nextReviewDate", null)
                .append("reviewDueRaisedFor", null).append("openVersion", 1).append("openVersionStatus", "DRAFT")
                .append("publishedContent", null);
    }
}
