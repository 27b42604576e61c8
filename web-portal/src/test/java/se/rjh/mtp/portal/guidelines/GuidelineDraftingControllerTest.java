package se.rjh.mtp.portal.guidelines;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.never;
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
import se.rjh.mtp.api.guidelines.GuidelineKind;
import se.rjh.mtp.api.guidelines.RegulationFramework;
import se.rjh.mtp.portal.cases.ServiceRefusal;
import se.rjh.mtp.portal.web.Pages;
import se.rjh.mtp.portal.web.PortalWebMvcTest;
import se.rjh.mtp.portal.SignedInPages;

@PortalWebMvcTest
class GuidelineDraftingControllerTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    GuidelineGateway guidelines;

    @Test
    void withoutJavaScriptThePreviewButtonGivesTheWholePageBackWithTheTextRenderedAndNothingSaved() throws Exception {
        String page = mvc.perform(post("/riktlinjer/ny/forhandsgranska").param("title", "Diskdesinfektorer")
                        .param("content", "# Rengöring\n\n**Viktigt** <img src=x onerror=alert(1)>")
                        .with(Pages.signedIn("handlaggare", "CASE_OFFICER")).with(csrf()))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();

        assertThat(page).contains("<html lang=\"sv\"", "Förhandsgranskning", "<h3>Rengöring</h3>",
                "<strong>Viktigt</strong>", "value=\"Diskdesinfektorer\"", "formaction=\"/riktlinjer/ny/forhandsgranska\"")
                .doesNotContain("<img", "govuk-error-summary");
        verify(guidelines, never()).draft(any());
    }

    @Test
    void withHtmxThePreviewAloneIsSwappedIn() throws Exception {
        String fragment = mvc.perform(post("/riktlinjer/ny/forhandsgranska").param("content", "- ett\n- två")
                        .header("HX-Request", "true").with(Pages.signedIn("handlaggare", "CASE_OFFICER")).with(csrf()))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(fragment).contains("id=\"preview\"", "<li>ett</li>").doesNotContain("<html", "<textarea");
    }

    @Test
    void anEmptyNewGuidelineGetsAnErrorSummaryWithALinkPerField() throws Exception {
        String page = mvc.perform(post("/riktlinjer/ny").param("reviewIntervalMonths", "40")
                        .with(Pages.signedIn("handlaggare", "CASE_OFFICER")).with(csrf()))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(page).contains("<title>Fel: Ny riktlinje", "href=\"#kind\"", "Välj typ av dokument", "href=\"#title\"",
                "Ange en titel", "href=\"#reviewIntervalMonths\"", "id=\"title-error\"");
        verify(guidelines, never()).draft(any());
    }

    @Test
    void aValidNewGuidelineIsDraftedWithItsCitedRegulationsAndTheBannerSaysSo() throws Exception {
        when(guidelines.draft(any())).thenReturn("RL-MTP-4");

        mvc.perform(post("/riktlinjer/ny").param("kind", "GUIDELINE").param("title", " Diskdesinfektorer ")
                        .param("reviewIntervalMonths", "12").param("references[0].framework", "MDR")
                        .param("references[0].provision", "5(5)").param("references[1].provision", "")
                        .param("content", "# Text").with(Pages.signedIn("handlaggare", "CASE_OFFICER")).with(csrf()))
                .andExpect(redirectedUrl("/riktlinjer/RL-MTP-4?version=1"))
                .andExpect(flash().attribute("banner", "guidelines.banner.drafted"));
        verify(guidelines).draft(new GuidelineCommands.NewGuideline(GuidelineKind.GUIDELINE, "Diskdesinfektorer", null,
                null, null, List.of(new GuidelineCommands.Reference(RegulationFramework.MDR, "5(5)")), 12, null,
                "# Text", null));
    }

    @Test
    void theServicesRefusalOfACitedRegulationLandsAtItsRow() throws Exception {
        when(guidelines.draft(any())).thenThrow(new ServiceRefusal(400, "bad", List.of(
                new ServiceRefusal.FieldProblem("regulationReferences[0].provision", "not an article"))));

        String page = mvc.perform(post("/riktlinjer/ny").param("kind", "GUIDELINE").param("title", "Disk")
                        .param("references[0].framework", "MDR").param("references[0].provision", "x")
                        .with(Pages.signedIn("handlaggare", "CASE_OFFICER")).with(csrf()))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(page).contains("href=\"#references[0].provision\"", "id=\"references[0].provision-error\"");
    }

    @Test
    void aRevisionStartsFromTheLatestTextAndNeedsToSayWhatChanged() throws Exception {
        when(guidelines.guideline(Guidelines.NUMBER)).thenReturn(Guidelines.guideline(1, List.of(),
                Guidelines.published(1, "Gällande text")));

        String form = SignedInPages.read(mvc, get("/riktlinjer/" + Guidelines.NUMBER + "/ny-version"), "handlaggare", "CASE_OFFICER");
        assertThat(form).contains("Ny version", "Gällande text</textarea>", "action=\"/riktlinjer/RL-MTP-3/ny-version\"");

        String refused = mvc.perform(post("/riktlinjer/" + Guidelines.NUMBER + "/ny-version").param("content", "Ny")
                        .with(Pages.signedIn("handlaggare", "CASE_OFFICER")).with(csrf()))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(refused).contains("href=\"#changeSummary\"", "Beskriv vad som har ändrats");
        verify(guidelines, never()).revise(any(), any());

        when(guidelines.revise(Guidelines.NUMBER, new GuidelineCommands.Revision("Ny", "Klorhexidin"))).thenReturn(2);
        mvc.perform(post("/riktlinjer/" + Guidelines.NUMBER + "/ny-version").param("content", "Ny")
                        .param("changeSummary", "Klorhexidin").with(Pages.signedIn("handlaggare", "CASE_OFFICER"))
                        .with(csrf()))
                .andExpect(redirectedUrl("/riktlinjer/RL-MTP-3?version=2"));
    }

    @Test
    void aDraftIsEditedFromItsOwnTextAndPreviewedWithoutSaving() throws Exception {
        when(guidelines.guideline(Guidelines.NUMBER)).thenReturn(Guidelines.guideline(1, List.of(),
                Guidelines.published(1, "Gällande"), Guidelines.draft(2, "Utkastets text")));
        String path = "/riktlinjer/" + Guidelines.NUMBER + "/versioner/2/redigera";

        String form = SignedInPages.read(mvc, get(path), "ordforande", "LSG_CHAIR");
        assertThat(form).contains("Redigera utkastet till version 2", "Utkastets text</textarea>",
                "formaction=\"" + path + "/forhandsgranska\"");

        String preview = mvc.perform(post(path + "/forhandsgranska").param("content", "**Nytt**")
                        .with(Pages.signedIn("ordforande", "LSG_CHAIR")).with(csrf()))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(preview).contains("<html", "<strong>Nytt</strong>", "**Nytt**</textarea>");
        verify(guidelines, never()).changeContent(any(), org.mockito.ArgumentMatchers.anyInt(), any());

        mvc.perform(post(path).param("content", "**Nytt**").param("changeSummary", "")
                        .with(Pages.signedIn("ordforande", "LSG_CHAIR")).with(csrf()))
                .andExpect(redirectedUrl("/riktlinjer/RL-MTP-3?version=2"))
                .andExpect(flash().attribute("banner", "guidelines.banner.changed"));
        verify(guidelines).changeContent(Guidelines.NUMBER, 2, new GuidelineCommands.DraftContent("**Nytt**", null));
    }

    @Test
    void aRevisionWhileAnotherVersionIsOpenIsSaidInSwedishWithAReloadLink() throws Exception {
        when(guidelines.guideline(Guidelines.NUMBER)).thenReturn(Guidelines.guideline(1, List.of(),
                Guidelines.published(1, "Text")));
        when(guidelines.revise(any(), any())).thenThrow(new ServiceRefusal(409,
                "Not allowed in step DRAFT: version 2 is still open; publish it or finish its review first", List.of()));

        String page = mvc.perform(post("/riktlinjer/" + Guidelines.NUMBER + "/ny-version").param("content", "Ny")
                        .param("changeSummary", "Ändring").with(Pages.signedIn("handlaggare", "CASE_OFFICER"))
                        .with(csrf()))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(page).contains("Fel: Ny version", "Riktlinjen har redan en version som arbetas med",
                "Läs in riktlinjen igen", "Ändring</textarea>");
    }
}
