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
import static se.rjh.mtp.portal.web.Browser.auditor;
import static se.rjh.mtp.portal.web.Browser.member;
import static se.rjh.mtp.portal.web.Browser.officer;
import static se.rjh.mtp.portal.web.Browser.registrar;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import se.rjh.mtp.api.cases.CaseStep;
import se.rjh.mtp.api.cases.ConcernedBody;
import se.rjh.mtp.api.cases.DecisionBody;
import se.rjh.mtp.api.cases.view.CaseView;
import se.rjh.mtp.api.cases.view.ConsultationView;
import se.rjh.mtp.api.cases.view.DecisionView;
import se.rjh.mtp.api.cases.view.ProposalView;
import se.rjh.mtp.api.cases.view.HistoryEntry;
import se.rjh.mtp.portal.cases.CaseGateway;
import se.rjh.mtp.portal.cases.ServiceRefusal;

@PortalWebMvcTest
class CasePageControllerTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    CaseGateway cases;

    @Test
    void theCasePageShowsWhereItStandsWhoDidWhatAndTheNextActionOfThisRole() throws Exception {
        when(cases.get("c-1")).thenReturn(Pages.caseIn("c-1", CaseStep.REGISTERED, "MTP/3/2026"));
        when(cases.history("c-1")).thenReturn(List.of(
                new HistoryEntry(0, "CaseReceived", Instant.parse("2026-11-20T08:00:00Z"), "registrator", Map.of()),
                new HistoryEntry(1, "CaseRegistered", Instant.parse("2026-11-20T09:30:00Z"), "registrator", Map.of())));

        String officer = officer(mvc).page(get("/arenden/c-1"));
        assertThat(officer).contains("Ärende MTP/3/2026", "<h1 class=\"govuk-heading-l\">Diskdesinfektor</h1>",
                "aria-current=\"step\"", "Ärendet registrerades", "av registrator", "2026-11-20 10:30",
                "href=\"/arenden/c-1/beredning\"");
        assertThat(officer.split("aria-current=\"step\"")).hasSize(2);

        String registrar = registrar(mvc).page(get("/arenden/c-1"));
        assertThat(registrar).doesNotContain("/arenden/c-1/beredning", "/arenden/c-1/registrering");
    }

    @Test
    void preparationConsultationAndDecisionAreShownWithOverdueSaidInWords() throws Exception {
        CaseView base = Pages.caseIn("c-2", CaseStep.DECIDED, "MTP/4/2026");
        CaseView decided = new CaseView(base.id(), base.caseNumber(), base.step(), base.lastChangedAt(), base.subject(),
                null, base.caseType(), base.channel(), base.submitter(), base.receivedOn(), null, "2.3.1", null, null,
                base.receivedOn(), "handlaggare", base.receivedOn(), null, null, null, null, null,
                new ProposalView("Införs", "Säker", null), null,
                new DecisionView("Får införas", DecisionBody.LSG, LocalDate.of(2026, 11, 30), List.of()),
                null, null, false, List.of(), List.of(), List.of(new ConsultationView("k-1", ConcernedBody.GAS_COMMITTEE,
                        "Påverkas gasförsörjningen?", LocalDate.of(2026, 11, 25), ConsultationView.Status.OPEN, true,
                        Instant.parse("2026-11-20T10:00:00Z"), null, null, null)), List.of());
        when(cases.get("c-2")).thenReturn(decided);
        when(cases.history("c-2")).thenReturn(List.of());

        String page = auditor(mvc).page(get("/arenden/c-2"));
        assertThat(page).contains("href=\"#beredning\"", "href=\"#samverkan\"", "href=\"#beslut\"",
                "Gaskommittén", "Påverkas gasförsörjningen?", "Öppen", "Försenad",
                "Får införas (beslutat av LSG MTP 2026-11-30)", "Införs", "Nästa sista svarsdag")
                .doesNotContain("class=\"govuk-button\" href=");
    }

    @Test
    void aCaseTheServiceDoesNotKnowIsTheSwedish404Page() throws Exception {
        when(cases.get("nope")).thenThrow(new ServiceRefusal(404, "Case nope not found", List.of()));

        String page = member(mvc).page(get("/arenden/nope"), status().isNotFound());
        assertThat(page).contains("Sidan finns inte").doesNotContain("Case nope not found");
    }

    @Test
    void aChangeMadeMeanwhileIsThe409PageWithALinkToReadTheCaseAgain() throws Exception {
        when(cases.get("c-1")).thenReturn(Pages.caseIn("c-1", CaseStep.REGISTERED, "MTP/3/2026"));
        when(cases.startPreparation("c-1", "handlaggare")).thenThrow(new ServiceRefusal(409, "wrong step", List.of()));

        String page = officer(mvc).page(post("/arenden/c-1/beredning")
                        .param("caseOfficer", "handlaggare"), status().isConflict());
        assertThat(page).contains("Ärendet har ändrats", "href=\"/arenden/c-1\"").doesNotContain("wrong step");
    }

    @Test
    void preparationStartsWithTheSignedInCaseOfficerUnlessAnotherIsNamed() throws Exception {
        when(cases.get("c-1")).thenReturn(Pages.caseIn("c-1", CaseStep.REGISTERED, "MTP/3/2026"));
        String form = officer(mvc).page(get("/arenden/c-1/beredning"));
        assertThat(form).contains("value=\"handlaggare\"");

        String empty = officer(mvc).page(post("/arenden/c-1/beredning").param("caseOfficer", " "));
        assertThat(empty).contains("href=\"#caseOfficer\"", "Ange vem som ska bereda ärendet");
        verify(cases, never()).startPreparation(any(), any());

        when(cases.startPreparation("c-1", "annan")).thenReturn(CaseStep.IN_PREPARATION);
        officer(mvc).send(post("/arenden/c-1/beredning").param("caseOfficer", "annan"))
                .andExpect(redirectedUrl("/arenden/c-1"));
        verify(cases).startPreparation("c-1", "annan");
    }
}
