package se.rjh.mtp.system.portal;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.Select;
import se.rjh.mtp.system.SystemUnderTest;
import se.rjh.mtp.testsupport.Await;
import se.rjh.mtp.testsupport.TestHttp;

/**
 * The register of in-house devices in the portal. An IN_HOUSE_MANUFACTURING case is decided through case-service's
 * API (fast, as the demo users); group-service proposes a register entry from the decision. The chair opens it in
 * the portal, fills in its details, starts development, tries to release it and is refused with the list of what is
 * missing, records the market search, the GSPR checklist and the information to IVO, releases it through the check
 * page and takes it into use, reviews it through the review's task list and fills in a withdrawal up to its check
 * page without confirming it. Signed out, anyone sees it on the public declaration, which the server renders whole
 * (a plain HTTP GET has it, no script needed). Each distinct view passes the accessibility gate.
 */
class PortalRegisterBrowserTest {


    private static final String REVIEW = "Granskning av erfarenheterna från klinisk användning";

    @RegisterExtension
    static final PortalStack portal = PortalStack.of(SystemUnderTest.Service.CASES, SystemUnderTest.Service.GROUPS);

    @Test
    void aDecidedInHouseDeviceIsReleasedTakenIntoUseAndDeclaredPublicly() throws Exception {
        String caseNumber = decidedInHouseCase();
        // group-service proposes the register entry from the decision on mtp.cases.events.
        String deviceId = Await.value("the proposed register entry", Duration.ofSeconds(60),
                () -> TestHttp.get(portal.system().groups().baseUrl() + "/api/devices?q=Doseringskalkylator", "ordforande"),
                r -> r.status() == 200 && r.json().get("total").asLong() > 0)
                .json().get("items").get(0).get("id").asText();

        try (PortalBrowser browser = PortalBrowser.signedIn(portal, "/egentillverkning", "ordforande",
                "Egentillverkade produkter")) {
            ChromeDriver driver = browser.driver();
            assertThat(browser.text()).contains(deviceId, "Föreslagen");
            browser.view("egentillverkning");

            // The filter form: htmx swaps the results and pushes the address.
            browser.browser().evaluate("window.samePageMarker = 'kvar'");
            new Select(driver.findElement(By.id("status"))).selectByValue("PROPOSED");
            driver.findElement(By.cssSelector("form[role=search] button[type=submit]")).click();
            Await.until("the filtered address", Duration.ofSeconds(10), () -> driver.getCurrentUrl().contains("status=PROPOSED"));
            Await.until("the swapped results", Duration.ofSeconds(10),
                    () -> driver.findElement(By.id("register-results")).getText().contains(deviceId));
            assertThat(browser.browser().evaluate("window.samePageMarker")).isEqualTo("kvar");
            AccessibilityGate.check(driver, "egentillverkning-efter-htmx-byte");

            driver.findElement(By.cssSelector("#register-results a[href$='/" + deviceId + "']")).click();
            browser.page("Doseringskalkylator");
            assertThat(browser.text()).contains("Egentillverkad produkt " + deviceId, "Föreslagen", caseNumber);

            // The details: what the case did not say.
            browser.follow("Ändra uppgifterna", "Produktens uppgifter");
            browser.view("produktens-uppgifter");
            type(driver, "deviceVersion", "2.1");
            driver.findElement(By.id("kind")).click();
            type(driver, "intendedPurpose", "Beräknar dosen av cytostatika utifrån kroppsyta och protokoll");
            type(driver, "targetGroup", "Vuxna med cancer");
            new Select(driver.findElement(By.id("riskClass"))).selectByValue("MDR_IIA");
            type(driver, "classificationRule", "Regel 11");
            type(driver, "classificationRationale", "Programvara som ger information för beslut om behandling");
            type(driver, "manufacturingSite", "Sjukhusapoteket Östersund");
            type(driver, "qmsReference", "LIS 2026:4");
            type(driver, "riskManagementFileRef", "RISK-12");
            type(driver, "documentationRef", "DOK-77");
            submit(driver, "/uppgifter");
            browser.page("Doseringskalkylator");
            assertThat(browser.text()).contains("Produktens uppgifter är sparade.", "MDR klass IIa", "Regel 11");

            // The device page answers with itself: wait for the new one before reading it.
            browser.reloadBy(() -> driver.findElement(By.xpath("//button[normalize-space()='Starta utvecklingen']"))
                    .click());
            browser.page("Doseringskalkylator");
            assertThat(browser.text()).contains("Utvecklingen av produkten har startat.", "Under utveckling");
            browser.view("egentillverkad-produkt");

            // A release now is refused with what is missing, each item a link to its form.
            browser.follow("Frisläpp produkten", "Fel: Kontrollera innan du frisläpper produkten");
            browser.reloadBy(() -> driver.findElement(By.cssSelector("form[action$='/frislapp'] button[type=submit]"))
                    .click());
            browser.page("Fel: Kontrollera innan du frisläpper produkten");
            String summary = driver.findElement(By.cssSelector(".govuk-error-summary")).getText();
            assertThat(summary).contains("Det här saknas innan produkten kan frisläppas", "Marknadssökningen saknas",
                    "Besvara krav 1, 2, 3", "Registrera informationen till IVO");
            browser.view("frislapp-saknas");

            driver.findElement(By.partialLinkText("Marknadssökningen saknas")).click();
            browser.page("Marknadssökning och motivering");
            type(driver, "nonEquivalenceJustification", "Ingen CE-märkt kalkylator räknar med regionens protokoll");
            type(driver, "result", "Tre kalkylatorer jämförda; ingen stöder protokollet");
            // Unanswered, "was there an equivalent device?" is asked again, never sent as "no".
            submit(driver, "/marknadssokning");
            browser.page("Fel: Marknadssökning och motivering");
            assertThat(driver.findElement(By.cssSelector(".govuk-error-summary")).getText())
                    .contains("Välj om det fanns en likvärdig CE-märkt produkt");
            browser.view("marknadssokning-obesvarad");
            driver.findElement(By.id("equivalentDeviceFound-false")).click();
            submit(driver, "/marknadssokning");
            browser.page("Doseringskalkylator");

            browser.follow("Fyll i GSPR-checklistan", "Allmänna krav på säkerhet och prestanda");
            List<WebElement> lines = driver.findElements(By.cssSelector(".mtp-gspr-line"));
            assertThat(lines).isNotEmpty();
            for (int line = 0; line < lines.size(); line++) {
                driver.findElement(By.id("entries[" + line + "].answer")).click();
            }
            submit(driver, "/gspr");
            browser.page("Doseringskalkylator");
            assertThat(browser.text()).contains("GSPR-checklistan är sparad.");

            browser.follow("Registrera informationen till IVO", "Information till IVO");
            type(driver, "informedOn", java.time.LocalDate.now(java.time.ZoneId.of("Europe/Stockholm")).toString());
            type(driver, "reference", "IVO 3.5.1-123/2026");
            for (WebElement item : driver.findElements(By.cssSelector("input[name=contentIncluded]"))) {
                item.click();
            }
            submit(driver, "/ivo");
            browser.page("Doseringskalkylator");

            // Nothing missing now: released through the check page, then taken into use.
            browser.follow("Frisläpp produkten", "Kontrollera innan du frisläpper produkten");
            assertThat(driver.findElements(By.cssSelector(".govuk-error-summary"))).isEmpty();
            browser.view("frislapp-kontrollera");
            driver.findElement(By.cssSelector("form[action$='/frislapp'] button[type=submit]")).click();
            browser.page("Doseringskalkylator");
            assertThat(browser.text()).contains("Produkten är frisläppt.", "Registerversion 1");

            browser.follow("Ta produkten i bruk", "Ta produkten i bruk");
            submit(driver, "/i-bruk");
            browser.page("Doseringskalkylator");
            assertThat(browser.text()).contains("Produkten är i bruk", "Produkten togs i bruk", "av ordforande");

            // The yearly review: its task list, each task's form, the check page, the device with the review.
            browser.follow("Granska produkten", REVIEW);
            browser.view("granskning-uppgifter");
            reviewTask(browser, "Erfarenheter från klinisk användning", "/klinisk-erfarenhet", "granskning-erfarenhet",
                    () -> type(driver, "clinicalExperience", "Inga felberäkningar under perioden"));
            reviewTask(browser, "Händelser och klagomål", "/handelser", null, () -> { });
            browser.follow("Marknadssökning", "Marknadssökning");
            type(driver, "marketSearchNote", "Sökt i Eudamed och hos två leverantörer");
            submit(driver, "/marknadssokning");
            browser.page("Fel: Marknadssökning");
            browser.view("granskning-marknadssokning-obesvarad");
            driver.findElement(By.id("equivalentDeviceAvailable-false")).click();
            submit(driver, "/marknadssokning");
            browser.page(REVIEW);
            reviewTask(browser, "Slutsats", "/slutsats", "granskning-slutsats",
                    () -> driver.findElement(By.id("conclusion")).click());
            reviewTask(browser, "Korrigerande åtgärder", "/atgarder", "granskning-atgarder", () -> { });
            browser.follow("Kontrollera och slutför granskningen", "Kontrollera granskningen innan du slutför den");
            browser.view("granskning-kontrollera");
            submit(driver, "/granskning/kontrollera");
            browser.page("Doseringskalkylator");
            assertThat(browser.text()).contains("Granskningen är sparad.", "Inga felberäkningar under perioden");
            browser.view("egentillverkad-produkt-granskad");

            // The withdrawal's form and check page; not confirmed, so the device stays on the declaration.
            browser.follow("Avveckla produkten", "Avveckla produkten");
            browser.view("avveckling");
            type(driver, "reason", "En CE-märkt kalkylator stöder nu protokollet");
            type(driver, "transitionPlan", "Byte vid nästa protokollrevision");
            submit(driver, "/avveckling");
            browser.page("Kontrollera innan du avvecklar produkten");
            assertThat(browser.text()).contains("Byte vid nästa protokollrevision");
            browser.view("avveckling-kontrollera");
            browser.go("/egentillverkning/" + deviceId);
            browser.page("Doseringskalkylator");
            assertThat(browser.text()).contains("I bruk", "Avveckla produkten");

            browser.signOut();
            browser.go("/offentlig-forklaring");
            browser.page("Offentlig förklaring om egentillverkade medicintekniska produkter");
            assertThat(browser.text()).contains("Doseringskalkylator", deviceId, "MDR klass IIa", "Version 1")
                    .doesNotContain("Logga ut");
            browser.view("offentlig-forklaring");
        }

        // Rendered on the server: the device is in the page's HTML itself, and the PDF is a PDF.
        HttpClient http = HttpClient.newHttpClient();
        HttpResponse<String> page = http.send(HttpRequest.newBuilder(URI.create(portal.url() + "/offentlig-forklaring"))
                .build(), HttpResponse.BodyHandlers.ofString());
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body()).contains("Doseringskalkylator", deviceId);
        HttpResponse<byte[]> pdf = http.send(HttpRequest.newBuilder(URI.create(portal.url() + "/offentlig-forklaring.pdf"))
                .build(), HttpResponse.BodyHandlers.ofByteArray());
        assertThat(new String(pdf.body(), 0, 4, java.nio.charset.StandardCharsets.US_ASCII)).isEqualTo("%PDF");
        assertThat(pdf.headers().firstValue("Content-Disposition")).hasValue(
                "attachment; filename=\"offentlig-forklaring-version-1.pdf\"");
    }

    /** One task of the review from its task list: its form (through the gate when named), filled in and saved. */
    private static void reviewTask(PortalBrowser browser, String task, String actionEnd, String view, Runnable fill)
            throws Exception {
        browser.follow(task, task);
        if (view != null) {
            browser.view(view);
        }
        fill.run();
        submit(browser.driver(), actionEnd);
        browser.page(REVIEW);
    }

    /** An IN_HOUSE_MANUFACTURING case from intake to decision through case-service's API; returns its number. */
    private static String decidedInHouseCase() {
        TestHttp.Api cases = TestHttp.api(portal.system().cases().baseUrl());
        TestHttp.Response created = cases.post("/api/cases", "registrator", """
                {"subject": "Doseringskalkylator för cytostatika", "description": "Egen programvara på apoteket",
                 "caseType": "IN_HOUSE_MANUFACTURING", "channel": "EMAIL",
                 "submitter": {"name": "Anna Apotekare", "unit": "Sjukhusapoteket"}}
                """);
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        String path = "/api/cases/" + created.json().get("id").asText();
        TestHttp.Response registered = cases.post(path + "/registration", "registrator", """
                {"classification": "Egentillverkning",
                 "device": {"name": "Doseringskalkylator", "manufacturer": "Region Jämtland Härjedalen",
                            "model": "2.1", "deviceClass": "MDR_IIA", "marking": "IN_HOUSE"}}
                """);
        ok(registered);
        ok(cases.post(path + "/preparation", "handlaggare", "{\"caseOfficer\": \"handlaggare\"}"));
        StringBuilder conditions = new StringBuilder();
        for (String code : List.of("A", "B", "C", "D", "E", "F", "G", "H")) {
            conditions.append(conditions.isEmpty() ? "" : ",").append("{\"code\": \"").append(code)
                    .append("\", \"confirmed\": true}");
        }
        ok(cases.post(path + "/in-house-conditions", "handlaggare", "{\"conditions\": [" + conditions + "]}"));
        ok(cases.post(path + "/proposal", "handlaggare", """
                {"proposal": "Egentillverkningen godkänns", "rationale": "Villkoren i artikel 5.5 är uppfyllda",
                 "noConsultationReason": "Intern fråga"}
                """));
        ok(cases.post(path + "/decision", "ordforande", "{\"decision\": \"Godkänns\", \"decidedBy\": \"LSG\"}"));
        return registered.json().get("caseNumber").asText();
    }

    private static void type(ChromeDriver driver, String field, String text) {
        WebElement input = driver.findElement(By.id(field));
        input.clear();
        input.sendKeys(text);
    }

    private static void submit(ChromeDriver driver, String actionEnd) {
        driver.findElement(By.cssSelector("form[action$='" + actionEnd + "'] button[type=submit]")).click();
    }

    private static void ok(TestHttp.Response response) {
        assertThat(response.status() / 100).as(response.body()).isEqualTo(2);
    }
}
