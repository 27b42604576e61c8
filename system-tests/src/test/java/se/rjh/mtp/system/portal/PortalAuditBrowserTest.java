package se.rjh.mtp.system.portal;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Duration;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.Select;
import se.rjh.mtp.system.SystemUnderTest.Service;
import se.rjh.mtp.testsupport.Await;
import se.rjh.mtp.testsupport.Browser;
import se.rjh.mtp.testsupport.TestHttp;

/**
 * The auditor's views in headless Chromium (issue 17). A case is taken to a decision over case-service's API with the
 * demo users (fast); the auditor finds it, reads its trail across services and narrows it with an htmx swap, views the
 * case as it stood before its decision, checks the hash chains, runs a replay of the read models with the progress
 * shown and sees identical digests, and reads the diarium. The chair then sees the dashboard and no Granskning; the
 * operator (ADMIN) sees the checks (chains, replay, diarium) but not the case's trail; both refusals are the 403 page.
 * Every view passes the accessibility gate; the trail's screenshot ({@code granskning-spar}) goes to the README.
 *
 * <p>The stack is a {@link PortalStack} with case-service and reporting-service.
 */
class PortalAuditBrowserTest {

    @RegisterExtension
    static final PortalStack portal = PortalStack.of(Service.CASES, Service.REPORTING);

    private static String caseId;
    private static String caseNumber;

    @BeforeAll
    static void decideACase() throws Exception {
        String cases = portal.system().cases().baseUrl() + "/api/cases";
        TestHttp.Response created = TestHttp.post(cases, "registrator", """
                {"subject": "Infusionspump larmar inte", "description": "Larmet hörs inte på avdelningen",
                 "caseType": "OTHER", "channel": "EMAIL", "submitter": {"name": "Eva Ek", "unit": "IVA"}}
                """);
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        caseId = created.json().get("id").asText();
        String path = cases + "/" + caseId;
        ok(TestHttp.post(path + "/registration", "registrator", "{\"classification\": \"2.3.1\"}"));
        ok(TestHttp.post(path + "/preparation", "handlaggare", "{\"caseOfficer\": \"handlaggare\"}"));
        ok(TestHttp.post(path + "/proposal", "handlaggare",
                "{\"proposal\": \"Byt larmmodul\", \"rationale\": \"Fel i modulen\", \"noConsultationReason\": \"Intern\"}"));
        ok(TestHttp.post(path + "/decision", "ordforande",
                "{\"decision\": \"Larmmodulen byts\", \"decidedBy\": \"LSG\", \"followUps\": []}"));
        caseNumber = TestHttp.get(path, "revisor").json().get("caseNumber").asText();
        // reporting-service has the whole trail once the decision has come over Kafka.
        String trail = portal.system().reporting().baseUrl() + "/api/audit/cases/" + caseId;
        Await.value("the decision in the trail", Duration.ofSeconds(60), () -> TestHttp.get(trail, "revisor"),
                r -> r.status() == 200 && r.body().contains("CaseDecided"));
    }

