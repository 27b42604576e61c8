package se.rjh.mtp.portal.guidelines;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.doThrow;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import se.rjh.mtp.api.guidelines.view.CaseRequestView;
import se.rjh.mtp.api.guidelines.view.DiffLine;
import se.rjh.mtp.portal.cases.ServiceRefusal;
import se.rjh.mtp.portal.web.Pages;
import se.rjh.mtp.portal.web.PortalWebMvcTest;
import se.rjh.mtp.portal.SignedInPages;

@PortalWebMvcTest
class GuidelinePageControllerTest {

    private static final String HOSTILE = "# Rengöring\n\n<script>alert('x')</script>\n\n[länk](javascript:alert(1))"
            + "\n\n- steg ett\n";

    @Autowired
    MockMvc mvc;
    @Autowired
    GuidelineGateway guidelines;

    @Test
    void thePublishedVersionIsRenderedAndSanitisedWithTheHistoryAsATimeline() throws Exception {
        when(guidelines.guideline(Guidelines.NUMBER)).thenReturn(Guidelines.guideline(2,
                List.of(new CaseRequestView("c-9", "MTP/9/2026", "f-1", "MDR Art. 5(5)")),
                Guidelines.superseded(1, "Gammal text"), Guidelines.published(2, HOSTILE)));

        String page = SignedInPages.read(mvc, get("/riktlinjer/" + Guidelines.NUMBER), "lag", "LAG_MEMBER");

        assertThat(page).contains("<h1 class=\"govuk-heading-l\">Diskdesinfektorer</h1>", "<h3>Rengöring</h3>",
                "<li>steg ett</li>", "id=\"version-history\"", "Version 1", "Ersatt", "Publicerad", "Gäller från 2026-10-01.",
                "Regeländringar", "ärende MTP/9/2026", "MDR Art. 5(5)", "Ej kvitterad")
                .doesNotContain("<script>alert", "javascript:", "Viktigt", "Skicka version");
        // The escaped script is text, never markup.
        assertThat(page).contains("&lt;script&gt;");
    }

    @Test
    void anOlderVersionCarriesABannerThatItIsNotInForce() throws Exception {
        when(guidelines.guideline(Guidelines.NUMBER)).thenReturn(Guidelines.guideline(2, List.of(),
                Guidelines.superseded(1, "Gammal text"), Guidelines.published(2, "Ny text")));

        String page = SignedInPages.read(mvc, get("/riktlinjer/" + Guidelines.NUMBER).param("version", "1"), "lag", "LAG_MEMBER");
        assertThat(page).contains("Viktigt", "Du läser version 1, som har ersatts. Den gäller inte längre.",
                "Läs den gällande versionen (version 2)", "Gammal text", "Gällde 2025-10-01 till 2026-10-01.");
    }

    @Test
    void aDraftShowsItsWritersTheirNextStepsAndNoOneElse() throws Exception {
        when(guidelines.guideline(Guidelines.NUMBER)).thenReturn(Guidelines.guideline(null, List.of(),
                Guidelines.draft(1, "Text")));

        String officer = SignedInPages.read(mvc, get("/riktlinjer/" + Guidelines.NUMBER), "handlaggare", "CASE_OFFICER");
        assertThat(officer).contains("href=\"/riktlinjer/RL-MTP-3/versioner/1/granskare\"",
                "href=\"/riktlinjer/RL-MTP-3/versioner/1/redigera\"", "Du läser ett utkast (version 1)",
                "Ingen version av riktlinjen är publicerad än.");

        String member = SignedInPages.read(mvc, get("/riktlinjer/" + Guidelines.NUMBER), "lag", "LAG_MEMBER");
        assertThat(member).doesNotContain("/granskare\"", "/redigera\"");
    }

