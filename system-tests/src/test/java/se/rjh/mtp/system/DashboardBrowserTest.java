package se.rjh.mtp.system;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import se.rjh.mtp.testsupport.Await;
import se.rjh.mtp.testsupport.Browser;
import se.rjh.mtp.testsupport.TestHttp;

/**
 * reporting-service's dashboard page in headless Chromium (Selenium WebDriver): a case created over case-service's
 * API while the page is open shows up in the chart through server-sent events, on the same page (a marker set in
 * the page survives, so nothing reloaded it).
 */
@ExtendWith(CaseAndReporting.class)
class DashboardBrowserTest {

    private static final String VALUE =
            "mtpDashboard.chartValue('chart-case-types', mtpDashboard.typeLabel('REPROCESSING'))";

    @Test
    void aCaseCreatedOverTheApiAppearsInTheChartWithoutAReload(CaseAndReporting.Running system) {
        try (Browser browser = Browser.start()) {
            // The page, its scripts and its event stream all need the demo user's Basic credentials.
            browser.driver().executeCdpCommand("Network.enable", Map.of());
            browser.driver().executeCdpCommand("Network.setExtraHTTPHeaders",
                    Map.of("headers", Map.of("Authorization", TestHttp.basic("lag"))));
            browser.driver().get(system.reporting().baseUrl() + "/");
            Await.value("the dashboard page to load its figures", () -> browser.evaluate(
                    "window.mtpDashboard !== undefined && window.mtpDashboard.ready === true"), Boolean.TRUE::equals);
            assertThat(browser.driver().getTitle()).contains("instrumentpanel");
            assertThat(browser.evaluate("typeof echarts.init")).isEqualTo("function");
            browser.evaluate("window.samePageMarker = 'kvar'");
            long before = number(browser.evaluate(VALUE));

            TestHttp.Response created = TestHttp.post(system.cases().baseUrl() + "/api/cases", "registrator", """
                    {"subject": "Diskdesinfektor", "description": "Upparbetning av engångsartiklar",
                     "caseType": "REPROCESSING", "channel": "FORM",
                     "submitter": {"name": "Ann Al", "unit": "Sterilcentralen", "email": "ann@example.se"},
                     "receivedOn": "2026-11-20"}
                    """);
            assertThat(created.status()).as(created.body()).isEqualTo(201);

            Object after = Await.value("the new case in the chart", () -> browser.evaluate(VALUE),
                    v -> v instanceof Number n && n.longValue() == before + 1);
            assertThat(number(after)).isEqualTo(before + 1);
            assertThat(browser.evaluate("window.samePageMarker")).isEqualTo("kvar");
            assertThat(number(browser.evaluate("window.mtpDashboard.updates"))).isPositive();
        }
    }

    private static long number(Object value) {
        assertThat(value).isInstanceOf(Number.class);
        return ((Number) value).longValue();
    }
}
