package se.rjh.mtp.portal.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import se.rjh.mtp.api.cases.CaseStep;
import se.rjh.mtp.portal.cases.CaseFilter;
import se.rjh.mtp.api.cases.view.CaseListOrder;
import se.rjh.mtp.api.reporting.view.Worklist;
import se.rjh.mtp.api.reporting.view.WorklistItem;
import se.rjh.mtp.api.reporting.view.WorklistItemKind;
import se.rjh.mtp.portal.cases.CaseGateway;
import se.rjh.mtp.portal.cases.ServiceUnavailableException;
import se.rjh.mtp.portal.reporting.WorklistGateway;

@PortalWebMvcTest
class StartControllerTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    CaseGateway cases;
    @Autowired
    WorklistGateway worklists;

    @BeforeEach
    void nothingOnTheWorkList() {
        when(worklists.worklist()).thenReturn(new Worklist("x", LocalDate.of(2026, 12, 1), List.of()));
    }

    @Test
    void theWorkListShowsOverdueItemsFirstSaidInWordsAndLinksToTheCase() throws Exception {
        when(cases.list(CaseFilter.inStep(CaseStep.IN_PREPARATION, StartController.WORK_LIST_SIZE)))
                .thenReturn(Pages.page());
        when(cases.list(CaseFilter.inStep(CaseStep.IN_CONSULTATION, StartController.WORK_LIST_SIZE)))
                .thenReturn(Pages.page());
        when(worklists.worklist()).thenReturn(new Worklist("handlaggare", LocalDate.of(2026, 12, 1), List.of(
                new WorklistItem(WorklistItemKind.CONSULTATION_DUE, "c-1", "k-1", null, null, null, "MTP/3/2026",
                        "Diskdesinfektor", "GAS_COMMITTEE", LocalDate.of(2026, 11, 28), null, 3, true),
                new WorklistItem(WorklistItemKind.CONSULTATION_DUE, "c-2", "k-2", null, null, null, "MTP/4/2026",
                        "Infusionspump", "PROCUREMENT", LocalDate.of(2026, 12, 4), null, -3, false))));

        String page = mvc.perform(get("/").with(Pages.signedIn("handlaggare", "CASE_OFFICER")))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();

        assertThat(page).contains("Bevakning", "Försenad", "Samverkan att bevaka", "href=\"/arenden/c-1\"",
                "Gaskommittén", "skulle vara klart 2026-11-28 (3 dagar sedan)", "senast 2026-12-04", "Upphandling")
                .doesNotContain("rapporttjänsten inte svarar");
        assertThat(page.indexOf("Diskdesinfektor")).isPositive().isLessThan(page.indexOf("Infusionspump"));
        assertThat(page.split(">Försenad<")).hasSize(2);
        // Live: the page hears of every case's events, and reads its lists alone again (an htmx request).
        assertThat(page).contains("sse-connect=\"/mitt-arbete/live\"", "sse-swap=\"work-changed\"",
                "hx-trigger=\"sse:work-changed", "aria-live=\"polite\"");
        String lists = mvc.perform(get("/").header("HX-Request", "true").with(Pages.signedIn("handlaggare", "CASE_OFFICER")))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(lists).contains("id=\"work\"", "Diskdesinfektor").doesNotContain("<html", "Mitt arbete</h1>");
    }

    @Test
    void withReportingDownThePageSaysSoAndTheRestWorks() throws Exception {
        when(worklists.worklist()).thenThrow(new ServiceUnavailableException("reporting-service", null));
        when(cases.list(CaseFilter.inStep(CaseStep.DECISION_PROPOSED, StartController.WORK_LIST_SIZE)))
                .thenReturn(Pages.page());

        String page = mvc.perform(get("/").with(Pages.signedIn("ordforande", "LSG_CHAIR")))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();

        assertThat(page).contains("Bevakningslistan kan inte visas just nu", "Förslag till beslut som väntar",
                "Inga förslag väntar på beslut.").doesNotContain("<table");
    }

    @Test
    void theRegistrarSeesWhatWaitsForRegistrationOldestFirstWithDaysWaiting() throws Exception {
        LocalDate today = LocalDate.now(ZoneId.of("Europe/Stockholm"));
        // Asked for oldest first (case-service sorts), so the cases that waited longest are the ones read.
        assertThat(CaseFilter.inStep(CaseStep.RECEIVED, 1).sort()).isEqualTo(CaseListOrder.RECEIVED_OLDEST);
        when(cases.list(CaseFilter.inStep(CaseStep.RECEIVED, StartController.WORK_LIST_SIZE))).thenReturn(Pages.page(
                Pages.received("old", "Äldre ärende", today.minusDays(12)),
                Pages.received("new", "Nyare ärende", today.minusDays(1))));

        String page = mvc.perform(get("/").with(Pages.signedIn("registrator", "REGISTRAR")))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();

        assertThat(page).contains("Att registrera", ">12 dagar<", ">1 dag<").doesNotContain("Mina ärenden",
                "Förslag till beslut som väntar");
        assertThat(page.indexOf("Äldre ärende")).isPositive().isLessThan(page.indexOf("Nyare ärende"));
        verify(cases, never()).list(CaseFilter.inStep(CaseStep.DECISION_PROPOSED, StartController.WORK_LIST_SIZE));
    }

    @Test
    void theChairSeesProposalsAndTheCaseOfficerOnlyTheirOwnCases() throws Exception {
        when(cases.list(CaseFilter.inStep(CaseStep.DECISION_PROPOSED, StartController.WORK_LIST_SIZE)))
                .thenReturn(Pages.page());
        String chair = mvc.perform(get("/").with(Pages.signedIn("ordforande", "LSG_CHAIR")))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(chair).contains("Förslag till beslut som väntar", "Inga förslag väntar på beslut.")
                .doesNotContain("Att registrera", "Ta emot ärende");

        var mine = new se.rjh.mtp.api.cases.view.CaseListItem("m", "MTP/1/2026", CaseStep.IN_PREPARATION, null, null,
                "Mitt ärende", "Ann", LocalDate.of(2026, 11, 2), LocalDate.of(2026, 11, 3), "handlaggare", false);
        var theirs = new se.rjh.mtp.api.cases.view.CaseListItem("t", "MTP/2/2026", CaseStep.IN_PREPARATION, null, null,
                "Någon annans", "Bo", LocalDate.of(2026, 11, 2), LocalDate.of(2026, 11, 3), "annan", false);
        when(cases.list(CaseFilter.inStep(CaseStep.IN_PREPARATION, StartController.WORK_LIST_SIZE)))
                .thenReturn(Pages.page(mine, theirs));
        when(cases.list(CaseFilter.inStep(CaseStep.IN_CONSULTATION, StartController.WORK_LIST_SIZE)))
                .thenReturn(Pages.page());
        String officer = mvc.perform(get("/").with(Pages.signedIn("handlaggare", "CASE_OFFICER")))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(officer).contains("Mina ärenden", "Mitt ärende").doesNotContain("Någon annans");
    }
}
