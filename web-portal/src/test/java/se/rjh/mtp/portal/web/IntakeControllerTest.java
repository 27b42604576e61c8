package se.rjh.mtp.portal.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static se.rjh.mtp.portal.web.Browser.registrar;

import java.time.LocalDate;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import se.rjh.mtp.api.cases.CaseType;
import se.rjh.mtp.api.cases.Channel;
import se.rjh.mtp.api.cases.Submitter;
import se.rjh.mtp.portal.cases.CaseGateway;
import se.rjh.mtp.portal.cases.Intake;
import se.rjh.mtp.portal.cases.ServiceRefusal;

@PortalWebMvcTest
class IntakeControllerTest {

    private static final Pattern SUMMARY_LINK = Pattern.compile("<li>\\s*<a href=\"#([A-Za-z]+)\">");

    @Autowired
    MockMvc mvc;
    @Autowired
    CaseGateway cases;

    @Test
    void theFormOffersTodayAndSwedishRadios() throws Exception {
        String page = registrar(mvc).page(get("/arenden/ny"));
        assertThat(page).contains("value=\"" + LocalDate.now(java.time.ZoneId.of("Europe/Stockholm")) + "\"",
                "Upparbetning", "Webbformulär", "type=\"radio\"").doesNotContain("govuk-error-summary");
    }

    @Test
    void anEmptyFormGetsOneSummaryLinkPerRefusedFieldAndAnErrorAtEachField() throws Exception {
        String page = registrar(mvc).page(post("/arenden/ny").param("receivedOn", ""));

        List<String> linked = links(page);
        assertThat(linked).containsExactlyInAnyOrder("subject", "caseType", "channel", "submitterName", "receivedOn");
        for (String field : linked) {
            assertThat(page).contains("id=\"" + field + "\"", "id=\"" + field + "-error\"");
        }
        assertThat(page).contains("Ange en rubrik", "Välj ärendetyp", "<title>Fel: Ta emot ärende");
        verify(cases, never()).receive(any());
    }

    @Test
    void aPersonalIdentityNumberRefusedByTheServiceIsShownAtItsFieldAndNeverEchoed() throws Exception {
        when(cases.receive(any())).thenThrow(new ServiceRefusal(400, "description contains ...", List.of(
                new ServiceRefusal.FieldProblem("description", "contains what looks like a personal identity number; "
                        + "patient details belong in the patient record"))));

        String page = registrar(mvc).page(valid().param("description", "Gäller patient 19121212-1212"));

        assertThat(links(page)).containsExactly("description");
        assertThat(page).contains("id=\"description-error\"", "ser ut att innehålla ett personnummer")
                .doesNotContain("19121212-1212", "1212-1212")
                // What was not refused stays as typed.
                .contains("value=\"Diskdesinfektor\"");
    }

    @Test
    void aReceivedCaseLeadsToItsPage() throws Exception {
        when(cases.receive(any())).thenReturn("c-9");

        registrar(mvc).send(valid())
                .andExpect(redirectedUrl("/arenden/c-9"));

        verify(cases).receive(new Intake("Diskdesinfektor", null, CaseType.REPROCESSING, Channel.FORM,
                new Submitter("Ann Al", "Sterilcentralen", null), LocalDate.of(2026, 11, 20)));
    }

    @Test
    void aPostWithoutTheFormsTokenIsRefused() throws Exception {
        mvc.perform(valid().with(Pages.signedIn("registrator", "REGISTRAR"))).andExpect(status().isForbidden());
        verify(cases, never()).receive(any());
    }

    private static MockHttpServletRequestBuilder valid() {
        return post("/arenden/ny").param("subject", "Diskdesinfektor").param("caseType", "REPROCESSING")
                .param("channel", "FORM").param("submitterName", "Ann Al").param("submitterUnit", "Sterilcentralen")
                .param("receivedOn", "2026-11-20");
    }

    private static List<String> links(String page) {
        int summary = page.indexOf("govuk-error-summary__list");
        assertThat(summary).as("an error summary").isPositive();
        Matcher m = SUMMARY_LINK.matcher(page.substring(summary, page.indexOf("</ul>", summary)));
        List<String> fields = new java.util.ArrayList<>();
        while (m.find()) {
            fields.add(m.group(1));
        }
        return fields;
    }
}
