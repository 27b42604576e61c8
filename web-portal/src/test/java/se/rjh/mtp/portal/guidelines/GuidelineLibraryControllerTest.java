package se.rjh.mtp.portal.guidelines;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import se.rjh.mtp.api.guidelines.view.ReviewDueItem;
import se.rjh.mtp.portal.cases.ServiceUnavailableException;
import se.rjh.mtp.portal.web.Pages;
import se.rjh.mtp.portal.web.PortalWebMvcTest;
import se.rjh.mtp.portal.SignedInPages;

@PortalWebMvcTest
class GuidelineLibraryControllerTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    GuidelineGateway guidelines;

    @Test
    void aPlainSearchGetsTheWholePageAndHtmxOnlyTheResultsWithStatusInWords() throws Exception {
        when(guidelines.search("disk", "MDR Art. 5", false)).thenReturn(List.of(
                Guidelines.entry("RL-MTP-1", "Diskdesinfektorer", 1, "IN_REVIEW", false),
                Guidelines.entry("RL-MTP-2", "Gammal rutin", 2, null, true),
                Guidelines.entry("RL-MTP-4", "Ny rutin", null, "DRAFT", false),
                Guidelines.entry("RL-MTP-5", "Reviderad rutin", 1, "APPROVED", false)));

        String page = SignedInPages.read(mvc, get("/riktlinjer").param("text", "disk").param("regulation", "MDR Art. 5"), "lag", "LAG_MEMBER");
        assertThat(page).contains("<html lang=\"sv\"", "href=\"/riktlinjer\"", "id=\"guideline-results\"",
                "RL-MTP-1", "href=\"/riktlinjer/RL-MTP-1\"", "Rutin", "MDR Art. 5(5)", "Publicerad", "Under granskning",
                "govuk-tag--yellow", "Upphävd", "govuk-tag--red", "value=\"disk\"")
                .doesNotContain("IN_REVIEW<", "PROCEDURE", "href=\"/riktlinjer/ny\"");
        // A first draft has only its draft's tag; an approved revision stands beside the published version.
        assertThat(row(page, "RL-MTP-4")).contains("govuk-tag--grey\">Utkast<").doesNotContain("Publicerad");
        assertThat(row(page, "RL-MTP-5")).contains("govuk-tag--green\">Publicerad<",
                "govuk-tag--turquoise\">Fastställd<");

        String fragment = SignedInPages.read(mvc, get("/riktlinjer").param("text", "disk").param("regulation", "MDR Art. 5")
                        .header("HX-Request", "true"), "lag", "LAG_MEMBER");
        assertThat(fragment).contains("id=\"guideline-results\"", "Diskdesinfektorer")
                .doesNotContain("<html", "<form");
    }

    @Test
    void theInForceChoiceAsksForThePublishedLibraryAndWritersMayStartANewGuideline() throws Exception {
        when(guidelines.search(null, null, true)).thenReturn(List.of());

        String page = SignedInPages.read(mvc, get("/riktlinjer").param("visa", "gallande"), "handlaggare", "CASE_OFFICER");
        assertThat(page).contains("Inga riktlinjer", "href=\"/riktlinjer/ny\"");
        verify(guidelines).search(null, null, true);
    }

    @Test
    void theScheduleSaysInWordsWhatIsOverdueAndWhatIsDueSoon() throws Exception {
        when(guidelines.reviewSchedule(30)).thenReturn(List.of(
                new ReviewDueItem("RL-MTP-1", "Diskdesinfektorer", "LSG MTP", null, 1, LocalDate.of(2026, 11, 28), -3,
                        true, true, null),
                new ReviewDueItem("RL-MTP-2", "Sterilrutin", "LSG MTP", null, 2, LocalDate.of(2026, 12, 13), 12, false,
                        false, 3)));

        String page = SignedInPages.read(mvc, get("/riktlinjer/revision").param("inom", "30"), "ordforande", "LSG_CHAIR");
        assertThat(page).contains("Planerad revision", "Försenad 3 dagar", "Om 12 dagar", "version 3 pågår",
                "2 riktlinjer ska revideras inom 30 dagar", "id=\"inom\" value=\"30\" checked");

        String fragment = SignedInPages.read(mvc, get("/riktlinjer/revision").param("inom", "30").header("HX-Request", "true"), "ordforande", "LSG_CHAIR");
        assertThat(fragment).contains("id=\"schedule-results\"", "Försenad 3 dagar").doesNotContain("<html", "<form");
    }

    @Test
    void aHorizonTheServiceDoesNotOfferIsNinetyDays() throws Exception {
        when(guidelines.reviewSchedule(90)).thenReturn(List.of());
        mvc.perform(get("/riktlinjer/revision").param("inom", "45").with(Pages.signedIn("lag", "LAG_MEMBER")))
                .andExpect(status().isOk());
        verify(guidelines).reviewSchedule(90);
    }

    @Test
    void anUnreachableGuidelineServiceIsASwedishPageWith503() throws Exception {
        when(guidelines.search(null, null, false)).thenThrow(new ServiceUnavailableException("guideline-service", null));
        String page = mvc.perform(get("/riktlinjer").with(Pages.signedIn("lag", "LAG_MEMBER")))
                .andExpect(status().isServiceUnavailable()).andReturn().getResponse().getContentAsString();
        assertThat(page).contains("Tjänsten är inte tillgänglig just nu").doesNotContain("Exception");
    }

    /** The library table's row of one guideline. */
    private static String row(String page, String number) {
        String from = page.substring(page.indexOf(">" + number + "<"));
        return from.substring(0, from.indexOf("</tr>"));
    }
}
