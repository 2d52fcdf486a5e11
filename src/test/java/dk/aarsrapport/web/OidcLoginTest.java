package dk.aarsrapport.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import dk.aarsrapport.AarsrapportApplication;

/**
 * OpenID Connect login against a provider of the test's own, over real HTTP as a browser would go: the login
 * page's link, the provider's redirect back with its code, Spring Security's token request and its check of
 * the signed id_token and its nonce, then the console with the role the claim gave, and the name it gave in the
 * run history. A user whose token carries no role is refused with a Danish message and stays logged out.
 */
@SpringBootTest(classes = AarsrapportApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = "spring.main.web-application-type=servlet")
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class OidcLoginTest {

    static final Path tmp = ConsoleTestContext.newFolder();
    /** Started before the context: Spring reads the provider's discovery document when it starts. */
    static final FakeOidcProvider provider = new FakeOidcProvider();
    static final String REGISTRATION = "spring.security.oauth2.client.registration.kommune.";

    @DynamicPropertySource
    static void settings(DynamicPropertyRegistry registry) {
        ConsoleTestContext.register(registry, tmp);
        registry.add(REGISTRATION + "client-id", () -> FakeOidcProvider.CLIENT_ID);
        registry.add(REGISTRATION + "client-secret", () -> FakeOidcProvider.CLIENT_SECRET);
        registry.add(REGISTRATION + "client-name", () -> "Kommunens login");
        registry.add(REGISTRATION + "scope", () -> "openid,profile");
        registry.add("spring.security.oauth2.client.provider.kommune.issuer-uri", provider::issuer);
    }

    @LocalServerPort
    int port;

    HttpClient browser;

    @BeforeEach
    void newBrowser() {
        browser = HttpClient.newBuilder().cookieHandler(new CookieManager())
                .followRedirects(HttpClient.Redirect.NEVER).build();
    }

    @AfterAll
    void stop() {
        provider.close();
    }

    @Test
    void theLoginPageOffersTheProviderBesideThePassword() throws Exception {
        String page = get("/login").body();
        assertThat(page).contains("href=\"/oauth2/authorization/kommune\"").contains("Log ind med Kommunens login")
                .contains("name=\"password\"");
    }

    @Nested
    class Good {

        @Test
        void anOekonomiFromTheClaimMayChangeThingsAndIsNamedInTheHistory() throws Exception {
            String landed = logIn(Map.of("preferred_username", "anna@kommune.dk", "roles", List.of("oekonomi")));
            assertThat(landed).isEqualTo("/");
            assertThat(get("/").body()).contains("anna@kommune.dk");
            String year = get("/aar/2016").body();
            assertThat(year).contains("id=\"upload-overskrift\"");

            HttpResponse<String> upload = uploadCsv("/aar/2016/upload?_csrf=" + csrf(year), "tekster.csv");
            assertThat(upload.statusCode()).isEqualTo(302);
            assertThat(Files.exists(tmp.resolve("input/2016/tekster.csv"))).isTrue();
            assertThat(get("/historik").body()).contains("anna@kommune.dk").contains("upload");
        }

        @Test
        void aLaeserFromTheClaimSeesNoControlsAndIsRefusedAPost() throws Exception {
            logIn(Map.of("preferred_username", "lars@kommune.dk", "roles", "laeser"));
            String year = get("/aar/2016").body();
            assertThat(year).contains("lars@kommune.dk").doesNotContain("upload-overskrift");
            assertThat(uploadCsv("/aar/2016/upload?_csrf=" + csrf(year), "x.csv").statusCode()).isEqualTo(403);
        }

        @Test
        void withoutTheNameClaimTheUserIsNamedBySubject() throws Exception {
            logIn(Map.of("sub", "3f9c-emne", "roles", List.of("noget-andet", "laeser")));
            assertThat(get("/").body()).contains("3f9c-emne");
        }
    }

    @Nested
    class Bad {

        @Test
        void aUserWithNoRoleIsToldSoAndStaysLoggedOut() throws Exception {
            String landed = logIn(Map.of("preferred_username", "ole@kommune.dk", "roles", List.of("revisor")));
            assertThat(landed).isEqualTo("/login?ingen-rolle");
            assertThat(get(landed).body()).contains("har ingen rolle i årsberetningen");
            HttpResponse<String> front = get("/");
            assertThat(front.statusCode()).isEqualTo(302);
            assertThat(front.headers().firstValue("Location").orElseThrow()).endsWith("/login");
        }

        @Test
        void aCodeTheProviderNeverGaveIsRefused() throws Exception {
            HttpResponse<String> start = get("/oauth2/authorization/kommune");
            String state = param(start.headers().firstValue("Location").orElseThrow(), "state");
            HttpResponse<String> back = get("/login/oauth2/code/kommune?code=opdigtet&state=" + state);
            assertThat(back.headers().firstValue("Location").orElseThrow()).endsWith("/login?udbyder-fejl");
            assertThat(get("/login?udbyder-fejl").body()).contains("Login hos udbyderen mislykkedes");
        }
    }

    /** The browser's round: the console's link, the provider's login, back with the code; returns where it lands. */
    private String logIn(Map<String, Object> claims) throws Exception {
        provider.userAtBrowser(claims);
        URI toProvider = URI.create(get("/oauth2/authorization/kommune").headers().firstValue("Location").orElseThrow());
        assertThat(toProvider.toString()).startsWith(provider.issuer() + "/authorize").contains("nonce=")
                .contains("code_challenge=");
        URI back = URI.create(send(HttpRequest.newBuilder(toProvider).GET()).headers().firstValue("Location")
                .orElseThrow());
        URI landed = URI.create(send(HttpRequest.newBuilder(back).GET()).headers().firstValue("Location")
                .orElseThrow());
        return landed.getRawPath() + (landed.getRawQuery() == null ? "" : "?" + landed.getRawQuery());
    }

    private HttpResponse<String> uploadCsv(String path, String name) throws Exception {
        String boundary = "graense42";
        String body = "--" + boundary + "\r\nContent-Disposition: form-data; name=\"fil\"; filename=\"" + name
                + "\"\r\nContent-Type: text/csv\r\n\r\nPolitikområde;Afsnit;Tekst\r\n\r\n--" + boundary + "--\r\n";
        return send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
                .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8)));
    }

    private static String csrf(String page) {
        Matcher m = Pattern.compile("_csrf(?:=|\" value=\")([A-Za-z0-9_-]+)").matcher(page);
        assertThat(m.find()).as("a CSRF token on the page").isTrue();
        return m.group(1);
    }

    private static String param(String uri, String name) {
        Matcher m = Pattern.compile("[?&]" + name + "=([^&]+)").matcher(uri);
        assertThat(m.find()).isTrue();
        return m.group(1);
    }

    private HttpResponse<String> get(String path) throws IOException, InterruptedException {
        return send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path)).GET());
    }

    private HttpResponse<String> send(HttpRequest.Builder request) throws IOException, InterruptedException {
        return browser.send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }
}
