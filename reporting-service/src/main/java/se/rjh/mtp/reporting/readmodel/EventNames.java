package se.rjh.mtp.reporting.readmodel;

import java.lang.reflect.RecordComponent;

/**
 * Event type and payload field names taken from the mtp-api records themselves. A renamed class breaks compilation;
 * a renamed field fails when the class holding the name loads (at start-up and in every test), instead of a
 * dashboard silently showing nothing.
 */
public final class EventNames {

    private EventNames() {
    }

    /** The type name audit records carry for an event class (its simple name). */
    public static String type(Class<? extends Record> event) {
        return event.getSimpleName();
    }

    /** A payload path such as {@code submitter.name}, checked to exist in the record (and its nested records). */
    public static String field(Class<? extends Record> event, String path) {
        Class<?> current = event;
        for (String part : path.split("\\.")) {
            current = componentType(current, part, event, path);
        }
        return path;
    }

    private static Class<?> componentType(Class<?> type, String name, Class<?> event, String path) {
        RecordComponent[] components = type.getRecordComponents();
        if (components != null) {
            for (RecordComponent component : components) {
                if (component.getName().equals(name)) {
                    return component.getType();
                }
            }
        }
        throw new IllegalStateException(event.getName() + " has no field " + path + " (mtp-api changed?)");
    }
}
