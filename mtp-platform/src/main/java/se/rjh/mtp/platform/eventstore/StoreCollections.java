package se.rjh.mtp.platform.eventstore;

/** The event store's collections, named once: the engine writes them, the chain verifier reads them. */
final class StoreCollections {

    /** One document per commit ({@link CommitDocuments}). */
    static final String EVENTS = "events";
    /** The counter that reserves global indexes ({@link GlobalSequence}). */
    static final String SEQUENCE = "event_sequence";
    /** The latest snapshot per aggregate ({@link SnapshotStore}). */
    static final String SNAPSHOTS = "snapshots";

    private StoreCollections() {
    }
}
