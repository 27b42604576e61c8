package se.rjh.mtp.system.portal;

import static org.assertj.core.api.Assertions.assertThat;

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
import se.rjh.mtp.testsupport.Browser;
import se.rjh.mtp.testsupport.TestHttp;

/**
 * A case from intake to decision in the portal, in headless Chromium. The registrar signs in at the local
 * authorization server, takes the case in (first refused for a personal identity number, which is never echoed),
 * registers it through the check page, finds it in the case list with an htmx swap and signs out of both sessions;
 * the case officer starts preparation and proposes (first refused with the service's checklist); the chair decides
 * through the check page. The timeline names each of them, so the services recorded the person from the relayed
 * token. Every view passes the
 * accessibility gate; screenshots go to {@code target/portal-screenshots}.
 *
 * <p>The start page is live: a case received by someone else meanwhile is announced and the work list read again; the
 * case list sorts by received date. The decision carries a follow-up, which the chair then closes the case past.
 *
 * <p>The stack is a {@link PortalStack} with case-service and reporting-service (the start page's work list).
 */
class PortalBrowserTest {

    @RegisterExtension
    static final PortalStack portal = PortalStack.of(SystemUnderTest.Service.CASES, SystemUnderTest.Service.REPORTING);

    @Test
    void aCaseGoesFromIntakeToDecisionInThePortal() throws Exception {
        // Sign in: the portal sends the browser to the authorization server's login form.
        try (PortalBrowser portalBrowser = PortalBrowser.signedIn(portal, "/", "registrator", "Mitt arbete")) {
            ChromeDriver driver = portalBrowser.driver();
            Browser browser = portalBrowser.browser();
            assertThat(portalBrowser.text()).contains("Att registrera", "Inloggad som registrator", "Region Jämtland Härjedalen");

            // Intake: an empty form is refused, and focus lands on the error summary.
            portalBrowser.follow("Ta emot ärende", "Ta emot ärende");
            portalBrowser.view("mottagning");
            driver.findElement(By.cssSelector("form[action='/arenden/ny'] button[type=submit]")).click();
            portalBrowser.page("Fel: Ta emot ärende");
            Await.until("focus on the error summary", Duration.ofSeconds(10), () -> Boolean.TRUE.equals(browser.evaluate(
                    "document.activeElement !== null && document.activeElement.classList.contains('govuk-error-summary')")));
            assertThat(driver.findElements(By.cssSelector(".govuk-error-summary__list a"))).hasSize(4);
            portalBrowser.view("mottagning-med-fel");

            // The service refuses a personal identity number: shown at its field, never echoed back.
            driver.findElement(By.id("subject")).sendKeys("Diskdesinfektor i sterilcentralen");
            driver.findElement(By.id("description")).sendKeys("Gäller patient 19121212-1212");
            driver.findElement(By.id("caseType-MTP_COUNCIL_RECOMMENDATION")).click();
            driver.findElement(By.id("channel-FORM")).click();
            driver.findElement(By.id("submitterName")).sendKeys("Ann Al");
            driver.findElement(By.id("submitterUnit")).sendKeys("Sterilcentralen");
            // Refused again: the new page has the old one's title, so wait for the old one to go.
            portalBrowser.reloadBy(() -> driver.findElement(By.cssSelector("form[action='/arenden/ny'] button[type=submit]"))
                    .click());
            portalBrowser.page("Fel: Ta emot ärende");
            assertThat(driver.findElement(By.id("description-error")).getText()).contains("personnummer");
            assertThat(driver.getPageSource()).doesNotContain("19121212-1212");
            assertThat(driver.findElement(By.id("subject")).getAttribute("value")).isEqualTo("Diskdesinfektor i sterilcentralen");
            driver.findElement(By.cssSelector(".govuk-error-summary__list a")).click();
            assertThat(driver.switchTo().activeElement().getAttribute("id")).isEqualTo("description");

            driver.findElement(By.id("description")).sendKeys("Upparbetning av engångsartiklar");
            driver.findElement(By.cssSelector("form[action='/arenden/ny'] button[type=submit]")).click();
            portalBrowser.page("Diskdesinfektor i sterilcentralen");
            assertThat(portalBrowser.text()).contains("Ärendet är mottaget.", "Ärende, ej registrerat", "Mottaget");
            assertThat(driver.findElement(By.cssSelector(".mtp-steps [aria-current=step]")).getText()).contains("Mottagning");
            portalBrowser.view("arendeblad-mottaget");
            String receivedPage = driver.getCurrentUrl();

            // Mitt arbete is live: a case someone else receives meanwhile is announced politely and the list read again.
            portalBrowser.go("/");
            portalBrowser.page("Mitt arbete");
            Await.until("the received case on the work list", Duration.ofSeconds(30),
                    () -> portalBrowser.text().contains("Diskdesinfektor i sterilcentralen"));
            for (int i = 0; i < 10 && driver.findElements(By.cssSelector("#live-notice .mtp-live-notice")).isEmpty(); i++) {
                // The page's stream may still be connecting: receive until it hears of one.
                assertThat(TestHttp.post(portal.system().cases().baseUrl() + "/api/cases", "registrator", """
                        {"subject": "Ultraljudsapparat till akuten", "caseType": "INTRODUCTION", "channel": "EMAIL",
                         "submitter": {"name": "Bo Berg"}, "receivedOn": "%s"}""".formatted(
                        java.time.LocalDate.now(java.time.ZoneId.of("Europe/Stockholm")))).status()).isEqualTo(201);
                Thread.sleep(2000);
            }
            Await.until("the work list read again", Duration.ofSeconds(30),
                    () -> driver.findElement(By.id("work")).getText().contains("Ultraljudsapparat till akuten"));
            assertThat(driver.findElement(By.id("live-notice")).getText()).contains("Något i din arbetslista kan ha ändrats");
            portalBrowser.view("mitt-arbete");
            driver.get(receivedPage);
            portalBrowser.page("Diskdesinfektor i sterilcentralen");

            // Registration, through the check page.
            portalBrowser.follow("Registrera ärendet", "Registrera ärendet");
            portalBrowser.view("registrering");
            driver.findElement(By.id("classification")).sendKeys("2.3.1");
            driver.findElement(By.id("deviceName")).sendKeys("Diskdesinfektor DD-40");
            driver.findElement(By.id("deviceManufacturer")).sendKeys("Steriltek AB");
            driver.findElement(By.id("deviceModel")).sendKeys("DD-40");
            new Select(driver.findElement(By.id("deviceClass"))).selectByValue("MDR_IIA");
            new Select(driver.findElement(By.id("deviceMarking"))).selectByValue("CE_MARKED");
            driver.findElement(By.cssSelector("form[action$='/registrering'] button[type=submit]")).click();
            portalBrowser.page("Kontrollera uppgifterna innan du registrerar");
            assertThat(portalBrowser.text()).contains("2.3.1", "Diskdesinfektor DD-40", "Steriltek AB", "MDR klass IIa", "CE-märkt");
            portalBrowser.view("registrering-kontrollera");
            driver.findElement(By.xpath("//button[normalize-space()='Registrera ärendet']")).click();
            portalBrowser.page("Diskdesinfektor i sterilcentralen");
            String caption = driver.findElement(By.cssSelector(".govuk-caption-l")).getText();
            assertThat(caption).matches("Ärende MTP/\\d+/\\d{4}");
            assertThat(portalBrowser.text()).contains("Ärendet är registrerat med diarienummer " + caption.substring(7));
            // The signed-in registrar, from the relayed token, is the actor of both events.
            List<String> actors = driver.findElements(By.cssSelector("#timeline .mtp-timeline__actor")).stream()
                    .map(WebElement::getText).toList();
            assertThat(actors).hasSizeGreaterThanOrEqualTo(2).allMatch("av registrator"::equals);
            assertThat(portalBrowser.text()).contains("Ärendet togs emot", "Ärendet registrerades");
            portalBrowser.view("arendeblad-registrerat");
            String casePage = driver.getCurrentUrl();

            // The case list: the filter form's results swapped by htmx, and the address pushed.
            portalBrowser.follow("Ärenden", "Ärenden");
            portalBrowser.view("arenden");
            browser.evaluate("window.samePageMarker = 'kvar'");
            new Select(driver.findElement(By.id("step"))).selectByValue("REGISTERED");
            driver.findElement(By.cssSelector("form[role=search] button[type=submit]")).click();
            Await.until("the filtered address", Duration.ofSeconds(10), () -> driver.getCurrentUrl().contains("step=REGISTERED"));
            Await.until("the swapped results", Duration.ofSeconds(10),
                    () -> driver.findElement(By.id("case-results")).getText().contains("Diskdesinfektor i sterilcentralen"));
            assertThat(browser.evaluate("window.samePageMarker")).isEqualTo("kvar");
            AccessibilityGate.check(driver, "arenden-efter-htmx-byte");
            // Sorted oldest first by the received column's header: the results swapped, the order said by aria-sort.
            driver.findElement(By.id("sort-receivedOn")).click();
            // Read in the page in one step: htmx may swap the header between a find and a read.
            Await.until("the list oldest first", Duration.ofSeconds(10), () -> "ascending".equals(browser.evaluate(
                    "document.querySelector('th[aria-sort]:has(#sort-receivedOn)')?.getAttribute('aria-sort')")));
            assertThat(driver.getCurrentUrl()).contains("sort=receivedOn,asc", "step=REGISTERED");
            assertThat(browser.evaluate("window.samePageMarker")).isEqualTo("kvar");
            AccessibilityGate.check(driver, "arenden-sorterad");

            // Signing out ends both sessions: the portal asks for a new sign-in at the authorization server.
            portalBrowser.signOut();
            portalBrowser.view("utloggad");

            // The case officer takes the case and proposes; the service's checklist comes back as the error summary.
            driver.get(casePage);
            portalBrowser.signIn("handlaggare");
            portalBrowser.page("Diskdesinfektor i sterilcentralen");
            portalBrowser.follow("Starta beredning", "Starta beredning");
            assertThat(driver.findElement(By.id("caseOfficer")).getAttribute("value")).isEqualTo("handlaggare");
            driver.findElement(By.cssSelector("form[action$='/beredning'] button[type=submit]")).click();
            portalBrowser.page("Diskdesinfektor i sterilcentralen");
            assertThat(portalBrowser.text()).contains("Beredningen har börjat.", "Beredning");
            // The preparation forms: a note saved, the other kinds of form through the accessibility gate.
            portalBrowser.follow("Lägg till anteckning", "Lägg till anteckning");
            driver.findElement(By.id("text")).sendKeys("Leverantören har skickat valideringsrapporten.");
            driver.findElement(By.cssSelector("form[action$='/anteckning'] button[type=submit]")).click();
            portalBrowser.page("Diskdesinfektor i sterilcentralen");
            assertThat(portalBrowser.text()).contains("Anteckningen är sparad.", "Leverantören har skickat valideringsrapporten.");
            for (String[] form : new String[][] {{"dokument", "Koppla dokument"}, {"risk", "Riskbedömning"},
                    {"handelse", "Uppgifter om händelsen"}, {"villkor", "Villkor för egentillverkning"}}) {
                driver.get(casePage + "/" + form[0]);
                portalBrowser.page(form[1]);
                AccessibilityGate.check(driver, form[0]);
            }
            driver.get(casePage);
            portalBrowser.page("Diskdesinfektor i sterilcentralen");
            proposeFromTheCasePage(portalBrowser);
            portalBrowser.page("Fel: Förslag till beslut");
            assertThat(driver.findElement(By.id("noConsultationReason-error")).getText()).contains("samverkan");
            portalBrowser.view("forslag-saknas");
            assertThat(driver.findElement(By.cssSelector(".govuk-error-summary")).getText())
                    .contains("nationalRecommendation");

            // What the proposal lacked: MTP-rådet's recommendation, and a consultation requested and answered.
            driver.get(casePage);
            portalBrowser.follow("MTP-rådets rekommendation", "MTP-rådets rekommendation");
            portalBrowser.view("rekommendation");
            driver.findElement(By.id("recommendation")).click();
            driver.findElement(By.id("reference")).sendKeys("MTP-rådet 2026:4");
            driver.findElement(By.cssSelector("form[action$='/rekommendation'] button[type=submit]")).click();
            portalBrowser.page("Diskdesinfektor i sterilcentralen");
            assertThat(portalBrowser.text()).contains("MTP-rådets rekommendation är sparad.");
            portalBrowser.follow("Begär samverkan", "Begär samverkan");
            portalBrowser.view("samverkan");
            new Select(driver.findElement(By.id("body"))).selectByValue("SAFETY_COUNCIL");
            driver.findElement(By.id("question")).sendKeys("Påverkar placeringen arbetsmiljön?");
            driver.findElement(By.cssSelector("form[action$='/samverkan'] button[type=submit]")).click();
            portalBrowser.page("Diskdesinfektor i sterilcentralen");
            assertThat(portalBrowser.text()).contains("Samverkan är begärd.", "Skyddskommittén", "Påverkar placeringen arbetsmiljön?");
            assertThat(driver.findElement(By.id("case-step")).getText()).isEqualTo("Samverkan");
            portalBrowser.follow("Registrera svar", "Registrera svar på samverkan");
            portalBrowser.view("samverkan-svar");
            driver.findElement(By.id("answer")).sendKeys("Nej, placeringen är godkänd.");
            driver.findElement(By.cssSelector("form[action$='/svar'] button[type=submit]")).click();
            portalBrowser.page("Diskdesinfektor i sterilcentralen");
            assertThat(portalBrowser.text()).contains("Svaret är sparat.", "Besvarad");
            AccessibilityGate.check(driver, "arendeblad-handlaggare-samverkan");
            proposeFromTheCasePage(portalBrowser);
            portalBrowser.page("Diskdesinfektor i sterilcentralen");
            assertThat(portalBrowser.text()).contains("Förslaget till beslut är lämnat till ordföranden.");
            portalBrowser.signOut();

            // The chair decides, after checking the decision beside the proposal.
            driver.get(casePage);
            portalBrowser.signIn("ordforande");
            portalBrowser.page("Diskdesinfektor i sterilcentralen");
            portalBrowser.follow("Återremittera förslaget", "Återremittera förslaget");
            AccessibilityGate.check(driver, "aterremiss");
            driver.navigate().back();
            portalBrowser.page("Diskdesinfektor i sterilcentralen");
            portalBrowser.follow("Besluta", "Beslut");
            portalBrowser.view("beslut");
            driver.findElement(By.id("decision")).sendKeys("Diskdesinfektorn får införas.");
            new Select(driver.findElement(By.id("followUps[0].kind"))).selectByValue("OTHER");
            driver.findElement(By.id("followUps[0].description")).sendKeys("Utbilda personalen i diskrutinen.");
            driver.findElement(By.cssSelector("form[action$='/beslut'] button[type=submit]")).click();
            portalBrowser.page("Kontrollera beslutet innan du fattar det");
            assertThat(portalBrowser.text()).contains("Diskdesinfektorn införs i sterilcentralen.", "Diskdesinfektorn får införas.",
                    "Övrigt: Utbilda personalen i diskrutinen.");
            portalBrowser.view("beslut-kontrollera");
            driver.findElement(By.xpath("//button[normalize-space()='Fatta beslutet']")).click();
            portalBrowser.page("Diskdesinfektor i sterilcentralen");
            assertThat(driver.findElement(By.id("case-step")).getText()).isEqualTo("Beslutat");
            // Each person who acted is named in the timeline, as the services recorded them from the relayed token.
            List<String> everyone = driver.findElements(By.cssSelector("#timeline .mtp-timeline__actor")).stream()
                    .map(WebElement::getText).distinct().toList();
            assertThat(everyone).contains("av registrator", "av handlaggare", "av ordforande");
            portalBrowser.view("arendeblad-beslutat");

            // The chair closes the decided case, through the check page.
            portalBrowser.follow("Avsluta ärendet", "Avsluta ärendet");
            AccessibilityGate.check(driver, "avslut");
            assertThat(portalBrowser.text()).contains("Utbilda personalen i diskrutinen.");
            driver.findElement(By.id("note")).sendKeys("Införd och validerad.");
            driver.findElement(By.id("openFollowUpsReason")).sendKeys("Utbildningen följs upp i linjen.");
            driver.findElement(By.cssSelector("form[action$='/avslut'] button[type=submit]")).click();
            portalBrowser.page("Kontrollera innan du avslutar ärendet");
            assertThat(portalBrowser.text()).contains("Införd och validerad.", "Utbildningen följs upp i linjen.");
            portalBrowser.view("avslut-kontrollera");
            driver.findElement(By.xpath("//button[normalize-space()='Avsluta ärendet']")).click();
            portalBrowser.page("Diskdesinfektor i sterilcentralen");
            assertThat(portalBrowser.text()).contains("Ärendet är avslutat.");
            assertThat(driver.findElement(By.id("case-step")).getText()).isEqualTo("Avslutat");
        }
    }

    /** The case officer's proposal, the same both times, without saying why no consultation was needed. */
    private static void proposeFromTheCasePage(PortalBrowser portalBrowser) {
        CaseSteps.propose(portalBrowser, "Diskdesinfektorn införs i sterilcentralen.",
                "Validerad process, ingen ökad risk.", null);
    }
}
