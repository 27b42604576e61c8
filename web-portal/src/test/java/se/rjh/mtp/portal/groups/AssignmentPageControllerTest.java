package se.rjh.mtp.portal.groups;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.ArgumentMatchers.eq;
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
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import se.rjh.mtp.api.groups.AssignmentStatus;
import se.rjh.mtp.api.groups.ProgressStatus;
import se.rjh.mtp.api.groups.QuestionCases;
import se.rjh.mtp.api.groups.view.AssignmentView;
import se.rjh.mtp.portal.cases.ServiceRefusal;
import se.rjh.mtp.portal.web.PortalWebMvcTest;
import se.rjh.mtp.portal.groups.GroupCommands.AssignmentStep;
import se.rjh.mtp.portal.SignedInPages;

@PortalWebMvcTest
class AssignmentPageControllerTest {

    private static final LocalDate DUE = LocalDate.of(2099, 3, 31);

    @Autowired
    MockMvc mvc;
    @Autowired
    GroupGateway groups;

    @BeforeEach
    void theLag() {
        when(groups.group(GroupFixtures.LAG)).thenReturn(GroupFixtures.lag());
    }

    @Test
    void thePageShowsTheAssignmentTheTimelineAndEachQuestionWithItsCaseAndDecision() throws Exception {
        when(groups.assignment("a-1")).thenReturn(GroupFixtures.assignment("a-1", "Kartlägg egentillverkning",
                AssignmentStatus.IN_PROGRESS, DUE, List.of(GroupFixtures.report(ProgressStatus.YELLOW, "Leverantören dröjer")),
                List.of(new AssignmentView.Question("q-1", "Gäller MDR 5.5 skenor?", "Vi behöver tolkning.", "lag"),
                        new AssignmentView.Question("q-2", "Och sterilisering?", "Hur?", "lag")),
                List.of(new AssignmentView.Decision("q-1", QuestionCases.caseIdFor("q-1"), "MTP/9/2026",
                        "Ja, skenorna omfattas.", LocalDate.of(2026, 11, 20)))));

        String page = SignedInPages.read(mvc, get("/uppdrag/a-1"), "revisor", "AUDITOR");

        assertThat(page).contains("<title>Kartlägg egentillverkning", "Uppdrag till LAG Tillverkning och säkerhet",
                ">Pågår<", "Kartlägg egentillverkningen.", "Rapport", "2099-03-31",
                "Uppdraget utfärdades", "av ordforande", "LAG:en accepterade uppdraget", "Lägesrapport", "Läge: Gul",
                "Leverantören dröjer", "Beslut i ärendet från LAG:ens fråga");
        String first = page.substring(page.indexOf("id=\"question-q-1\""), page.indexOf("id=\"question-q-2\""));
        assertThat(first).contains("href=\"/arenden/" + QuestionCases.caseIdFor("q-1") + "\"", "Ärende MTP/9/2026",
                "Beslut 2026-11-20", "Ja, skenorna omfattas.");
        // The decided question links to the decision itself, on its case's page.
        assertThat(first).containsPattern("href=\"/arenden/" + QuestionCases.caseIdFor("q-1") + "#beslut\"[^>]*>Beslutet i ärendet<");
        String second = page.substring(page.indexOf("id=\"question-q-2\""));
        assertThat(second).contains("href=\"/arenden/" + QuestionCases.caseIdFor("q-2") + "\"",
                "Inget beslut i ärendet ännu.").doesNotContain("#beslut", "Beslutet i ärendet");
        // The auditor has no part in the work.
        assertThat(page).doesNotContain("Rapportera läget", "Avbryt uppdraget", "Ställ en fråga");
    }

