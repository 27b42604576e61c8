package se.rjh.mtp.system.portal;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.Select;
import se.rjh.mtp.local.EmbeddedInfrastructure;
import se.rjh.mtp.local.PortalProcesses;
import se.rjh.mtp.system.SystemUnderTest;
import se.rjh.mtp.testsupport.Await;
import se.rjh.mtp.testsupport.Browser;

/**
 * A case from intake to decision in the portal, in headless Chromium. The registrar signs in at the local
 * authorization server, takes the case in (first refused for a personal identity number, which is never echoed),
 * registers it through the check page, finds it in the case list with an htmx swap and signs out of both sessions;
 * the case officer starts preparation and proposes (first refused with the service's checklist); the chair decides
 * through the check page. The timeline names each of them, so the services recorded the person from the relayed
 * token. Every view passes the
 * accessibility gate; screenshots go to {@code target/portal-screenshots}.
 *
 * <p>The portal and the authorization server run as their own JVMs from their modules' jars, as {@code mtp-local}
 * starts them; case-service runs in this JVM on the embedded infrastructure and accepts the issuer's tokens.
 */
class PortalBrowserTest {

    private static final int AUTH_PORT = EmbeddedInfrastructure.freePort();
    private static final int PORTAL_PORT = EmbeddedInfrastructure.freePort();
    private static final String PORTAL = PortalProcesses.portalUrl(PORTAL_PORT);
    private static final Path TARGET = Path.of("target");
    private static final Path SCREENSHOTS = TARGET.resolve("portal-screenshots");

    @RegisterExtension
    static final SystemUnderTest system = SystemUnderTest.of().with(SystemUnderTest.Service.CASES,
            starter -> starter.args(PortalProcesses.serviceArguments(AUTH_PORT).toArray(String[]::new)));

    @BeforeAll
    static void startAuthorizationServerAndPortal() throws Exception {
        Path root = Path.of("").toAbsolutePath().getParent();
        Path logs = TARGET.resolve("portal-test-logs");
        Process auth = PortalProcesses.startAuthorizationServer(root, AUTH_PORT, PORTAL_PORT,
                logs.resolve("local-auth.log"));
        system.closeAtEnd(() -> stop(auth));
        PortalProcesses.awaitHealthy("the local authorization server", PortalProcesses.issuer(AUTH_PORT), auth,
                Duration.ofSeconds(120));
        // reporting-service is not started (the test stays small): the start page says the work list is unavailable.
        Process portal = PortalProcesses.startPortal(root, PORTAL_PORT, AUTH_PORT, system.cases().baseUrl(),
                "http://127.0.0.1:" + EmbeddedInfrastructure.freePort(), system.infra().kafkaBootstrapServers(),
                logs.resolve("web-portal.log"));
        system.closeAtEnd(() -> stop(portal));
        PortalProcesses.awaitHealthy("web-portal", PORTAL, portal, Duration.ofSeconds(120));
    }

