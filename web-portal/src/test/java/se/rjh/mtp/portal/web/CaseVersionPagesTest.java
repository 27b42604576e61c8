package se.rjh.mtp.portal.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.when;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import se.rjh.mtp.api.cases.CaseStep;
import se.rjh.mtp.portal.cases.CaseGateway;
import se.rjh.mtp.portal.live.CaseChangedException;
import se.rjh.mtp.portal.live.CaseVersion;

/**
 * A case form carries the version it was rendered with (and keeps it through a re-render), and a refusal because the
 * case has changed since reads "Ärendet har ändrats sedan du öppnade det" with a link back to the case.
 */
@PortalWebMvcTest
class CaseVersionPagesTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    CaseGateway cases;

    @Test
    void theFormCarriesTheVersionItWasRenderedWith() throws Exception {
        when(cases.get("c-1")).thenAnswer(read -> {
            CaseVersion.seen("\"4\"");
            return Pages.caseIn("c-1", CaseStep.DECISION_PROPOSED, "MTP/3/2026");
        });

        String form = mvc.perform(get("/arenden/c-1/beslut").with(Pages.signedIn("ordforande", "LSG_CHAIR")))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(form).contains("<input type=\"hidden\" name=\"caseVersion\" value=\"4\">");

        // Refused at a field and shown again: still the version first seen, though the case was read again.
        String again = mvc.perform(post("/arenden/c-1/beslut").param("caseVersion", "3").param("decision", "")
                        .with(Pages.signedIn("ordforande", "LSG_CHAIR")).with(csrf()))
                .andReturn().getResponse().getContentAsString();
        assertThat(again).contains("<input type=\"hidden\" name=\"caseVersion\" value=\"3\">");
    }

    @Test
    void aChangedCaseIsSaidInWordsWithALinkToReadItAgain() throws Exception {
        when(cases.get("c-1")).thenReturn(Pages.caseIn("c-1", CaseStep.IN_PREPARATION, "MTP/3/2026"));
        when(cases.propose(eq("c-1"), any())).thenThrow(new CaseChangedException("c-1", 7));

        String page = mvc.perform(post("/arenden/c-1/forslag").param("caseVersion", "5")
                        .param("proposal", "Införs").param("rationale", "Säker").param("noConsultationReason", "Ingen berörs")
                        .with(Pages.signedIn("handlaggare", "CASE_OFFICER")).with(csrf()))
                .andExpect(status().isConflict()).andReturn().getResponse().getContentAsString();
        assertThat(page).contains("Ärendet har ändrats sedan du öppnade det", "Ingenting har sparats",
                "href=\"/arenden/c-1\"");
    }
}