    @Test
    void theChairSeesTheChairsActionsAndOnlyAMemberOfTheLagTheLags() throws Exception {
        when(groups.assignment("a-1")).thenReturn(
                GroupFixtures.assignment("a-1", "Kartlägg", AssignmentStatus.ISSUED, DUE));

        String chair = SignedInPages.read(mvc, get("/uppdrag/a-1"), "ordforande", "LSG_CHAIR");
        assertThat(chair).contains("href=\"/uppdrag/a-1/avbryt\"")
                .doesNotContain("Acceptera uppdraget", "Ställ en fråga", "Ge återkoppling", "href=\"/uppdrag/a-1/utfarda\"");

        String member = SignedInPages.read(mvc, get("/uppdrag/a-1"), "lag", "LAG_MEMBER");
        assertThat(member).contains("action=\"/uppdrag/a-1/acceptera\"", "href=\"/uppdrag/a-1/avboj\"",
                "href=\"/uppdrag/a-1/fraga\"").doesNotContain("href=\"/uppdrag/a-1/avbryt\"", "href=\"/uppdrag/a-1/leverans\"");

        String otherLag = SignedInPages.read(mvc, get("/uppdrag/a-1"), "nisse", "LAG_MEMBER");
        assertThat(otherLag).doesNotContain("Acceptera uppdraget", "Ställ en fråga");
    }

    @Test
    void aDraftFromACaseDecisionLinksToTheDecisionAndTheChairIssuesIt() throws Exception {
        AssignmentView draft = GroupFixtures.assignment("a-2", "Revidera rutinen", AssignmentStatus.DRAFTED, DUE);
        when(groups.assignment("a-2")).thenReturn(new AssignmentView(draft.id(), draft.groupId(), draft.groupName(),
                draft.title(), null, List.of(), DUE, "case-7", "f-1", AssignmentStatus.DRAFTED, false, null, null,
                null, null, null, null, null, List.of(), null, null, null, List.of(), null, null, List.of(), List.of()));

        String page = SignedInPages.read(mvc, get("/uppdrag/a-2"), "ordforande", "LSG_CHAIR");
        assertThat(page).contains("Utkast från beslut", "href=\"/arenden/case-7#beslut\"", "href=\"/uppdrag/a-2/utfarda\"");

        String form = SignedInPages.read(mvc, get("/uppdrag/a-2/utfarda"), "ordforande", "LSG_CHAIR");
        assertThat(form).contains("value=\"2099-03-31\"", "Revidera rutinen");

        mvc.perform(post("/uppdrag/a-2/utfarda").param("dueDate", "2099-04-30")
                        .with(GroupFixtures.signedIn("ordforande", "LSG_CHAIR")).with(csrf()))
                .andExpect(redirectedUrl("/uppdrag/a-2"))
                .andExpect(flash().attribute("banner", "groups.banner.draftIssued"));
        verify(groups).step("a-2", AssignmentStep.ISSUE, new GroupCommands.IssueDraft(LocalDate.of(2099, 4, 30)));
    }

    @Test
    void aNewAssignmentIsCheckedBeforeItIsIssued() throws Exception {
        // As a browser sends an empty form: every field, empty.
        String empty = mvc.perform(post("/grupper/" + GroupFixtures.LAG + "/uppdrag/nytt").param("title", "")
                        .param("description", "").param("deliverables", "").param("dueDate", "")
                        .with(GroupFixtures.signedIn("ordforande", "LSG_CHAIR")).with(csrf()))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(empty).contains("<title>Fel: Skriv nytt uppdrag", "href=\"#title\"", "href=\"#description\"",
                "href=\"#deliverables\"", "href=\"#dueDate\"", "id=\"dueDate-error\"", "Ange minst en leverans");
        assertThat(empty.split("govuk-error-summary__list")[1].split("</ul>")[0].split("<a ")).hasSize(5);
        // Each field once, as the kind of input it is.
        assertThat(empty.split("id=\"title\"")).hasSize(2);
        assertThat(empty).contains("type=\"date\" aria-describedby=\"dueDate-hint dueDate-error\"")
                .doesNotContain("<textarea class=\"govuk-textarea govuk-textarea--error\" rows=\"5\" id=\"title\"");

        String check = mvc.perform(post("/grupper/" + GroupFixtures.LAG + "/uppdrag/nytt")
                        .param("title", "Kartlägg egentillverkning").param("description", "Vilka enheter?")
                        .param("deliverables", "Rapport\n\nLista över enheter").param("dueDate", "2099-03-31")
                        .with(GroupFixtures.signedIn("ordforande", "LSG_CHAIR")).with(csrf()))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(check).contains("Kontrollera uppdraget innan du utfärdar det", "<li>Rapport</li>",
                "<li>Lista över enheter</li>", "Uppdraget utfärdas till LAG Tillverkning och säkerhet",
                "action=\"/grupper/lag-tillverkning-sakerhet/uppdrag/nytt/bekrafta\"");
        verify(groups, never()).issue(any());

        when(groups.issue(any())).thenReturn("a-new");
        mvc.perform(post("/grupper/" + GroupFixtures.LAG + "/uppdrag/nytt/bekrafta")
                        .param("title", "Kartlägg egentillverkning").param("description", "Vilka enheter?")
                        .param("deliverables", "Rapport\n\nLista över enheter").param("dueDate", "2099-03-31")
                        .with(GroupFixtures.signedIn("ordforande", "LSG_CHAIR")).with(csrf()))
                .andExpect(redirectedUrl("/uppdrag/a-new"))
                .andExpect(flash().attribute("banner", "groups.banner.issued"));
        verify(groups).issue(new GroupCommands.NewAssignment(GroupFixtures.LAG, "Kartlägg egentillverkning",
                "Vilka enheter?", List.of("Rapport", "Lista över enheter"), LocalDate.of(2099, 3, 31), null));
    }