    @Test
    void aCaseGoesFromIntakeToDecisionInThePortal() throws Exception {
        try (Browser browser = Browser.start()) {
            ChromeDriver driver = browser.driver();
            driver.manage().window().setSize(new Dimension(1280, 1000));

            // Sign in: the portal sends the browser to the authorization server's login form.
            driver.get(PORTAL + "/");
            signIn(driver, "registrator");
            page(driver, "Mitt arbete");
            assertThat(text(driver)).contains("Att registrera", "Inloggad som registrator", "Region Jämtland Härjedalen");
            view(driver, "mitt-arbete");

            // Intake: an empty form is refused, and focus lands on the error summary.
            driver.findElement(By.linkText("Ta emot ärende")).click();
            page(driver, "Ta emot ärende");
            view(driver, "mottagning");
            driver.findElement(By.cssSelector("form[action='/arenden/ny'] button[type=submit]")).click();
            page(driver, "Fel: Ta emot ärende");
            Await.until("focus on the error summary", Duration.ofSeconds(10), () -> Boolean.TRUE.equals(browser.evaluate(
                    "document.activeElement !== null && document.activeElement.classList.contains('govuk-error-summary')")));
            assertThat(driver.findElements(By.cssSelector(".govuk-error-summary__list a"))).hasSize(4);
            view(driver, "mottagning-med-fel");

            // The service refuses a personal identity number: shown at its field, never echoed back.
            driver.findElement(By.id("subject")).sendKeys("Diskdesinfektor i sterilcentralen");
            driver.findElement(By.id("description")).sendKeys("Gäller patient 19121212-1212");
            driver.findElement(By.id("caseType-MTP_COUNCIL_RECOMMENDATION")).click();
            driver.findElement(By.id("channel-FORM")).click();
            driver.findElement(By.id("submitterName")).sendKeys("Ann Al");
            driver.findElement(By.id("submitterUnit")).sendKeys("Sterilcentralen");
            driver.findElement(By.cssSelector("form[action='/arenden/ny'] button[type=submit]")).click();
            page(driver, "Fel: Ta emot ärende");
            assertThat(driver.findElement(By.id("description-error")).getText()).contains("personnummer");
            assertThat(driver.getPageSource()).doesNotContain("19121212-1212");
            assertThat(driver.findElement(By.id("subject")).getAttribute("value")).isEqualTo("Diskdesinfektor i sterilcentralen");
            driver.findElement(By.cssSelector(".govuk-error-summary__list a")).click();
            assertThat(driver.switchTo().activeElement().getAttribute("id")).isEqualTo("description");

            driver.findElement(By.id("description")).sendKeys("Upparbetning av engångsartiklar");
            driver.findElement(By.cssSelector("form[action='/arenden/ny'] button[type=submit]")).click();
            page(driver, "Diskdesinfektor i sterilcentralen");
            assertThat(text(driver)).contains("Ärendet är mottaget.", "Ärende, ej registrerat", "Mottaget");
            assertThat(driver.findElement(By.cssSelector(".mtp-steps [aria-current=step]")).getText()).contains("Mottagning");
            view(driver, "arendeblad-mottaget");

            // Registration, through the check page.
            driver.findElement(By.linkText("Registrera ärendet")).click();
            page(driver, "Registrera ärendet");
            view(driver, "registrering");
            driver.findElement(By.id("classification")).sendKeys("2.3.1");
            driver.findElement(By.id("deviceName")).sendKeys("Diskdesinfektor DD-40");
            driver.findElement(By.id("deviceManufacturer")).sendKeys("Steriltek AB");
            driver.findElement(By.id("deviceModel")).sendKeys("DD-40");
            new Select(driver.findElement(By.id("deviceClass"))).selectByValue("MDR_IIA");
            new Select(driver.findElement(By.id("deviceMarking"))).selectByValue("CE_MARKED");
            driver.findElement(By.cssSelector("form[action$='/registrering'] button[type=submit]")).click();
            page(driver, "Kontrollera uppgifterna innan du registrerar");
            assertThat(text(driver)).contains("2.3.1", "Diskdesinfektor DD-40", "Steriltek AB", "MDR klass IIa", "CE-märkt");
            view(driver, "registrering-kontrollera");
            driver.findElement(By.xpath("//button[normalize-space()='Registrera ärendet']")).click();
            page(driver, "Diskdesinfektor i sterilcentralen");
            String caption = driver.findElement(By.cssSelector(".govuk-caption-l")).getText();
            assertThat(caption).matches("Ärende MTP/\\d+/\\d{4}");
            assertThat(text(driver)).contains("Ärendet är registrerat med diarienummer " + caption.substring(7));
            // The signed-in registrar, from the relayed token, is the actor of both events.
            List<String> actors = driver.findElements(By.cssSelector("#timeline .mtp-timeline__actor")).stream()
                    .map(WebElement::getText).toList();
            assertThat(actors).hasSizeGreaterThanOrEqualTo(2).allMatch("av registrator"::equals);
            assertThat(text(driver)).contains("Ärendet togs emot", "Ärendet registrerades");
            view(driver, "arendeblad-registrerat");
            String casePage = driver.getCurrentUrl();

            // The case list: the filter form's results swapped by htmx, and the address pushed.
            driver.findElement(By.linkText("Ärenden")).click();
            page(driver, "Ärenden");
            view(driver, "arenden");
            browser.evaluate("window.samePageMarker = 'kvar'");
            new Select(driver.findElement(By.id("step"))).selectByValue("REGISTERED");
            driver.findElement(By.cssSelector("form[role=search] button[type=submit]")).click();
            Await.until("the filtered address", Duration.ofSeconds(10), () -> driver.getCurrentUrl().contains("step=REGISTERED"));
            Await.until("the swapped results", Duration.ofSeconds(10),
                    () -> driver.findElement(By.id("case-results")).getText().contains("Diskdesinfektor i sterilcentralen"));
            assertThat(browser.evaluate("window.samePageMarker")).isEqualTo("kvar");
            AccessibilityGate.check(driver, "arenden-efter-htmx-byte");

            // Signing out ends both sessions: the portal asks for a new sign-in at the authorization server.
            signOut(driver);
            view(driver, "utloggad");

            // The case officer takes the case and proposes; the service's checklist comes back as the error summary.
            driver.get(casePage);
            signIn(driver, "handlaggare");
            page(driver, "Diskdesinfektor i sterilcentralen");
            driver.findElement(By.linkText("Starta beredning")).click();
            page(driver, "Starta beredning");
            assertThat(driver.findElement(By.id("caseOfficer")).getAttribute("value")).isEqualTo("handlaggare");
            driver.findElement(By.cssSelector("form[action$='/beredning'] button[type=submit]")).click();
            page(driver, "Diskdesinfektor i sterilcentralen");
            assertThat(text(driver)).contains("Beredningen har börjat.", "Beredning");
            // The preparation forms: a note saved, the other kinds of form through the accessibility gate.
            driver.findElement(By.linkText("Lägg till anteckning")).click();
            page(driver, "Lägg till anteckning");
            driver.findElement(By.id("text")).sendKeys("Leverantören har skickat valideringsrapporten.");
            driver.findElement(By.cssSelector("form[action$='/anteckning'] button[type=submit]")).click();
            page(driver, "Diskdesinfektor i sterilcentralen");
            assertThat(text(driver)).contains("Anteckningen är sparad.", "Leverantören har skickat valideringsrapporten.");
            for (String[] form : new String[][] {{"dokument", "Koppla dokument"}, {"risk", "Riskbedömning"},
                    {"handelse", "Uppgifter om händelsen"}, {"villkor", "Villkor för egentillverkning"}}) {
                driver.get(casePage + "/" + form[0]);
                page(driver, form[1]);
                AccessibilityGate.check(driver, form[0]);
            }
            driver.get(casePage);
            page(driver, "Diskdesinfektor i sterilcentralen");
            driver.findElement(By.linkText("Lämna förslag till beslut")).click();
            page(driver, "Förslag till beslut");
            driver.findElement(By.id("proposal")).sendKeys("Diskdesinfektorn införs i sterilcentralen.");
            driver.findElement(By.id("rationale")).sendKeys("Validerad process, ingen ökad risk.");
            driver.findElement(By.cssSelector("form[action$='/forslag'] button[type=submit]")).click();
            page(driver, "Fel: Förslag till beslut");
            assertThat(driver.findElement(By.id("noConsultationReason-error")).getText()).contains("samverkan");
            view(driver, "forslag-saknas");
            assertThat(driver.findElement(By.cssSelector(".govuk-error-summary")).getText())
                    .contains("nationalRecommendation");

            // What the proposal lacked: MTP-rådet's recommendation, and a consultation requested and answered.
            driver.get(casePage);
            driver.findElement(By.linkText("MTP-rådets rekommendation")).click();
            page(driver, "MTP-rådets rekommendation");
            view(driver, "rekommendation");
            driver.findElement(By.id("recommendation")).click();
            driver.findElement(By.id("reference")).sendKeys("MTP-rådet 2026:4");
            driver.findElement(By.cssSelector("form[action$='/rekommendation'] button[type=submit]")).click();
            page(driver, "Diskdesinfektor i sterilcentralen");
            assertThat(text(driver)).contains("MTP-rådets rekommendation är sparad.");
            driver.findElement(By.linkText("Begär samverkan")).click();
            page(driver, "Begär samverkan");
            view(driver, "samverkan");
            new Select(driver.findElement(By.id("body"))).selectByValue("SAFETY_COUNCIL");
            driver.findElement(By.id("question")).sendKeys("Påverkar placeringen arbetsmiljön?");
            driver.findElement(By.cssSelector("form[action$='/samverkan'] button[type=submit]")).click();
            page(driver, "Diskdesinfektor i sterilcentralen");
            assertThat(text(driver)).contains("Samverkan är begärd.", "Skyddskommittén", "Påverkar placeringen arbetsmiljön?");
            assertThat(driver.findElement(By.id("case-step")).getText()).isEqualTo("Samverkan");
            driver.findElement(By.linkText("Registrera svar")).click();
            page(driver, "Registrera svar på samverkan");
            view(driver, "samverkan-svar");
            driver.findElement(By.id("answer")).sendKeys("Nej, placeringen är godkänd.");
            driver.findElement(By.cssSelector("form[action$='/svar'] button[type=submit]")).click();
            page(driver, "Diskdesinfektor i sterilcentralen");
            assertThat(text(driver)).contains("Svaret är sparat.", "Besvarad");
            AccessibilityGate.check(driver, "arendeblad-handlaggare-samverkan");
            driver.findElement(By.linkText("Lämna förslag till beslut")).click();
            page(driver, "Förslag till beslut");
            driver.findElement(By.id("proposal")).sendKeys("Diskdesinfektorn införs i sterilcentralen.");
            driver.findElement(By.id("rationale")).sendKeys("Validerad process, ingen ökad risk.");
            driver.findElement(By.cssSelector("form[action$='/forslag'] button[type=submit]")).click();
            page(driver, "Diskdesinfektor i sterilcentralen");
            assertThat(text(driver)).contains("Förslaget till beslut är lämnat till ordföranden.");
            signOut(driver);

            // The chair decides, after checking the decision beside the proposal.
            driver.get(casePage);
            signIn(driver, "ordforande");
            page(driver, "Diskdesinfektor i sterilcentralen");
            driver.findElement(By.linkText("Återremittera förslaget")).click();
            page(driver, "Återremittera förslaget");
            AccessibilityGate.check(driver, "aterremiss");
            driver.navigate().back();
            page(driver, "Diskdesinfektor i sterilcentralen");
            driver.findElement(By.linkText("Besluta")).click();
            page(driver, "Beslut");
            view(driver, "beslut");
            driver.findElement(By.id("decision")).sendKeys("Diskdesinfektorn får införas.");
            driver.findElement(By.cssSelector("form[action$='/beslut'] button[type=submit]")).click();
            page(driver, "Kontrollera beslutet innan du fattar det");
            assertThat(text(driver)).contains("Diskdesinfektorn införs i sterilcentralen.", "Diskdesinfektorn får införas.");
            view(driver, "beslut-kontrollera");
            driver.findElement(By.xpath("//button[normalize-space()='Fatta beslutet']")).click();
            page(driver, "Diskdesinfektor i sterilcentralen");
            assertThat(driver.findElement(By.id("case-step")).getText()).isEqualTo("Beslutat");
            // Each person who acted is named in the timeline, as the services recorded them from the relayed token.
            List<String> everyone = driver.findElements(By.cssSelector("#timeline .mtp-timeline__actor")).stream()
                    .map(WebElement::getText).distinct().toList();
            assertThat(everyone).contains("av registrator", "av handlaggare", "av ordforande");
            view(driver, "arendeblad-beslutat");

            // The chair closes the decided case, through the check page.
            driver.findElement(By.linkText("Avsluta ärendet")).click();
            page(driver, "Avsluta ärendet");
            AccessibilityGate.check(driver, "avslut");
            driver.findElement(By.id("note")).sendKeys("Införd och validerad.");
            driver.findElement(By.cssSelector("form[action$='/avslut'] button[type=submit]")).click();
            page(driver, "Kontrollera innan du avslutar ärendet");
            assertThat(text(driver)).contains("Införd och validerad.");
            view(driver, "avslut-kontrollera");
            driver.findElement(By.xpath("//button[normalize-space()='Avsluta ärendet']")).click();
            page(driver, "Diskdesinfektor i sterilcentralen");
            assertThat(text(driver)).contains("Ärendet är avslutat.");
            assertThat(driver.findElement(By.id("case-step")).getText()).isEqualTo("Avslutat");
        }
    }

