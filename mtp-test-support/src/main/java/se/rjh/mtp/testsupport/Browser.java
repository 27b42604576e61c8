package se.rjh.mtp.testsupport;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Comparator;
import java.util.stream.Stream;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;

/**
 * Headless Debian chromium driven by Selenium WebDriver through Debian's chromedriver. Both paths are given
 * explicitly, so Selenium Manager never downloads anything. Missing packages fail the test (a browser test never
 * skips): {@code ./test.sh} installs them.
 */
public final class Browser implements AutoCloseable {

    /** Where Debian's {@code chromium} package puts the browser; {@code -Dmtp.chromium} overrides it. */
    public static final String CHROMIUM = System.getProperty("mtp.chromium", "/usr/bin/chromium");
    /** Where Debian's {@code chromium-driver} package puts the driver; {@code -Dmtp.chromedriver} overrides it. */
    public static final String CHROMEDRIVER = System.getProperty("mtp.chromedriver", "/usr/bin/chromedriver");

    private static final String INSTALL_HINT =
            "run ./test.sh, or: apt-get update && apt-get install -y chromium chromium-driver";

    private final ChromeDriver driver;
    private final Path profile;

    private Browser(ChromeDriver driver, Path profile) {
        this.driver = driver;
        this.profile = profile;
    }

    /** A fresh headless browser with an empty profile of its own. */
    public static Browser start() {
        requireExecutable(CHROMIUM, "chromium");
        requireExecutable(CHROMEDRIVER, "chromium-driver");
        System.setProperty(ChromeDriverService.CHROME_DRIVER_EXE_PROPERTY, CHROMEDRIVER);
        Path profile;
        try {
            profile = Files.createTempDirectory("mtp-chromium");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        ChromeOptions options = new ChromeOptions().setBinary(CHROMIUM).addArguments("--headless=new",
                "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage", "--no-first-run",
                "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--user-data-dir=" + profile);
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(new File(CHROMEDRIVER)).usingAnyFreePort().build();
        ChromeDriver driver = new ChromeDriver(service, options);
        driver.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(60)).scriptTimeout(Duration.ofSeconds(30));
        return new Browser(driver, profile);
    }

    private static void requireExecutable(String path, String debianPackage) {
        if (!Files.isExecutable(Path.of(path))) {
            throw new AssertionError("Browser tests need Debian's " + debianPackage + " at " + path
                    + ", which is not installed; " + INSTALL_HINT);
        }
    }

    public ChromeDriver driver() {
        return driver;
    }

    /** Runs {@code return <expression>} in the open page and gives back its value (null when undefined). */
    public Object evaluate(String expression) {
        return driver.executeScript("return " + expression + ";");
    }

    @Override
    public void close() {
        try {
            driver.quit();
        } finally {
            try (Stream<Path> files = Files.walk(profile)) {
                files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            } catch (IOException ignored) {
                // a leftover temporary profile is harmless
            }
        }
    }
}
