package se.rjh.mtp.reporting;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import se.rjh.mtp.api.cases.CaseReceived;
import se.rjh.mtp.api.cases.CaseType;
import se.rjh.mtp.api.cases.Channel;
import se.rjh.mtp.api.cases.Submitter;

/**
 * The dashboard page in headless Chromium: a case that arrives while the page is open shows up in the chart through
 * server-sent events, on the same page (a marker set in the page survives, so nothing reloaded it).
 */
@ExtendWith(TestSystemExtension.class)
class DashboardBrowserTest {

    private static final Duration WAIT = Duration.ofSeconds(60);
    private static final String VALUE = "mtpDashboard.chartValue('chart-case-types', mtpDashboard.typeLabel('REPROCESSING'))";

    @Test
    void aNewCaseAppearsInTheChartWithoutAReload(TestSystem system) throws Exception {
        Chromium.binary();
        try (Chromium browser = Chromium.start()) {
            browser.send("Network.enable", Map.of());
            browser.send("Network.setExtraHTTPHeaders", Map.of("headers", Map.of("Authorization", Http.basic("lag"))));
            browser.send("Page.navigate", Map.of("url", system.baseUrl() + "/"));
            Http.await("the dashboard page to load its figures", () -> browser.evaluate(
                    "window.mtpDashboard !== undefined && window.mtpDashboard.ready === true"),
                    v -> v != null && v.asBoolean(), WAIT);
            assertThat(browser.evaluate("document.title").asText()).contains("instrumentpanel");
            assertThat(browser.evaluate("typeof echarts.init").asText()).isEqualTo("function");
            browser.evaluate("window.samePageMarker = 'kvar'");
            int before = browser.evaluate(VALUE).asInt();

            String caseId = "browser-" + System.nanoTime();
            EventFactory factory = new EventFactory(system.serializer);
            system.publish(List.of(factory.event("Case", caseId, new CaseReceived(caseId, "Diskdesinfektor",
                    "Upparbetning av engångsartiklar", CaseType.REPROCESSING, Channel.FORM,
                    new Submitter("Ann Al", "Sterilcentralen", "ann@example.se"), LocalDate.now(), null),
                    "registrator", "corr-browser", Instant.now())));

            JsonNode after = Http.await("the new case in the chart", () -> browser.evaluate(VALUE),
                    v -> v != null && v.asInt() == before + 1, WAIT);
            assertThat(after.asInt()).isEqualTo(before + 1);
            assertThat(browser.evaluate("window.samePageMarker").asText()).isEqualTo("kvar");
            assertThat(browser.evaluate("window.mtpDashboard.updates").asInt()).isPositive();
        }
    }
}
