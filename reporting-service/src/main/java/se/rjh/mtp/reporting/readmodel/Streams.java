package se.rjh.mtp.reporting.readmodel;

import java.util.ArrayList;
import java.util.List;
import org.bson.Document;

/**
 * The shapes of the {@value ReadModelWriter#STREAMS} model, which says per aggregate what has been applied. A head
 * ({@code _id} = aggregate id) holds the highest sequence applied and the models that hold a row of the aggregate; a
 * position ({@code _id} = {aggregateId, sequence}) holds the event ids stored at that sequence (one, unless a stream
 * was tampered with). Both stay small however long the stream grows, and an aggregate's records are found by
 * {@code _id} alone: heads, then positions, then the audit log.
 */
final class Streams {

    static final String LAST_SEQUENCE = "lastSequence";
    static final String ROWS = "rows";
    static final String EVENTS = "events";

    private Streams() {
    }

    static Document head(String aggregateId, long lastSequence, List<String> rowModels) {
        return new Document("_id", aggregateId).append(LAST_SEQUENCE, lastSequence).append(ROWS, rowModels);
    }

    /** A head written before heads had a sequence: it lists its event ids instead. */
    static boolean isLegacy(Document head) {
        return head != null && head.get(LAST_SEQUENCE) == null;
    }

    static long lastSequence(Document head) {
        return head == null || isLegacy(head) ? -1 : head.get(LAST_SEQUENCE, Number.class).longValue();
    }

    /** The models a head says hold a row of its aggregate; a legacy head cannot say, so every model is asked. */
    static List<String> rowModels(Document head, List<String> all) {
        if (head == null) {
            return List.of();
        }
        return isLegacy(head) ? all : head.getList(ROWS, String.class, List.of());
    }

    static Document positionId(String aggregateId, long sequence) {
        return new Document("aggregateId", aggregateId).append("sequence", sequence);
    }

    static Document position(String aggregateId, long sequence, List<String> eventIds) {
        return new Document("_id", positionId(aggregateId, sequence)).append(EVENTS, eventIds);
    }

    /** The ids of every position up to the head's sequence, to look them up at once. */
    static List<Document> positionIds(String aggregateId, long lastSequence) {
        List<Document> ids = new ArrayList<>();
        for (long sequence = 0; sequence <= lastSequence; sequence++) {
            ids.add(positionId(aggregateId, sequence));
        }
        return ids;
    }

    static List<String> eventIds(Document positionOrLegacyHead) {
        return positionOrLegacyHead.getList(EVENTS, String.class, List.of());
    }
}
