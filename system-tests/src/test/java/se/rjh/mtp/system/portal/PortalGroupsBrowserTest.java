package se.rjh.mtp.system.portal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.Select;
import se.rjh.mtp.api.groups.QuestionCases;
import se.rjh.mtp.system.SystemUnderTest;
import se.rjh.mtp.testsupport.Await;
import se.rjh.mtp.testsupport.Browser;

/**
 * A LAG assignment in the portal, in headless Chromium. The chair looks at the groups (who was a member on a day,
 * swapped by htmx), writes an assignment to LAG Tillverkning och säkerhet, keeps it as a draft from the check page and
 * issues it from the board; the LAG member accepts it on the board ("Flytta till…"), reports YELLOW and raises a
 * question; the question is a case on
 * the registrar's start page, which the registrar registers, the case officer prepares and proposes an answer to, and
 * the chair decides, each on the case's pages; the decision shows on the assignment page, and its link opens the case
 * at the decision. Every view passes the accessibility gate; screenshots go to {@code target/portal-screenshots} (the
 * board as {@code uppdragstavla}, for the README).
 */
class PortalGroupsBrowserTest {

    private static final String LAG = "lag-tillverkning-sakerhet";
    private static final String BOARD = "/grupper/" + LAG + "/uppdrag";
    private static final String TITLE = "Kartlägg egentillverkade skenor";
    private static final String QUESTION = "Omfattas 3D-skrivna skenor av MDR artikel 5.5?";
    private static final String DECISION = "LSG svarar: ja, skenorna omfattas av artikel 5.5.";

    @RegisterExtension
    static final PortalStack portal = PortalStack.of(SystemUnderTest.Service.CASES, SystemUnderTest.Service.GROUPS,
            SystemUnderTest.Service.REPORTING);

