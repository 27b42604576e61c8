package se.rjh.mtp.cases.secrecy;

import java.lang.reflect.Constructor;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.BiFunction;
import se.rjh.mtp.api.common.ProtectedText;
import se.rjh.mtp.api.common.ProtectedText.Part;

/**
 * Rewrites every {@link ProtectedText} string of a record (events and views alike), through nested records, lists and
 * map values, and leaves everything else as it is. The one walk that masking and encryption share, so a field
 * annotated once is masked in every view and encrypted on every topic.
 */
public final class ProtectedTexts {

    private static final Map<Class<?>, Shape> SHAPES = new ConcurrentHashMap<>();

    private ProtectedTexts() {
    }

    /**
     * The value with each protected string replaced by {@code text.apply(part, string)}; the value itself when it
     * holds no protected text that changes.
     */
    @SuppressWarnings("unchecked")
    public static <T> T rewrite(T value, BiFunction<Part, String, String> text) {
        return (T) rewrite(value, null, text);
    }

    /** The {@code caseId} of a case event (every case event names its case); null for anything else. */
    public static String caseIdOf(Object value) {
        if (value == null || !value.getClass().isRecord()) {
            return null;
        }
        for (RecordComponent component : SHAPES.computeIfAbsent(value.getClass(), Shape::of).components()) {
            if (component.getName().equals("caseId") && component.getType() == String.class) {
                try {
                    return (String) component.getAccessor().invoke(value);
                } catch (ReflectiveOperationException e) {
                    throw new IllegalStateException("cannot read the case id of " + value.getClass(), e);
                }
            }
        }
        return null;
    }

    private static Object rewrite(Object value, Part part, BiFunction<Part, String, String> text) {
        if (value instanceof String s) {
            return part == null ? s : text.apply(part, s);
        }
        if (value instanceof List<?> list) {
            List<Object> out = new ArrayList<>(list.size());
            boolean changed = false;
            for (Object element : list) {
                Object rewritten = rewrite(element, part, text);
                changed |= rewritten != element;
                out.add(rewritten);
            }
            return changed ? java.util.Collections.unmodifiableList(out) : list;
        }
        if (value instanceof Map<?, ?> map) {
            Map<Object, Object> out = new LinkedHashMap<>();
            boolean changed = false;
            for (Map.Entry<?, ?> entry : map.entrySet()) {
                Object rewritten = rewrite(entry.getValue(), part, text);
                changed |= rewritten != entry.getValue();
                out.put(entry.getKey(), rewritten);
            }
            return changed ? out : map;
        }
        if (value != null && value.getClass().isRecord()) {
            return SHAPES.computeIfAbsent(value.getClass(), Shape::of).rewrite(value, part, text);
        }
        return value;
    }

    /** A record type's components, the part each protects (null: none of its own) and its canonical constructor. */
    private record Shape(RecordComponent[] components, Part[] parts, Constructor<?> constructor) {

        static Shape of(Class<?> type) {
            RecordComponent[] components = type.getRecordComponents();
            Part[] parts = new Part[components.length];
            Class<?>[] types = new Class<?>[components.length];
            for (int i = 0; i < components.length; i++) {
                ProtectedText protectedText = components[i].getAnnotation(ProtectedText.class);
                parts[i] = protectedText == null ? null : protectedText.value();
                types[i] = components[i].getType();
            }
            try {
                return new Shape(components, parts, type.getDeclaredConstructor(types));
            } catch (NoSuchMethodException e) {
                throw new IllegalStateException("record without canonical constructor: " + type, e);
            }
        }

        /** A nested record inherits the part of the field holding it (the submitter's name, unit and e-mail). */
        Object rewrite(Object record, Part inherited, BiFunction<Part, String, String> text) {
            try {
                Object[] args = new Object[components.length];
                boolean changed = false;
                for (int i = 0; i < components.length; i++) {
                    Object current = components[i].getAccessor().invoke(record);
                    args[i] = ProtectedTexts.rewrite(current, parts[i] != null ? parts[i] : inherited, text);
                    changed |= args[i] != current;
                }
                return changed ? constructor.newInstance(args) : record;
            } catch (IllegalAccessException | InstantiationException e) {
                throw new IllegalStateException("cannot rewrite " + record.getClass(), e);
            } catch (InvocationTargetException e) {
                throw new IllegalStateException("cannot rewrite " + record.getClass(), e.getCause());
            }
        }
    }
}
