package se.rjh.mtp.guidelines.library;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import io.swagger.v3.oas.annotations.media.Schema;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.bson.Document;
import org.springframework.stereotype.Component;
import se.rjh.mtp.api.guidelines.RegulationFramework;
import se.rjh.mtp.api.guidelines.RegulationReference;
import se.rjh.mtp.guidelines.library.GuidelineView.RegulationReferenceView;
import se.rjh.mtp.guidelines.library.GuidelineView.VersionView;

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

    /** Every guideline; the library is small, and the embedded server would scan for any other filter anyway. */
    public List<Entry> all() {
        List<Entry> entries = new ArrayList<>();
        for (Document doc : library.find()) {
            entries.add(fromDocument(doc));
        }
        return entries;
    }

    /** A guideline as the library lists it. */
    @Schema(name = "LibraryEntry", description = "A guideline as the library lists it, with its current published version")
    public record Entry(String documentNumber, String kind, String title, String scope, String ownerGroup,
                        String processOwner, String caseNumber, List<RegulationReferenceView> regulationReferences,
                        boolean retired, Integer publishedVersion, LocalDate validFrom, LocalDate nextReviewDate,
                        Integer reviewDueRaisedFor, Integer openVersion, String openVersionStatus,
                        @JsonIgnore @Schema(hidden = true) String publishedContent) {

        @JsonIgnore
        public List<RegulationReference> references() {
            return regulationReferences.stream()
                    .map(r -> new RegulationReference(RegulationFramework.valueOf(r.framework()), r.provision()))
                    .toList();
        }

        @JsonIgnore
        public boolean published() {
            return publishedVersion != null && !retired;
        }
    }

    static Document toDocument(GuidelineView view) {
        VersionView published = view.publishedVersion == null ? null : view.version(view.publishedVersion);
        VersionView open = view.versions.stream()
                .filter(v -> v.status.equals("DRAFT") || v.status.equals("IN_REVIEW") || v.status.equals("APPROVED"))
                .findFirst().orElse(null);
        List<Document> references = view.regulationReferences.stream()
                .map(r -> new Document("framework", r.framework()).append("provision", r.provision())
                        .append("label", r.label()))
                .toList();
        return new Document("_id", view.documentNumber)
                .append("kind", view.kind.name())
                .append("title", view.title)
                .append("scope", view.scope)
                .append("ownerGroup", view.ownerGroup)
                .append("processOwner", view.processOwner)
                .append("caseNumber", view.caseNumber)
                .append("regulationReferences", references)
                .append("retired", view.retired)
                .append("publishedVersion", view.publishedVersion)
                .append("validFrom", published == null ? null : published.validFrom.toString())
                .append("nextReviewDate", view.nextReviewDate == null ? null : view.nextReviewDate.toString())
                .append("reviewDueRaisedFor", view.reviewDueRaisedFor)
                .append("openVersion", open == null ? null : open.versionNumber)
                .append("openVersionStatus", open == null ? null : open.status)
                .append("publishedContent", published == null ? null : published.content);
    }

    private static Entry fromDocument(Document doc) {
        List<RegulationReferenceView> references = new ArrayList<>();
        for (Document r : doc.getList("regulationReferences", Document.class, List.of())) {
            references.add(new RegulationReferenceView(r.getString("framework"), r.getString("provision"),
                    r.getString("label")));
        }
        return new Entry(doc.getString("_id"), doc.getString("kind"), doc.getString("title"), doc.getString("scope"),
                doc.getString("ownerGroup"), doc.getString("processOwner"), doc.getString("caseNumber"), references,
                doc.getBoolean("retired", false), doc.getInteger("publishedVersion"), date(doc, "validFrom"),
                date(doc, "nextReviewDate"), doc.getInteger("reviewDueRaisedFor"), doc.getInteger("openVersion"),
                doc.getString("openVersionStatus"), doc.getString("publishedContent"));
    }

    private static LocalDate date(Document doc, String field) {
        String value = doc.getString(field);
        return value == null ? null : LocalDate.parse(value);
    }
}
