package dk.aarsrapport.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import dk.aarsrapport.AarsrapportApplication;
import dk.aarsrapport.support.Samples;

/**
 * The console in a real headless Chromium against the real web server on a random port, with a data folder
 * of its own: what a finance officer and a reader see, what the logged-out see, the forged and hostile
 * requests, the run from Dan rapport to the PDF, and axe-core's WCAG 2.1 A/AA check of every page. One browser
 * for the whole class.
 */
@SpringBootTest(classes = AarsrapportApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"spring.main.web-application-type=servlet", "aarsrapport.web.max-upload=1MB"})
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class ConsoleBrowserTest {

    static final Path tmp = ConsoleTestContext.newFolder();
    static final String PASSWORD = "hemmelig-kode-42";
    /**
     * The year page with its findings. The README's copy is remade with
     * {@code -Daarsrapport.test.screenshot=docs/images/konsol-aar-fund.png}; by default the shot goes to the
     * temp folder, so that a test run does not change a committed file (its times differ on every run).
     */
    static final Path SCREENSHOT = Path.of(System.getProperty("aarsrapport.test.screenshot",
            System.getProperty("java.io.tmpdir") + "/konsol-aar-fund.png"));

    @DynamicPropertySource
    static void settings(DynamicPropertyRegistry registry) {
        ConsoleTestContext.register(registry, tmp);
    }

    @LocalServerPort
    int port;

    @Autowired
    WebUsers users;

    Browser browser;
    /** Every page a logged-in finance officer reaches by following links. */
    final Set<String> reached = new LinkedHashSet<>();

    @BeforeAll
    void start() {
        if (Browser.missing().isPresent()) {
            System.out.println(Browser.missing().get());
            return;
        }
        browser = Browser.start("http://127.0.0.1:" + port);
        users.add("anna", Role.OEKONOMI, PASSWORD);
        users.add("lars", Role.LAESER, PASSWORD);
    }

    @BeforeEach
    void needsTheBrowser() {
        assumeTrue(browser != null, () -> Browser.missing().orElse("no browser"));
    }

    @AfterAll
    void stop() {
        if (browser != null) {
            System.out.println("axe-core (WCAG 2.1 A/AA) på " + browser.checked.size() + " sider:\n  "
                    + String.join("\n  ", browser.checked));
            browser.close();
        }
    }

    private void assertAccessible() {
        assertThat(browser.axeViolations()).as("axe-core on " + browser.path()).isEmpty();
    }

    private void upload(Path file) {
        browser.driver.findElement(By.id("fil")).sendKeys(file.toAbsolutePath().toString());
        browser.clickAndWait(By.cssSelector("form[enctype='multipart/form-data'] button"));
    }

    /** A POST from the page's own script context, as a hand-made request would be; its HTTP status. */
    private long post(String path, String body, boolean withToken) {
        return (Long) browser.driver.executeAsyncScript("""
                const done = arguments[arguments.length - 1];
                const body = new URLSearchParams(arguments[1]);
                const token = document.querySelector('input[name=_csrf]');
                if (arguments[2] && token) body.append('_csrf', token.value);
                fetch(arguments[0], {method: 'POST', body: body, redirect: 'manual'})
                    .then(r => done(r.status), e => done(-1));""", path, body, withToken);
    }

    @Test
    @Order(1)
    void theLoginPageIsAccessibleAndEveryPageNeedsIt() {
        browser.open("/");
        assertThat(browser.path()).isEqualTo("/login");
        assertAccessible();
    }

    @Test
    @Order(2)
    void aFinanceOfficerUploadsAWorkbookWithAnErrorInATotalAndSeesTheFindingWithItsCell() throws Exception {
        browser.logIn("anna", PASSWORD);
        assertThat(browser.text()).contains("Logget ind som anna");
        assertAccessible();
        browser.open("/aar/2015");
        Path files = Files.createDirectories(tmp.resolve("upload"));
        for (Path csv : Files.list(Samples.CSV_2015).sorted().toList()) {
            Path copy = files.resolve(csv.getFileName());
            String content = Files.readString(csv, StandardCharsets.UTF_8);
            if (csv.getFileName().toString().equals("regnskab.csv")) {
                content = content.replace("141.708;131.910;136.667;137.236;569", "141.708;131.910;136.667;137.999;569");
            }
            Files.writeString(copy, content, StandardCharsets.UTF_8);
            upload(copy);
            assertThat(browser.text()).contains("Filen " + csv.getFileName() + " er gemt");
        }
        browser.clickAndWait(By.xpath("//button[normalize-space()='Valider']"));
        assertThat(browser.text()).contains("Valideret:");
        List<WebElement> rows = browser.driver.findElements(By.cssSelector("table.fund tbody tr"));
        List<String> finding = rows.stream().map(WebElement::getText).filter(t -> t.contains("137.999")).toList();
        assertThat(finding).hasSize(1);
        List<WebElement> cells = rows.stream().filter(r -> r.getText().contains("137.999")).findFirst().orElseThrow()
                .findElements(By.tagName("td"));
        assertThat(cells.get(0).getText()).isEqualTo("Fejl");
        assertThat(cells.get(2).getText()).isEqualTo("Arbejdsmarkeds- og overførselsområdet");
        assertThat(cells.get(3).getText()).matches("regnskab\\.csv, regnskab linje \\d+, kolonne \\S+");
        assertAccessible();
        browser.screenshot(SCREENSHOT);
    }

    @Test
    @Order(3)
    void everyPageTheFinanceOfficerReachesIsAccessible() {
        List<String> todo = new ArrayList<>(List.of("/"));
        while (!todo.isEmpty()) {
            String path = todo.remove(0);
            if (!reached.add(path)) {
                continue;
            }
            if (path.contains("/filer/") || path.endsWith("/hent")) {
                continue; // a download or an output file: no page of the console's own
            }
            browser.open(path);
            assertThat(browser.path()).as(path).isEqualTo(path);
            assertAccessible();
            todo.addAll(browser.links());
        }
        assertThat(reached).contains("/", "/aar/2015", "/aar/2015/tal", "/historik", "/skabelon");
    }

    @Test
    @Order(4)
    void aPostWithoutItsCsrfTokenIsRefused() {
        browser.open("/aar/2015");
        assertThat(post("/aar/2015/valider", "", false)).isEqualTo(403);
        assertThat(post("/aar/2015/valider", "", true)).as("with the token: an opaque redirect").isEqualTo(0L);
    }

    @Test
    @Order(5)
    void anUploadNamedToLeaveTheYearLandsInsideIt() throws Exception {
        browser.open("/aar/2016");
        String book = Base64.getEncoder().encodeToString(Files.readAllBytes(Path.of("input/2015/konti.xlsx")));
        long status = (Long) browser.driver.executeAsyncScript("""
                const done = arguments[arguments.length - 1];
                const bytes = Uint8Array.from(atob(arguments[0]), c => c.charCodeAt(0));
                const form = new FormData();
                form.append('fil', new Blob([bytes]), '../../x.xlsx');
                fetch('/aar/2016/upload?_csrf=' + document.querySelector('input[name=_csrf]').value,
                    {method: 'POST', body: form, redirect: 'manual'}).then(r => done(r.status), e => done(-1));""",
                book);
        assertThat(status).isEqualTo(0L); // an opaque redirect, back to the year page
        browser.open("/aar/2016");
        assertThat(browser.text()).contains("Filen x.xlsx er gemt i input/2016/.");
        assertThat(tmp.resolve("input/2016/x.xlsx")).exists();
        assertThat(tmp.resolve("x.xlsx")).doesNotExist();
        assertThat(tmp.getParent().resolve("x.xlsx")).doesNotExist();
    }

    @Test
    @Order(6)
    void anOversizeUploadGetsAClearDanishMessageInTheBrowser() throws Exception {
        Path big = tmp.resolve("upload/stor.csv");
        byte[] line = "a;b;c;d;e;f;g;h\n".getBytes(StandardCharsets.US_ASCII);
        try (var out = Files.newOutputStream(big)) {
            // well past Tomcat's 2 MB it swallows of a refused body, so a reset connection would show here
            for (int i = 0; i < 24 * 1024 * 1024 / line.length; i++) {
                out.write(line);
            }
        }
        browser.open("/aar/2015");
        upload(big);
        assertThat(browser.text()).contains("Filen er for stor: højst 1 MB kan uploades").contains("Intet er gemt.");
        assertThat(tmp.resolve("input/2015/stor.csv")).doesNotExist();
        assertAccessible();
        browser.clickAndWait(By.linkText("Tilbage"));
        assertThat(browser.path()).isEqualTo("/aar/2015");
    }

    @Test
    @Order(7)
    void loggedOutEveryPageAndOutputFileRedirectsToTheLogin() throws Exception {
        browser.logOut();
        assertThat(browser.path()).startsWith("/login");
        assertAccessible();
        Set<String> urls = new LinkedHashSet<>(reached);
        try (var out = Files.list(tmp.resolve("output/2015"))) {
            out.filter(Files::isRegularFile).forEach(f -> urls.add("/aar/2015/filer/" + f.getFileName()));
        }
        assertThat(urls).anyMatch(u -> u.contains("/filer/"));
        for (String url : urls) {
            browser.open(url);
            assertThat(browser.path()).as(url).isEqualTo("/login");
        }
    }

    @Test
    @Order(8)
    void aReaderSeesNoUploadOrRunControlsAndAHandMadePostIsRefused() {
        browser.logIn("lars", PASSWORD);
        browser.open("/aar/2015");
        assertThat(browser.text()).contains("137.999");
        assertThat(browser.driver.findElements(By.id("fil"))).isEmpty();
        assertThat(browser.driver.findElements(By.xpath("//button[normalize-space()='Valider']"))).isEmpty();
        assertThat(post("/aar/2015/valider", "", true)).isEqualTo(403);
        assertAccessible();
        browser.logOut();
    }

    @Test
    @Order(9)
    void theAccessibilityCheckFindsAViolationWhenThereIsOne() {
        // a field without a label, in a page without a language: the check above is not one that cannot fail
        browser.driver.get("data:text/html;charset=utf-8,<title>x</title><main><input id=a></main>");
        assertThat(String.join("\n", browser.axeViolations())).contains("label").contains("html-has-lang");
        browser.checked.remove(browser.checked.size() - 1);
    }

    @Test
    @Order(10)
    void theCorrectedWorkbookIsGeneratedWithItsProgressAndThePdfLinkGivesTheFigures() throws Exception {
        browser.logIn("anna", PASSWORD);
        browser.open("/aar/2015");
        upload(Samples.CSV_2015.resolve("regnskab.csv"));
        assertThat(browser.text()).contains("Filen regnskab.csv er gemt");
        browser.clickAndWait(By.xpath("//button[normalize-space()='Dan rapport']"));
        assertThat(browser.path()).isEqualTo("/aar/2015/koersel");
        String runPage = browser.textUnlessReplaced();
        if (runPage == null) {
            // the sample's run ended before the page was read: the page has reloaded itself, once, with the output
            // and without the one-time message (seen in CI)
            browser.waitUntilLoaded();
            runPage = browser.text();
        } else if (!runPage.contains("Status\nfærdig")) {
            // read before the reload; after it (the run over, read from the reloaded page) the message is gone
            assertThat(runPage).contains("Kørslen af 2015 er startet.");
        }
        assertThat(runPage).contains("Startet af\nanna");

        // a second Dan rapport while this one runs, as a second tab would send it: told who holds the year
        String second = (String) browser.driver.executeAsyncScript("""
                const done = arguments[arguments.length - 1];
                const body = new URLSearchParams();
                body.append('_csrf', document.querySelector('input[name=_csrf]').value);
                fetch('/aar/2015/dan', {method: 'POST', body: body}).then(r => r.text()).then(done, e => done('' + e));""");
        boolean stillRunning = !second.contains("Kørslen af 2015 er startet.");
        assertThat(second).as("the second request's page").contains(stillRunning
                ? "En kørsel af 2015 er i gang" : "Kørslen af 2015 er startet.");

        // the page follows the run by its events and reloads itself once with the output when it is over
        Set<String> seen = new LinkedHashSet<>();
        new org.openqa.selenium.support.ui.WebDriverWait(browser.driver, java.time.Duration.ofSeconds(120))
                .pollingEvery(java.time.Duration.ofMillis(50))
                .ignoring(org.openqa.selenium.StaleElementReferenceException.class) // the page reloading itself
                .until(d -> {
                    seen.add(browser.text());
                    return !d.findElements(By.id("output-overskrift")).isEmpty();
                });
        List<WebElement> areas = browser.driver.findElements(By.cssSelector("#omraader tbody tr"));
        assertThat(areas).as(() -> "what the page showed: " + seen).hasSize(2);
        assertThat(browser.driver.findElement(By.id("status")).getText()).isNotBlank();
        System.out.println("Dan rapport: anden anmodning " + (stillRunning ? "afvist" : "efter den første") + "; "
                + seen.size() + " forskellige tilstande af siden set");
        assertAccessible();

        WebElement link = browser.driver.findElements(By.cssSelector("ul.output a")).stream()
                .filter(a -> a.getText().startsWith("aarsberetning-2015") && a.getText().endsWith(".pdf"))
                .findFirst().orElseThrow(() -> new AssertionError(browser.text()));
        String href = link.getDomAttribute("href");
        @SuppressWarnings("unchecked")
        List<String> answer = (List<String>) browser.driver.executeAsyncScript("""
                const done = arguments[arguments.length - 1];
                fetch(arguments[0]).then(async r => {
                    const bytes = new Uint8Array(await r.arrayBuffer());
                    let binary = '';
                    for (let i = 0; i < bytes.length; i += 8192) binary += String.fromCharCode(...bytes.subarray(i, i + 8192));
                    done([r.headers.get('Content-Type'), r.headers.get('Content-Disposition'), btoa(binary)]);
                }, e => done(['' + e, '', '']));""", href);
        assertThat(answer.get(0)).isEqualTo("application/pdf");
        assertThat(answer.get(1)).as("opens in the browser").startsWith("inline");
        Path pdf = tmp.resolve("hentet.pdf");
        Files.write(pdf, Base64.getDecoder().decode(answer.get(2)));
        assertThat(dk.aarsrapport.support.Pdfs.text(pdf)).contains("Arbejdsmarkeds- og overførselsområdet")
                .contains("137.236").doesNotContain("137.999");

        browser.clickAndWait(By.cssSelector("a[href='" + href + "']"));
        assertThat(browser.path()).as("the link opens the PDF itself").isEqualTo(href);
    }

    @Test
    @Order(11)
    void anXxeWorkbookAndARenamedZipBombUploadedInTheBrowserGetTheCommandLinesMessages() throws Exception {
        assertThat(uploadAndValidate(2019, HostileWorkbooks.xxe())).contains("aarsregnskab.xlsx").contains("DOCTYPE")
                .doesNotContain("root:");
        assertAccessible();
        assertThat(uploadAndValidate(2020, HostileWorkbooks.zipBomb())).contains("aarsregnskab.xlsx")
                .contains("zip-bombe");
        assertAccessible();
    }

    /** Uploads {@code book} as the year's aarsregnskab.xlsx in the browser, presses Valider; the page's text. */
    private String uploadAndValidate(int year, byte[] book) throws Exception {
        Path file = Files.createDirectories(tmp.resolve("upload/" + year)).resolve("aarsregnskab.xlsx");
        Files.write(file, book);
        browser.open("/aar/" + year);
        upload(file);
        assertThat(browser.text()).contains("Filen aarsregnskab.xlsx er gemt");
        browser.clickAndWait(By.xpath("//button[normalize-space()='Valider']"));
        return browser.text();
    }
}
