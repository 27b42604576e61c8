package se.rjh.mtp.portal.web;

import java.util.List;

/**
 * One field of a form page ({@link FormPage}), drawn by {@code fragments/forms :: field(f)} with the design system's
 * fragment of its kind. Its texts are message keys; a choice's text is the message {@code <optionLabels>.<value>}.
 *
 * @param width    the input's width class (text fields only; empty for the full width)
 * @param markedOptional whether "(frivilligt)" follows the label
 */
public record FormField(Kind kind, String name, String label, String hint, List<?> options, String optionLabels,
                        String width, boolean markedOptional) {

    /**
     * The kinds of field: a one-line text (a date typed as text too), a date in the browser's own date input, a
     * textarea, radios or a select of choices, and checkboxes whose texts are the values themselves.
     */
    public enum Kind { TEXT, DATE_INPUT, TEXTAREA, RADIOS, SELECT, CHECKBOXES }

    /** The width class of a date field (ÅÅÅÅ-MM-DD). */
    static final String DATE_WIDTH = "govuk-input--width-10";

    public static FormField text(String name, String label) {
        return new FormField(Kind.TEXT, name, label, null, List.of(), null, "", false);
    }

    /** A date typed as text (ÅÅÅÅ-MM-DD), with the hint that says how. */
    public static FormField date(String name, String label, String hint) {
        return text(name, label).hint(hint).width(DATE_WIDTH);
    }

    /** A date in the browser's own date input ({@code type="date"}), as the group and assignment forms ask it. */
    public static FormField dateInput(String name, String label, String hint) {
        return new FormField(Kind.DATE_INPUT, name, label, hint, List.of(), null, DATE_WIDTH, false);
    }

    public static FormField textarea(String name, String label) {
        return new FormField(Kind.TEXTAREA, name, label, null, List.of(), null, "", false);
    }

    public static FormField radios(String name, String label, List<?> options, String optionLabels) {
        return new FormField(Kind.RADIOS, name, label, null, options, optionLabels, "", false);
    }

    public static FormField select(String name, String label, List<?> options, String optionLabels) {
        return new FormField(Kind.SELECT, name, label, null, options, optionLabels, "", false);
    }

    public static FormField checkboxes(String name, String label, List<?> options) {
        return new FormField(Kind.CHECKBOXES, name, label, null, options, null, "", false);
    }

    public FormField hint(String key) {
        return new FormField(kind, name, label, key, options, optionLabels, width, markedOptional);
    }

    /** The hint whose key is the label's followed by {@code .hint}. */
    public FormField hinted() {
        return hint(label + ".hint");
    }

    public FormField width(String cssClass) {
        return new FormField(kind, name, label, hint, options, optionLabels, cssClass, markedOptional);
    }

    public FormField optional() {
        return new FormField(kind, name, label, hint, options, optionLabels, width, true);
    }
}