    @Test
    void aFieldTheServiceRefusesIsShownAtTheFieldAndAPersonalIdentityNumberIsNotEchoed() throws Exception {
        when(groups.assignment("a-1")).thenReturn(
                GroupFixtures.assignment("a-1", "Kartlägg", AssignmentStatus.ACCEPTED, DUE));
        doThrow(new ServiceRefusal(400, "bad", List.of(new ServiceRefusal.FieldProblem("text",
                "must not contain a personal identity number")))).when(groups).step(anyString(), eq(AssignmentStep.PROGRESS), any());

        String page = mvc.perform(post("/uppdrag/a-1/rapport").param("status", "RED")
                        .param("text", "Patient 19121212-1212 skadades")
                        .with(GroupFixtures.signedIn("lag", "LAG_MEMBER")).with(csrf()))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();

        assertThat(page).contains("href=\"#text\"", "id=\"text-error\"", "personnummer", "Röd – planen håller inte")
                .doesNotContain("19121212-1212");
        verify(groups).step("a-1", AssignmentStep.PROGRESS, new GroupCommands.ProgressReport(ProgressStatus.RED,
                "Patient 19121212-1212 skadades"));
    }

    @Test
    void aReportAndAQuestionGoBackToThePageWithABanner() throws Exception {
        mvc.perform(post("/uppdrag/a-1/rapport").param("status", "YELLOW").param("text", "Leverantören dröjer")
                        .with(GroupFixtures.signedIn("lag", "LAG_MEMBER")).with(csrf()))
                .andExpect(redirectedUrl("/uppdrag/a-1"))
                .andExpect(flash().attribute("banner", "groups.banner.reported"));
        verify(groups).step("a-1", AssignmentStep.PROGRESS, new GroupCommands.ProgressReport(ProgressStatus.YELLOW, "Leverantören dröjer"));

        when(groups.raiseQuestion(anyString(), any())).thenReturn("q-1");
        mvc.perform(post("/uppdrag/a-1/fraga").param("subject", "Gäller 5.5?").param("text", "Vi behöver tolkning.")
                        .with(GroupFixtures.signedIn("lag", "LAG_MEMBER")).with(csrf()))
                .andExpect(redirectedUrl("/uppdrag/a-1"))
                .andExpect(flash().attribute("banner", "groups.banner.asked"));
        verify(groups).raiseQuestion("a-1", new GroupCommands.Question("Gäller 5.5?", "Vi behöver tolkning."));
    }

