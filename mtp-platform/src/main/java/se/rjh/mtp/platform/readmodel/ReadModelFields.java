package se.rjh.mtp.platform.readmodel;

import java.time.LocalDate;
import java.util.List;
import java.util.function.Function;
import org.bson.Document;

/** How the projections store what is not a plain string, read back in one way by every query class of every service. */
public final class ReadModelFields {

    private ReadModelFields() {
    }

    /** Dates are stored as ISO text, so that they compare in date order inside MongoDB. */
    public static String text(LocalDate date) {
        return date == null ? null : date.toString();
    }

    public static LocalDate date(Document document, String field) {
        String text = document.getString(field);
        return text == null ? null : LocalDate.parse(text);
    }

    public static <T> List<T> entries(Document document, String field, Function<Document, T> entry) {
        return document.getList(field, Document.class, List.of()).stream().map(entry).toList();
    }
}
