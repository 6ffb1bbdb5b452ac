package kz.election.browser;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.openqa.selenium.By;
import org.openqa.selenium.ElementClickInterceptedException;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebDriverException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Debian's headless chromium driving Camunda's webapps as a person would. CI installs chromium and
 * chromium-driver (.ci/run); without them these tests fail rather than pass unseen.
 */
public final class Browser implements AutoCloseable {

    private static final String CHROMIUM = "/usr/bin/chromium";
    private static final String CHROMEDRIVER = "/usr/bin/chromedriver";

    // generous: CI machines have two cores and the first page load compiles Camunda's scripts
    private static final Duration PATIENCE = Duration.ofSeconds(60);

    private final WebDriver driver;
    private final String baseUrl;

    public Browser(int port) throws Exception {
        this(port, "en-US");
    }

    /**
     * A browser whose preferred language is {@code language} (e.g. "kk", "ru"): the webapps pick their
     * locale from navigator.languages, which follows the accept-languages preference.
     */
    public Browser(int port, String language) throws Exception {
        this.baseUrl = "http://localhost:" + port;
        ChromeOptions options = new ChromeOptions();
        options.addArguments("--lang=" + language);
        options.setExperimentalOption("prefs", java.util.Map.of("intl.accept_languages", language));
        options.setBinary(CHROMIUM);
        options.addArguments("--headless", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--no-first-run", "--window-size=1400,1000",
                "--user-data-dir=" + Files.createTempDirectory("chromium-profile"));
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(new File(CHROMEDRIVER))
                .usingAnyFreePort()
                .build();
        this.driver = new ChromeDriver(service, options);
    }

    public Browser open(String path) {
        driver.get(baseUrl + path);
        return this;
    }

    /** Camunda's webapp login form (docs/STACK-NOTES.md pitfall 11 names its fields). */
    public Browser logIn(String user, String password) {
        waitFor(By.cssSelector("input[ng-model='username']")).sendKeys(user);
        driver.findElement(By.cssSelector("input[type='password']")).sendKeys(password);
        driver.findElement(By.cssSelector("button[type='submit']")).click();
        return this;
    }

    /**
     * Clicks as a person does: closes Camunda's notifications first (they sit over the form's buttons, e.g.
     * "The process has been started" over Complete), brings the element to the middle of the window, and
     * waits until nothing else lies on top of it. No window size or notification timing is assumed.
     */
    public void click(WebElement element) {
        waiting(() -> new WebDriverWait(driver, PATIENCE)
                .ignoring(ElementClickInterceptedException.class)
                .ignoring(StaleElementReferenceException.class)
                .until(d -> {
                    closeNotifications();
                    JavascriptExecutor js = (JavascriptExecutor) d;
                    js.executeScript("arguments[0].scrollIntoView({block:'center', inline:'center'})", element);
                    if (!element.isDisplayed() || !element.isEnabled() || !Boolean.TRUE.equals(js.executeScript(UNCOVERED, element))) {
                        return false;
                    }
                    element.click();
                    return true;
                }));
    }

    /** Clicks the one button that says {@code label}, once it is there and enabled (a form with an error keeps it disabled). */
    public void press(String label) {
        WebElement button = waiting(() -> new WebDriverWait(driver, PATIENCE).until(d -> d.findElements(By.tagName("button"))
                .stream().filter(candidate -> candidate.isDisplayed() && candidate.getText().strip().equals(label))
                .findFirst().orElse(null)));
        click(button);
    }

    /** Closes every notification Tasklist shows, as a person would with its close button. */
    public void closeNotifications() {
        for (WebElement close : driver.findElements(By.cssSelector(".notifications .alert .close, .notifications .alert button"))) {
            try {
                if (close.isDisplayed()) {
                    close.click();
                }
            } catch (WebDriverException gone) {
                // it faded out by itself meanwhile
            }
        }
    }

    // true when the element's own centre is what a click there would hit
    private static final String UNCOVERED = """
            const r = arguments[0].getBoundingClientRect();
            const hit = document.elementFromPoint(r.left + r.width / 2, r.top + r.height / 2);
            return hit !== null && (hit === arguments[0] || arguments[0].contains(hit));
            """;

    public WebElement waitFor(By locator) {
        return waiting(() -> new WebDriverWait(driver, PATIENCE)
                .until(ExpectedConditions.visibilityOfElementLocated(locator)));
    }

    public boolean waitForText(String text) {
        return waiting(() -> new WebDriverWait(driver, PATIENCE).until(d -> d.getPageSource().contains(text)));
    }

    /**
     * Whether the page comes to hold {@code text} within {@code time}: for what must NOT appear, after the
     * page has shown that it finished loading what it would show.
     */
    public boolean comesToShow(String text, Duration time) {
        try {
            return new WebDriverWait(driver, time).until(d -> d.getPageSource().contains(text));
        } catch (org.openqa.selenium.TimeoutException e) {
            return false;
        }
    }

    /** A wait that gives up says where the browser was and keeps a screenshot of it. */
    private <T> T waiting(java.util.function.Supplier<T> wait) {
        try {
            return wait.get();
        } catch (org.openqa.selenium.TimeoutException e) {
            String shot = "timeout-" + System.currentTimeMillis();
            try {
                screenshot(shot);
            } catch (Exception ignored) {
                // the wait's own failure below is what matters
            }
            throw new AssertionError("Gave up waiting at " + driver.getCurrentUrl() + " (target/screenshots/" + shot
                    + ".png); the page said: " + pageText(), e);
        }
    }

    public WebDriver driver() {
        return driver;
    }

    /** The value a field shows now (the property, which forms set, not the HTML attribute). */
    public String valueOf(By locator) {
        return waitFor(locator).getDomProperty("value");
    }

    String pageSource() {
        return driver.getPageSource();
    }

    public String pageText() {
        return driver.findElement(By.tagName("body")).getText();
    }

    /** Keeps what the browser showed next to the test reports, for a person to look at. */
    public void screenshot(String name) throws Exception {
        Path target = Path.of("target", "screenshots", name + ".png");
        Files.createDirectories(target.getParent());
        Files.write(target, ((TakesScreenshot) driver).getScreenshotAs(OutputType.BYTES));
    }

    @Override
    public void close() {
        driver.quit();
    }
}
