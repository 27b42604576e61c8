package se.rjh.mtp.portal.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import se.rjh.mtp.api.cases.CaseStep;
import se.rjh.mtp.portal.cases.CaseFilter;
import se.rjh.mtp.portal.cases.CaseGateway;

@PortalWebMvcTest
class StartControllerTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    CaseGateway cases;

    @Test
    void theRegistrarSeesWhatWaitsForRegistrationOldestFirstWithDaysWaiting() throws Exception {
        LocalDate today = LocalDate.now(ZoneId.of("Europe/Stockholm"));
        when(cases.list(CaseFilter.inStep(CaseStep.RECEIVED, StartController.WORK_LIST_SIZE))).thenReturn(Pages.page(
                Pages.received("new", "Nyare ärende", today.minusDays(1)),
                Pages.received("old", "Äldre ärende", today.minusDays(12))));

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
