package se.rjh.mtp.api.common;

import java.util.ArrayList;
import java.util.List;

/**
 * The one rule for text that people type: required or optional, trimmed, within a length limit, and never holding a
 * personal identity number. Aggregates apply it because commands also arrive from Kafka and from jobs; request records
 * use the same limits in {@code @Size} so that the OpenAPI document states them. The limits are named by what the
 * text is, so a field's limit follows from its meaning rather than from a number picked per controller.
 */
public final class TextRules {

    /** Codes and references to other records: a unit code, an HSA-id, a provision such as "Art. 5(5)". */
    public static final int CODE = 100;
    /** One line: a subject, a title, a person's or a unit's name, an e-mail address. */
    public static final int LINE = 300;
    /** A few sentences: a reason, a comment, a rationale, a verdict. */
    public static final int PARAGRAPH = 5_000;
    /** Free text: a description, a note, a consultation's question or answer, a proposal, a report. */
    public static final int TEXT = 20_000;
    /** A whole document: the Markdown content of a guideline version. */
    public static final int DOCUMENT = 200_000;

    private TextRules() {
    }

    /** Text that must be given; answered trimmed. */
    public static String required(String field, String value, int max) {
        if (value == null || value.isBlank()) {
            throw new InvalidInputException(field, "must not be blank");
        }
        return optional(field, value, max);
    }

    /** Text that may be left out; blank counts as left out and becomes {@code null}. */
    public static String optional(String field, String value, int max) {
        if (value == null || value.isBlank()) {
            return null;
        }
        String text = value.strip();
        if (text.length() > max) {
            throw new InvalidInputException(field, "must be at most " + max + " characters");
        }
        PersonalIdentityNumberGuard.check(field, text);
        return text;
    }

    /** Text the system composes (a reason quoting a person's), cut to {@code max} characters where it is longer. */
    public static String shortened(String value, int max) {
        return value == null || value.length() <= max ? value : value.substring(0, max - 1) + "…";
    }

    /** An identifier made by the system or naming another record: never free text, so not screened for numbers. */
    public static String identifier(String field, String value) {
        if (value == null || value.isBlank()) {
            throw new InvalidInputException(field, "must not be blank");
        }
        String id = value.strip();
        if (id.length() > LINE) {
            throw new InvalidInputException(field, "must be at most " + LINE + " characters");
        }
        return id;
    }

    /** A value that must be given, of any type. */
    public static <T> T present(String field, T value) {
        if (value == null) {
            throw new InvalidInputException(field, "is required");
        }
        return value;
    }

    /**
     * A list of lines of which at least one must be given; blank entries are dropped, each entry is checked as
     * {@code field[i]}.
     */
    public static List<String> requiredLines(String field, List<String> values, int max) {
        List<String> lines = optionalLines(field, values, max);
        if (lines.isEmpty()) {
            throw new InvalidInputException(field, "must name at least one entry");
        }
        return lines;
    }

    /** A list of lines that may be empty; blank entries are dropped. */
    public static List<String> optionalLines(String field, List<String> values, int max) {
        List<String> lines = new ArrayList<>();
        if (values == null) {
            return List.copyOf(lines);
        }
        for (int i = 0; i < values.size(); i++) {
            String line = optional(field + "[" + i + "]", values.get(i), max);
            if (line != null) {
                lines.add(line);
            }
        }
        return List.copyOf(lines);
    }
}
