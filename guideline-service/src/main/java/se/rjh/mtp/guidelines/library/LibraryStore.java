package se.rjh.mtp.guidelines.library;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.Projections;
import com.mongodb.client.model.UpdateOptions;
import com.mongodb.client.model.Updates;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.regex.Pattern;
import org.bson.Document;
import org.bson.conversions.Bson;
import org.springframework.stereotype.Component;
import se.rjh.mtp.api.guidelines.GuidelineKind;
import se.rjh.mtp.api.guidelines.RegulationFramework;
import se.rjh.mtp.api.guidelines.RegulationReference;
import se.rjh.mtp.api.guidelines.view.GuidelineVersionView;
import se.rjh.mtp.api.guidelines.view.GuidelineView;
import se.rjh.mtp.api.guidelines.view.LibraryEntry;
import se.rjh.mtp.api.guidelines.view.RegulationReferenceView;
import se.rjh.mtp.guidelines.domain.VersionStatus;
import se.rjh.mtp.platform.readmodel.VersionedDocuments;

/**
 * The library read model: one document per guideline, keyed by document number, and one document naming the
 * guidelines in force ({@link #IN_FORCE}), so that the published library and the review schedule read their
 * guidelines by {@code _id} instead of scanning every draft and retired one. The published text is stored to be
 * searched and never read back.
 */
@Component
public class LibraryStore {

    static final String COLLECTION = "guideline_library";
    /** Collection and document: {@code {_id: "in-force", numbers: [...]}}. */
    static final String IN_FORCE = "guideline_in_force";

    private static final String NUMBERS = "numbers";
    private static final Bson NOT_THE_TEXT = Projections.exclude("publishedContent");

    private final MongoCollection<Document> library;
    private final MongoCollection<Document> inForce;

    public LibraryStore(MongoDatabase database) {
        this.library = collection(database);
        this.inForce = database.getCollection(IN_FORCE);
        fillInForceOfOlderDocuments();
    }

    /**
     * A library written before the list of guidelines in force existed has documents and no list, and its processor
     * is past those events: the list is made from the documents once, before the processor starts.
     */
    private void fillInForceOfOlderDocuments() {
        if (inForce.find().first() == null && library.find().first() != null) {
            List<String> numbers = library.find(inForceFilter()).projection(Projections.include("_id"))
                    .map(d -> d.getString("_id")).into(new ArrayList<>());
            inForce.updateOne(Filters.eq("_id", IN_FORCE), Updates.addEachToSet(NUMBERS, numbers),
                    new UpdateOptions().upsert(true));
        }
    }

    static MongoCollection<Document> collection(MongoDatabase database) {
        return database.getCollection(COLLECTION);
    }

    /** The library's documents, each kept at the sequence of the guideline's last event written into it. */
    VersionedDocuments documents() {
        return new VersionedDocuments(library);
    }

    /** Every guideline, in any state. */
    public List<Entry> all() {
        return find(Filters.empty());
    }

    /**
     * Guidelines whose title, scope, published text or document number contains {@code text} (any case), or all when
     * it is null; only those in force when {@code publishedOnly}.
     */
    List<Entry> search(String text, boolean publishedOnly) {
        if (text == null && publishedOnly) {
            return inForce();
        }
        List<Bson> filters = new ArrayList<>();
        if (publishedOnly) {
            filters.add(inForceFilter());
        }
        if (text != null) {
            Pattern contains = Pattern.compile(Pattern.quote(text), Pattern.CASE_INSENSITIVE);
            filters.add(Filters.or(Filters.regex("title", contains), Filters.regex("scope", contains),
                    Filters.regex("publishedContent", contains), Filters.regex("_id", contains)));
        }
        return find(filters.isEmpty() ? Filters.empty() : Filters.and(filters));
    }

    /**
     * Guidelines in force whose review date is on or before {@code horizon}, earliest first; on the same date by
     * document number.
     */
    public List<Entry> dueBy(LocalDate horizon) {
        return inForce().stream().filter(e -> e.nextReviewDate() != null && !e.nextReviewDate().isAfter(horizon))
                .sorted(Comparator.comparing(Entry::nextReviewDate).thenComparingLong(e -> number(e.view())))
                .toList();
    }

    /** The guidelines in force, in no particular order; one that just left may still be read, and is left out. */
    public List<Entry> inForce() {
        Document names = inForce.find(Filters.eq("_id", IN_FORCE)).first();
        List<String> numbers = names == null ? List.of() : names.getList(NUMBERS, String.class, List.of());
        if (numbers.isEmpty()) {
            return List.of();
        }
        return find(Filters.in("_id", numbers)).stream().filter(Entry::published).toList();
    }

