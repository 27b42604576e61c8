package se.rjh.mtp.portal.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import se.rjh.mtp.api.reporting.view.GenerationDigests;
import se.rjh.mtp.api.reporting.view.ReadModelDigest;
import se.rjh.mtp.api.reporting.view.ReplayStatus;
import se.rjh.mtp.api.reporting.view.ReplayStatus.State;
import se.rjh.mtp.portal.cases.ServiceRefusal;
import se.rjh.mtp.portal.web.PortalWebMvcTest;
import se.rjh.mtp.portal.SignedInPages;

@PortalWebMvcTest
class ReplayPageControllerTest {

    static final GenerationDigests BEFORE = new GenerationDigests(Map.of(
            "audit_log", new ReadModelDigest(12, "a".repeat(64)), "case_rows", new ReadModelDigest(2, "b".repeat(64))));

    @Autowired
    MockMvc mvc;
    @Autowired
    AuditGateway audit;

    @Test
    void aRunningReplayShowsItsProgressAndPollsForMore() throws Exception {
        when(audit.replayStatus()).thenReturn(running(42.5));

        String page = show("/granskning/omspelning", false);

        assertThat(page).contains("<html", "<progress", "value=\"42.5\"", "aria-valuenow=\"42.5\"",
                "hx-get=\"/granskning/omspelning/status\"", "hx-trigger=\"every 1s\"", "Pågår",
                "42,5 %: 85 av 200 händelser, 900 händelser per sekund", "Inte klar ännu", "aria-live=\"polite\"");
    }

    @Test
    void htmxPollingGetsOnlyTheProgressAndADoneReplayStopsPollingAndComparesTheDigests() throws Exception {
        when(audit.replayStatus()).thenReturn(new ReplayStatus(State.DONE, 2, 2, 200, 200, 100.0, 950.0,
                Instant.now(), Instant.now(), null, BEFORE, BEFORE));

        String fragment = show("/granskning/omspelning/status", true);

        assertThat(fragment).startsWith("<div id=\"replay-progress\"").doesNotContain("<html", "hx-trigger")
                .contains("Klar", "Alla läsmodeller är identiska", "audit_log", "a".repeat(64), "12 dokument");
        // Both read models, and the summary above them.
        assertThat(fragment.split(">Identisk<", -1)).hasSize(4);
    }

    @Test
    void aDigestThatDiffersIsSaidInWords() throws Exception {
        GenerationDigests after = new GenerationDigests(Map.of("audit_log", new ReadModelDigest(12, "a".repeat(64)),
                "case_rows", new ReadModelDigest(3, "c".repeat(64))));
        when(audit.replayStatus()).thenReturn(new ReplayStatus(State.DONE, 2, 2, 200, 200, 100.0, 950.0,
                Instant.now(), Instant.now(), null, BEFORE, after));

        assertThat(show("/granskning/omspelning", false)).contains("Minst en läsmodell skiljer sig", ">Skiljer sig<")
                .doesNotContain("Alla läsmodeller är identiska");
    }

    @Test
    void startingAReplayRedirectsWithABannerOrAnswersHtmxWithTheProgress() throws Exception {
        when(audit.startReplay()).thenReturn(running(0));

        mvc.perform(post("/granskning/omspelning").with(csrf()).with(AuditPages.signedIn("revisor", "AUDITOR")))
                .andExpect(status().is3xxRedirection()).andExpect(redirectedUrl("/granskning/omspelning"))
                .andExpect(flash().attribute("banner", "audit.replay.started"));
        String fragment = SignedInPages.read(mvc, post("/granskning/omspelning").with(csrf()).header("HX-Request", "true"), "admin", "ADMIN");
        assertThat(fragment).startsWith("<div id=\"replay-progress\"").contains("hx-trigger=\"every 1s\"");
    }

    @Test
    void aReplayAlreadyRunningIsShownInsteadOfAnError() throws Exception {
        when(audit.startReplay()).thenThrow(new ServiceRefusal(409, "running", List.of()));
        when(audit.replayStatus()).thenReturn(running(10));

        String page = SignedInPages.read(mvc, post("/granskning/omspelning").with(csrf()), "revisor", "AUDITOR");
        assertThat(page).contains("En omspelning pågår redan", "aria-valuenow=\"10.0\"");
    }

    @Test
    void otherRolesGetTheForbiddenPage() throws Exception {
        mvc.perform(get("/granskning/omspelning").with(AuditPages.signedIn("registrator", "REGISTRAR")))
                .andExpect(status().isForbidden());
        mvc.perform(post("/granskning/omspelning").with(csrf()).with(AuditPages.signedIn("ordforande", "LSG_CHAIR")))
                .andExpect(status().isForbidden());
        verify(audit, never()).startReplay();
    }

    private static ReplayStatus running(double percent) {
        return new ReplayStatus(State.RUNNING, 2, 1, 200, 85, percent, 900.0, Instant.now(), null, null, BEFORE,
                null);
    }

    private String show(String path, boolean htmx) throws Exception {
        var request = get(path)
                .with(AuditPages.signedIn("revisor", "AUDITOR"));
        if (htmx) {
            request.header("HX-Request", "true");
        }
        return mvc.perform(request).andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
    }
}
