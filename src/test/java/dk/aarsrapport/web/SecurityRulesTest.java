package dk.aarsrapport.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.security.test.web.servlet.response.SecurityMockMvcResultMatchers.authenticated;
import static org.springframework.security.test.web.servlet.response.SecurityMockMvcResultMatchers.unauthenticated;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrlPattern;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import dk.aarsrapport.AarsrapportApplication;

/**
 * The console's security rules under MockMvc: a login for every page and every output file, a laeser refused
 * every change, a POST without its CSRF token refused, the secure headers and a CSP without inline script,
 * and slowed attempts after repeated failed logins.
 */
@SpringBootTest(classes = AarsrapportApplication.class, properties = "spring.main.web-application-type=servlet")
@AutoConfigureMockMvc
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class SecurityRulesTest {

    static final String PASSWORD = "rigtig-hemmelig-42";

    /** Not a @TempDir: the context, and so its settings, are made before JUnit would fill one in. */
    static final Path tmp = ConsoleTestContext.newFolder();

    @DynamicPropertySource
    static void settings(DynamicPropertyRegistry registry) {
        ConsoleTestContext.register(registry, tmp);
    }

    @Autowired
    MockMvc mvc;

    @Autowired
    WebUsers users;

    @Autowired
    JdbcTemplate jdbc;

    static final List<String> OUTPUT = List.of("/aar/2015/filer/aarsberetning-2015.pdf",
            "/aar/2015/filer/validering.html", "/aar/2015/filer/politikomraader/10-x.pdf");

    @BeforeAll
    void outputAndUsers() throws Exception {
        Path out = tmp.resolve("output/2015");
        Files.createDirectories(out.resolve("politikomraader"));
        Files.createDirectories(out.resolve(".arbejde-7"));
        Files.writeString(out.resolve("aarsberetning-2015.pdf"), "%PDF-1.7 prøve");
        Files.writeString(out.resolve("politikomraader/10-x.pdf"), "%PDF-1.7 prøve");
        Files.writeString(out.resolve("validering.html"), "<html lang=da></html>");
        Files.writeString(out.resolve(".arbejde-7/halv.pdf"), "%PDF halv");
        Files.createDirectories(tmp.resolve("input/2015"));
        users.add("anna", Role.OEKONOMI, PASSWORD);
        users.add("lars", Role.LAESER, PASSWORD);
        users.add("gitte", Role.OEKONOMI, PASSWORD);
    }

    /** The login form's POST, from an address of the test's own: the slowing counts per address too. */
    static org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder login(String name,
            String password, String address) {
        return post("/login").param("username", name).param("password", password).with(csrf()).with(from(address));
    }

    static RequestPostProcessor from(String address) {
        return request -> {
            request.setRemoteAddr(address);
            return request;
        };
    }

    @Nested
    class LoggedOut {
        @Test
        void everyPageAndOutputFileRedirectsToTheLogin() throws Exception {
            for (String url : concat(List.of("/", "/aar/2015", "/historik"), OUTPUT)) {
                mvc.perform(get(url)).andExpect(status().is3xxRedirection())
                        .andExpect(redirectedUrl("/login"));
            }
        }

        @Test
        void theLoginPageIsDanishWithSecureHeadersAndNoInlineScript() throws Exception {
            String page = mvc.perform(get("/login")).andExpect(status().isOk())
                    .andExpect(header().string("X-Frame-Options", "DENY"))
                    .andExpect(header().string("X-Content-Type-Options", "nosniff"))
                    .andExpect(header().string("Content-Security-Policy", SecurityConfiguration.CSP))
                    .andReturn().getResponse().getContentAsString();
            assertThat(SecurityConfiguration.CSP).contains("script-src 'self'").doesNotContain("unsafe-inline");
            assertThat(page).contains("lang=\"da\"").contains("Brugernavn").contains("Adgangskode")
                    .contains("name=\"_csrf\"").doesNotContain("<script");
        }

        @Test
        void aPostWithoutLoginIsRefused() throws Exception {
            mvc.perform(post("/aar/2015/valider").with(csrf())).andExpect(status().is3xxRedirection());
        }
    }

    @Nested
    class Login {
        @Test
        void theRightPasswordLogsInAndTheHashIsBcrypt() throws Exception {
            mvc.perform(login("anna", PASSWORD, "10.0.0.1"))
                    .andExpect(authenticated().withUsername("anna").withRoles("OEKONOMI"))
                    .andExpect(redirectedUrl("/"));
            String hash = jdbc.queryForObject("SELECT kodeord_hash FROM web_user WHERE brugernavn = 'anna'",
                    String.class);
            assertThat(hash).startsWith("{bcrypt}$2").doesNotContain(PASSWORD);
        }

        @Test
        void aWrongPasswordOrUnknownUserIsTheSameDanishMessage() throws Exception {
            mvc.perform(login("anna", "forkert-kodeord", "10.0.0.2"))
                    .andExpect(unauthenticated()).andExpect(redirectedUrl("/login?fejl"));
            mvc.perform(login("findes-ikke", PASSWORD, "10.0.0.2"))
                    .andExpect(unauthenticated()).andExpect(redirectedUrl("/login?fejl"));
            assertThat(mvc.perform(get("/login?fejl")).andReturn().getResponse().getContentAsString())
                    .contains("Forkert brugernavn eller adgangskode.");
        }

        @Test
        void afterRepeatedFailuresEvenTheRightPasswordMustWait() throws Exception {
            for (int i = 0; i < LoginThrottle.FREE; i++) {
                mvc.perform(login("gitte", "gæt-" + i, "10.0.0.3"))
                        .andExpect(redirectedUrl("/login?fejl"));
            }
            // each further failure doubles the wait, so within a few tries one falls inside it, however slow the machine
            String refused = null;
            for (int i = 0; i < 12 && refused == null; i++) {
                String url = mvc.perform(login("gitte", "gæt-igen", "10.0.0.3"))
                        .andReturn().getResponse().getRedirectedUrl();
                refused = url.startsWith("/login?vent=") ? url : null;
            }
            assertThat(refused).isNotNull();
            mvc.perform(login("gitte", PASSWORD, "10.0.0.3"))
                    .andExpect(unauthenticated()).andExpect(redirectedUrlPattern("/login?vent=*"));
            assertThat(mvc.perform(get(refused)).andReturn().getResponse().getContentAsString())
                    .contains("For mange forkerte forsøg; vent");
        }
    }

    @Nested
    class Roles {
        @Test
        void aLaeserGets403ForEveryPost() throws Exception {
            for (String url : List.of("/aar/2015/upload", "/aar/2015/valider", "/aar/2015/dan", "/aar/2015/send")) {
                mvc.perform(post(url).with(csrf()).with(user("lars").roles("LAESER"))).andExpect(status().isForbidden());
            }
        }

        @Test
        void aLaeserMaySeeTheOverviewAndOutput() throws Exception {
            mvc.perform(get("/").with(user("lars").roles("LAESER"))).andExpect(status().isOk());
            mvc.perform(get(OUTPUT.get(0)).with(user("lars").roles("LAESER"))).andExpect(status().isOk());
        }

        @Test
        void aPostWithoutItsCsrfTokenIsRefusedEvenForOekonomi() throws Exception {
            mvc.perform(post("/aar/2015/valider").with(user("anna").roles("OEKONOMI")))
                    .andExpect(status().isForbidden());
            mvc.perform(post("/aar/2015/valider").with(csrf().useInvalidToken()).with(user("anna").roles("OEKONOMI")))
                    .andExpect(status().isForbidden());
        }
    }

    @Nested
    class OutputFiles {
        @Test
        void aPdfOpensInTheBrowserBehindTheLogin() throws Exception {
            mvc.perform(get(OUTPUT.get(2)).with(user("lars").roles("LAESER"))).andExpect(status().isOk())
                    .andExpect(header().string("Content-Type", "application/pdf"))
                    .andExpect(header().string("Content-Disposition", org.hamcrest.Matchers.startsWith("inline")));
        }

        @Test
        void hiddenWorkFilesAndPathsOutsideTheYearAreNotServed() throws Exception {
            for (String url : List.of("/aar/2015/filer/.arbejde-7/halv.pdf", "/aar/2015/filer/findes-ikke.pdf",
                    "/aar/2016/filer/aarsberetning-2015.pdf", "/aar/2015/filer/politikomraader")) {
                mvc.perform(get(url).with(user("lars").roles("LAESER"))).andExpect(status().isNotFound());
            }
            int traversal = mvc.perform(get("/aar/2015/filer/../../input/2015").with(user("lars").roles("LAESER")))
                    .andReturn().getResponse().getStatus();
            assertThat(traversal).isIn(400, 404);
        }
    }

    private static List<String> concat(List<String> a, List<String> b) {
        return java.util.stream.Stream.concat(a.stream(), b.stream()).toList();
    }
}
