package se.rjh.mtp.portal.guidelines;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyInt;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.Mockito.doThrow;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import se.rjh.mtp.api.guidelines.ReviewVerdict;
import se.rjh.mtp.api.guidelines.view.GuidelineVersionView;
import se.rjh.mtp.api.guidelines.view.ReviewVerdictView;
import se.rjh.mtp.portal.cases.ServiceRefusal;
import se.rjh.mtp.portal.web.Pages;
import se.rjh.mtp.portal.web.PortalWebMvcTest;
import se.rjh.mtp.portal.SignedInPages;

@PortalWebMvcTest
class GuidelineReviewControllerTest {

    private static final String VERSION = "/riktlinjer/" + Guidelines.NUMBER + "/versioner/1";

    @Autowired
    MockMvc mvc;
    @Autowired
    GuidelineGateway guidelines;

    private void inReview(GuidelineVersionView version) {
        when(guidelines.guideline(Guidelines.NUMBER)).thenReturn(Guidelines.guideline(null, List.of(), version));
    }

    @Test
    void namingTheReviewersSendsTheDraftToReviewAndTheirRefusalLandsAtTheField() throws Exception {
        when(guidelines.guideline(Guidelines.NUMBER)).thenReturn(Guidelines.guideline(null, List.of(),
                Guidelines.draft(1, "Text")));
        doThrow(new ServiceRefusal(400, "bad", List.of(new ServiceRefusal.FieldProblem("reviewers[1]",
                "an author of the version cannot review it"))))
                .when(guidelines).submitForReview(Guidelines.NUMBER, 1,
                        new GuidelineCommands.Submission(List.of("lag", "handlaggare")));

        String refused = mvc.perform(post(VERSION + "/granskare").param("reviewers", "lag, handlaggare")
                        .with(Pages.signedIn("handlaggare", "CASE_OFFICER")).with(csrf()))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(refused).contains("Fel: Skicka på granskning", "href=\"#reviewers\"", "id=\"reviewers-error\"");

        mvc.perform(post(VERSION + "/granskare").param("reviewers", "lag")
                        .with(Pages.signedIn("handlaggare", "CASE_OFFICER")).with(csrf()))
                .andExpect(redirectedUrl(VERSION + "/granskning"))
                .andExpect(flash().attribute("banner", "guidelines.banner.submitted"));
        verify(guidelines).submitForReview(Guidelines.NUMBER, 1, new GuidelineCommands.Submission(List.of("lag")));
    }

    @Test
    void theReviewIsATaskListPerReviewerAndOnlyTheSignedInReviewersOpenTaskLinksToTheVerdict() throws Exception {
        inReview(Guidelines.inReview(1, List.of("lag", "registrator"),
                List.of(new ReviewVerdictView("registrator", ReviewVerdict.APPROVE, "Bra"))));

        String page = SignedInPages.read(mvc, get(VERSION + "/granskning"), "lag", "LAG_MEMBER");
        assertThat(page).contains("govuk-task-list", "Din granskning (lag)", "Granskning av registrator", "Väntar",
                "Godkänd", "Bra", "1 av 2 granskare har lämnat omdöme.",
                "href=\"/riktlinjer/RL-MTP-3/versioner/1/granskning/omdome\"")
                .doesNotContain("/faststallande\"");

        String chair = SignedInPages.read(mvc, get(VERSION + "/granskning"), "ordforande", "LSG_CHAIR");
        assertThat(chair).contains("/faststallande\"").doesNotContain("/granskning/omdome\"");
    }

    @Test
    void askingForChangesNeedsACommentAndAnApprovalIsRecorded() throws Exception {
        inReview(Guidelines.inReview(1, List.of("lag"), List.of()));

        String refused = mvc.perform(post(VERSION + "/granskning/omdome").param("verdict", "CHANGES_REQUESTED")
                        .with(Pages.signedIn("lag", "LAG_MEMBER")).with(csrf()))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(refused).contains("Fel: Lämna omdöme", "href=\"#comment\"", "Skriv vilka ändringar som behövs",
                "Ändringar begärda", "<h3>Rengöring</h3>");
        verify(guidelines, never()).recordVerdict(anyString(), anyInt(), any());

        mvc.perform(post(VERSION + "/granskning/omdome").param("verdict", "APPROVE")
                        .with(Pages.signedIn("lag", "LAG_MEMBER")).with(csrf()))
                .andExpect(redirectedUrl(VERSION + "/granskning"))
                .andExpect(flash().attribute("banner", "guidelines.banner.verdict.APPROVE"));
        verify(guidelines).recordVerdict(Guidelines.NUMBER, 1, new GuidelineCommands.Verdict(ReviewVerdict.APPROVE, null));
    }