    @Test
    void anAssignmentGoesFromTheChairToTheLagAndItsQuestionComesBackDecided() throws Exception {
        // The chair: the groups, and who was a member of the LAG today (the answer swapped by htmx).
        try (PortalBrowser portalBrowser = PortalBrowser.signedIn(portal, "/grupper", "ordforande", "Grupper")) {
            ChromeDriver driver = portalBrowser.driver();
            Browser browser = portalBrowser.browser();
            String today = LocalDate.now(ZoneId.of("Europe/Stockholm")).toString();
            assertThat(portalBrowser.text()).contains("LSG MTP", "LAG Tillverkning och säkerhet",
                    "LAG Ordnat införande och förskrivarstöd", "Ordförande (demo)", "Ordförande");
            portalBrowser.view("grupper");
            portalBrowser.follow("Om LAG Tillverkning och säkerhet: ledamöter och medlemshistorik",
                    "LAG Tillverkning och säkerhet");
            portalBrowser.view("grupp");
            browser.evaluate("window.samePageMarker = 'kvar'");
            browser.evaluate("document.getElementById('datum').value = '" + today + "'");
            driver.findElement(By.xpath("//button[normalize-space()='Visa']")).click();
            Await.until("who was a member today", Duration.ofSeconds(10),
                    // Read in the page, so an element htmx is replacing is never held.
                    () -> String.valueOf(browser.evaluate("document.getElementById('members-on').innerText"))
                            .contains("LAG-ledamot (demo), Ledamot"));
            Await.until("the pushed address", Duration.ofSeconds(10), () -> driver.getCurrentUrl().contains("datum=" + today));
            assertThat(browser.evaluate("window.samePageMarker")).isEqualTo("kvar");
            AccessibilityGate.check(driver, "grupp-medlemmar-htmx-byte");
            portalBrowser.follow("Utse ledamot", "Utse ledamot");
            portalBrowser.view("utse-ledamot");
            driver.navigate().back();
            driver.findElement(By.partialLinkText("Avsluta medlemskap")).click();
            portalBrowser.page("Avsluta medlemskap");
            portalBrowser.view("avsluta-medlemskap");

            // The chair writes the assignment: refused when empty, checked, kept as a draft, then issued.
            portalBrowser.go(BOARD);
            portalBrowser.page("Uppdragstavla");
            AccessibilityGate.check(driver, "uppdragstavla-ordforande");
            portalBrowser.follow("Skriv nytt uppdrag", "Skriv nytt uppdrag");
            portalBrowser.view("uppdrag-nytt");
            driver.findElement(By.cssSelector("form[action$='/uppdrag/nytt'] button[type=submit]")).click();
            portalBrowser.page("Fel: Skriv nytt uppdrag");
            AccessibilityGate.check(driver, "uppdrag-nytt-med-fel");
            assertThat(driver.findElements(By.cssSelector(".govuk-error-summary__list a")))
                    .as(driver.findElement(By.cssSelector(".govuk-error-summary")).getText()).hasSize(4);
            driver.findElement(By.id("title")).sendKeys(TITLE);
            driver.findElement(By.id("description")).sendKeys("Vilka enheter skriver ut egna skenor, och hur?");
            driver.findElement(By.id("deliverables")).sendKeys("Förteckning över enheterna\nBedömning mot MDR 5.5");
            browser.evaluate("document.getElementById('dueDate').value = '2099-03-31'");
            driver.findElement(By.cssSelector("form[action$='/uppdrag/nytt'] button[type=submit]")).click();
            portalBrowser.page("Kontrollera uppdraget innan du utfärdar det");
            assertThat(portalBrowser.text()).contains(TITLE, "Förteckning över enheterna", "Bedömning mot MDR 5.5",
                    "2099-03-31");
            portalBrowser.view("uppdrag-kontrollera");
            driver.findElement(By.xpath("//button[normalize-space()='Spara som utkast']")).click();
            portalBrowser.page(TITLE);
            assertThat(portalBrowser.text()).contains("Uppdraget \"" + TITLE + "\" är sparat som utkast.", "Utkast");
            portalBrowser.view("uppdrag-utkast-ordforande");
            String assignmentPage = driver.getCurrentUrl();
            String assignmentId = assignmentPage.substring(assignmentPage.lastIndexOf('/') + 1);
            portalBrowser.go(BOARD);
            portalBrowser.page("Uppdragstavla");
            new Select(driver.findElement(By.id("move-" + assignmentId))).selectByValue("ISSUE");
            driver.findElement(By.cssSelector("#card-" + assignmentId + " form button")).click();
            portalBrowser.page("Utfärda uppdraget");
            assertThat(driver.findElement(By.id("dueDate")).getAttribute("value")).isEqualTo("2099-03-31");
            driver.findElement(By.xpath("//button[normalize-space()='Utfärda uppdraget']")).click();
            portalBrowser.page(TITLE);
            assertThat(portalBrowser.text()).contains("Uppdraget är utfärdat.", "Utfärdat", "Uppdraget utfärdades",
                    "av ordforande");
            portalBrowser.view("uppdrag-ordforande");
            portalBrowser.signOut();

            // The LAG member accepts on the board, with "Flytta till…".
            portalBrowser.go(BOARD);
            portalBrowser.signIn("lag");
            portalBrowser.page("Uppdragstavla");
            new Select(driver.findElement(By.id("move-" + assignmentId))).selectByValue("ACCEPT");
            // The board answers with the board again: wait for the new one before reading it.
            portalBrowser.reloadBy(() -> driver.findElement(By.cssSelector("#card-" + assignmentId + " form button"))
                    .click());
            portalBrowser.page("Uppdragstavla");
            assertThat(portalBrowser.text()).contains("Uppdraget \"" + TITLE + "\" är accepterat.");

            // ... reports YELLOW ...
            portalBrowser.follow(TITLE, TITLE);
            portalBrowser.view("uppdrag-lag");
            portalBrowser.follow("Rapportera läget", "Rapportera läget");
            portalBrowser.view("lagesrapport");
            driver.findElement(By.id("status-YELLOW")).click();
            driver.findElement(By.id("text")).sendKeys("Två av fem enheter har svarat; leverantören dröjer.");
            driver.findElement(By.cssSelector("form[action$='/rapport'] button[type=submit]")).click();
            portalBrowser.page(TITLE);
            assertThat(portalBrowser.text()).contains("Lägesrapporten är skickad.", "Pågår", "Läge: Gul",
                    "Två av fem enheter har svarat");
            portalBrowser.go(BOARD);
            portalBrowser.page("Uppdragstavla");
            assertThat(driver.findElement(By.id("card-" + assignmentId)).getText()).contains("Läge: Gul", "2099-03-31");
            portalBrowser.view("uppdragstavla");
            // The LAG's page as its member sees it: the members, and none of the chair's changes.
            portalBrowser.go("/grupper/" + LAG);
            portalBrowser.page("LAG Tillverkning och säkerhet");
            assertThat(portalBrowser.text()).contains("LAG-ledamot (demo)").doesNotContain("Utse ledamot",
                    "Avsluta medlemskap");
            AccessibilityGate.check(driver, "grupp-ledamot");

            // ... and raises a question to the LSG.
            portalBrowser.go("/uppdrag/" + assignmentId);
            portalBrowser.page(TITLE);
            portalBrowser.follow("Ställ en fråga till LSG", "Ställ en fråga till LSG");
            portalBrowser.view("fraga");
            driver.findElement(By.id("subject")).sendKeys(QUESTION);
            driver.findElement(By.id("text")).sendKeys("Vi behöver LSG:s tolkning innan kartläggningen fortsätter.");
            driver.findElement(By.cssSelector("form[action$='/fraga'] button[type=submit]")).click();
            portalBrowser.page(TITLE);
            assertThat(portalBrowser.text()).contains("Frågan är skickad till LSG", QUESTION, "Inget beslut i ärendet ännu.");
            String questionId = driver.findElement(By.cssSelector("#questions li")).getAttribute("id")
                    .substring("question-".length());
            String caseId = QuestionCases.caseIdFor(questionId);
            portalBrowser.signOut();

            // The question is a case waiting for the registrar, who registers it from the work list.
            portalBrowser.go("/");
            portalBrowser.signIn("registrator");
            portalBrowser.page("Mitt arbete");
            Await.until("the question on the registrar's work list", Duration.ofSeconds(30), () -> {
                driver.navigate().refresh();
                return portalBrowser.text().contains(QUESTION);
            });
            portalBrowser.follow(QUESTION, QUESTION);
            String casePage = "/arenden/" + caseId;
            assertThat(driver.getCurrentUrl()).endsWith(casePage);
            portalBrowser.follow("Registrera ärendet", "Registrera ärendet");
            driver.findElement(By.id("classification")).sendKeys("Fråga från LAG");
            driver.findElement(By.cssSelector("form[action$='/registrering'] button[type=submit]")).click();
            portalBrowser.page("Kontrollera uppgifterna innan du registrerar");
            driver.findElement(By.xpath("//button[normalize-space()='Registrera ärendet']")).click();
            portalBrowser.page(QUESTION);
            assertThat(portalBrowser.text()).contains("Ärendet är registrerat med diarienummer MTP/");

            // The case officer prepares it and proposes an answer; a question of interpretation needs no consultation.
            portalBrowser.signInAgain(casePage, "handlaggare", QUESTION);
            portalBrowser.follow("Starta beredning", "Starta beredning");
            driver.findElement(By.cssSelector("form[action$='/beredning'] button[type=submit]")).click();
            portalBrowser.page(QUESTION);
            CaseSteps.propose(portalBrowser, "Svara ja.", "Skenorna tillverkas och används inom regionen.",
                    "Ren tolkningsfråga.");
            portalBrowser.page(QUESTION);
            assertThat(portalBrowser.text()).contains("Förslaget till beslut är lämnat till ordföranden.");

            // The chair decides for the LSG (the form's choice), through the check page.
            portalBrowser.signInAgain(casePage, "ordforande", QUESTION);
            portalBrowser.follow("Besluta", "Beslut");
            driver.findElement(By.id("decision")).sendKeys(DECISION);
            driver.findElement(By.cssSelector("form[action$='/beslut'] button[type=submit]")).click();
            portalBrowser.page("Kontrollera beslutet innan du fattar det");
            driver.findElement(By.xpath("//button[normalize-space()='Fatta beslutet']")).click();
            portalBrowser.page(QUESTION);
            assertThat(driver.findElement(By.id("case-step")).getText()).isEqualTo("Beslutat");

            // The decision comes back onto the assignment, beside the question and its case.
            portalBrowser.go("/uppdrag/" + assignmentId);
            Await.until("the decision on the assignment page", Duration.ofSeconds(30), () -> {
                driver.navigate().refresh();
                return portalBrowser.text().contains(DECISION);
            });
            assertThat(driver.findElement(By.id("question-" + questionId)).getText())
                    .contains(QUESTION, DECISION).containsPattern("Ärende MTP/\\d+/\\d{4}");
            assertThat(driver.findElements(By.cssSelector("#question-" + questionId + " a[href='/arenden/" + caseId + "']")))
                    .isNotEmpty();
            AccessibilityGate.check(driver, "uppdrag-med-beslut");
            // The question's link to the decision opens the case at its decision.
            driver.findElement(By.cssSelector("#question-" + questionId + " a[href='/arenden/" + caseId + "#beslut']"))
                    .click();
            portalBrowser.page(QUESTION);
            assertThat(driver.getCurrentUrl()).endsWith("/arenden/" + caseId + "#beslut");
            assertThat(driver.findElement(By.xpath("//h2[@id='beslut']/following-sibling::dl[1]")).getText())
                    .contains(DECISION);
        }
    }
}