    @Test
    void theFeedbackFormStartsWithTheOutcomeTheBoardsMoveChoseAndRefusesAnEmptyAnswer() throws Exception {
        when(groups.assignment("a-1")).thenReturn(
                GroupFixtures.assignment("a-1", "Kartlägg", AssignmentStatus.DELIVERED, DUE));

        String form = SignedInPages.read(mvc, get("/uppdrag/a-1/aterkoppling").param("outcome", "REVISION_REQUESTED"), "ordforande", "LSG_CHAIR");
        assertThat(form).contains("<title>Ge återkoppling", "Kartlägg", "action=\"/uppdrag/a-1/aterkoppling\"")
                .containsPattern("value=\"REVISION_REQUESTED\"[^>]*checked")
                .doesNotContainPattern("value=\"COMPLETED\"[^>]*checked").doesNotContain("govuk-error-summary");

        String empty = mvc.perform(post("/uppdrag/a-1/aterkoppling").param("feedback", " ")
                        .with(GroupFixtures.signedIn("ordforande", "LSG_CHAIR")).with(csrf()))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(empty).contains("<title>Fel: Ge återkoppling", "href=\"#outcome\"", "href=\"#feedback\"",
                "Välj om uppdraget är klart", "Skriv återkopplingen");
        verify(groups, never()).step(anyString(), eq(AssignmentStep.FEEDBACK), any());

        mvc.perform(get("/uppdrag/a-1/okand").with(GroupFixtures.signedIn("ordforande", "LSG_CHAIR")))
                .andExpect(status().isNotFound());
    }

    @Test
    void cancellingGoesThroughACheckPage() throws Exception {
        when(groups.assignment("a-1")).thenReturn(
                GroupFixtures.assignment("a-1", "Kartlägg", AssignmentStatus.ISSUED, DUE));

        String check = mvc.perform(post("/uppdrag/a-1/avbryt").param("reason", "Frågan är löst på annat sätt")
                        .with(GroupFixtures.signedIn("ordforande", "LSG_CHAIR")).with(csrf()))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(check).contains("Kontrollera innan du avbryter uppdraget", "Frågan är löst på annat sätt",
                "action=\"/uppdrag/a-1/avbryt/bekrafta\"", "formaction=\"/uppdrag/a-1/avbryt/andra\"");
        verify(groups, never()).step(anyString(), eq(AssignmentStep.CANCEL), any());

        String change = mvc.perform(post("/uppdrag/a-1/avbryt/andra").param("reason", "Frågan är löst på annat sätt")
                        .with(GroupFixtures.signedIn("ordforande", "LSG_CHAIR")).with(csrf()))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(change).contains("action=\"/uppdrag/a-1/avbryt\"", "Frågan är löst på annat sätt");
        mvc.perform(post("/uppdrag/a-1/avboj/andra").param("reason", "Nej")
                        .with(GroupFixtures.signedIn("ordforande", "LSG_CHAIR")).with(csrf()))
                .andExpect(status().isNotFound());
        verify(groups, never()).step(anyString(), eq(AssignmentStep.CANCEL), any());

        mvc.perform(post("/uppdrag/a-1/avbryt/bekrafta").param("reason", "Frågan är löst på annat sätt")
                        .with(GroupFixtures.signedIn("ordforande", "LSG_CHAIR")).with(csrf()))
                .andExpect(redirectedUrl("/uppdrag/a-1"));
        verify(groups).step("a-1", AssignmentStep.CANCEL, new GroupCommands.Reason("Frågan är löst på annat sätt"));
    }

    @Test
    void anAssignmentThatChangedMeanwhileIsSaidInWordsWithAReloadLink() throws Exception {
        doThrow(new GroupStateConflict(new ServiceRefusal(409, "ACCEPTED", List.of()))).when(groups).step("a-1", AssignmentStep.ACCEPT, null);

        String page = mvc.perform(post("/uppdrag/a-1/acceptera").with(GroupFixtures.signedIn("lag", "LAG_MEMBER"))
                        .with(csrf()))
                .andExpect(status().isConflict()).andReturn().getResponse().getContentAsString();

        assertThat(page).contains("Uppdraget eller gruppen har ändrats", "Ingenting har sparats",
                "href=\"/uppdrag/a-1\"").doesNotContain("Exception");
    }
}
