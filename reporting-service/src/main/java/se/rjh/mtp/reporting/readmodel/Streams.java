package se.rjh.mtp.reporting.readmodel;

import java.util.ArrayList;
import java.util.List;
import org.bson.Document;

/**
 * The shapes of the {@value ReadModelWriter#STREAMS} model, which says per aggregate what has been applied. A head
 * ({@code _id} = aggregate id) holds the highest sequence applied, the models that hold a row of the aggregate and
 * the stream's event ids in sequence order: the last up to {@value #PAGE} in the head itself, the ones before in full
 * pages ({@code _id} = {aggregateId, page}). Every document stays small however long the stream grows (a year's
 * number series), a batch writes a page only every {@value #PAGE} events, and an aggregate's records are found by
 * {@code _id} alone: head, pages, then the audit log.
 */
final class Streams {

    static final int PAGE = 64;
    static final String LAST_SEQUENCE = "lastSequence";
    static final String ROWS = "rows";
    static final String PAGES = "pages";
    static final String EVENTS = "events";

    private Streams() {
    }

    static Document head(String aggregateId, long lastSequence, List<String> rowModels, int pages,
                         List<String> lastEvents) {
        return new Document("_id", aggregateId).append(LAST_SEQUENCE, lastSequence).append(ROWS, rowModels)
                .append(PAGES, pages).append(EVENTS, lastEvents);
    }

    /** A head written before heads had a sequence: it lists all its event ids itself. */
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

    static int pages(Document head) {
        return head == null || isLegacy(head) ? 0 : head.getInteger(PAGES, 0);
    }

    /** The event ids the head holds itself: the stream's last ones, or all of a legacy head's. */
    static List<String> lastEvents(Document head) {
        return head == null ? List.of() : head.getList(EVENTS, String.class, List.of());
    }

    static Document pageId(String aggregateId, int page) {
        return new Document("aggregateId", aggregateId).append("page", page);
    }

    static Document page(String aggregateId, int page, List<String> eventIds) {
        return new Document("_id", pageId(aggregateId, page)).append(EVENTS, eventIds);
    }
}
