package dk.aarsrapport.web;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import org.openqa.selenium.By;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;

import com.deque.html.axecore.results.Results;
import com.deque.html.axecore.results.Rule;
import com.deque.html.axecore.selenium.AxeBuilder;

/**
 * Debian's headless Chromium driven through Debian's chromedriver (Selenium's driver manager cannot download
 * here). Without the two programs the browser tests are skipped, with the reason printed.
 */
final class Browser implements AutoCloseable {

    // Debian's paths; the properties are there to show the skip on a machine that has them
    static final Path CHROMIUM = Path.of(System.getProperty("aarsrapport.test.chromium", "/usr/bin/chromium"));
    static final Path CHROMEDRIVER = Path.of(System.getProperty("aarsrapport.test.chromedriver", "/usr/bin/chromedriver"));

    final ChromeDriver driver;
    /** One line per page axe-core has checked, for the test's log. */
    final List<String> checked = new ArrayList<>();
    private final String base;

    private Browser(ChromeDriver driver, String base) {
        this.driver = driver;
        this.base = base;
    }

    /** Why the browser tests cannot run here, or empty when Chromium and its driver are installed. */
    static java.util.Optional<String> missing() {
        List<String> absent = java.util.stream.Stream.of(CHROMIUM, CHROMEDRIVER).filter(p -> !Files.isExecutable(p))
                .map(Path::toString).toList();
        return absent.isEmpty() ? java.util.Optional.empty() : java.util.Optional.of("Browsertestene springes over: "
                + String.join(" og ", absent) + " findes ikke (Debian: apt-get install chromium chromium-driver).");
    }

    /** A headless Chromium against {@code base}; only when {@link #missing()} is empty. */
    static Browser start(String base) {
        ChromeOptions options = new ChromeOptions().setBinary(CHROMIUM.toFile())
                .addArguments("--headless=new", "--window-size=1280,1100", "--disable-dev-shm-usage");
        if ("root".equals(System.getProperty("user.name"))) {
            options.addArguments("--no-sandbox"); // Chromium's sandbox refuses to run as root
        }
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(CHROMEDRIVER.toFile()).usingAnyFreePort()
                // Chromium on Linux takes its own language (the file picker's words) from LANGUAGE; Danish
                // needs Debian's chromium-l10n, English otherwise
                .withEnvironment(java.util.Map.of("LANGUAGE", "da")).build();
        ChromeDriver driver = new ChromeDriver(service, options);
        driver.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(60)).scriptTimeout(Duration.ofSeconds(60));
        return new Browser(driver, base);
    }

    void open(String path) {
        driver.get(base + path);
    }

    String path() {
        String url = driver.getCurrentUrl();
        return url.startsWith(base) ? url.substring(base.length()) : url;
    }

    String text() {
        return driver.findElement(By.tagName("body")).getText();
    }

    /** The page's text, or null when the page replaced itself (a reload of its own) while it was being read. */
    String textUnlessReplaced() {
        try {
            return text();
        } catch (org.openqa.selenium.StaleElementReferenceException e) {
            return null;
        } catch (org.openqa.selenium.WebDriverException e) {
            if (String.valueOf(e.getMessage()).contains("does not belong to the document")) {
                return null;
            }
            throw e;
        }
    }

    /** Clicks and waits until the next page has replaced this one, so what follows reads the new page. */
    void clickAndWait(By what) {
        org.openqa.selenium.WebElement old = driver.findElement(By.tagName("html"));
        driver.findElement(what).click();
        // Chromium answers for a node of the page just replaced either "stale element" or, while the next page
        // is coming in, "Node with given id does not belong to the document"; both mean the old page is gone
        new org.openqa.selenium.support.ui.WebDriverWait(driver, Duration.ofSeconds(60)).until(d -> {
            try {
                old.isEnabled();
                return false;
            } catch (org.openqa.selenium.StaleElementReferenceException e) {
                return true;
            } catch (org.openqa.selenium.WebDriverException e) {
                return String.valueOf(e.getMessage()).contains("does not belong to the document");
            }
        });
        waitUntilLoaded();
    }

    void waitUntilLoaded() {
        new org.openqa.selenium.support.ui.WebDriverWait(driver, Duration.ofSeconds(60))
                .until(d -> "complete".equals(driver.executeScript("return document.readyState")));
    }

    void logIn(String name, String password) {
        open("/login");
        driver.findElement(By.id("username")).sendKeys(name);
        driver.findElement(By.id("password")).sendKeys(password);
        clickAndWait(By.cssSelector("main form button[type=submit]"));
    }

    void logOut() {
        clickAndWait(By.cssSelector("form.logout button"));
    }

    /** The same-origin links of the page, as paths. */
    List<String> links() {
        List<String> paths = new ArrayList<>();
        for (var a : driver.findElements(By.cssSelector("a[href]"))) {
            String href = a.getDomAttribute("href");
            if (href != null && href.startsWith("/")) {
                paths.add(href.contains("#") ? href.substring(0, href.indexOf('#')) : href);
            }
        }
        return paths;
    }

    /** The WCAG 2.1 A and AA violations axe-core finds on the open page, one line each. */
    List<String> axeViolations() {
        Results results = new AxeBuilder().withTags(List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa"))
                .analyze(driver);
        List<String> found = new ArrayList<>();
        if (results.getPasses().isEmpty()) {
            found.add(path() + ": axe-core checked nothing");
        }
        checked.add(path() + ": " + results.getPasses().size() + " regler bestået, " + results.getViolations().size()
                + " overtrådt");
        for (Rule rule : results.getViolations()) {
            found.add(path() + ": " + rule.getId() + " (" + rule.getHelp() + ") "
                    + rule.getNodes().stream().map(n -> String.valueOf(n.getTarget())).toList());
        }
        if (results.isErrored()) {
            found.add(path() + ": axe-core failed: " + results.getErrorMessage());
        }
        return found;
    }

    /** The whole page, not only the window: the window is made as tall as the page for the shot. */
    void screenshot(Path png) throws IOException {
        org.openqa.selenium.Dimension before = driver.manage().window().getSize();
        long height = (Long) driver.executeScript("return document.documentElement.scrollHeight");
        long chrome = (Long) driver.executeScript("return window.outerHeight - window.innerHeight");
        driver.manage().window().setSize(new org.openqa.selenium.Dimension(before.getWidth(), (int) (height + chrome)));
        File shot = driver.getScreenshotAs(OutputType.FILE);
        driver.manage().window().setSize(before);
        Files.createDirectories(png.getParent());
        Files.copy(shot.toPath(), png, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
    }

    @Override
    public void close() {
        driver.quit();
    }
}
