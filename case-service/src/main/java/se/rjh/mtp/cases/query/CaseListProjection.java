package se.rjh.mtp.cases.query;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.Indexes;
import com.mongodb.client.model.Sorts;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.function.Consumer;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.axonframework.eventhandling.SequenceNumber;
import org.axonframework.messaging.annotation.SourceId;
import org.bson.Document;
import org.bson.conversions.Bson;
import org.springframework.stereotype.Component;
import se.rjh.mtp.api.cases.CaseOfficerReassigned;
import se.rjh.mtp.api.cases.CaseReceived;
import se.rjh.mtp.api.cases.CaseRegistered;
import se.rjh.mtp.api.cases.CaseStep;
import se.rjh.mtp.api.cases.CaseType;
import se.rjh.mtp.api.cases.Channel;
import se.rjh.mtp.api.cases.PreparationStarted;
import se.rjh.mtp.api.cases.RegistrationCorrected;
import se.rjh.mtp.api.cases.SecrecyMarkingChanged;
import se.rjh.mtp.api.cases.view.CaseListItem;
import se.rjh.mtp.api.cases.view.CaseListOrder;
import se.rjh.mtp.api.cases.view.CasePage;
import se.rjh.mtp.api.common.ProtectedText.Part;
import se.rjh.mtp.api.common.Secrecy;
import se.rjh.mtp.cases.secrecy.SecrecyPolicy;
import se.rjh.mtp.platform.readmodel.BucketedDocuments;
import se.rjh.mtp.platform.readmodel.ListBuckets;
import se.rjh.mtp.platform.readmodel.VersionedDocuments;

/**
 * One document per case for the case list, fed by a tracking processor over this service's own event store, and the
 * list query over it. Each document remembers the last sequence it applied ({@link VersionedDocuments}), so an event
 * handled twice changes nothing. The step is taken from {@link CaseStep#enteredBy}.
 *
 * <p>A list without free text is answered from the step and type {@link ListBuckets} (which cases are in a step, of
 * a type) and the rows of its page, all by {@code _id}, so it costs the same however many cases there are; rows and
 * buckets are written together by {@link BucketedDocuments}.
 *
 * <p>Free-text search compares lower-cased copies of the searchable fields ({@code search.*}), written here, so that
 * the query matches case-insensitively in every language and needs no regex options. A substring match cannot use an
 * index on MongoDB or on mongo-java-server: it reads every case. On MongoDB the step and type filters and the sort can
 * use the indexes declared here.
 */
@Component
@ProcessingGroup(CaseListProjection.GROUP)
class CaseListProjection {

    static final String GROUP = "case-list";

    private static final Bson LIST_ORDER = Sorts.orderBy(Sorts.descending("receivedOn"), Sorts.ascending("_id"));
    /** Exactly the list order reversed, so that it walks the same indexes backwards. */
    private static final Bson REVERSED_ORDER = Sorts.orderBy(Sorts.ascending("receivedOn"), Sorts.descending("_id"));

    static final String BUCKETS = "case_list_buckets";
    /** Pieces per step and per type bucket ({@link ListBuckets}). */
    static final int PIECES = 16;

    private final MongoCollection<Document> cases;
    private final ListBuckets buckets;
    private final BucketedDocuments documents;

    CaseListProjection(MongoDatabase database) {
        this.cases = database.getCollection("case_list");
        this.buckets = buckets(database);
        // For MongoDB's free-text searches within a step or type; the embedded server uses unique indexes only.
        cases.createIndex(Indexes.compoundIndex(Indexes.ascending("step"), LIST_ORDER));
        cases.createIndex(Indexes.compoundIndex(Indexes.ascending("caseType"), LIST_ORDER));
        this.documents = new BucketedDocuments(cases, buckets, CaseListProjection::placement, "receivedOn", "step",
                "caseType");
    }

    /** The step and type buckets, keyed {@code receivedOn|caseId}: newest received first, then by id. */
    static ListBuckets buckets(MongoDatabase database) {
        return new ListBuckets(database.getCollection(BUCKETS), PIECES, Comparator.naturalOrder());
    }