    /**
     * Names the guideline among those in force, or not, as its document says. Idempotent, and one atomic change of
     * one document, so it may be repeated for a redelivered event.
     */
    void placeInForce(Document guideline) {
        String number = guideline.getString("_id");
        boolean published = guideline.get("publishedVersion") != null && !guideline.getBoolean("retired", false);
        inForce.updateOne(Filters.eq("_id", IN_FORCE),
                published ? Updates.addToSet(NUMBERS, number) : Updates.pull(NUMBERS, number),
                new UpdateOptions().upsert(true));
    }

    Document document(String documentNumber) {
        return library.find(Filters.eq("_id", documentNumber)).first();
    }

    /** The n of RL-MTP-n, so RL-MTP-10 comes after RL-MTP-9. */
    static long number(LibraryEntry entry) {
        String n = entry.documentNumber().substring(entry.documentNumber().lastIndexOf('-') + 1);
        return n.chars().allMatch(Character::isDigit) ? Long.parseLong(n) : Long.MAX_VALUE;
    }

    private static Bson inForceFilter() {
        return Filters.and(Filters.ne("publishedVersion", null), Filters.eq("retired", false));
    }

    private List<Entry> find(Bson filter) {
        List<Entry> entries = new ArrayList<>();
        for (Document doc : library.find(filter).projection(NOT_THE_TEXT)) {
            entries.add(fromDocument(doc));
        }
        return entries;
    }

    /**
     * A stored guideline: what the library shows, plus the published text it is searched by.
     *
     * @param view             the guideline as the library lists it
     * @param publishedContent the published version's Markdown; null as read back, which leaves it out
     */
    public record Entry(LibraryEntry view, String publishedContent) {

        public String documentNumber() {
            return view.documentNumber();
        }

        public boolean retired() {
            return view.retired();
        }

        public Integer publishedVersion() {
            return view.publishedVersion();
        }

        public LocalDate nextReviewDate() {
            return view.nextReviewDate();
        }

        public Integer reviewDueRaisedFor() {
            return view.reviewDueRaisedFor();
        }

        public List<RegulationReference> references() {
            return view.regulationReferences().stream()
                    .map(r -> new RegulationReference(r.framework(), r.provision()))
                    .toList();
        }

        /** In force: a version is published and the guideline is not retired. */
        public boolean published() {
            return view.publishedVersion() != null && !view.retired();
        }
    }

    static Document toDocument(GuidelineView view) {
        GuidelineVersionView published = view.publishedVersion() == null ? null : view.version(view.publishedVersion());
        GuidelineVersionView open = view.versions().stream()
                .filter(v -> VersionStatus.valueOf(v.status()).open())
                .findFirst().orElse(null);
        List<Document> references = view.regulationReferences().stream()
                .map(r -> new Document("framework", r.framework().name()).append("provision", r.provision())
                        .append("label", r.label()))
                .toList();
        return new Document("_id", view.documentNumber())
                .append("kind", view.kind().name())
                .append("title", view.title())
                .append("scope", view.scope())
                .append("ownerGroup", view.ownerGroup())
                .append("processOwner", view.processOwner())
                .append("caseNumber", view.caseNumber())
                .append("regulationReferences", references)
                .append("retired", view.retired())
                .append("publishedVersion", view.publishedVersion())
                .append("validFrom", published == null ? null : published.validFrom().toString())
                .append("nextReviewDate", view.nextReviewDate() == null ? null : view.nextReviewDate().toString())
                .append("reviewDueRaisedFor", view.reviewDueRaisedFor())
                .append("openVersion", open == null ? null : open.versionNumber())
                .append("openVersionStatus", open == null ? null : open.status())
                .append("publishedContent", published == null ? null : published.content());
    }

    static Entry fromDocument(Document doc) {
        List<RegulationReferenceView> references = new ArrayList<>();
        for (Document r : doc.getList("regulationReferences", Document.class, List.of())) {
            references.add(new RegulationReferenceView(RegulationFramework.valueOf(r.getString("framework")),
                    r.getString("provision"), r.getString("label")));
        }
        LibraryEntry view = new LibraryEntry(doc.getString("_id"), GuidelineKind.valueOf(doc.getString("kind")),
                doc.getString("title"), doc.getString("scope"), doc.getString("ownerGroup"),
                doc.getString("processOwner"), doc.getString("caseNumber"), references,
                doc.getBoolean("retired", false), doc.getInteger("publishedVersion"), date(doc, "validFrom"),
                date(doc, "nextReviewDate"), doc.getInteger("reviewDueRaisedFor"), doc.getInteger("openVersion"),
                doc.getString("openVersionStatus"));
        return new Entry(view, doc.getString("publishedContent"));
    }

    private static LocalDate date(Document doc, String field) {
        String value = doc.getString(field);
        return value == null ? null : LocalDate.parse(value);
    }
}