    @Test
    void theDiffIsSideBySideWithChangesInWordsAndMarks() throws Exception {
        when(guidelines.guideline(Guidelines.NUMBER)).thenReturn(Guidelines.guideline(1, List.of(),
                Guidelines.published(1, "a"), Guidelines.draft(2, "b")));
        when(guidelines.diff(Guidelines.NUMBER, 1, 2)).thenReturn(List.of(
                new DiffLine(DiffLine.Change.KEPT, 1, 1, "# Rengöring"),
                new DiffLine(DiffLine.Change.REMOVED, 2, null, "Torka av med sprit."),
                new DiffLine(DiffLine.Change.ADDED, null, 2, "Torka av med klorhexidin.")));

        String page = SignedInPages.read(mvc, get("/riktlinjer/" + Guidelines.NUMBER + "/jamfor"), "lag", "LAG_MEMBER");
        assertThat(page).contains("Jämför versioner av RL-MTP-3", "Version 1 och version 2 sida vid sida",
                "1 rad tillagd och 1 borttagen.", "<del><strong class=\"mtp-diff__label\">Borttaget:</strong>",
                "<ins><strong class=\"mtp-diff__label\">Tillagt:</strong>", "Torka av med klorhexidin.",
                "mtp-diff--added", "mtp-diff--removed", "<option value=\"1\" selected=\"selected\">Version 1</option>");
    }

    @Test
    void writersAcknowledgeAFlagOthersOnlySeeWhetherItIs() throws Exception {
        when(guidelines.guideline(Guidelines.NUMBER)).thenReturn(Guidelines.guideline(1, List.of(
                        new CaseRequestView("c-9", "MTP/9/2026", "f-1", "MDR Art. 5(5)"),
                        new CaseRequestView("c-8", "MTP/8/2026", "f-0", "IVDR Art. 5", "ordforande",
                                java.time.LocalDate.of(2026, 11, 30))),
                Guidelines.published(1, "Text")));

        String officer = SignedInPages.read(mvc, get("/riktlinjer/" + Guidelines.NUMBER), "handlaggare", "CASE_OFFICER");
        assertThat(officer).contains("action=\"/riktlinjer/RL-MTP-3/regelandringar/f-1/kvittera\"", "Ej kvitterad",
                "Kvitterad", "av ordforande den 2026-11-30").doesNotContain("/regelandringar/f-0/kvittera");
        String member = SignedInPages.read(mvc, get("/riktlinjer/" + Guidelines.NUMBER), "lag", "LAG_MEMBER");
        assertThat(member).contains("Ej kvitterad").doesNotContain("/kvittera\"");

        mvc.perform(post("/riktlinjer/" + Guidelines.NUMBER + "/regelandringar/f-1/kvittera")
                        .with(Pages.signedIn("handlaggare", "CASE_OFFICER")).with(csrf()))
                .andExpect(redirectedUrl("/riktlinjer/RL-MTP-3#flags"))
                .andExpect(flash().attribute("banner", "guidelines.banner.acknowledged"));
        verify(guidelines).acknowledgeFlag(Guidelines.NUMBER, "f-1");

        doThrow(new ServiceRefusal(409, "Not allowed in step ACKNOWLEDGED: the flag has already been acknowledged",
                List.of())).when(guidelines).acknowledgeFlag(Guidelines.NUMBER, "f-0");
        String refused = mvc.perform(post("/riktlinjer/" + Guidelines.NUMBER + "/regelandringar/f-0/kvittera")
                        .with(Pages.signedIn("ordforande", "LSG_CHAIR")).with(csrf()))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(refused).contains("govuk-error-summary", "Regeländringen är redan kvitterad.", "Läs in riktlinjen igen");
    }

    @Test
    void anUnknownGuidelineIsTheSwedish404() throws Exception {
        when(guidelines.guideline("RL-MTP-99")).thenThrow(new ServiceRefusal(404, "not found", List.of()));
        String page = mvc.perform(get("/riktlinjer/RL-MTP-99").with(Pages.signedIn("lag", "LAG_MEMBER")))
                .andExpect(status().isNotFound()).andReturn().getResponse().getContentAsString();
        assertThat(page).contains("Sidan finns inte");
    }
}