    @Test
    void theAuditorReadsTheTrailSeesTheCaseBeforeItsDecisionAndReplaysWithIdenticalDigests() throws Exception {
        // The auditor's start: the views, and a search for the case.
        try (PortalBrowser portalBrowser = PortalBrowser.signedIn(portal, "/", "revisor", "Mitt arbete")) {
            ChromeDriver driver = portalBrowser.driver();
            Browser browser = portalBrowser.browser();
            portalBrowser.follow("Granskning", "Granskning");
            driver.findElement(By.id("q")).sendKeys(caseNumber);
            driver.findElement(By.cssSelector("form[role=search] button[type=submit]")).click();
            // The same page comes back with the results: wait on the source, which never goes stale.
            Await.until("the case found", Duration.ofSeconds(10),
                    () -> driver.getPageSource().contains("Infusionspump larmar inte"));
            portalBrowser.view("granskning");

            // The trail: who did what and when, with the correlation id of each request.
            driver.findElement(By.partialLinkText("Spår")).click();
            portalBrowser.page("Ärendets spår");
            assertThat(portalBrowser.text()).contains("Granskning av ärende " + caseId, "Ärendet togs emot",
                    "Diarienummer tilldelades", "Förslag till beslut", "Beslut", "registrator", "handlaggare",
                    "ordforande", "Ärendetjänsten");
            assertThat(driver.findElements(By.cssSelector("#trail-results tbody tr"))).hasSizeGreaterThanOrEqualTo(6);
            assertThat(driver.findElements(By.cssSelector("#trail-results tbody code")).get(0).getText()).isNotBlank();
            portalBrowser.view("granskning-spar");

            // The filters: the results swapped by htmx, the address pushed, the page itself kept.
            browser.evaluate("window.samePageMarker = 'kvar'");
            driver.findElement(By.xpath("//summary[contains(., 'Filtrera händelserna')]")).click();
            new Select(driver.findElement(By.id("actor"))).selectByValue("ordforande");
            driver.findElement(By.cssSelector("form[role=search] button[type=submit]")).click();
            Await.until("the filtered address", Duration.ofSeconds(10),
                    () -> driver.getCurrentUrl().contains("actor=ordforande"));
            Await.until("the swapped results", Duration.ofSeconds(10),
                    () -> String.valueOf(textOf(browser, "trail-results")).matches("(?s)\\s*1 av \\d+ händelser visas.*"));
            assertThat(browser.evaluate("window.samePageMarker")).isEqualTo("kvar");
            assertThat(driver.findElement(By.id("trail-results")).getText()).contains("Beslut")
                    .doesNotContain("Ärendet togs emot");
            assertThat(driver.findElement(By.partialLinkText("CSV")).getAttribute("href"))
                    .contains("spar.csv", "actor=ordforande");
            AccessibilityGate.check(driver, "granskning-spar-efter-htmx-byte");

            // The case as it stood before its decision: right after the proposal.
            portalBrowser.go("/granskning/arenden/" + caseId);
            portalBrowser.page("Ärendets spår");
            driver.findElement(By.xpath("//tr[th[starts-with(normalize-space(.), 'Förslag till beslut')]]"
                    + "//a[contains(., 'Ärendet efter denna händelse')]")).click();
            portalBrowser.page("Ärendet vid en tidpunkt");
            assertThat(driver.findElement(By.cssSelector(".govuk-summary-list .govuk-tag")).getText())
                    .isEqualTo("Förslag till beslut");
            assertThat(portalBrowser.text()).contains(caseNumber, "Infusionspump larmar inte")
                    .doesNotContain("Beslutat");
            portalBrowser.view("granskning-tidpunkt");

            // The hash chains, service by service.
            portalBrowser.go("/granskning");
            portalBrowser.follow("Hashkedjor", "Hashkedjor");
            assertThat(driver.findElement(By.xpath("//tr[th[normalize-space()='Ärendetjänsten']]")).getText())
                    .contains("Obruten").doesNotContain("Bruten");
            portalBrowser.view("granskning-hashkedjor");

            // The replay: started by the auditor, its progress polled by htmx, the digests compared.
            portalBrowser.go("/granskning");
            portalBrowser.follow("Omspelning", "Omspelning");
            portalBrowser.view("granskning-omspelning");
            driver.findElement(By.id("start-replay")).click();
            Await.until("the progress bar", Duration.ofSeconds(10),
                    () -> !driver.findElements(By.id("replay-bar")).isEmpty());
            // htmx replaces the progress every second, so it is read in the page, never held as an element.
            Await.until("the replay done", Duration.ofSeconds(60), () -> "Klar".equals(textOf(browser, "replay-state")));
            assertThat(driver.findElement(By.id("replay-bar")).getAttribute("aria-valuenow")).isEqualTo("100.0");
            assertThat(portalBrowser.text()).contains("Alla läsmodeller är identiska", "Identisk")
                    .doesNotContain("Skiljer sig");
            assertThat(driver.findElement(By.id("replay-progress")).getAttribute("hx-trigger")).isNull();
            portalBrowser.view("granskning-omspelning-klar");

            // The diarium as the public sees it.
            portalBrowser.go("/granskning/diarium");
            portalBrowser.page("Diarium");
            assertThat(portalBrowser.text()).contains(caseNumber, "Infusionspump larmar inte", "Offentligt");
            portalBrowser.view("granskning-diarium");

            // The chair: the dashboard, and no auditor's views.
            portalBrowser.signOut();
            portalBrowser.go("/statistik");
            portalBrowser.signIn("ordforande");
            portalBrowser.page("Statistik");
            assertThat(portalBrowser.text()).contains("Ärenden per steg", "Beslutat", "Ärenden per ärendetyp", "Övrigt")
                    .doesNotContain("Granskning", "DECIDED");
            portalBrowser.view("statistik");
            portalBrowser.go("/granskning");
            portalBrowser.page("Du har inte behörighet");
            assertThat(portalBrowser.text()).contains("Din roll får inte se eller göra detta.");
            portalBrowser.view("ingen-behorighet");

            // The operator: the checks, but not the cases' contents (as reporting-service decides).
            portalBrowser.signOut();
            portalBrowser.go("/granskning");
            portalBrowser.signIn("admin");
            portalBrowser.page("Granskning");
            assertThat(portalBrowser.text()).contains("visas bara för revisorn", "Hashkedjor", "Omspelning", "Diarium")
                    .doesNotContain("Sök ärende");
            portalBrowser.view("granskning-admin");
            // The checks as the operator has them: the same pages as the auditor's.
            portalBrowser.follow("Hashkedjor", "Hashkedjor");
            assertThat(driver.findElement(By.xpath("//tr[th[normalize-space()='Ärendetjänsten']]")).getText())
                    .contains("Obruten");
            AccessibilityGate.check(driver, "granskning-hashkedjor-admin");
            portalBrowser.go("/granskning");
            portalBrowser.follow("Omspelning", "Omspelning");
            assertThat(driver.findElements(By.id("start-replay"))).isNotEmpty();
            AccessibilityGate.check(driver, "granskning-omspelning-admin");
            portalBrowser.go("/granskning");
            portalBrowser.follow("Diarium", "Diarium");
            assertThat(portalBrowser.text()).contains(caseNumber, "Infusionspump larmar inte");
            AccessibilityGate.check(driver, "granskning-diarium-admin");
            portalBrowser.go("/granskning/arenden/" + caseId);
            portalBrowser.page("Du har inte behörighet");
            assertThat(portalBrowser.text()).contains("Din roll får inte se eller göra detta.")
                    .doesNotContain("Infusionspump larmar inte");
            AccessibilityGate.check(driver, "ingen-behorighet-admin");
        }
    }

    /** An element's text read in the page at once (an htmx swap between finding and reading cannot go stale). */
    private static Object textOf(Browser browser, String id) {
        String element = "document.getElementById('" + id + "')";
        return browser.evaluate(element + " ? " + element + ".textContent.trim() : null");
    }

    private static void ok(TestHttp.Response response) {
        assertThat(response.status() / 100).as(response.body()).isEqualTo(2);
    }
}