    @Test
    void approvalIsCheckedFirstAndTheServicesRefusalOfTheAuthorIsShownOnTheCheckPage() throws Exception {
        inReview(Guidelines.inReview(1, List.of("lag"), List.of(new ReviewVerdictView("lag", ReviewVerdict.APPROVE, null))));

        String check = SignedInPages.read(mvc, get(VERSION + "/faststallande"), "ordforande", "LSG_CHAIR");
        assertThat(check).contains("Kontrollera innan du fastställer", "lag: Godkänd", "Nytt avsnitt",
                "Fastställ version 1").doesNotContain("govuk-error-summary");
        verify(guidelines, never()).approve(anyString(), anyInt());

        doThrow(new ServiceRefusal(409, "Not allowed in step IN_REVIEW: approval by someone who did not write the "
                + "version (no one approves their own version)", List.of())).when(guidelines).approve(Guidelines.NUMBER, 1);
        String refused = mvc.perform(post(VERSION + "/faststallande").with(Pages.signedIn("ordforande", "LSG_CHAIR"))
                        .with(csrf()))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(refused).contains("Fel: Kontrollera innan du fastställer", "govuk-error-summary",
                "Du har skrivit den här versionen och kan därför inte granska eller fastställa den",
                "href=\"/riktlinjer/RL-MTP-3\"");
    }

    @Test
    void anApprovalTheServiceTakesGoesToTheGuidelineWithTheBanner() throws Exception {
        mvc.perform(post(VERSION + "/faststallande").with(Pages.signedIn("ordforande", "LSG_CHAIR")).with(csrf()))
                .andExpect(redirectedUrl("/riktlinjer/RL-MTP-3?version=1"))
                .andExpect(flash().attribute("banner", "guidelines.banner.approved"));
        verify(guidelines).approve(Guidelines.NUMBER, 1);
    }

    @Test
    void publicationIsCheckedWithTheNextReviewDateBeforeItIsSent() throws Exception {
        GuidelineVersionView approved = new GuidelineVersionView(1, "APPROVED", "Text", null, "handlaggare",
                List.of("handlaggare"), null, List.of("lag"), List.of(), "ordforande", LocalDate.of(2026, 12, 1), null,
                null, null);
        inReview(approved);

        String refused = mvc.perform(post(VERSION + "/publicering").param("validFrom", "1 jan")
                        .with(Pages.signedIn("ordforande", "LSG_CHAIR")).with(csrf()))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(refused).contains("Fel: Publicera", "href=\"#validFrom\"", "Ange datum i formatet ÅÅÅÅ-MM-DD");

        String check = mvc.perform(post(VERSION + "/publicering").param("validFrom", "2027-01-01")
                        .with(Pages.signedIn("ordforande", "LSG_CHAIR")).with(csrf()))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(check).contains("Kontrollera innan du publicerar", "2027-01-01", "2028-01-01",
                "action=\"/riktlinjer/RL-MTP-3/versioner/1/publicering/bekrafta\"");
        verify(guidelines, never()).publish(anyString(), anyInt(), any());

        mvc.perform(post(VERSION + "/publicering/bekrafta").param("validFrom", "2027-01-01")
                        .with(Pages.signedIn("ordforande", "LSG_CHAIR")).with(csrf()))
                .andExpect(redirectedUrl("/riktlinjer/RL-MTP-3?version=1"))
                .andExpect(flash().attribute("banner", "guidelines.banner.published"));
        verify(guidelines).publish(Guidelines.NUMBER, 1, new GuidelineCommands.Publish(LocalDate.of(2027, 1, 1)));
    }
}
