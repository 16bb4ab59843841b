package nl.eisenwijzer.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.openqa.selenium.By;
import org.openqa.selenium.Cookie;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * A real headless Chromium (Debian's chromium and chromium-driver, which .ci/run installs) driven by
 * Selenium, with what every browser test needs: axe-core (from the npm packages the build installs) run on a
 * page with a failure for every serious or critical violation, screenshots into docs/screenshots, and a
 * download fetched with the browser's own session.
 */
final class Browser implements AutoCloseable {

    static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");
    private static final Path AXE = Path.of("src/main/web/node_modules/axe-core/axe.min.js");
    static final Path SCREENSHOTS = Path.of("docs/screenshots");

    private final ChromeDriver driver;
    private final String base;

    Browser(int port) {
        assertThat(CHROMIUM).as("Debian's chromium (apt-get install chromium chromium-driver; .ci/run does)").exists();
        assertThat(CHROMEDRIVER).as("Debian's chromium-driver").exists();
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM.toFile());
        options.addArguments("--headless=new", "--no-sandbox", "--disable-dev-shm-usage", "--window-size=1280,1800",
                "--lang=nl-NL");
        ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(CHROMEDRIVER.toFile())
                .usingAnyFreePort().build();
        this.driver = new ChromeDriver(service, options);
        this.base = "http://localhost:" + port;
    }

    ChromeDriver driver() {
        return driver;
    }

    void open(String path) {
        driver.get(base + path);
    }

    WebElement find(String css) {
        return driver.findElement(By.cssSelector(css));
    }

    List<WebElement> all(String css) {
        return driver.findElements(By.cssSelector(css));
    }

    void type(String css, String text) {
        WebElement field = find(css);
        field.clear();
        field.sendKeys(text);
    }

    /** Sets a field's value as the browser's own picker would (date fields take their locale's typing order). */
    void setValue(String css, String value) {
        ((JavascriptExecutor) driver).executeScript("arguments[0].value = arguments[1]", find(css), value);
    }

    /**
     * Clicks an element. A submit button's click returns once the server's answer has replaced the page: the
     * browser starts the navigation after the click, and a look at the page before then would see the old one.
     */
    void click(String css) {
        WebElement element = find(css);
        ((JavascriptExecutor) driver).executeScript("arguments[0].scrollIntoView({block: 'center'})", element);
        boolean submits = "submit".equals(element.getDomProperty("type"));
        element.click();
        if (submits) {
            new WebDriverWait(driver, Duration.ofSeconds(60)).until(ExpectedConditions.stalenessOf(element));
        }
    }

    String text(String css) {
        return find(css).getText();
    }

    String path() {
        return URI.create(driver.getCurrentUrl()).getPath();
    }

    /** Waits until the element holds the text; an element htmx swaps out while it is read is read again. */
    void waitFor(String css, String text) {
        new WebDriverWait(driver, Duration.ofSeconds(15)).ignoring(org.openqa.selenium.StaleElementReferenceException.class).until(d -> {
            List<WebElement> found = d.findElements(By.cssSelector(css));
            return !found.isEmpty() && found.get(0).getText().contains(text);
        });
    }

    /** Runs axe-core (WCAG 2.0/2.1 A and AA rules) on the page; fails on any serious or critical violation. */
    @SuppressWarnings("unchecked")
    void assertAccessible(String page) {
        try {
            ((JavascriptExecutor) driver).executeScript(Files.readString(AXE));
        } catch (IOException e) {
            throw new UncheckedIOException("axe-core is installed by the build into src/main/web/node_modules", e);
        }
        Map<String, Object> results = (Map<String, Object>) ((JavascriptExecutor) driver).executeAsyncScript(
                "const done = arguments[arguments.length - 1];"
                        + "axe.run(document, {runOnly: {type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']}})"
                        + ".then(r => done({violations: r.violations.map(v => ({id: v.id, impact: v.impact, help: v.help,"
                        + " nodes: v.nodes.map(n => n.target.join(' ')).slice(0, 5)}))}))"
                        + ".catch(e => done({error: String(e)}));");
        assertThat(results.get("error")).as("axe on " + page).isNull();
        List<String> serious = new ArrayList<>();
        for (Map<String, Object> violation : (List<Map<String, Object>>) results.get("violations")) {
            Object impact = violation.get("impact");
            if ("serious".equals(impact) || "critical".equals(impact)) {
                serious.add(violation.get("id") + " (" + impact + "): " + violation.get("help") + " at " + violation.get("nodes"));
            }
        }
        assertThat(serious).as("serious or critical accessibility violations on " + page).isEmpty();
    }

    /** A screenshot for docs/screenshots: the page from its top, up to 2200 pixels tall. */
    void screenshot(String name) {
        JavascriptExecutor js = driver;
        js.executeScript("window.scrollTo(0, 0)");
        long height = Math.min(2200, ((Number) js.executeScript("return document.documentElement.scrollHeight")).longValue());
        driver.manage().window().setSize(new org.openqa.selenium.Dimension(1280, (int) Math.max(900, height)));
        js.executeScript("window.scrollTo(0, 0)");
        try {
            Files.createDirectories(SCREENSHOTS);
            Files.write(SCREENSHOTS.resolve(name + ".png"), ((TakesScreenshot) driver).getScreenshotAs(OutputType.BYTES));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            driver.manage().window().setSize(new org.openqa.selenium.Dimension(1280, 1800));
        }
    }

    /** Fetches what a link points at with the browser's session cookie, as a download would. */
    HttpResponse<byte[]> download(String href) {
        Cookie session = driver.manage().getCookieNamed("JSESSIONID");
        HttpRequest request = HttpRequest.newBuilder(URI.create(href.startsWith("http") ? href : base + href))
                .header("Cookie", "JSESSIONID=" + session.getValue()).GET().build();
        try {
            return HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofByteArray());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    void signIn(String username, String password) {
        open("/aanmelden");
        type("#username", username);
        type("#password", password);
        click("button[type=submit].utrecht-button--primary-action");
    }

    @Override
    public void close() {
        driver.quit();
    }
}
