package se.rjh.mtp.system.portal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.Select;
import se.rjh.mtp.system.SystemUnderTest;
import se.rjh.mtp.testsupport.Await;

/**
 * A guideline from first draft to a published version and its revision, in the portal, in headless Chromium. The
 * case officer drafts it (previewing the Markdown with an htmx swap, then in the draft's editor without JavaScript as a
 * whole page) and names a LAG member as reviewer; the reviewer
 * approves it from the review's task list; the chair approves it through the check page and publishes it; the chair
 * drafts a revision, and the diff page shows the added line in words. Every distinct view passes the accessibility
 * gate; the diff's screenshot ({@code riktlinje-jamforelse}) goes to the README.
 *
 * <p>The stack is a {@link PortalStack} with guideline-service alone.
 */
class PortalGuidelinesBrowserTest {

    @RegisterExtension
    static final PortalStack portal = PortalStack.of(SystemUnderTest.Service.GUIDELINES);

    @Test
    void aGuidelineIsDraftedReviewedApprovedPublishedAndRevised() throws Exception {
        // The case officer opens the library from the navigation and starts a new guideline.
        try (PortalBrowser portalBrowser = PortalBrowser.signedIn(portal, "/riktlinjer", "handlaggare", "Riktlinjer")) {
            ChromeDriver driver = portalBrowser.driver();
            portalBrowser.view("riktlinjer");
            portalBrowser.follow("Ny riktlinje", "Ny riktlinje");
            driver.findElement(By.id("kind")).click();
            driver.findElement(By.id("title")).sendKeys("Diskdesinfektorer i sterilcentralen");
            driver.findElement(By.id("ownerGroup")).sendKeys("LSG MTP");
            driver.findElement(By.id("references[0].provision")).sendKeys("5(5)");
            new Select(driver.findElement(By.id("references[0].framework")))
                    .selectByValue("MDR");
            WebElement months = driver.findElement(By.id("reviewIntervalMonths"));
            months.clear();
            months.sendKeys("1");
            driver.findElement(By.id("content")).sendKeys("# Rengöring\n\nTorka av luckan med sprit.\n");
            // The preview: with JavaScript, htmx swaps in the rendered text and nothing is saved.
            driver.findElement(By.id("preview-button")).click();
            Await.until("the preview", Duration.ofSeconds(10), () -> {
                try {
                    return driver.findElement(By.id("preview")).getText().contains("Torka av luckan med sprit.");
                } catch (StaleElementReferenceException swappedMeanwhile) {
                    return false;
                }
            });
            assertThat(driver.findElement(By.cssSelector("#preview h3")).getText()).isEqualTo("Rengöring");
            portalBrowser.browser().evaluate("document.getElementById('preview').scrollIntoView()");
            portalBrowser.view("riktlinje-redigerare");
            driver.findElement(By.xpath("//button[normalize-space()='Spara utkast']")).click();
            portalBrowser.page("RL-MTP-");
            assertThat(portalBrowser.text()).contains("Utkastet är sparat", "Utkast", "MDR Art. 5(5)");
            String number = driver.getTitle().split(" ")[0];
            String guidelinePage = "/riktlinjer/" + number;
            AccessibilityGate.check(driver, "riktlinje-utkast");

            // The draft's editor; its preview without JavaScript is the whole page again, with the unsaved text.
            portalBrowser.follow("Redigera version 1", "Redigera utkast");
            AccessibilityGate.check(driver, "riktlinje-redigera-utkast");
            driver.findElement(By.id("content")).sendKeys("\nByt handskar efteråt.\n");
            // A plain form post to the preview button's address, as a browser without JavaScript sends it.
            portalBrowser.reloadBy(() -> portalBrowser.browser().evaluate(
                    "(b => { b.form.action = b.formAction; b.form.submit(); })(document.getElementById('preview-button'))"));
            portalBrowser.page("Redigera utkast");
            assertThat(driver.findElement(By.id("preview")).getText()).contains("Förhandsgranskning",
                    "Torka av luckan med sprit.", "Byt handskar efteråt.");
            assertThat(driver.findElement(By.id("content")).getAttribute("value")).contains("Byt handskar efteråt.");
            AccessibilityGate.check(driver, "riktlinje-forhandsgranskning-utan-js");
            portalBrowser.go(guidelinePage);
            portalBrowser.page(number);
            assertThat(portalBrowser.text()).doesNotContain("Byt handskar efteråt.");

            // ... and names the reviewer.
            portalBrowser.follow("Skicka version 1 på granskning", "Skicka på granskning");
            AccessibilityGate.check(driver, "riktlinje-granskare");
            driver.findElement(By.id("reviewers")).sendKeys("lag");
            driver.findElement(By.cssSelector("form[action$='/granskare'] button[type=submit]")).click();
            portalBrowser.page("Granskning av " + number + " version 1");
            assertThat(portalBrowser.text()).contains("Versionen är skickad på granskning", "Granskning av lag", "Väntar");
            String review = driver.getCurrentUrl().substring(portal.url().length());
            portalBrowser.signOut();

            // The reviewer finds their own task in the task list and approves.
            portalBrowser.go(review);
            portalBrowser.signIn("lag");
            portalBrowser.page("Granskning av " + number + " version 1");
            portalBrowser.view("riktlinje-granskning");
            portalBrowser.follow("Din granskning (lag)", "Lämna omdöme");
            AccessibilityGate.check(driver, "riktlinje-omdome");
            driver.findElement(By.id("verdict")).click();
            driver.findElement(By.cssSelector("form[action$='/omdome'] button[type=submit]")).click();
            portalBrowser.page("Granskning av " + number + " version 1");
            assertThat(driver.findElement(By.id("review-tasks")).getText()).contains("Godkänd");
            portalBrowser.signOut();

            // The chair approves through the check page, then publishes through another.
            portalBrowser.go(review);
            portalBrowser.signIn("ordforande");
            portalBrowser.page("Granskning av " + number + " version 1");
            AccessibilityGate.check(driver, "riktlinje-granskning-ordforande");
            portalBrowser.follow("Fastställ version 1", "Kontrollera innan du fastställer");
            assertThat(portalBrowser.text()).contains("lag: Godkänd", "handlaggare");
            portalBrowser.view("riktlinje-faststallande");
            driver.findElement(By.xpath("//button[normalize-space()='Fastställ version 1']")).click();
            portalBrowser.page(number);
            assertThat(portalBrowser.text()).contains("Versionen är fastställd", "Fastställd av ordforande");
            AccessibilityGate.check(driver, "riktlinje-faststalld");
            portalBrowser.follow("Publicera version 1", "Publicera");
            AccessibilityGate.check(driver, "riktlinje-publicering");
            driver.findElement(By.cssSelector("form[action$='/publicering'] button[type=submit]")).click();
            portalBrowser.page("Kontrollera innan du publicerar");
            AccessibilityGate.check(driver, "riktlinje-publicering-kontrollera");
            driver.findElement(By.xpath("//button[normalize-space()='Publicera version 1']")).click();
            portalBrowser.page(number);
            assertThat(portalBrowser.text()).contains("Versionen är publicerad", "Publicerad", "Gäller från",
                    "Torka av luckan med sprit.");
            assertThat(driver.findElement(By.cssSelector(".mtp-guideline-text h3")).getText()).isEqualTo("Rengöring");
            portalBrowser.view("riktlinje");

            // A revision: the chair changes the text, and the diff says what was added and removed, in words.
            portalBrowser.follow("Skriv en ny version", "Ny version");
            AccessibilityGate.check(driver, "riktlinje-ny-version");
            WebElement content = driver.findElement(By.id("content"));
            content.clear();
            content.sendKeys("# Rengöring\n\nTorka av luckan med klorhexidinsprit.\n");
            driver.findElement(By.id("changeSummary")).sendKeys("Klorhexidinsprit i stället för sprit.");
            driver.findElement(By.xpath("//button[normalize-space()='Spara utkast']")).click();
            portalBrowser.page(number);
            assertThat(portalBrowser.text()).contains("En ny version är påbörjad", "Du läser ett utkast (version 2)",
                    "Läs den gällande versionen (version 1)");
            AccessibilityGate.check(driver, "riktlinje-utkast-version-2");
            portalBrowser.follow("Jämför versioner", "Jämför versioner av " + number);
            String diff = driver.findElement(By.id("diff")).getText();
            assertThat(diff).contains("Borttaget: Torka av luckan med sprit.",
                    "Tillagt: Torka av luckan med klorhexidinsprit.");
            assertThat(driver.findElements(By.cssSelector("#diff ins")).stream().map(WebElement::getText))
                    .contains("Tillagt: Torka av luckan med klorhexidinsprit.");
            assertThat(driver.findElements(By.cssSelector("#diff del")).stream().map(WebElement::getText))
                    .containsExactly("Borttaget: Torka av luckan med sprit.");
            portalBrowser.view("riktlinje-jamforelse");

            // The review schedule: published today with a one-month interval, it is due within 60 days.
            portalBrowser.go("/riktlinjer/revision?inom=60");
            portalBrowser.page("Planerad revision");
            assertThat(driver.findElement(By.id("schedule-results")).getText()).contains(number, "Om ");
            portalBrowser.view("riktlinje-revision");
            assertThat(driver.getCurrentUrl()).endsWith("inom=60");

            // The library's search: htmx swaps only the results and pushes the search's address.
            portalBrowser.go("/riktlinjer");
            portalBrowser.page("Riktlinjer");
            portalBrowser.browser().evaluate("window.samePageMarker = 'kvar'");
            driver.findElement(By.id("regulation")).sendKeys("MDR Art. 5");
            driver.findElement(By.id("visa-gallande")).click();
            driver.findElement(By.cssSelector("form[role=search] button[type=submit]")).click();
            Await.until("the searched address", Duration.ofSeconds(10),
                    () -> driver.getCurrentUrl().contains("visa=gallande"));
            Await.until("the swapped results", Duration.ofSeconds(10), () -> {
                try {
                    return driver.findElement(By.id("guideline-results")).getText().contains("1 riktlinje");
                } catch (StaleElementReferenceException swappedMeanwhile) {
                    return false;
                }
            });
            assertThat(portalBrowser.browser().evaluate("window.samePageMarker")).isEqualTo("kvar");
            portalBrowser.follow("Diskdesinfektorer i sterilcentralen", number);
            assertThat(driver.getCurrentUrl()).endsWith(guidelinePage);
            driver.navigate().back();
            portalBrowser.page("Riktlinjer");
            AccessibilityGate.check(driver, "riktlinjer-efter-htmx-byte");
        }
    }
}