    /** Fills the authorization server's login form the browser has been sent to. */
    private static void signIn(ChromeDriver driver, String user) {
        Await.until("the login form", Duration.ofSeconds(30),
                () -> driver.getCurrentUrl().startsWith(PortalProcesses.issuer(AUTH_PORT) + "/login"));
        assertThat(driver.findElement(By.tagName("html")).getAttribute("lang")).isEqualTo("sv");
        AccessibilityGate.check(driver, "inloggningen");
        driver.findElement(By.name("username")).sendKeys(user);
        driver.findElement(By.name("password")).sendKeys(user);
        driver.findElement(By.cssSelector("button[type=submit]")).click();
    }

    /** Signs out; the next visit to the portal must sign in afresh, so both sessions ended. */
    private static void signOut(ChromeDriver driver) {
        driver.findElement(By.xpath("//button[normalize-space()='Logga ut']")).click();
        page(driver, "Du är utloggad");
        driver.get(PORTAL + "/");
        Await.until("the login form again", Duration.ofSeconds(30),
                () -> driver.getCurrentUrl().startsWith(PortalProcesses.issuer(AUTH_PORT) + "/login"));
        driver.get(PORTAL + "/utloggad");
        page(driver, "Du är utloggad");
    }

    private static void page(ChromeDriver driver, String title) {
        try {
            Await.until("the page \"" + title + "\"", Duration.ofSeconds(30), () -> driver.getTitle().startsWith(title));
        } catch (AssertionError e) {
            // Which page the browser shows instead says why (a refusal, an error page) better than the timeout does.
            throw new AssertionError(e.getMessage() + "; shown instead: \"" + driver.getTitle() + "\" at "
                    + driver.getCurrentUrl() + ": " + text(driver), e);
        }
    }

    private static String text(ChromeDriver driver) {
        return driver.findElement(By.tagName("body")).getText();
    }

    /** The accessibility gate, then a screenshot for the README (scripts/portal-screenshots.sh copies them). */
    private static void view(ChromeDriver driver, String name) throws IOException {
        AccessibilityGate.check(driver, name);
        Files.createDirectories(SCREENSHOTS);
        Files.copy(driver.getScreenshotAs(OutputType.FILE).toPath(), SCREENSHOTS.resolve(name + ".png"),
                StandardCopyOption.REPLACE_EXISTING);
    }

    private static void stop(Process process) throws InterruptedException {
        process.destroy();
        if (!process.waitFor(20, java.util.concurrent.TimeUnit.SECONDS)) {
            process.destroyForcibly();
        }
    }
}
