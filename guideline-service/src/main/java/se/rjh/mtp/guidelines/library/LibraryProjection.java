package se.rjh.mtp.guidelines.library;

import java.util.Set;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.SequenceNumber;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.axonframework.messaging.annotation.SourceId;
import org.bson.Document;
import org.springframework.stereotype.Component;
import se.rjh.mtp.api.guidelines.GuidelineDrafted;
import se.rjh.mtp.api.guidelines.GuidelineFlaggedForRegulatoryChange;
import se.rjh.mtp.api.guidelines.GuidelineRetired;
import se.rjh.mtp.api.guidelines.GuidelineReviewDue;
import se.rjh.mtp.api.guidelines.GuidelineRevisionRequested;
import se.rjh.mtp.api.guidelines.VersionApproved;
import se.rjh.mtp.api.guidelines.VersionDrafted;
import se.rjh.mtp.api.guidelines.VersionPublished;
import se.rjh.mtp.api.guidelines.VersionReturnedToDraft;
import se.rjh.mtp.api.guidelines.VersionSubmittedForReview;
import se.rjh.mtp.platform.readmodel.VersionedDocuments;

/**
 * One document per guideline: its details, current published version and review date, for searching the library,
 * finding guidelines that cite a regulation and scheduling reviews. Each new event rewrites the document from the
 * guideline's full history; an event already applied (a redelivery) is passed over by {@link VersionedDocuments}.
 */
@Component
@ProcessingGroup(LibraryProjection.GROUP)
record LibraryProjection(EventStore eventStore, LibraryStore store) {

    static final String GROUP = "guideline-library";

    /** The guideline events that change its library entry. */
    private static final Set<Class<?>> CHANGING_THE_ENTRY = Set.of(GuidelineDrafted.class, VersionDrafted.class,
            VersionSubmittedForReview.class, VersionReturnedToDraft.class, VersionApproved.class,
            VersionPublished.class, GuidelineRetired.class, GuidelineReviewDue.class, GuidelineRevisionRequested.class,
            GuidelineFlaggedForRegulatoryChange.class);

    /**
     * An event that changes what the library shows rewrites the guideline's document, keyed by the aggregate id, which
     * is the document number. Content edits, verdicts, the supersession that comes with a publication and number
     * allocations are passed over.
     */
    @EventHandler
    void on(Object event, @SourceId String documentNumber, @SequenceNumber long sequence) {
        if (CHANGING_THE_ENTRY.contains(event.getClass())) {
            refresh(documentNumber, sequence);
        }
    }

    /**
     * After the document, the list of guidelines in force follows it. A redelivered event finds the document written
     * and puts the list where the document says, in case the service stopped between the two writes.
     */
    private void refresh(String documentNumber, long sequence) {
        Document[] written = new Document[1];
        store.documents().apply(documentNumber, sequence, doc -> {
            doc.putAll(LibraryStore.toDocument(GuidelineHistory.read(eventStore, documentNumber)));
            written[0] = doc;
        });
        Document guideline = written[0] != null ? written[0] : store.document(documentNumber);
        if (guideline != null) {
            store.placeInForce(guideline);
        }
    }
}
