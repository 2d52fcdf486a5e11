package dk.aarsrapport.deliver;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DriverManagerDataSource;
import org.springframework.jdbc.datasource.SingleConnectionDataSource;

import dk.aarsrapport.support.ChildJvm;
import dk.aarsrapport.support.TestSchema;

/**
 * The line "this mail is being handed to the server" must survive the program being killed the moment
 * after it is written, or a rerun would send the mail again. The embedded HSQLDB writes its log out only
 * every half second; while mailing, the delivery log makes it write each commit at once. A process writes
 * the line and is killed (SIGKILL) as soon as it says so; the line is there when the database is opened again.
 */
class DeliveryLogDurabilityTest {

    @TempDir
    Path tmp;

    static DeliveryLog open(Path dir) {
        // one connection kept open, as the program's pool keeps them (HSQLDB writes its log out when a
        // connection closes, which would hide what this test is about)
        SingleConnectionDataSource ds = new SingleConnectionDataSource("jdbc:hsqldb:file:" + dir.resolve("db")
                + ";hsqldb.tx=mvcc;hsqldb.default_table_type=cached;hsqldb.lock_file=false", "SA", "", true);
        TestSchema.migrate(ds);
        return new DeliveryLog(new JdbcTemplate(ds));
    }

    static DeliveryLog.Entry entry(int seq) {
        return new DeliveryLog.Entry(7, seq, "Chef", "chef@example.org", "pakker/chef.pdf", "ab", "cd", 1L,
                DeliveryLog.Status.SENDING, 0, LocalDateTime.now(), null, null);
    }

    /** The process that is killed: writes one line as a delivery does, says so, and waits. */
    public static void main(String[] args) throws Exception {
        DeliveryLog log = open(Path.of(args[0]));
        log.write("/ud/2031", false, entry(1)); // the log's table exists, and the database is at rest
        Thread.sleep(1000);
        log.durable(true);
        log.write("/ud/2031", false, entry(2));
        System.out.println("skrevet");
        System.out.flush();
        Thread.sleep(60_000);
    }

    @Test
    void aLineWrittenWhileMailingSurvivesAKillRightAfter() throws Exception {
        for (int round = 0; round < 3; round++) {
            Path dir = tmp.resolve("r" + round);
            Process p = ChildJvm.of(DeliveryLogDurabilityTest.class.getName(), dir.toString()).redirectErrorStream(true)
                    .start();
            try (BufferedReader out = new BufferedReader(new InputStreamReader(p.getInputStream(),
                    StandardCharsets.UTF_8))) {
                String line;
                while ((line = out.readLine()) != null && !line.equals("skrevet")) {
                    // start-up lines
                }
                assertThat(line).as("the line was written").isEqualTo("skrevet");
                p.destroyForcibly();
                assertThat(p.waitFor(30, TimeUnit.SECONDS)).isTrue();
            }
            DeliveryLog reopened = open(dir);
            assertThat(reopened.forRun(7)).extracting(DeliveryLog.Entry::seq).as("round %d", round).contains(2);
            assertThat(reopened.lastDelivered("/ud/2031", "CHEF@example.org", "pakker/chef.pdf", 8))
                    .get().extracting(DeliveryLog.Entry::status).isEqualTo(DeliveryLog.Status.SENDING);
            new JdbcTemplate(new DriverManagerDataSource("jdbc:hsqldb:file:" + dir.resolve("db")
                    + ";hsqldb.lock_file=false", "SA", "")).execute("SHUTDOWN");
        }
    }
}
