package cn.gov.dongguan.voucher.app.it;

import static org.assertj.core.api.Assertions.assertThat;

import com.deque.html.axecore.results.Results;
import com.deque.html.axecore.results.Rule;
import com.deque.html.axecore.selenium.AxeBuilder;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Debian's headless Chromium driven by Debian's chromedriver (both paths given, so Selenium Manager
 * never runs and nothing is downloaded), at 1366×768, with its profile under {@code target/}. A
 * missing browser fails the suite: {@code .ci/run} installs it, and it is never skipped.
 */
final class Browser implements AutoCloseable {

    static final Path CHROMIUM = Path.of(System.getProperty("it.chromium", "/usr/bin/chromium"));
    static final Path CHROMEDRIVER = Path.of(System.getProperty("it.chromedriver", "/usr/bin/chromedriver"));
    private static final AtomicInteger SHOTS = new AtomicInteger();

    final WebDriver driver;
    final String baseUrl;
    /** Where the browser saves downloads (exports, materials). */
    final Path downloads;

    private final Path screenshots;

    Browser(String baseUrl) throws IOException {
        if (!Files.isExecutable(CHROMIUM) || !Files.isExecutable(CHROMEDRIVER)) {
            throw new IllegalStateException("the browser suite needs Debian's chromium and chromium-driver (" + CHROMIUM
                    + ", " + CHROMEDRIVER + "): apt-get install -y chromium chromium-driver");
        }
        this.baseUrl = baseUrl;
        Path target = Path.of(System.getProperty("it.work", "target"));
        screenshots = target.resolve("screenshots");
        Files.createDirectories(screenshots);
        Path profile = target.resolve("chromium-" + UUID.randomUUID());
        downloads = profile.resolve("downloads").toAbsolutePath();
        Files.createDirectories(downloads);
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM.toFile());
        options.addArguments(
                "--headless=new",
                "--no-sandbox",
                "--disable-gpu",
                "--disable-dev-shm-usage",
                "--window-size=1366,768",
                "--lang=zh-CN",
                "--user-data-dir=" + profile.toAbsolutePath(),
                "--disable-background-networking",
                "--disable-component-update",
                "--disable-sync",
                "--no-first-run",
                "--disable-quic");
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(CHROMEDRIVER.toFile())
                .usingAnyFreePort()
                .withLogFile(target.resolve("chromedriver.log").toFile())
                .build();
        options.setExperimentalOption(
                "prefs",
                Map.of("download.default_directory", downloads.toString(), "download.prompt_for_download", false));
        driver = new ChromeDriver(service, options);
        ((ChromeDriver) driver)
                .executeCdpCommand(
                        "Browser.setDownloadBehavior",
                        Map.of("behavior", "allow", "downloadPath", downloads.toString()));
        driver.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(60));
    }

    void open(String path) {
        driver.get(baseUrl + path);
        waitForPage();
    }

    /** Logs in through the form and lands on the dashboard. */
    void login(String user, String password) {
        open("/login.xhtml");
        type("login:username", user);
        type("login:password", password);
        clickAndLoad("login:submit");
    }

    void logout() {
        clickAndLoad("userbar:logout");
        waitFor(ExpectedConditions.presenceOfElementLocated(By.id("login:username")));
    }

    void type(String id, String text) {
        WebElement field = waitFor(ExpectedConditions.visibilityOfElementLocated(By.id(id)));
        field.clear();
        // a PrimeFaces inputNumber (autoNumeric) keeps its value through clear(): select it, type over it
        field.sendKeys(Keys.chord(Keys.CONTROL, "a"));
        field.sendKeys(text);
    }

    /**
     * Types a date into a PrimeFaces date picker and leaves the field, so that the picker takes the
     * typed day; types again (saying so) if its overlay swallowed the keys, until the field shows it.
     */
    void typeDate(String id, String day) {
        for (int attempt = 0; attempt < 3; attempt++) {
            type(id, day);
            // leave the field as a user does, by clicking outside: the picker takes the day and closes
            driver.findElement(By.tagName("h1")).click();
            waitForPage();
            if (day.equals(driver.findElement(By.id(id)).getAttribute("value"))) {
                return;
            }
            System.out.println("[browser] the date picker " + id + " dropped the typed date; typing it again");
        }
        assertThat(driver.findElement(By.id(id)).getAttribute("value"))
                .as("the date typed into " + id)
                .isEqualTo(day);
    }

    /** Clicks an ajax button and waits until PrimeFaces has answered. */
    void click(String id) {
        waitFor(ExpectedConditions.elementToBeClickable(By.id(id))).click();
        waitForPage();
    }

    /** Clicks something that loads a new page (a form post, a redirect) and waits for the new page. */
    void clickAndLoad(String id) {
        WebElement html = driver.findElement(By.tagName("html"));
        waitFor(ExpectedConditions.elementToBeClickable(By.id(id))).click();
        waitFor(d -> gone(html));
        waitForPage();
    }

    /** Clicks a download button and waits for the file (emptying the folder first); returns its path. */
    Path download(By button, String fileName) throws IOException {
        try (var old = Files.list(downloads)) {
            for (Path p : old.toList()) {
                Files.delete(p);
            }
        }
        waitFor(ExpectedConditions.elementToBeClickable(button)).click();
        Path file = downloads.resolve(fileName);
        waitFor(d -> Files.exists(file) && !Files.exists(downloads.resolve(fileName + ".crdownload")));
        return file;
    }

    /** Whether the element left the document (the page was replaced). */
    static boolean gone(WebElement element) {
        try {
            element.isEnabled();
            return false;
        } catch (org.openqa.selenium.WebDriverException e) {
            // stale, or "node does not belong to the document": both mean the old page is gone
            return true;
        }
    }

    /**
     * Each label of the form grids sits on the row of the field it names: a label a row above or
     * below its field (a message taking a grid cell of its own shifts every row after it) fails.
     */
    void assertLabelsBesideTheirFields(String formId) {
        List<WebElement> labels = driver.findElements(By.cssSelector("[id='" + formId + "'] .form-grid > label[for]"));
        assertThat(labels).as("labels of the form grids of %s", formId).isNotEmpty();
        for (WebElement label : labels) {
            WebElement field = driver.findElement(By.id(label.getAttribute("for")));
            int labelMiddle = label.getRect().getY() + label.getRect().getHeight() / 2;
            int fieldTop = field.getRect().getY();
            int fieldBottom = fieldTop + Math.max(field.getRect().getHeight(), 1);
            assertThat(labelMiddle)
                    .as("label '%s' beside its field %s", label.getText(), label.getAttribute("for"))
                    .isBetween(fieldTop - 12, fieldBottom + 12);
        }
    }

    /**
     * What the page says after a refusal holds no Latin-letter text (issue 11): the page messages and
     * the messages beside the fields, rule IDs ({@code R-ELIG-4}) and credit codes aside.
     */
    void assertMessagesInTheUsersWords() {
        StringBuilder text = new StringBuilder(byId("messages").getText());
        driver.findElements(By.cssSelector(".ui-message-error, .ui-messages-error"))
                .forEach(m -> text.append(' ').append(m.getText()));
        assertThat(text.toString().strip()).as("the page says why").isNotEmpty();
        String rest = text.toString().replaceAll("R-[A-Z]+-\\d+", "").replaceAll("\\b[0-9A-Z]{18}\\b", "");
        assertThat(rest).as("messages in Chinese: %s", text).doesNotContainPattern("[A-Za-z]");
    }

    WebElement byId(String id) {
        return waitFor(ExpectedConditions.presenceOfElementLocated(By.id(id)));
    }

    boolean has(String id) {
        return !driver.findElements(By.id(id)).isEmpty();
    }

    String text() {
        return driver.findElement(By.tagName("body")).getText();
    }

    /** Waits until the page is loaded and PrimeFaces has no request in flight. */
    void waitForPage() {
        waitFor(d -> {
            Object ready = ((JavascriptExecutor) d)
                    .executeScript(
                            "return document.readyState === 'complete' && (!window.PrimeFaces || !PrimeFaces.ajax"
                                    + " || PrimeFaces.ajax.Queue.isEmpty());");
            return Boolean.TRUE.equals(ready);
        });
    }

    /** Waits up to 30 s; on a time-out saves a screenshot and names the page and its messages. */
    <T> T waitFor(Function<WebDriver, T> condition) {
        try {
            return new WebDriverWait(driver, Duration.ofSeconds(30), Duration.ofMillis(50)).until(condition::apply);
        } catch (org.openqa.selenium.TimeoutException e) {
            String page = driver.getCurrentUrl();
            String shot;
            try {
                shot = screenshot("timeout").toString();
            } catch (IOException | RuntimeException io) {
                shot = "none";
            }
            String body;
            try {
                body = text();
            } catch (RuntimeException gone) {
                body = "?";
            }
            throw new AssertionError(
                    "timed out on " + page + " (screenshot " + shot + "); the page shows: "
                            + body.substring(0, Math.min(body.length(), 1500)),
                    e);
        }
    }

    /** Waits until the page shows the text. */
    void waitForText(String text) {
        waitFor(d -> d.findElement(By.tagName("body")).getText().contains(text));
    }

    /** Saves a screenshot of the whole page (not just the window) as {@code target/screenshots/NN-name.png}. */
    Path screenshot(String name) throws IOException {
        Path to = screenshots.resolve(String.format("%02d-%s.png", SHOTS.incrementAndGet(), name));
        long width = ((Number)
                        ((JavascriptExecutor) driver).executeScript("return document.documentElement.clientWidth;"))
                .longValue();
        long height = ((Number) ((JavascriptExecutor) driver)
                        .executeScript(
                                "return Math.max(document.body.scrollHeight, document.documentElement.scrollHeight);"))
                .longValue();
        Map<String, Object> shot = ((ChromeDriver) driver)
                .executeCdpCommand(
                        "Page.captureScreenshot",
                        Map.of(
                                "format",
                                "png",
                                "captureBeyondViewport",
                                true,
                                "clip",
                                Map.of(
                                        "x",
                                        0,
                                        "y",
                                        0,
                                        "width",
                                        width,
                                        "height",
                                        Math.min(height, 10_000),
                                        "scale",
                                        1)));
        Files.write(to, Base64.getDecoder().decode((String) shot.get("data")));
        return to;
    }

    /**
     * Runs axe-core (injected into the page) against WCAG 2.1 A and AA and fails on serious or
     * critical violations, naming each rule and the first elements it found.
     */
    void assertAccessible(String page) {
        Results results = new AxeBuilder()
                .withTags(List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa"))
                .analyze(driver);
        List<String> serious = results.getViolations().stream()
                .filter(r -> "serious".equals(r.getImpact()) || "critical".equals(r.getImpact()))
                .map(Browser::describe)
                .toList();
        System.out.printf(
                "[browser] axe-core on %s: %d violations (%d serious or critical), %d rules passed%n",
                page,
                results.getViolations().size(),
                serious.size(),
                results.getPasses().size());
        results.getViolations().forEach(r -> System.out.println("[browser]   " + describe(r)));
        assertThat(serious).as("serious accessibility violations on " + page).isEmpty();
    }

    private static String describe(Rule rule) {
        return rule.getImpact() + " " + rule.getId() + ": " + rule.getHelp() + " at "
                + rule.getNodes().stream()
                        .limit(3)
                        .map(n -> n.getTarget() + " " + n.getHtml())
                        .toList();
    }

    @Override
    public void close() {
        driver.quit();
    }
}
