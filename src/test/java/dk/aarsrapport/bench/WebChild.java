package dk.aarsrapport.bench;

import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.springframework.boot.Banner;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;

import dk.aarsrapport.AarsrapportApplication;
import dk.aarsrapport.job.JobRunner;
import dk.aarsrapport.job.Progress;
import dk.aarsrapport.support.Samples;
import dk.aarsrapport.web.Role;
import dk.aarsrapport.web.WebUsers;

/**
 * The console's measurements for {@link BenchChild} (issue 19, "Speed"), in one JVM with the real web server
 * on a loopback port: a warm Valider of the sample through the web (the POST and the year page with its
 * findings, as the browser gets them) against the same validation started in-process, alternated so both
 * see the same warm JVM; then every page of the console with {@code years} years of history, each timed
 * on loopback (the client's share included, so an upper bound of the server's time), next to the login
 * page, the console's least work.
 */
final class WebChild {

    private static final String PASSWORD = "benchmark-kode-42";

    private final HttpClient client = HttpClient.newBuilder().cookieHandler(new CookieManager())
            .followRedirects(HttpClient.Redirect.NEVER).build();
    private final String base;
    /** The session's token, as the page the browser is on holds it (Spring Security keeps one per session). */
    private String token;

    private WebChild(int port) {
        this.base = "http://127.0.0.1:" + port;
    }

    static void run(Path work, Path sample, int sampleYear, int years, int runs) throws Exception {
        Path root = work.resolve("rod");
        // the history: earlier years' folders, each a copy of the sample (their year headers differ from the
        // folder's, so each has findings, as a history has); the sample's own year last
        for (int y = sampleYear - years + 1; y <= sampleYear; y++) {
            Samples.copy(sample, root.resolve("input").resolve(String.valueOf(y)));
        }
        try (ConfigurableApplicationContext spring = spring(work, root)) {
            spring.getBean(WebUsers.class).add("bench", Role.OEKONOMI, PASSWORD);
            WebChild web = new WebChild(((WebServerApplicationContext) spring).getWebServer().getPort());
            web.logIn();
            for (int y = sampleYear - years + 1; y <= sampleYear; y++) {
                for (int i = 0; i < 2; i++) {
                    web.validate(y);
                }
            }
            Path input = root.resolve("input").resolve(String.valueOf(sampleYear));
            Path output = root.resolve("output").resolve(String.valueOf(sampleYear));
            JobRunner runner = spring.getBean(JobRunner.class);
            if (runner.run(new JobRunner.Request(true, sampleYear, input, output, false, true)).failure() != null) {
                throw new IllegalStateException("the sample did not generate");
            }
            List<Double> inProcess = new ArrayList<>();
            List<Double> throughWeb = new ArrayList<>();
            for (int i = 0; i < runs + 3; i++) {
                long t0 = System.nanoTime();
                JobRunner.Outcome o = runner.run(new JobRunner.Request(false, sampleYear, input, output, false, false));
                long t1 = System.nanoTime();
                web.validate(sampleYear);
                long t2 = System.nanoTime();
                if (o.failure() != null || o.unreadable() != null) {
                    throw new IllegalStateException("the sample did not validate: " + o);
                }
                if (i >= 3) {
                    inProcess.add((t1 - t0) / 1e6);
                    throughWeb.add((t2 - t1) / 1e6);
                }
            }
            BenchChild.result("validate.inProcess", BenchChild.median(inProcess));
            BenchChild.result("validate.web", BenchChild.median(throughWeb));
            BenchChild.result("history.years", years);
            BenchChild.result("history.runs", 2 * years + runs + 4);
            Map<String, String> pages = new LinkedHashMap<>();
            pages.put("login", "/login");
            pages.put("oversigt", "/");
            pages.put("aar", "/aar/" + sampleYear);
            pages.put("aar.filtreret", "/aar/" + sampleYear + "?alvor=FEJL");
            pages.put("historik", "/historik");
            pages.put("skabelon", "/skabelon");
            pages.put("fil", "/aar/" + sampleYear + "/filer/aarsberetning-" + sampleYear + ".pdf");
            for (Map.Entry<String, String> page : pages.entrySet()) {
                List<Double> times = new ArrayList<>();
                for (int i = 0; i < runs * 4 + 3; i++) {
                    long t0 = System.nanoTime();
                    web.get(page.getValue(), 200);
                    if (i >= 3) {
                        times.add((System.nanoTime() - t0) / 1e6);
                    }
                }
                BenchChild.result("page." + page.getKey() + ".median", BenchChild.median(times));
                BenchChild.result("page." + page.getKey() + ".max", times.stream().mapToDouble(d -> d).max().orElseThrow());
            }
        }
    }

    private static ConfigurableApplicationContext spring(Path work, Path root) {
        PrintStream quiet = new PrintStream(OutputStream.nullOutputStream());
        return new SpringApplicationBuilder(AarsrapportApplication.class).web(WebApplicationType.SERVLET)
                .bannerMode(Banner.Mode.OFF).logStartupInfo(false)
                .initializers(ctx -> ctx.getBeanFactory().registerSingleton("console", new Progress.Console(quiet)))
                .run("--aarsrapport.data-dir=" + work.resolve("data").toAbsolutePath(), "--server.port=0",
                        "--server.address=127.0.0.1", "--aarsrapport.web.rod=" + root.toAbsolutePath(),
                        "--spring.main.web-application-type=servlet");
    }

    private void logIn() throws Exception {
        String token = csrf(get("/login", 200));
        HttpResponse<String> r = send(HttpRequest.newBuilder(URI.create(base + "/login"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("username=bench&password=" + PASSWORD + "&_csrf="
                        + URLEncoder.encode(token, StandardCharsets.UTF_8))));
        if (r.statusCode() != 302 || r.headers().firstValue("Location").orElse("").contains("fejl")) {
            throw new IllegalStateException("the benchmark's login was refused: " + r.headers().map());
        }
        this.token = csrf(get("/", 200));
    }

    /** Valider as the browser does it: the form's POST, then the year page it is sent back to. */
    private void validate(int year) throws Exception {
        HttpResponse<String> r = send(HttpRequest.newBuilder(URI.create(base + "/aar/" + year + "/valider"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("_csrf=" + URLEncoder.encode(token, StandardCharsets.UTF_8))));
        if (r.statusCode() != 302) {
            throw new IllegalStateException("Valider of " + year + " answered " + r.statusCode());
        }
        if (!get("/aar/" + year, 200).contains("Valideret:")) {
            throw new IllegalStateException("Valider of " + year + " did not say it validated");
        }
    }

    private String get(String path, int expected) throws IOException, InterruptedException {
        HttpResponse<String> r = send(HttpRequest.newBuilder(URI.create(base + path)).GET());
        if (r.statusCode() != expected) {
            throw new IllegalStateException(path + " answered " + r.statusCode());
        }
        return r.body();
    }

    private HttpResponse<String> send(HttpRequest.Builder request) throws IOException, InterruptedException {
        return client.send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.ISO_8859_1));
    }

    private static String csrf(String page) {
        Matcher m = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"").matcher(page);
        if (!m.find()) {
            throw new IllegalStateException("no CSRF token on the page");
        }
        return m.group(1);
    }
}
