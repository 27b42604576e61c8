package se.rjh.mtp.guidelines.library;

import com.mongodb.client.MongoDatabase;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.SequenceNumber;
import org.axonframework.eventsourcing.eventstore.EventStore;
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
class LibraryProjection {

    static final String GROUP = "guideline-library";

    private final EventStore eventStore;
    private final VersionedDocuments documents;

    LibraryProjection(EventStore eventStore, MongoDatabase database) {
        this.eventStore = eventStore;
        this.documents = new VersionedDocuments(LibraryStore.collection(database));
    }

    @EventHandler
    void on(GuidelineDrafted event, @SequenceNumber long sequence) {
        refresh(event.documentNumber(), sequence);
    }

    @EventHandler
    void on(VersionDrafted event, @SequenceNumber long sequence) {
        refresh(event.documentNumber(), sequence);
    }

    @EventHandler
    void on(VersionSubmittedForReview event, @SequenceNumber long sequence) {
        refresh(event.documentNumber(), sequence);
    }

    @EventHandler
    void on(VersionReturnedToDraft event, @SequenceNumber long sequence) {
        refresh(event.documentNumber(), sequence);
    }

    @EventHandler
    void on(VersionApproved event, @SequenceNumber long sequence) {
        refresh(event.documentNumber(), sequence);
    }

    @EventHandler
    void on(VersionPublished event, @SequenceNumber long sequence) {
        refresh(event.documentNumber(), sequence);
    }

    @EventHandler
    void on(GuidelineRetired event, @SequenceNumber long sequence) {
        refresh(event.documentNumber(), sequence);
    }

    @EventHandler
    void on(GuidelineReviewDue event, @SequenceNumber long sequence) {
        refresh(event.documentNumber(), sequence);
    }

    @EventHandler
    void on(GuidelineRevisionRequested event, @SequenceNumber long sequence) {
        refresh(event.documentNumber(), sequence);
    }

    @EventHandler
    void on(GuidelineFlaggedForRegulatoryChange event, @SequenceNumber long sequence) {
        refresh(event.documentNumber(), sequence);
    }

    private void refresh(String documentNumber, long sequence) {
        documents.apply(documentNumber, sequence,
                doc -> doc.putAll(LibraryStore.toDocument(GuidelineHistory.read(eventStore, documentNumber))));
    }
}
