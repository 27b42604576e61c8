package se.rjh.mtp.reporting.readmodel;

import java.util.Comparator;
import java.util.List;
import org.bson.Document;
import se.rjh.mtp.api.common.Secrecy;

/**
 * Field access on generic audit records. Payloads are read by field name (see {@link EventNames}), so an event
 * class reporting has never seen is still recorded. Only guideline events, not in mtp-api yet, are read through
 * lists of candidate names: the first non-null one wins.
 */
public final class Records {

    /** Sequence order within one aggregate; the event id breaks ties so the order is total. */
    public static final Comparator<Document> BY_SEQUENCE = Comparator
            .comparingLong((Document d) -> d.get("sequence", Number.class).longValue())
            .thenComparing(d -> d.getString("_id"));

    private Records() {
    }

    public static String type(Document record) {
        return record.getString("eventType");
    }

    /** The event's fully qualified type name, as stored and published. */
    public static String payloadType(Document record) {
        return record.getString("payloadType");
    }

    /** The producing service, e.g. {@code case-service}. */
    public static String service(Document record) {
        return record.getString("service");
    }

    public static Document payload(Document record) {
        Document payload = record.get("payload", Document.class);
        return payload == null ? new Document() : payload;
    }

    /**
     * The payload as reporting shows it: text a secrecy-marked case encrypted (only case-service holds its key) reads
     * {@value Secrecy#PROTECTED}, at any depth. The auditor who needs that text reads it from case-service's history.
     * {@link #payload} stays the stored form, for the hash checks.
     */
    public static Document shownPayload(Document record) {
        return (Document) shown(payload(record));
    }

    private static Object shown(Object value) {
        if (value instanceof String text) {
            return Secrecy.display(text);
        }
        if (value instanceof Document doc) {
            Document out = new Document();
            doc.forEach((k, v) -> out.put(k, shown(v)));
            return out;
        }
        if (value instanceof List<?> list) {
            return list.stream().map(Records::shown).toList();
        }
        return value;
    }

    public static long millis(Document record) {
        return record.get("epochMillis", Number.class).longValue();
    }

    /** The value at a (dotted) payload path, as text. */
    public static String text(Document record, String path) {
        return text(record, List.of(path));
    }

    /** The first non-null value among the given (dotted) paths of the payload, as text; encrypted text masked. */
    public static String text(Document record, List<String> paths) {
        Object value = value(payload(record), paths);
        return value == null ? null : Secrecy.display(value.toString());
    }

    public static Object value(Document doc, List<String> paths) {
        for (String path : paths) {
            Object current = doc;
            for (String part : path.split("\\.")) {
                current = current instanceof Document d ? d.get(part) : null;
            }
            if (current != null) {
                return current;
            }
        }
        return null;
    }

    /** A date field as a date; an instant or date-time counts by its date part, anything else as absent. */
    public static java.time.LocalDate date(String text) {
        if (text == null || text.length() < 10) {
            return null;
        }
        try {
            return java.time.LocalDate.parse(text.substring(0, 10));
        } catch (java.time.format.DateTimeParseException e) {
            return null;
        }
    }

    public static boolean isType(Document record, java.util.Collection<String> types) {
        return types.contains(type(record));
    }
}
