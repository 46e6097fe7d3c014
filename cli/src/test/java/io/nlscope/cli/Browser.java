package io.nlscope.cli;

import org.junit.jupiter.api.Assumptions;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.logging.LoggingPreferences;
import org.openqa.selenium.support.ui.WebDriverWait;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.logging.Level;

/**
 * Debian's Chromium, headless, driven through its chromedriver (both installed by scripts/test.sh): the real
 * browser the report tests open pages in. Without them the tests are skipped, unless
 * {@code -Dnlscope.browser=required} (scripts/test.sh sets it), where their absence fails.
 */
final class Browser implements AutoCloseable {
    static final Path CHROMIUM = Path.of("/usr/bin/chromium"), DRIVER = Path.of("/usr/bin/chromedriver");
    /** Where the screenshots are kept: the test run's artifacts. */
    static final Path SHOTS = ReadCommandTest.root().resolve("cli/target/report-screenshots");

    /** Selenium warns that it has no DevTools bindings for this Chromium: the tests use none. Held, so that the level stays. */
    private static final java.util.logging.Logger CDP = java.util.logging.Logger.getLogger("org.openqa.selenium.devtools");

    static { CDP.setLevel(Level.SEVERE); }

    final ChromeDriver driver;
    private final Path profile;

    private Browser(ChromeDriver driver, Path profile) {
        this.driver = driver;
        this.profile = profile;
    }

    static Browser start() throws IOException {
        boolean present = Files.isExecutable(CHROMIUM) && Files.isExecutable(DRIVER);
        if (!present && "required".equals(System.getProperty("nlscope.browser")))
            throw new IllegalStateException("the browser tests need " + CHROMIUM + " and " + DRIVER + " (Debian: apt-get install chromium chromium-driver)");
        Assumptions.assumeTrue(present, "no " + CHROMIUM + " and " + DRIVER + ": browser tests skipped");
        Path profile = Files.createTempDirectory("nlscope-chromium");
        ChromeOptions o = new ChromeOptions();
        o.setBinary(CHROMIUM.toFile());
        // as root, in a sandbox without network: no sandbox of its own, nothing fetched in the background
        o.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                "--disable-background-networking", "--disable-component-update", "--disable-sync", "--disable-dev-shm-usage",
                "--user-data-dir=" + profile, "--window-size=1400,1000", "--hide-scrollbars", "--force-device-scale-factor=1");
        LoggingPreferences logs = new LoggingPreferences();
        logs.enable(LogType.BROWSER, Level.ALL);
        o.setCapability("goog:loggingPrefs", logs);
        ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(DRIVER.toFile()).usingAnyFreePort().build();
        return new Browser(new ChromeDriver(service, o), profile);
    }

    /** Opens the page from disk and waits until its script says it is ready ({@code body[data-ready]}). */
    void open(Path page) {
        driver.get(page.toUri().toString());
        new WebDriverWait(driver, Duration.ofSeconds(30)).until(d -> d.findElement(By.tagName("body")).getAttribute("data-ready") != null);
    }

    /** The console's warnings and errors since the last call. */
    List<String> consoleProblems() {
        return driver.manage().logs().get(LogType.BROWSER).getAll().stream()
                .filter(e -> e.getLevel().intValue() >= Level.WARNING.intValue()).map(LogEntry::toString).toList();
    }

    WebElement find(String css) { return driver.findElement(By.cssSelector(css)); }

    List<WebElement> all(String css) { return driver.findElements(By.cssSelector(css)); }

    /** Clicks {@code css} as a user would, once it is scrolled to the middle of the window (not under the sticky nav). */
    void click(String css) {
        WebElement e = find(css);
        script("arguments[0].scrollIntoView({block: 'center'})", e);
        e.click();
    }

    Object script(String js, Object... args) { return ((JavascriptExecutor) driver).executeScript(js, args); }

    /** Waits until {@code css}'s text is {@code text}; returns the text seen last. */
    String waitForText(String css, String text) {
        try {
            new WebDriverWait(driver, Duration.ofSeconds(10)).until(d -> text.equals(d.findElement(By.cssSelector(css)).getText()));
        } catch (org.openqa.selenium.TimeoutException e) {
            // the caller's assertion says what was there instead
        }
        return find(css).getText();
    }

    /** A screenshot of one element (a section of the page), kept under {@link #SHOTS}. */
    Path screenshot(WebElement e, String name) throws IOException {
        Files.createDirectories(SHOTS);
        script("arguments[0].scrollIntoView()", e);
        Path to = SHOTS.resolve(name + ".png");
        Files.write(to, e.getScreenshotAs(OutputType.BYTES));
        return to;
    }

    @Override public void close() throws IOException {
        try {
            driver.quit();
        } finally {
            try (var w = Files.walk(profile)) {
                for (Path p : w.sorted(java.util.Comparator.reverseOrder()).toList()) Files.deleteIfExists(p);
            }
        }
    }
}
