package dk.aarsrapport.web;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.URLDecoder;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.Base64;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JOSEObjectType;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.gen.RSAKeyGenerator;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

/**
 * An OpenID Connect provider small enough to read, standing in for the kommune's Entra ID: discovery, its
 * signing key, an authorization endpoint that logs in whoever the test says is at the browser, and a token
 * endpoint that checks the client's secret, the code, the redirect and the PKCE verifier before it hands out
 * an id_token signed with its key and carrying the login's nonce. Everything the console's client checks is
 * real; only the user's password page is skipped.
 */
final class FakeOidcProvider implements AutoCloseable {

    static final String CLIENT_ID = "aarsrapport";
    static final String CLIENT_SECRET = "klient-hemmelighed";

    private record Pending(Map<String, Object> claims, String nonce, String redirect, String challenge) {
    }

    private final HttpServer server;
    private final RSAKey key;
    private final Map<String, Pending> codes = new ConcurrentHashMap<>();
    private volatile Map<String, Object> atBrowser = Map.of();

    FakeOidcProvider() {
        try {
            key = new RSAKeyGenerator(2048).keyID(UUID.randomUUID().toString()).generate();
            server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (JOSEException e) {
            throw new IllegalStateException(e);
        }
        server.createContext("/.well-known/openid-configuration", ex -> send(ex, 200, discovery()));
        server.createContext("/jwks", ex -> send(ex, 200, new JWKSet(key.toPublicJWK()).toString()));
        server.createContext("/authorize", this::authorize);
        server.createContext("/token", this::token);
        server.start();
    }

    String issuer() {
        return "http://127.0.0.1:" + server.getAddress().getPort();
    }

    /** The claims of whoever logs in next, beside iss, sub, aud, exp, iat and nonce. */
    void userAtBrowser(Map<String, Object> claims) {
        atBrowser = Map.copyOf(claims);
    }

    private String discovery() {
        String i = issuer();
        return "{\"issuer\":\"" + i + "\",\"authorization_endpoint\":\"" + i + "/authorize\",\"token_endpoint\":\""
                + i + "/token\",\"jwks_uri\":\"" + i + "/jwks\",\"response_types_supported\":[\"code\"],"
                + "\"subject_types_supported\":[\"public\"],\"id_token_signing_alg_values_supported\":[\"RS256\"],"
                + "\"token_endpoint_auth_methods_supported\":[\"client_secret_basic\"],"
                + "\"code_challenge_methods_supported\":[\"S256\"],\"scopes_supported\":[\"openid\",\"profile\"]}";
    }

    private void authorize(HttpExchange ex) throws IOException {
        Map<String, String> q = form(ex.getRequestURI().getRawQuery());
        if (!CLIENT_ID.equals(q.get("client_id")) || !"code".equals(q.get("response_type"))
                || !q.getOrDefault("scope", "").contains("openid")) {
            send(ex, 400, "{\"error\":\"invalid_request\"}");
            return;
        }
        String code = UUID.randomUUID().toString();
        codes.put(code, new Pending(atBrowser, q.get("nonce"), q.get("redirect_uri"), q.get("code_challenge")));
        ex.getResponseHeaders().add("Location", q.get("redirect_uri") + "?code=" + code + "&state="
                + URLEncoder.encode(q.get("state"), StandardCharsets.UTF_8));
        send(ex, 302, "");
    }

    private void token(HttpExchange ex) throws IOException {
        Map<String, String> f;
        try (InputStream in = ex.getRequestBody()) {
            f = form(new String(in.readAllBytes(), StandardCharsets.UTF_8));
        }
        String basic = "Basic " + Base64.getEncoder().encodeToString(
                (CLIENT_ID + ":" + CLIENT_SECRET).getBytes(StandardCharsets.UTF_8));
        Pending p = codes.remove(f.getOrDefault("code", ""));
        if (!basic.equals(ex.getRequestHeaders().getFirst("Authorization"))) {
            send(ex, 401, "{\"error\":\"invalid_client\"}");
        } else if (p == null || !p.redirect().equals(f.get("redirect_uri"))
                || (p.challenge() != null && !p.challenge().equals(s256(f.get("code_verifier"))))) {
            send(ex, 400, "{\"error\":\"invalid_grant\"}");
        } else {
            send(ex, 200, "{\"access_token\":\"" + UUID.randomUUID() + "\",\"token_type\":\"Bearer\","
                    + "\"expires_in\":300,\"scope\":\"openid\",\"id_token\":\"" + idToken(p) + "\"}");
        }
    }

    private String idToken(Pending p) {
        Instant now = Instant.now();
        JWTClaimsSet.Builder claims = new JWTClaimsSet.Builder().issuer(issuer()).audience(CLIENT_ID)
                .subject(String.valueOf(p.claims().getOrDefault("sub", UUID.randomUUID().toString())))
                .issueTime(Date.from(now)).expirationTime(Date.from(now.plusSeconds(300))).claim("nonce", p.nonce());
        p.claims().forEach((name, value) -> claims.claim(name, value instanceof List<?> l ? List.copyOf(l) : value));
        SignedJWT jwt = new SignedJWT(new JWSHeader.Builder(JWSAlgorithm.RS256).keyID(key.getKeyID())
                .type(JOSEObjectType.JWT).build(), claims.build());
        try {
            jwt.sign(new RSASSASigner(key));
        } catch (JOSEException e) {
            throw new IllegalStateException(e);
        }
        return jwt.serialize();
    }

    private static String s256(String verifier) {
        if (verifier == null) {
            return null;
        }
        try {
            byte[] hash = MessageDigest.getInstance("SHA-256").digest(verifier.getBytes(StandardCharsets.US_ASCII));
            return Base64.getUrlEncoder().withoutPadding().encodeToString(hash);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static Map<String, String> form(String raw) {
        Map<String, String> values = new LinkedHashMap<>();
        if (raw != null && !raw.isEmpty()) {
            for (String pair : raw.split("&")) {
                int eq = pair.indexOf('=');
                values.put(URLDecoder.decode(eq < 0 ? pair : pair.substring(0, eq), StandardCharsets.UTF_8),
                        eq < 0 ? "" : URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8));
            }
        }
        return values;
    }

    private static void send(HttpExchange ex, int status, String body) throws IOException {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        if (!body.isEmpty()) {
            ex.getResponseHeaders().add("Content-Type", "application/json");
        }
        ex.sendResponseHeaders(status, bytes.length == 0 ? -1 : bytes.length);
        try (var out = ex.getResponseBody()) {
            out.write(bytes);
        }
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
