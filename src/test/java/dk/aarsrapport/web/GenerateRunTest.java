package dk.aarsrapport.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.request;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.stream.Stream;

import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import dk.aarsrapport.AarsrapportApplication;
import dk.aarsrapport.job.Progress;
import dk.aarsrapport.publish.OutputLock;
import dk.aarsrapport.support.Samples;

/**
 * Dan rapport through MockMvc: only an oekonomi may start it; a held lock refuses a second start, naming who
 * holds it and since when; the run goes on its own thread, its events name every politikområde with its
 * state, and its page links every output file when it is over. Every start is in web_action with its user.
 */
@SpringBootTest(classes = AarsrapportApplication.class, properties = "spring.main.web-application-type=servlet")
@AutoConfigureMockMvc
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class GenerateRunTest {

    static final Path tmp = ConsoleTestContext.newFolder();
    static final int YEAR = 2015;
    static final RequestPostProcessor ANNA = user("anna").roles("OEKONOMI");
    static final RequestPostProcessor LARS = user("lars").roles("LAESER");

    @DynamicPropertySource
    static void settings(DynamicPropertyRegistry registry) {
        ConsoleTestContext.register(registry, tmp);
    }

    @Autowired
    MockMvc mvc;
    @Autowired
    GenerateRuns runs;
    @Autowired
    WebActions actions;
    @Autowired
    Progress progress;

    private static void copySamples() throws Exception {
        Path input = tmp.resolve("input/" + YEAR);
        Files.createDirectories(input);
        try (Stream<Path> files = Files.list(Samples.CSV_2015)) {
            for (Path csv : files.toList()) {
                Files.copy(csv, input.resolve(csv.getFileName().toString()),
                        java.nio.file.StandardCopyOption.REPLACE_EXISTING);
            }
        }
    }

    private MvcResult start(RequestPostProcessor who) throws Exception {
        return mvc.perform(post("/aar/" + YEAR + "/dan").param("kladde", "false").with(csrf()).with(who)).andReturn();
    }

    private String page(String url) throws Exception {
        return mvc.perform(get(url).with(ANNA)).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
    }

    @Test
    @Order(1)
    void aLaeserMayNotStartARun() throws Exception {
        copySamples();
        mvc.perform(post("/aar/" + YEAR + "/dan").with(csrf()).with(LARS)).andExpect(status().isForbidden());
        assertThat(runs.latest(YEAR)).isEmpty();
        assertThat(mvc.perform(get("/aar/" + YEAR).with(LARS)).andReturn().getResponse()
                .getContentAsString(StandardCharsets.UTF_8)).doesNotContain("/dan\"").doesNotContain("Dan rapport");
        assertThat(page("/aar/" + YEAR)).contains("Dan rapport").contains("action=\"/aar/" + YEAR + "/dan\"").contains("name=\"kladde\"")
                .doesNotContain("Send pakker");
        MvcResult send = mvc.perform(post("/aar/" + YEAR + "/send").param("bekraeftet", "ja").with(csrf()).with(ANNA))
                .andExpect(redirectedUrl("/aar/" + YEAR)).andReturn();
        assertThat((String) send.getFlashMap().get("fejl")).contains("ingen SMTP-server");
        assertThat(runs.latest(YEAR)).isEmpty();
    }

    @Test
    @Order(2)
    void whileAnotherRunHoldsTheLockAStartIsRefusedNamingWhoAndWhen() throws Exception {
        try (OutputLock held = OutputLock.tryAcquire(tmp.resolve("output/" + YEAR), "bo").orElseThrow()) {
            MvcResult r = start(ANNA);
            assertThat(r.getResponse().getRedirectedUrl()).isEqualTo("/aar/" + YEAR);
            String said = (String) r.getFlashMap().get("fejl");
            assertThat(said).startsWith("En kørsel af " + YEAR + " er i gang, startet af bo ")
                    .matches(".* \\d{1,2}\\. [a-zæøå]+ \\d{4} kl\\. \\d{2}\\.\\d{2}; prøv igen, når den er færdig\\.");
        }
        assertThat(runs.latest(YEAR)).isEmpty();
        assertThat(actions.last(5)).anyMatch(a -> a.user().equals("anna") && a.action().equals("dan rapport")
                && a.detail().startsWith("afvist: En kørsel af " + YEAR + " er i gang, startet af bo"));
    }

    @Test
    @Order(3)
    void theRunGoesInTheBackgroundTellsEachPolitikomraadeAndLinksItsOutput() throws Exception {
        // the job waits at its first phase until the test has tried a second start and begun to follow it
        CountDownLatch go = new CountDownLatch(1);
        AtomicBoolean first = new AtomicBoolean(true);
        progress.listen(new Progress.Listener() {
            @Override
            public void phase(String text) {
                if (first.getAndSet(false)) {
                    try {
                        go.await(5, TimeUnit.MINUTES);
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                    }
                }
            }

            @Override
            public void areas(List<String> labels) {
            }

            @Override
            public void area(String label, String line) {
            }
        });
        MvcResult started = start(ANNA);
        assertThat(started.getResponse().getRedirectedUrl()).isEqualTo("/aar/" + YEAR + "/koersel");
        MvcResult second = start(user("bo").roles("OEKONOMI"));
        assertThat((String) second.getFlashMap().get("fejl"))
                .startsWith("En kørsel af " + YEAR + " er i gang, startet af anna ");
        assertThat(page("/aar/" + YEAR + "/koersel")).contains("Startet af").contains("anna")
                .contains("Opdater siden").contains("<script src=\"/js/koersel.js\" defer></script>")
                .doesNotContainPattern("<script(?![^>]*\\ssrc=)");
        assertThat(mvc.perform(get("/js/koersel.js")).andExpect(status().isOk()).andReturn().getResponse()
                .getContentAsString(StandardCharsets.UTF_8)).contains("new EventSource(").contains("'omraade'");

        MvcResult events = mvc.perform(get("/aar/" + YEAR + "/koersel/haendelser").with(ANNA))
                .andExpect(request().asyncStarted()).andReturn();
        go.countDown();
        WebRun run = runs.latest(YEAR).orElseThrow();
        for (int i = 0; i < 3000 && !run.done(); i++) {
            Thread.sleep(100); // a bound on the wait, not on the speed
        }
        assertThat(run.done()).isTrue();
        assertThat(run.status()).startsWith("færdig: ");
        events.getAsyncResult(60_000);
        String stream = events.getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(run.areas()).isNotEmpty().allSatisfy(a -> {
            assertThat(a.tilstand()).isNotEqualTo(WebRun.WAITING);
            assertThat(stream).contains("event:omraade\ndata:{\"nr\":" + a.nr() + ",\"navn\":"
                    + json(a.navn()) + ",\"tilstand\":" + json(WebRun.WAITING) + "}");
            assertThat(stream).contains("event:omraade\ndata:{\"nr\":" + a.nr() + ",\"navn\":"
                    + json(a.navn()) + ",\"tilstand\":" + json(a.tilstand()) + "}");
        });
        assertThat(run.areas()).anyMatch(a -> a.tilstand().startsWith("dannet: ") && a.tilstand().endsWith("sider)"));
        assertThat(stream).contains("event:fase\ndata:Validerer …").contains("event:faerdig\ndata:færdig: ");

        String html = page("/aar/" + YEAR + "/koersel");
        List<Path> published;
        Path output = tmp.resolve("output/" + YEAR);
        try (Stream<Path> walk = Files.walk(output)) {
            published = walk.filter(Files::isRegularFile).map(output::relativize)
                    .filter(p -> !p.toString().startsWith(".")).toList();
        }
        assertThat(published).anyMatch(p -> p.toString().endsWith(".pdf"));
        for (Path p : published) {
            assertThat(html).contains("href=\"/aar/" + YEAR + "/filer/" + p.toString().replace('\\', '/') + "\"");
        }
        assertThat(html).contains(">Ændringsrapport</a>").contains(">Valideringsrapport</a>")
                .doesNotContain("Opdater siden");
        Path pdf = published.stream().filter(p -> p.toString().endsWith(".pdf")).findFirst().orElseThrow();
        mvc.perform(get("/aar/" + YEAR + "/filer/" + pdf.toString().replace('\\', '/')).with(LARS))
                .andExpect(status().isOk()).andExpect(header().string("Content-Type", "application/pdf"))
                .andExpect(header().string("Content-Disposition", org.hamcrest.Matchers.startsWith("inline")));
        mvc.perform(get("/aar/" + YEAR + "/filer/" + pdf.toString().replace('\\', '/')))
                .andExpect(redirectedUrl("/login"));

        Optional<WebActions.Action> done = actions.last(10).stream()
                .filter(a -> a.action().equals("dan rapport") && a.runId() != null).findFirst();
        assertThat(done).hasValueSatisfying(a -> {
            assertThat(a.user()).isEqualTo("anna");
            assertThat(a.detail()).isEqualTo(run.status());
        });
        assertThat(actions.startersOfRuns()).containsEntry(done.get().runId(), "anna");
        assertThat(actions.last(10)).anyMatch(a -> a.user().equals("bo")
                && a.detail().startsWith("afvist: En kørsel af " + YEAR + " er i gang, startet af anna"));
    }

    private static String json(String text) {
        return "\"" + text.replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
    }
}
