package se.rjh.mtp.portal.web;

import java.util.List;

/**
 * A form that is only its fields, drawn by the one template {@link #TEMPLATE} inside the layout of its family (a
 * case's forms, a device's forms). Its texts are message keys; where it posts is a path on this portal.
 *
 * @param layout         the layout it decorates ({@code case-form}, {@code register/device-form})
 * @param form           the model attribute the fields bind to
 * @param lead           a paragraph above the fields, or null
 * @param above          a fragment of {@code fragments/forms} drawn above the fields (what the form is about, or a
 *                       part of its own such as the GSPR checklist's lines), or null
 * @param orElse         a link below the button to the other way of settling the same thing, or null
 * @param asksChangeNote whether the device's change note follows the fields (only on a device's forms)
 */
public record FormPage(String layout, String action, String form, String heading, String submit,
                       List<FormField> fields, String lead, String above, Link orElse, boolean asksChangeNote) {

    /** The template that draws every form page. */
    public static final String TEMPLATE = "form-page";

    /** A link: where (a path on this portal) and its text (a message key). */
    public record Link(String href, String text) {
    }

    public static FormPage of(String layout, String action, String form, String heading, String submit,
                              FormField... fields) {
        return new FormPage(layout, action, form, heading, submit, List.of(fields), null, null, null, false);
    }

    /** The same form posting to {@code path} (a form whose rows are made before it is known where it posts). */
    public FormPage action(String path) {
        return new FormPage(layout, path, form, heading, submit, fields, lead, above, orElse, asksChangeNote);
    }

    public FormPage lead(String key) {
        return new FormPage(layout, action, form, heading, submit, fields, key, above, orElse, asksChangeNote);
    }

    public FormPage above(String fragment) {
        return new FormPage(layout, action, form, heading, submit, fields, lead, fragment, orElse, asksChangeNote);
    }

    public FormPage orElse(String href, String text) {
        return new FormPage(layout, action, form, heading, submit, fields, lead, above, new Link(href, text),
                asksChangeNote);
    }

    public FormPage asksChangeNote(boolean asks) {
        return new FormPage(layout, action, form, heading, submit, fields, lead, above, orElse, asks);
    }
}
