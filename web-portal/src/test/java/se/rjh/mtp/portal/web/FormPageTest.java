package se.rjh.mtp.portal.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.when;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import se.rjh.mtp.api.cases.CaseStep;
import se.rjh.mtp.api.cases.CaseType;
import se.rjh.mtp.portal.cases.CaseGateway;

/** The one form page (form-page.html): each kind of field with its label, hint and error, and the page around them. */
@PortalWebMvcTest
class FormPageTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    CaseGateway cases;

    @BeforeEach
    void aCaseInConsultation() {
        when(cases.get("c-1")).thenReturn(Pages.caseOf("c-1", CaseType.INTRODUCTION, CaseStep.IN_CONSULTATION,
                "handlaggare", List.of(ConsultationAndClosingControllerTest.OPEN), List.of()));
    }

    private Document page(MockHttpServletRequestBuilder request) throws Exception {
        return Jsoup.parse(mvc.perform(request.with(Pages.signedIn("handlaggare", "CASE_OFFICER")).with(csrf()))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString());
    }

    @Test
    void aSelectATextareaAndADateAreEachDrawnWithTheirLabelHintAndError() throws Exception {
        Document page = page(post("/arenden/c-1/samverkan").param("dueDate", "5 december"));

        FormPageFields.assertRefused(page, "body", "Vilken instans ska tillfrågas?", null,
                "Välj vilken instans som ska tillfrågas");
        FormPageFields.assertRefused(page, "question", "Fråga", "Vad instansen ska ta ställning till.",
                "Skriv frågan");
        FormPageFields.assertRefused(page, "dueDate", "Svar senast", "Till exempel 2026-11-20.",
                "Ange datum i formatet ÅÅÅÅ-MM-DD");
        assertThat(page.getElementById("dueDate").hasClass("govuk-input--width-10")).isTrue();
        assertThat(page.select(".govuk-error-summary li")).hasSize(3);
        // The page around the fields: the form posts back, the heading says what it does, the button its texts.
        assertThat(page.title()).startsWith("Fel: Begär samverkan");
        assertThat(page.selectFirst("form[novalidate]").attr("action")).isEqualTo("/arenden/c-1/samverkan");
        assertThat(page.selectFirst("h1").text()).isEqualTo("Begär samverkan");
        assertThat(page.selectFirst("form[novalidate] button[type=submit]").text()).isEqualTo("Skicka frågan");
    }

    @Test
    void radiosHaveTheirLegendAndAnOptionalFieldSaysSo() throws Exception {
        Document page = page(post("/arenden/c-1/risk"));

        FormPageFields.assertRefused(page, "severity", "Hur allvarlig kan en skada bli?", null,
                "Välj hur allvarlig en skada kan bli");
        FormPageFields.assertRefused(page, "probability", "Hur sannolik är skadan?", null,
                "Välj hur sannolik skadan är");
        assertThat(page.select("input[name=severity]")).hasSize(5);
        assertThat(page.selectFirst("label[for=comment]").text()).isEqualTo("Kommentar (frivilligt)");
        assertThat(page.getElementById("comment-error")).isNull();
    }

    @Test
    void whatTheFormIsAboutStandsAboveItsFieldsAndTheOtherWayBelowItsButton() throws Exception {
        Document page = page(get("/arenden/c-1/samverkan/k-1/svar"));

        assertThat(page.selectFirst(".govuk-inset-text").text()).contains("Gaskommittén", "Påverkas gasförsörjningen?");
        assertThat(page.selectFirst("form[novalidate]").attr("action")).isEqualTo("/arenden/c-1/samverkan/k-1/svar");
        assertThat(page.selectFirst("form[novalidate] button[type=submit] + p a").attr("href"))
                .isEqualTo("/arenden/c-1/samverkan/k-1/avstaende");
        assertThat(page.getElementById("answer").attr("aria-describedby")).isEqualTo("answer-hint ");
    }
}
