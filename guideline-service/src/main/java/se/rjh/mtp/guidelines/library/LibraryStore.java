package se.rjh.mtp.guidelines.library;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.Sorts;
import java.time.LocalDate;
import java.util.ArrayList;
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

/** The library read model: one document per guideline, keyed by document number. */
@Component
public class LibraryStore {

    static final String COLLECTION = "guideline_library";

    private final MongoCollection<Document> library;

    public LibraryStore(MongoDatabase database) {
        this.library = collection(database);
    }

    static MongoCollection<Document> collection(MongoDatabase database) {
        return database.getCollection(COLLECTION);
    }

    /** Every guideline, in any state. */
    public List<Entry> all() {
        return find(Filters.empty(), null);
    }

    /**
     * Guidelines whose title, scope, published text or document number contains {@code text} (any case), or all when
     * it is null; only those in force when {@code publishedOnly}.
     */
    List<Entry> search(String text, boolean publishedOnly) {
        List<Bson> filters = new ArrayList<>();
        if (publishedOnly) {
            filters.add(inForce());
        }
        if (text != null) {
            Pattern contains = Pattern.compile(Pattern.quote(text), Pattern.CASE_INSENSITIVE);
            filters.add(Filters.or(Filters.regex("title", contains), Filters.regex("scope", contains),
                    Filters.regex("publishedContent", contains), Filters.regex("_id", contains)));
        }
        return find(filters.isEmpty() ? Filters.empty() : Filters.and(filters), null);
    }

    /** Guidelines in force whose review date is on or before {@code horizon}, earliest first. */
    public List<Entry> dueBy(LocalDate horizon) {
        // ISO dates are stored as text, so comparing the text compares the dates
        return find(Filters.and(inForce(), Filters.lte("nextReviewDate", horizon.toString())),
                Sorts.ascending("nextReviewDate"));
    }

    private static Bson inForce() {
        return Filters.and(Filters.ne("publishedVersion", null), Filters.eq("retired", false));
    }

    private List<Entry> find(Bson filter, Bson sort) {
        List<Entry> entries = new ArrayList<>();
        for (Document doc : sort == null ? library.find(filter) : library.find(filter).sort(sort)) {
            entries.add(fromDocument(doc));
        }
        return entries;
    }

    /**
     * A stored guideline: what the library shows, plus the published text it is searched by.
     *
     * @param view             the guideline as the library lists it
     * @param publishedContent the published version's Markdown, or null
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

    private static Entry fromDocument(Document doc) {
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
