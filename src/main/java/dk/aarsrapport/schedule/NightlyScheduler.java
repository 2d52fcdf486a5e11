package dk.aarsrapport.schedule;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.support.CronExpression;

import dk.aarsrapport.base.Texts;
import dk.aarsrapport.deliver.DeliveryLog;
import dk.aarsrapport.base.DeliveryMode;
import dk.aarsrapport.job.JobRunner;
import dk.aarsrapport.publish.OutputLock;

/**
 * The nightly regeneration: waits for the next time of the cron (Europe/Copenhagen), then
 * regenerates every input year whose input changed since its last successful run, one year and one
 * run at a time. A time that passes while a run is still going is skipped, not queued. A night the
 * machine was off is made up at start: when a year's input changed and the last scheduled time has
 * passed since its last run. SIGTERM (or {@link #stop()}) stops the running job at a chunk boundary,
 * restartable, and ends the loop. With {@code aarsrapport.udsendelse.planlagt} each run mails the packs
 * whose content changed ({@code aarsrapport.udsendelse.hvornaar}, by default {@code ved-ændring}); a year
 * whose last mailing had a failure is run again even with unchanged input, so the failed mail is retried
 * the next night (and nothing already delivered is sent again).
 */
public final class NightlyScheduler {

    public static final String DEFAULT_CRON = "0 0 2 * * *";
    public static final ZoneId ZONE = ZoneId.of("Europe/Copenhagen");
    private static final Logger log = LoggerFactory.getLogger(NightlyScheduler.class);
    private static final Pattern YEAR = Pattern.compile("\\d{4}");
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");

    private final JobRunner runner;
    private final CronExpression cron;
    private final Path base;
    private final PrintStream out;
    private final DeliveryMode delivery;
    private final Predicate<Path> deliveryFailed;
    private final CountDownLatch stopped = new CountDownLatch(1);
    private volatile boolean stopping;

    /**
     * {@code delivery}: what each run does with the packs; {@code deliveryFailed}: whether the last mailing
     * from an output folder had a failure.
     */
    public NightlyScheduler(JobRunner runner, CronExpression cron, Path base, PrintStream out, DeliveryMode delivery,
                            Predicate<Path> deliveryFailed) {
        this.runner = runner;
        this.cron = cron;
        this.base = base;
        this.out = out;
        this.delivery = delivery;
        this.deliveryFailed = deliveryFailed;
    }

    /** Runs until {@link #stop()}; returns the exit status (0 after a clean stop). */
    public int run() throws InterruptedException {
        out.println("Planlagt kørsel: " + cron + " (" + ZONE + "). Stoppes med SIGTERM.");
        ZonedDateTime started = ZonedDateTime.now(ZONE);
        regenerateChanged("opstart");
        reportSkipped(started);
        ZonedDateTime next = cron.next(ZonedDateTime.now(ZONE));
        while (!stopping && next != null) {
            out.println("Næste kørsel: " + TIME.format(next));
            long wait = java.time.Duration.between(ZonedDateTime.now(ZONE), next).toMillis();
            if (wait > 0 && stopped.await(wait, TimeUnit.MILLISECONDS)) {
                break;
            }
            if (stopping) {
                break;
            }
            ZonedDateTime fired = next;
            regenerateChanged(TIME.format(fired));
            reportSkipped(fired);
            next = cron.next(ZonedDateTime.now(ZONE));
        }
        out.println("Planlagt kørsel stoppet.");
        return 0;
    }

    /** Times that came while a run was going are not made up afterwards: one run at a time, no queue. */
    private void reportSkipped(ZonedDateTime since) {
        ZonedDateTime now = ZonedDateTime.now(ZONE);
        ZonedDateTime missed = cron.next(since);
        int count = 0;
        ZonedDateTime first = missed;
        while (missed != null && missed.isBefore(now) && count < 1000) {
            count++;
            missed = cron.next(missed);
        }
        if (count > 0) {
            out.println("Kørslen " + TIME.format(first) + (count > 1 ? " og " + (count - 1) + " til" : "")
                    + " er sprunget over: den forrige kørsel var ikke færdig.");
        }
    }

    /** Asks the loop to end; a running job is stopped at its next chunk boundary. */
    public void stop() {
        stopping = true;
        stopped.countDown();
        runner.stopRunning();
    }

    void regenerateChanged(String when) {
        for (int year : years()) {
            if (stopping) {
                return;
            }
            Path input = base.resolve("input").resolve(String.valueOf(year));
            Path output = base.resolve("output").resolve(String.valueOf(year));
            if (!InputChanges.changed(input, output)) {
                if (delivery == DeliveryMode.NONE || !deliveryFailed.test(output)) {
                    out.println("[" + when + "] " + year + ": input uændret siden sidste kørsel.");
                    continue;
                }
                out.println("[" + when + "] " + year + ": input uændret, men udsendelsen fejlede sidst; prøver igen.");
            }
            out.println("[" + when + "] " + year + ": danner årsberetning …");
            try {
                Optional<OutputLock> lock = OutputLock.tryAcquire(output, "den planlagte kørsel");
                if (lock.isEmpty()) {
                    out.println("[" + when + "] " + year + ": en anden kørsel bruger outputmappen"
                            + OutputLock.startedBy(output) + "; springes over.");
                    continue;
                }
                try (OutputLock held = lock.get()) {
                    JobRunner.Outcome o = runner.run(new JobRunner.Request(true, year, input, output, false, false,
                            delivery, false));
                    // the reason a file is unreadable names it, and a file's name is the input's to choose
                    out.println(Texts.visible("[" + when + "] " + year + ": " + o.status() + ", " + o.rendered()
                            + " dannet, " + o.unchanged() + " uændret, " + o.blocked().size() + " ikke udgivet, "
                            + o.fejl() + " fejl" + (o.unreadable() != null ? " – " + o.unreadable() : "")
                            + (o.failure() instanceof dk.aarsrapport.job.DiskFullException full ? " – "
                            + full.getMessage() : "") + deliveries(o)));
                }
            } catch (Exception e) {
                log.error("Planlagt kørsel af {} fejlede", year, e);
                out.println(Texts.visible("[" + when + "] " + year + ": intern fejl: " + e.getMessage()));
            }
        }
    }

    /** The run's mailing in brief: how many sent and failed, or nothing when it did not mail. */
    private static String deliveries(JobRunner.Outcome o) {
        if (o.deliveries().isEmpty()) {
            return "";
        }
        long sent = o.deliveries().stream().filter(d -> d.status() == DeliveryLog.Status.SENT).count();
        long failed = o.deliveries().stream().filter(d -> d.status() == DeliveryLog.Status.FAILED).count();
        return ", " + sent + " sendt, " + failed + " fejlet";
    }

    private List<Integer> years() {
        Path root = base.resolve("input");
        if (!Files.isDirectory(root)) {
            return List.of();
        }
        try (Stream<Path> list = Files.list(root)) {
            return list.filter(Files::isDirectory).map(p -> p.getFileName().toString())
                    .filter(n -> YEAR.matcher(n).matches()).map(Integer::parseInt).sorted().toList();
        } catch (IOException e) {
            log.error("Inputmappen kan ikke læses", e);
            return List.of();
        }
    }
}
