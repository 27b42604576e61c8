package se.rjh.mtp.system;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * reporting-service's dashboard page in headless Chromium: a case created over case-service's API while the page is
 * open shows up in the chart through server-sent events, on the same page (a marker set in the page survives, so
 * nothing reloaded it).
 */
@ExtendWith(CaseAndReporting.class)
class DashboardBrowserTest {

    private static final String VALUE =
            "mtpDashboard.chartValue('chart-case-types', mtpDashboard.typeLabel('REPROCESSING'))";

    @Test
    void aCaseCreatedOverTheApiAppearsInTheChartWithoutAReload(CaseAndReporting.Running system) throws Exception {
        Chromium.binary();
        try (Chromium browser = Chromium.start()) {
            browser.send("Network.enable", Map.of());
            browser.send("Network.setExtraHTTPHeaders",
                    Map.of("headers", Map.of("Authorization", CorrelatedRequests.basic("lag"))));
            browser.send("Page.navigate", Map.of("url", system.reporting().baseUrl() + "/"));
            CaseAndReporting.await("the dashboard page to load its figures", () -> browser.evaluate(
                    "window.mtpDashboard !== undefined && window.mtpDashboard.ready === true"),
                    v -> v != null && v.asBoolean());
            assertThat(browser.evaluate("document.title").asText()).contains("instrumentpanel");
            assertThat(browser.evaluate("typeof echarts.init").asText()).isEqualTo("function");
            browser.evaluate("window.samePageMarker = 'kvar'");
            int before = browser.evaluate(VALUE).asInt();

            Http.Response created = Http.post(system.cases().baseUrl() + "/api/cases", "registrator", """
                    {"subject": "Diskdesinfektor", "description": "Upparbetning av engångsartiklar",
                     "caseType": "REPROCESSING", "channel": "FORM",
                     "submitter": {"name": "Ann Al", "unit": "Sterilcentralen", "email": "ann@example.se"},
                     "receivedOn": "2026-11-20"}
                    """);
            assertThat(created.status()).as(created.body()).isEqualTo(201);

            JsonNode after = CaseAndReporting.await("the new case in the chart", () -> browser.evaluate(VALUE),
                    v -> v != null && v.asInt() == before + 1);
            assertThat(after.asInt()).isEqualTo(before + 1);
            assertThat(browser.evaluate("window.samePageMarker").asText()).isEqualTo("kvar");
            assertThat(browser.evaluate("window.mtpDashboard.updates").asInt()).isPositive();
        }
    }
}
