package se.rjh.mtp.portal.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import se.rjh.mtp.api.cases.CaseStep;
import se.rjh.mtp.api.reporting.view.AuditTrail;
import se.rjh.mtp.api.reporting.view.CaseAtInstant;
import se.rjh.mtp.api.reporting.view.CaseRow;
import se.rjh.mtp.api.reporting.view.CaseStepEntered;
import se.rjh.mtp.portal.cases.ServiceRefusal;
import se.rjh.mtp.portal.web.PortalWebMvcTest;
import se.rjh.mtp.portal.SignedInPages;

@PortalWebMvcTest
class CaseAuditControllerTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    AuditGateway audit;

    @BeforeEach
    void aCaseWithATrailAcrossServices() {
        when(audit.trail("c-1")).thenReturn(new AuditTrail("c-1", List.of(
                AuditPages.entry("2026-11-20T09:00:00Z", "case-service", "c-1", 0, "CaseReceived", "registrator",
                        "corr-1", Map.of("subject", "Diskdesinfektor")),
                AuditPages.entry("2026-11-21T09:00:00Z", "group-service", "a-1", 0, "AssignmentIssued", "ordforande",
                        "corr-2", Map.of("caseId", "c-1")),
                AuditPages.entry("2026-11-22T13:30:00.250Z", "case-service", "c-1", 1, "CaseDecided", "=HYPERLINK(\"x\")",
                        "corr-3", Map.of("decision", "+godkänt")))));
    }

    @Test
    void theAuditorSeesWhoDidWhatWhenWithTheCorrelationIdAndALinkToTheStateAfterEachCaseEvent() throws Exception {
        String page = page(get("/granskning/arenden/c-1"), "revisor", "AUDITOR");

        assertThat(page).contains("<html", "Ärendets spår", "3 av 3 händelser visas", "Ärendet togs emot",
                "AssignmentIssued", "Grupptjänsten", "registrator", "corr-2", "2026-11-20 10:00:00",
                "href=\"/granskning/arenden/c-1/tidpunkt?datum=2026-11-22&amp;tid=14:30:00.250\"",
                "<caption", "scope=\"col\"", "hx-get=\"/granskning/arenden/c-1\"", "hx-push-url=\"true\"");
        // No filter in use: the filters are folded away.
        assertThat(page).doesNotContain("open=\"open\"");
        // The group's event is not the case's own: no point-in-time link for it.
        assertThat(page.split("Ärendet efter denna händelse", -1)).hasSize(3);
    }

    @Test
    void theFiltersNarrowTheTrailAndHtmxGetsOnlyTheResults() throws Exception {
        String fragment = SignedInPages.read(mvc, get("/granskning/arenden/c-1").param("service", "case-service")
                        .param("from", "2026-11-21").header("HX-Request", "true"), "revisor", "AUDITOR");

        assertThat(fragment).startsWith("<div id=\"trail-results\"").doesNotContain("<html", "<form")
                .contains("1 av 3 händelser visas", "Beslut")
                .doesNotContain("Ärendet togs emot", "AssignmentIssued")
                .contains("spar.csv?service=case-service&amp;eventType=&amp;actor=&amp;from=2026-11-21&amp;to=");
    }

    @Test
    void anUnreadableDateIsShownInTheErrorSummaryAndAtItsField() throws Exception {
        String page = page(get("/granskning/arenden/c-1").param("to", "i går"), "revisor", "AUDITOR");

        assertThat(page).contains("open=\"open\"", "govuk-error-summary", "href=\"#to\"", "id=\"to-error\"",
                "Ange datum i formatet ÅÅÅÅ-MM-DD", "3 av 3 händelser visas");
    }

    @Test
    void theCsvHoldsWhatTheFiltersShowWithFormulasNeutralised() throws Exception {
        String csv = mvc.perform(get("/granskning/arenden/c-1/spar.csv").param("service", "case-service")
                        .with(AuditPages.signedIn("revisor", "AUDITOR")))
                .andExpect(status().isOk())
                .andExpect(content().contentTypeCompatibleWith("text/csv"))
                .andExpect(header().string("Content-Disposition", "attachment; filename=\"granskning-c-1.csv\""))
                .andReturn().getResponse().getContentAsString();

        String[] lines = csv.split("\r\n");
        assertThat(lines).hasSize(3);
        assertThat(lines[0]).startsWith("timestamp,service,");
        assertThat(lines[2]).contains(",\"'=HYPERLINK(\"\"x\"\")\",", "\"{\"\"decision\"\":\"\"+godkänt\"\"}\"")
                .doesNotContain(",=HYPERLINK");
        assertThat(csv).doesNotContain("group-service");
    }

    @Test
    void theCaseAsItStoodIsAskedForInTheRegionsTimeZone() throws Exception {
        Instant asked = Instant.parse("2026-11-22T13:30:00.250Z");
        when(audit.caseAt("c-1", asked)).thenReturn(new CaseAtInstant("c-1", asked.toString(), 5,
                "DecisionProposed", "2026-11-22T10:00:00Z", new CaseRow("c-1", "MTP/7/2026", "Diskdesinfektor",
                "REPROCESSING", "FORM", CaseStep.DECISION_PROPOSED, "2026-11-20", "Ann Al", false,
                List.of(new CaseStepEntered(CaseStep.RECEIVED, 1_795_597_200_000L)), List.of(), 4),
                Map.of("proposal", "Godkänn")));

        String page = page(get("/granskning/arenden/c-1/tidpunkt").param("datum", "2026-11-22")
                .param("tid", "14:30:00.250"), "revisor", "AUDITOR");

        assertThat(page).contains("Ärendet den 2026-11-22 14:30:00", "Förslag till beslut", "MTP/7/2026",
                "Upparbetning", "Webbformulär", "Godkänn", "2026-11-22 11:00:00");
    }

    @Test
    void aTimeBeforeTheCaseAndAnUnreadableTimeAreSaidInWords() throws Exception {
        when(audit.caseAt(anyString(), any())).thenThrow(new ServiceRefusal(404, "not found", List.of()));

        assertThat(page(get("/granskning/arenden/c-1/tidpunkt").param("datum", "2026-01-01").param("tid", "08:00"),
                "revisor", "AUDITOR")).contains("Ärendet hade inga händelser ännu den 2026-01-01 08:00:00");
        assertThat(page(get("/granskning/arenden/c-1/tidpunkt").param("datum", "2026-01-01").param("tid", "8 på morgonen"),
                "revisor", "AUDITOR")).contains("href=\"#tid\"", "Ange klockslag i formatet TT:MM");
    }

    @Test
    void otherRolesGetTheForbiddenPageAndTheAdminDoesNotReadCaseContents() throws Exception {
        for (String[] who : new String[][]{{"lag", "LAG_MEMBER"}, {"ordforande", "LSG_CHAIR"}, {"admin", "ADMIN"}}) {
            mvc.perform(get("/granskning/arenden/c-1").with(AuditPages.signedIn(who[0], who[1])))
                    .andExpect(status().isForbidden());
            mvc.perform(get("/granskning/arenden/c-1/spar.csv").with(AuditPages.signedIn(who[0], who[1])))
                    .andExpect(status().isForbidden());
        }
        mvc.perform(get("/granskning").with(AuditPages.signedIn("handlaggare", "CASE_OFFICER")))
                .andExpect(status().isForbidden());
        verify(audit, never()).trail(anyString());
        String admin = page(get("/granskning"), "admin", "ADMIN");
        assertThat(admin).contains("visas bara för revisorn", "href=\"/granskning/omspelning\"")
                .doesNotContain("Granska ett ärende");
    }

    @Test
    void theNavigationShowsGranskningOnlyToAuditorsAndAdmins() throws Exception {
        assertThat(page(get("/granskning"), "revisor", "AUDITOR")).contains("href=\"/granskning\"", "Granska ett ärende");
    }

    private String page(org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder request,
                        String name, String role) throws Exception {
        return mvc.perform(request.with(AuditPages.signedIn(name, role))).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();
    }
}
