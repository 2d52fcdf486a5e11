package dk.aarsrapport.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.net.HttpURLConnection;
import java.net.ServerSocket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import dk.aarsrapport.support.ChildJvm;
import dk.aarsrapport.support.TestDatabase;

/**
 * `serve` as an operator starts it: one process with the console on 127.0.0.1 and the nightly schedule
 * (which regenerates at start, as `schedule` does), the login page answering, every other page behind it,
 * and SIGTERM stopping both cleanly.
 */
class ServeTest {

    @TempDir
    Path tmp;

    @Test
    void servesTheLoginOnLoopbackRunsTheScheduleAndStopsOnSigterm() throws Exception {
        int port;
        try (ServerSocket free = new ServerSocket(0)) {
            port = free.getLocalPort();
        }
        Files.createDirectories(tmp.resolve("input"));
        ProcessBuilder pb = ChildJvm.program("serve", "--port", String.valueOf(port)).directory(tmp.toFile())
                .redirectErrorStream(true);
        pb.environment().putAll(TestDatabase.environment());
        pb.environment().put("AARSRAPPORT_DATA_DIR", tmp.resolve("data").toString());
        Process p = pb.start();
        StringBuffer seen = new StringBuffer();
        java.util.concurrent.CountDownLatch ready = new java.util.concurrent.CountDownLatch(1);
        // read by a thread of its own: destroy() closes the pipe, and what the stop prints must still be seen
        Thread reader = new Thread(() -> {
            try (BufferedReader out = new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8))) {
                for (String line; (line = out.readLine()) != null; ) {
                    seen.append(line).append('\n');
                    if (line.startsWith("Næste kørsel")) {
                        ready.countDown();
                    }
                }
            } catch (java.io.IOException e) {
                // the pipe was closed by the stop
            } finally {
                ready.countDown();
            }
        });
        reader.start();
        try {
            assertThat(ready.await(120, TimeUnit.SECONDS)).isTrue();
            assertThat(seen.toString()).as(seen.toString()).contains("Webkonsollen kører på http://127.0.0.1:" + port + "/")
                    .contains("Planlagt kørsel: 0 0 2 * * *");
            HttpURLConnection login = open(port, "/login");
            assertThat(login.getResponseCode()).isEqualTo(200);
            assertThat(login.getHeaderField("Content-Security-Policy")).contains("script-src 'self'");
            HttpURLConnection home = open(port, "/");
            assertThat(home.getResponseCode()).isEqualTo(302);
            assertThat(home.getHeaderField("Location")).endsWith("/login");
            ProcessHandle.of(p.pid()).orElseThrow().destroy(); // SIGTERM, the pipe left open
            assertThat(p.waitFor(60, TimeUnit.SECONDS)).isTrue();
            reader.join(10_000);
        } finally {
            p.destroyForcibly();
        }
        assertThat(seen.toString()).contains("Planlagt kørsel stoppet.").doesNotContain("Exception");
    }

    @Test
    void aPortInUseIsOneDanishLineAndExit2() throws Exception {
        try (ServerSocket taken = new ServerSocket(0, 1, java.net.InetAddress.getByName("127.0.0.1"))) {
            dk.aarsrapport.support.CliRun r = dk.aarsrapport.support.CliRun.of(tmp, "serve", "--port",
                    String.valueOf(taken.getLocalPort()));
            assertThat(r.exit).as(r.toString()).isEqualTo(2);
            assertThat(r.err.strip()).isEqualTo("Porten " + taken.getLocalPort() + " på 127.0.0.1 er optaget af et andet "
                    + "program; vælg en anden med --port. Intet er startet.");
        }
    }

    private static HttpURLConnection open(int port, String path) throws Exception {
        HttpURLConnection c = (HttpURLConnection) URI.create("http://127.0.0.1:" + port + path).toURL().openConnection();
        c.setInstanceFollowRedirects(false);
        return c;
    }
}