    /**
     * A case with a step is in that step's bucket ({@code step:IN_PREPARATION:}) and its type's
     * ({@code type:INTRODUCTION:}); it may have left any other step.
     */
    private static ListBuckets.Placement placement(Document row) {
        CaseStep step = named(CaseStep.class, row.getString("step"));
        if (step == null) {
            return null;
        }
        List<String> in = new ArrayList<>(List.of(step(step)));
        String caseType = row.getString("caseType");
        if (caseType != null) {
            in.add(type(caseType));
        }
        return new ListBuckets.Placement(ListBuckets.key(row.getString("receivedOn"), row.getString("_id")), in,
                Arrays.stream(CaseStep.values()).filter(s -> s != step).map(CaseListProjection::step).toList());
    }

    static String step(CaseStep step) {
        return "step:" + step.name() + ":";
    }

    private static String type(String caseType) {
        return "type:" + caseType + ":";
    }

    @EventHandler
    void on(CaseReceived event, @SequenceNumber long sequence) {
        apply(event, event.caseId(), sequence, doc -> {
            String submitterName = event.submitter() == null ? null : event.submitter().name();
            doc.append("caseNumber", null)
                    .append("subject", event.subject())
                    .append("submitterName", submitterName)
                    .append("submitterUnit", event.submitter() == null ? null : event.submitter().unit())
                    .append("caseType", event.caseType().name())
                    .append("channel", event.channel().name())
                    .append("receivedOn", event.receivedOn().toString())
                    .append("secret", false)
                    .append("search", new Document("subject", lower(event.subject()))
                            .append("submitter", lower(submitterName)));
        });
    }

    @EventHandler
    void on(CaseRegistered event, @SequenceNumber long sequence) {
        apply(event, event.caseId(), sequence, doc -> {
            doc.append("caseNumber", event.caseNumber())
                    .append("registeredOn", event.registeredOn().toString())
                    .append("secret", event.secrecy() != null);
            Document search = doc.get("search", new Document());
            doc.put("search", search.append("caseNumber", lower(event.caseNumber())));
        });
    }

    @EventHandler
    void on(PreparationStarted event, @SequenceNumber long sequence) {
        apply(event, event.caseId(), sequence, doc -> doc.append("caseOfficer", event.caseOfficer()));
    }

    @EventHandler
    void on(CaseOfficerReassigned event, @SequenceNumber long sequence) {
        apply(event, event.caseId(), sequence, doc -> doc.append("caseOfficer", event.caseOfficer()));
    }

    @EventHandler
    void on(SecrecyMarkingChanged event, @SequenceNumber long sequence) {
        apply(event, event.caseId(), sequence, doc -> doc.append("secret", event.secrecy() != null));
    }

    /** Only the fields corrected change, with their search copies. */
    @EventHandler
    void on(RegistrationCorrected event, @SequenceNumber long sequence) {
        apply(event, event.caseId(), sequence, doc -> {
            Document search = doc.get("search", new Document());
            if (event.subject() != null) {
                doc.append("subject", event.subject());
                search.append("subject", lower(event.subject()));
            }
            if (event.submitter() != null) {
                doc.append("submitterName", event.submitter().name())
                        .append("submitterUnit", event.submitter().unit());
                search.append("submitter", lower(event.submitter().name()));
            }
            doc.put("search", search);
        });
    }

    /**
     * Every other event that puts the case in a step ({@link CaseStep#enteredBy}) changes only the step, so the list
     * follows the process as {@link CaseStep} defines it, without naming those events again.
     */
    @EventHandler
    void on(Object event, @SourceId String caseId, @SequenceNumber long sequence) {
        if (CaseStep.enteredBy(event.getClass()).isPresent()) {
            apply(event, caseId, sequence, doc -> { });
        }
    }

    @ResetHandler
    void reset() {
        documents.clear();
    }

    private void apply(Object event, String caseId, long sequence, Consumer<Document> change) {
        documents.apply(caseId, sequence, doc -> {
            change.accept(doc);
            CaseStep.enteredBy(event.getClass()).ifPresent(step -> doc.put("step", step.name()));
        });
    }

    /**
     * The cases matching step, type and free text, newest received first, one page of them. Protected fields are
     * masked before searching, so a search cannot reveal what a marked case is about: for a reader without access,
     * a marked case matches on its diarienummer, or on the mask text itself. The list shows only registration data,
     * so whether the reader may read that part of a marked case (see {@link SecrecyPolicy}) decides.
     */
    CasePage find(CaseStep step, CaseType caseType, String text, int page, int size, boolean mayReadProtected) {
        return find(step, caseType, text, null, page, size, mayReadProtected);
    }

