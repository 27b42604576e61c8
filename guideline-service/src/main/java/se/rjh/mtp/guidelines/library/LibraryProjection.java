package se.rjh.mtp.guidelines.library;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.ReplaceOptions;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventsourcing.eventstore.EventStore;
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

/**
 * One document per guideline: its details, current published version and review date, for searching the library,
 * finding guidelines that cite a regulation and scheduling reviews. Each event rewrites the document from the
 * guideline's full history, so a redelivered event or a replay can only produce the same document.
 */
@Component
@ProcessingGroup(LibraryProjection.GROUP)
class LibraryProjection {

    static final String GROUP = "guideline-library";

    private final EventStore eventStore;
    private final MongoCollection<Document> library;

    LibraryProjection(EventStore eventStore, MongoDatabase database) {
        this.eventStore = eventStore;
        this.library = LibraryStore.collection(database);
    }

    @EventHandler
    void on(GuidelineDrafted event) {
        refresh(event.documentNumber());
    }

    @EventHandler
    void on(VersionDrafted event) {
        refresh(event.documentNumber());
    }

    @EventHandler
    void on(VersionSubmittedForReview event) {
        refresh(event.documentNumber());
    }

    @EventHandler
    void on(VersionReturnedToDraft event) {
        refresh(event.documentNumber());
    }

    @EventHandler
    void on(VersionApproved event) {
        refresh(event.documentNumber());
    }

    @EventHandler
    void on(VersionPublished event) {
        refresh(event.documentNumber());
    }

    @EventHandler
    void on(GuidelineRetired event) {
        refresh(event.documentNumber());
    }

    @EventHandler
    void on(GuidelineReviewDue event) {
        refresh(event.documentNumber());
    }

    @EventHandler
    void on(GuidelineRevisionRequested event) {
        refresh(event.documentNumber());
    }

    @EventHandler
    void on(GuidelineFlaggedForRegulatoryChange event) {
        refresh(event.documentNumber());
    }

    private void refresh(String documentNumber) {
        GuidelineView view = GuidelineHistory.read(eventStore, documentNumber);
        library.replaceOne(Filters.eq("_id", documentNumber), LibraryStore.toDocument(view),
                new ReplaceOptions().upsert(true));
    }
}
