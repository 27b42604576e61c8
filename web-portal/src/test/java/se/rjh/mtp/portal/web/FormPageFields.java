package se.rjh.mtp.portal.web;

import static org.assertj.core.api.Assertions.assertThat;

import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * What every field of a form page must show when refused, whatever its kind: its label (a legend for choices), its
 * hint, the error at it and a link to it in the error summary, tied together by ids and aria-describedby.
 */
public final class FormPageFields {

    private FormPageFields() {
    }

    /**
     * @param label the label's (or legend's) text
     * @param hint  the hint's text, or null for a field without one
     * @param error the error's text, or null to take it from the error summary's link
     */
    public static void assertRefused(Document page, String name, String label, String hint, String error) {
        Element link = page.selectFirst(".govuk-error-summary a[href=\"#" + name + "\"]");
        assertThat(link).as("the error summary's link to %s", name).isNotNull();
        String text = error == null ? link.text() : error;
        assertThat(link.text()).isEqualTo(text);

        Element field = page.getElementById(name);
        assertThat(field).as("the field %s", name).isNotNull();
        Element group = field.closest(".govuk-form-group");
        assertThat(group.hasClass("govuk-form-group--error")).isTrue();
        Element message = group.getElementById(name + "-error");
        assertThat(message).as("the error at %s", name).isNotNull();
        assertThat(message.text()).isEqualTo("Fel: " + text);

        boolean choices = field.hasClass("govuk-radios__input") || field.hasClass("govuk-checkboxes__input");
        Element described = choices ? group.selectFirst("fieldset") : field;
        assertThat(described.attr("aria-describedby")).contains(name + "-error");
        String shown = choices ? group.selectFirst("legend").text()
                : page.selectFirst("label[for=\"" + name + "\"]").text();
        assertThat(shown).isEqualTo(label);
        if (hint != null) {
            assertThat(page.getElementById(name + "-hint").text()).isEqualTo(hint);
            assertThat(described.attr("aria-describedby")).contains(name + "-hint");
        }
    }
}