    /** The same, and only the cases whose case officer is {@code caseOfficer} when it is given. */
    CasePage find(CaseStep step, CaseType caseType, String text, String caseOfficer, int page, int size,
                  boolean mayReadProtected) {
        return find(step, caseType, text, caseOfficer, page, size, CaseListOrder.RECEIVED_NEWEST, mayReadProtected);
    }

    /** The same in {@code order}: newest received first, or exactly that reversed. */
    CasePage find(CaseStep step, CaseType caseType, String text, String caseOfficer, int page, int size,
                  CaseListOrder order, boolean mayReadProtected) {
        boolean reversed = !order.descending();
        long skip = Math.min((long) page * size, Integer.MAX_VALUE);
        String needle = text == null || text.isBlank() ? null : lower(text.strip());
        if (needle == null && caseOfficer == null) {
            List<String> keys = buckets.keys(
                    (step == null ? Arrays.stream(CaseStep.values()) : Stream.of(step)).map(CaseListProjection::step)
                            .toList(),
                    caseType == null ? List.of() : List.of(type(caseType.name())));
            if (reversed) {
                keys = new ArrayList<>(keys);
                Collections.reverse(keys);
            }
            List<String> ids = keys.subList((int) Math.min(skip, keys.size()), (int) Math.min(skip + size, keys.size()))
                    .stream().map(ListBuckets::id).toList();
            return new CasePage(rows(ids, mayReadProtected), page, size, keys.size());
        }
        List<Bson> filters = new ArrayList<>();
        if (step != null) {
            filters.add(Filters.eq("step", step.name()));
        }
        if (caseType != null) {
            filters.add(Filters.eq("caseType", caseType.name()));
        }
        if (caseOfficer != null) {
            filters.add(Filters.eq("caseOfficer", caseOfficer));
        }
        if (needle != null) {
            filters.add(matching(needle, mayReadProtected));
        }
        Bson filter = Filters.and(filters);
        List<CaseListItem> items = new ArrayList<>();
        for (Document d : cases.find(filter).sort(reversed ? REVERSED_ORDER : LIST_ORDER).skip((int) skip).limit(size)) {
            items.add(item(d, mayReadProtected));
        }
        return new CasePage(items, page, size, cases.countDocuments(filter));
    }

    /** The rows of these cases, in this order. A case received a moment ago may have no row yet: it is left out. */
    private List<CaseListItem> rows(List<String> ids, boolean mayReadProtected) {
        if (ids.isEmpty()) {
            return List.of();
        }
        Map<String, Document> byId = new HashMap<>();
        for (Document d : cases.find(Filters.in("_id", ids))) {
            byId.put(d.getString("_id"), d);
        }
        return ids.stream().map(byId::get).filter(Objects::nonNull).map(d -> item(d, mayReadProtected)).toList();
    }

    private static Bson matching(String needle, boolean mayReadProtected) {
        Pattern contains = Pattern.compile(Pattern.quote(needle));
        Bson byNumber = Filters.regex("search.caseNumber", contains);
        Bson byText = Filters.or(Filters.regex("search.subject", contains),
                Filters.regex("search.submitter", contains));
        if (mayReadProtected) {
            return Filters.or(byNumber, byText);
        }
        Bson open = Filters.and(Filters.ne("secret", true), byText);
        return lower(Secrecy.PROTECTED).contains(needle)
                ? Filters.or(byNumber, open, Filters.eq("secret", true))
                : Filters.or(byNumber, open);
    }

    static CaseListItem item(Document d, boolean mayReadProtected) {
        boolean secret = d.getBoolean("secret", false);
        CaseListItem item = new CaseListItem(d.getString("_id"), d.getString("caseNumber"),
                named(CaseStep.class, d.getString("step")), named(CaseType.class, d.getString("caseType")),
                named(Channel.class, d.getString("channel")), d.getString("subject"), d.getString("submitterName"),
                date(d.getString("receivedOn")), date(d.getString("registeredOn")), d.getString("caseOfficer"), secret);
        return secret && !mayReadProtected ? SecrecyPolicy.masked(item, EnumSet.allOf(Part.class)) : item;
    }

    private static <E extends Enum<E>> E named(Class<E> type, String name) {
        return name == null ? null : Enum.valueOf(type, name);
    }

    private static LocalDate date(String iso) {
        return iso == null ? null : LocalDate.parse(iso);
    }

    private static String lower(String text) {
        return text == null ? null : text.toLowerCase(Locale.ROOT);
    }
}
