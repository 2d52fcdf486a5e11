package dk.aarsrapport.schedule;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import dk.aarsrapport.support.ChildJvm;
import dk.aarsrapport.support.MailServer;
import dk.aarsrapport.support.Samples;
import dk.aarsrapport.support.SmtpFaultProxy;
import dk.aarsrapport.support.TestDatabase;

/**
 * The schedule with {@code aarsrapport.udsendelse.planlagt=true}, in its own process, configured from the
 * environment as an operator's systemd unit does: the run at start mails the packs; a recipient refused
 * that night is tried again the next time even though the input did not change; after that, unchanged
 * input mails nothing (the {@code ved-ændring} default).
 */
class ScheduledDeliveryTest {

    @TempDir
    Path base;

    private static boolean awaitLine(List<String> lines, String text) throws InterruptedException {
        long deadline = System.currentTimeMillis() + 120_000;
        while (System.currentTimeMillis() < deadline) {
            synchronized (lines) {
                if (lines.stream().anyMatch(l -> l.contains(text))) {
                    return true;
                }
            }
            Thread.sleep(100);
        }
        return false;
    }

    /**
     * The lines read so far. The reader thread adds to the list while a description is made of it: iterating a
     * synchronized list outside its lock once failed this test with a ConcurrentModificationException.
     */
    private static String text(List<String> lines) {
        synchronized (lines) {
            return String.join("\n", lines);
        }
    }

    @Test
    void mailsTheChangedPacksAndRetriesAFailedMailTheNextTime() throws Exception {
        Samples.copy(Samples.CSV_2015, base.resolve("input/2015"));
        String refused = "leder.beskaeftigelsestilbud@example.org";
        try (MailServer mail = new MailServer(); SmtpFaultProxy proxy = new SmtpFaultProxy(mail.port()).reject(refused)) {
            ProcessBuilder pb = ChildJvm.program("schedule", "--cron", "*/2 * * * * *").directory(base.toFile());
            pb.environment().put("AARSRAPPORT_DATA_DIR", base.resolve("data").toString());
            pb.environment().put("AARSRAPPORT_UDSENDELSE_PLANLAGT", "true");
            pb.environment().putAll(TestDatabase.environment());
            pb.environment().putAll(MailServer.environment(proxy.port()));
            pb.redirectErrorStream(true);
            Process p = pb.start();
            List<String> lines = Collections.synchronizedList(new ArrayList<>());
            Thread reader = new Thread(() -> {
                try (BufferedReader r = new BufferedReader(new InputStreamReader(p.getInputStream(),
                        StandardCharsets.UTF_8))) {
                    String line;
                    while ((line = r.readLine()) != null) {
                        lines.add(line);
                    }
                } catch (IOException ignored) {
                    // the process ended
                }
            });
            reader.start();
            try {
                assertThat(awaitLine(lines, "[opstart] 2015: COMPLETED")).as(() -> text(lines)).isTrue();
                assertThat(mail.received()).hasSize(2);
                proxy.acceptAll();
                assertThat(awaitLine(lines, "2015: input uændret, men udsendelsen fejlede sidst; prøver igen."))
                        .as(() -> text(lines)).isTrue();
                assertThat(awaitLine(lines, "2015: input uændret siden sidste kørsel.")).as(() -> text(lines))
                        .isTrue();
            } finally {
                p.destroy(); // SIGTERM
                assertThat(p.waitFor(120, TimeUnit.SECONDS)).as("ended after SIGTERM").isTrue();
                reader.join(5_000);
            }
            String log = text(lines);
            assertThat(log).contains("[opstart] 2015: COMPLETED, 2 dannet, 0 uændret, 0 ikke udgivet, 0 fejl, "
                    + "2 sendt, 1 fejlet");
            assertThat(log).contains("Leder af Beskæftigelsestilbud <" + refused + ">: pakker/"
                    + "leder-af-beskaeftigelsestilbud.pdf FEJLET (550 5.1.1");
            assertThat(log).contains("COMPLETED, 0 dannet, 2 uændret, 0 ikke udgivet, 0 fejl, 1 sendt, 0 fejlet");
            assertThat(mail.received()).hasSize(3);
            assertThat(mail.to(refused)).hasSize(1);
        }
    }
}
