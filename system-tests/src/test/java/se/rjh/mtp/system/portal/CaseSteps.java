package se.rjh.mtp.system.portal;

import org.openqa.selenium.By;
import org.openqa.selenium.chrome.ChromeDriver;

/** The case's steps in the portal that more than one browser walk takes, each started from the case page. */
final class CaseSteps {

    private CaseSteps() {
    }

    /**
     * The case officer's proposal: opened from the case page, filled in and sent. Which page follows (the case, or the
     * form again with the service's checklist) is the caller's to wait for.
     *
     * @param noConsultationReason why no consultation was needed, or null to leave it empty
     */
    static void propose(PortalBrowser portalBrowser, String proposal, String rationale, String noConsultationReason) {
        portalBrowser.follow("Lämna förslag till beslut", "Förslag till beslut");
        ChromeDriver driver = portalBrowser.driver();
        driver.findElement(By.id("proposal")).sendKeys(proposal);
        driver.findElement(By.id("rationale")).sendKeys(rationale);
        if (noConsultationReason != null) {
            driver.findElement(By.id("noConsultationReason")).sendKeys(noConsultationReason);
        }
        driver.findElement(By.cssSelector("form[action$='/forslag'] button[type=submit]")).click();
    }
}
