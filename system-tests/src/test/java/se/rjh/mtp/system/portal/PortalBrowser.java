package se.rjh.mtp.system.portal;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import se.rjh.mtp.testsupport.Await;
import se.rjh.mtp.testsupport.Browser;

/**
 * A headless Chromium on a {@link PortalStack}: signing in and out as a demo user, waiting for a page by its title,
 * and {@link #view} for each distinct page-and-role view: the accessibility gate, then a screenshot under
 * {@code target/portal-screenshots} for the README ({@code docs/portal/copy-screenshots.sh} copies them).
 */
public final class PortalBrowser implements AutoCloseable {

    private static final Path SCREENSHOTS = Path.of("target", "portal-screenshots");

    private final PortalStack portal;
    private final Browser browser;

    private PortalBrowser(PortalStack portal, Browser browser) {
        this.portal = portal;
        this.browser = browser;
    }

    public static PortalBrowser open(PortalStack portal) {
        Browser browser = Browser.start();
        browser.driver().manage().window().setSize(new Dimension(1280, 1000));
        return new PortalBrowser(portal, browser);
    }

    /**
     * A browser that opened a portal path, signed in as {@code user} (password = user name) and is on the page titled
     * {@code title}.
     */
    public static PortalBrowser signedIn(PortalStack portal, String path, String user, String title) {
        PortalBrowser browser = open(portal);
        try {
            browser.go(path);
            browser.signIn(user);
            browser.page(title);
            return browser;
        } catch (RuntimeException | Error e) {
            browser.close();
            throw e;
        }
    }

    public ChromeDriver driver() {
        return browser.driver();
    }

    public Browser browser() {
        return browser;
    }

    /** Opens a portal path, e.g. {@code /arenden}. */
    public void go(String path) {
        driver().get(portal.url() + path);
    }

    /** Follows the link with this text and waits for the page it leads to, by its title. */
    public void follow(String link, String title) {
        driver().findElement(By.linkText(link)).click();
        page(title);
    }

    /** Fills the authorization server's login form the browser has been sent to. */
    public void signIn(String user) {
        Await.until("the login form", Duration.ofSeconds(30),
                () -> driver().getCurrentUrl().startsWith(portal.issuer() + "/login"));
        assertThat(driver().findElement(By.tagName("html")).getAttribute("lang")).isEqualTo("sv");
        AccessibilityGate.check(driver(), "inloggningen");
        driver().findElement(By.name("username")).sendKeys(user);
        driver().findElement(By.name("password")).sendKeys(user);
        driver().findElement(By.cssSelector("button[type=submit]")).click();
    }

    /** Signs out; the next visit to the portal must sign in afresh, so both sessions ended. */
    public void signOut() {
        driver().findElement(By.xpath("//button[normalize-space()='Logga ut']")).click();
        page("Du är utloggad");
        go("/");
        Await.until("the login form again", Duration.ofSeconds(30),
                () -> driver().getCurrentUrl().startsWith(portal.issuer() + "/login"));
        go("/utloggad");
        page("Du är utloggad");
    }

    /** Signs out, then opens a portal path as {@code user} and waits for the page titled {@code title}. */
    public void signInAgain(String path, String user, String title) {
        signOut();
        go(path);
        signIn(user);
        page(title);
    }

    /**
     * Does what loads a new page (a click on a submit button) and waits until the old page is gone, for when the new
     * page has the old one's title (a form refused again), so {@link #page} alone cannot tell them apart.
     */
    public void reloadBy(Runnable action) {
        WebElement old = driver().findElement(By.tagName("html"));
        action.run();
        Await.until("the page to be replaced", Duration.ofSeconds(30), () -> {
            try {
                old.isDisplayed();
                return false;
            } catch (StaleElementReferenceException gone) {
                return true;
            }
        });
    }

    /** Waits for the page whose title starts with {@code title}; on failure names the page shown instead. */
    public void page(String title) {
        try {
            Await.until("the page \"" + title + "\"", Duration.ofSeconds(30),
                    () -> driver().getTitle().startsWith(title));
        } catch (AssertionError e) {
            // Which page the browser shows instead says why (a refusal, an error page) better than the timeout does.
            throw new AssertionError(e.getMessage() + "; shown instead: \"" + driver().getTitle() + "\" at "
                    + driver().getCurrentUrl() + ": " + text(), e);
        }
    }

    /** The visible text of the page. */
    public String text() {
        return driver().findElement(By.tagName("body")).getText();
    }

    /** The accessibility gate, then a screenshot named {@code name}. */
    public void view(String name) throws IOException {
        AccessibilityGate.check(driver(), name);
        Files.createDirectories(SCREENSHOTS);
        Files.copy(driver().getScreenshotAs(OutputType.FILE).toPath(), SCREENSHOTS.resolve(name + ".png"),
                StandardCopyOption.REPLACE_EXISTING);
    }

    @Override
    public void close() {
        browser.close();
    }
}
