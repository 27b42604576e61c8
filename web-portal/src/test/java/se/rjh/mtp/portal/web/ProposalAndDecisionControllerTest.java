package se.rjh.mtp.portal.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static se.rjh.mtp.portal.web.Browser.chair;
import static se.rjh.mtp.portal.web.Browser.officer;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import se.rjh.mtp.api.cases.CaseStep;
import se.rjh.mtp.api.cases.DecisionBody;
import se.rjh.mtp.api.cases.FollowUp;
import se.rjh.mtp.api.cases.FollowUpKind;
import se.rjh.mtp.portal.cases.CaseGateway;
import se.rjh.mtp.portal.cases.Decision;
import se.rjh.mtp.portal.cases.Proposal;
import se.rjh.mtp.portal.cases.ServiceRefusal;

@PortalWebMvcTest
class ProposalAndDecisionControllerTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    CaseGateway cases;

    @Test
    void whatThePreparationLacksIsTheProposalsErrorSummary() throws Exception {
        when(cases.get("c-1")).thenReturn(Pages.caseIn("c-1", CaseStep.IN_PREPARATION, "MTP/3/2026"));
        when(cases.propose(any(), any())).thenThrow(new ServiceRefusal(409, "missing", List.of(), List.of(
                "nationalRecommendation: the recommendation, or that there is none",
                "consultations: at least one answered or waived, or noConsultationReason")));

        String page = officer(mvc).page(post("/arenden/c-1/forslag").param("proposal", "Införs")
                        .param("rationale", "Säker"));

        assertThat(page).contains("govuk-error-summary", "href=\"#noConsultationReason\"",
                "Beredningen saknar: nationalRecommendation: the recommendation, or that there is none",
                "id=\"noConsultationReason-error\"", "Införs");
        verify(cases).propose("c-1", new Proposal("Införs", "Säker", null));
    }

    @Test
    void aProposalHasNoCheckPageSoNothingToConfirm() throws Exception {
        when(cases.get("c-1")).thenReturn(Pages.caseIn("c-1", CaseStep.IN_PREPARATION, "MTP/3/2026"));

        officer(mvc).send(post("/arenden/c-1/forslag/bekrafta").param("proposal", "Införs").param("rationale", "Säker"))
                .andExpect(status().isNotFound());
        officer(mvc).send(post("/arenden/c-1/forslag/andra").param("proposal", "Införs"))
                .andExpect(status().isNotFound());
        verify(cases, never()).propose(any(), any());
    }

    @Test
    void theChairChecksTheDecisionBeforeItIsTaken() throws Exception {
        when(cases.get("c-1")).thenReturn(Pages.caseIn("c-1", CaseStep.DECISION_PROPOSED, "MTP/3/2026"));

        String empty = chair(mvc).page(post("/arenden/c-1/beslut").param("decision", ""));
        assertThat(empty).contains("href=\"#decision\"", "href=\"#decidedBy\"", "Skriv beslutet");

        String check = chair(mvc).page(post("/arenden/c-1/beslut").param("decision", "Införs")
                        .param("decidedBy", "LSG"));
        assertThat(check).contains("Kontrollera beslutet innan du fattar det", "LSG MTP",
                "action=\"/arenden/c-1/beslut/bekrafta\"",
                // The heading: the case number above the title.
                "<span class=\"govuk-caption-l\">MTP/3/2026</span>",
                "<h1 class=\"govuk-heading-l\">Kontrollera beslutet innan du fattar det</h1>");
        verify(cases, never()).decide(any(), any());

        when(cases.decide(any(), any())).thenReturn(CaseStep.DECIDED);
        chair(mvc).send(post("/arenden/c-1/beslut/bekrafta").param("decision", "Införs").param("decidedBy", "LSG"))
                .andExpect(redirectedUrl("/arenden/c-1"));
        verify(cases).decide("c-1", new Decision("Införs", DecisionBody.LSG, null, java.util.List.of()));
    }

    @Test
    void theDecisionCarriesItsFollowUpsShownOnTheCheckPage() throws Exception {
        when(cases.get("c-1")).thenReturn(Pages.caseIn("c-1", CaseStep.DECISION_PROPOSED, "MTP/3/2026"));

        // The form offers an empty row; "one more" shows it again with the rows filled in and another empty one.
        String more = chair(mvc).page(post("/arenden/c-1/beslut/andra").param("decision", "Införs")
                        .param("followUps[0].kind", "OTHER").param("followUps[0].description", "Utbilda personalen")
                        .param("followUps[1].kind", "").param("followUps[1].description", ""));
        assertThat(more).contains("Uppföljning 1", "Uppföljning 2", "name=\"followUps[1].kind\"", "Utbilda personalen")
                .doesNotContain("name=\"followUps[2].kind\"");

        // A row that says what but not which kind is refused at its field.
        String refused = chair(mvc).page(post("/arenden/c-1/beslut").param("decision", "Införs")
                        .param("decidedBy", "LSG")
                        .param("followUps[0].description", "Utbilda personalen"));
        assertThat(refused).contains("href=\"#followUps[0].kind\"", "Välj vad uppföljningen gäller");

        String check = chair(mvc).page(post("/arenden/c-1/beslut").param("decision", "Införs").param("decidedBy", "LSG")
                        .param("followUps[0].kind", "LAG_ASSIGNMENT")
                        .param("followUps[0].target", "lag-ordnat-inforande")
                        .param("followUps[0].description", "Ta fram rutin").param("followUps[0].dueDate", "2027-02-01")
                        .param("followUps[1].description", "")
                        .param("followUps[2].kind", "OTHER").param("followUps[2].description", "Utbilda personalen"));
        assertThat(check).contains("Kontrollera beslutet innan du fattar det",
                "Uppdrag till LAG: Ta fram rutin (lag-ordnat-inforande), klart senast 2027-02-01", "Övrigt: Utbilda personalen",
                "name=\"followUps[0].target\" value=\"lag-ordnat-inforande\"", "name=\"followUps[1].kind\" value=\"OTHER\"");

        // The service refuses a follow-up's target: shown at the row's one target field.
        when(cases.decide(any(), any())).thenThrow(new ServiceRefusal(400, "bad", List.of(
                new ServiceRefusal.FieldProblem("followUps[0].workingGroupId", "no such LAG"))));
        String atTarget = chair(mvc).page(post("/arenden/c-1/beslut/bekrafta").param("decision", "Införs")
                        .param("decidedBy", "LSG").param("followUps[0].kind", "LAG_ASSIGNMENT")
                        .param("followUps[0].target", "lag-okand").param("followUps[0].description", "Ta fram rutin"));
        assertThat(atTarget).contains("href=\"#followUps[0].target\"", "id=\"followUps[0].target-error\"");

        org.mockito.Mockito.reset(cases);
        when(cases.get("c-1")).thenReturn(Pages.caseIn("c-1", CaseStep.DECISION_PROPOSED, "MTP/3/2026"));
        when(cases.decide(any(), any())).thenReturn(CaseStep.DECIDED);
        chair(mvc).send(post("/arenden/c-1/beslut/bekrafta").param("decision", "Införs").param("decidedBy", "LSG")
                        .param("followUps[0].kind", "LAG_ASSIGNMENT")
                        .param("followUps[0].target", "lag-ordnat-inforande")
                        .param("followUps[0].description", "Ta fram rutin").param("followUps[0].dueDate", "2027-02-01")
                        .param("followUps[1].kind", "OTHER").param("followUps[1].description", "Utbilda personalen"))
                .andExpect(redirectedUrl("/arenden/c-1"));
        verify(cases).decide("c-1", new Decision("Införs", DecisionBody.LSG, null, List.of(
                new FollowUp(null, FollowUpKind.LAG_ASSIGNMENT, "Ta fram rutin", null, "lag-ordnat-inforande", null,
                        LocalDate.of(2027, 2, 1)),
                new FollowUp(null, FollowUpKind.OTHER, "Utbilda personalen", null, null, null, null))));
    }
}
