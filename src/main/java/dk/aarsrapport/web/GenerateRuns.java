package dk.aarsrapport.web;

import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.stereotype.Component;

import dk.aarsrapport.base.DeliveryMode;
import dk.aarsrapport.deliver.DeliveryLog;
import dk.aarsrapport.job.JobRunner;
import dk.aarsrapport.job.Progress;
import dk.aarsrapport.publish.OutputLock;
import dk.aarsrapport.stage.DanishFormat;
import dk.aarsrapport.stage.StagedData;

/**
 * Dan rapport from the console: the same generate job as `generate`, on a thread of its own (never the
 * request's), behind the same output-folder lock as the command line and the schedule. The lock is taken in
 * the request, so a second request is refused at once and told who holds it; the run thread gives it back.
 * Runs started here go one at a time; the job's progress reaches the run under way (the render step's console
 * lines assume one run per process, and so does this).
 */
@Component
@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
class GenerateRuns implements Progress.Listener, org.springframework.beans.factory.DisposableBean {

    private static final Logger log = LoggerFactory.getLogger(GenerateRuns.class);

    private final WebProperties folders;
    private final JobRunner runner;
    private final WebActions actions;
    private final StagedData staged;
    private final ExecutorService worker = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "konsol-dan-rapport");
        t.setDaemon(true);
        return t;
    });
    private final Map<Integer, WebRun> latest = new ConcurrentHashMap<>();
    private volatile WebRun current;
    private volatile boolean closing;

    GenerateRuns(WebProperties folders, JobRunner runner, WebActions actions, StagedData staged, Progress progress) {
        this.folders = folders;
        this.runner = runner;
        this.actions = actions;
        this.staged = staged;
        progress.listen(this);
    }

    /** A run under way is stopped by serve's stop (JobRunner.stopRunning), not here; a queued one never starts. */
    @Override
    public void destroy() {
        closing = true;
        worker.shutdown();
    }

    /** Started, or refused with the words the user reads. */
    record Start(WebRun run, String refused) {
    }

    /**
     * {@code delivery}: {@link DeliveryMode#SEND} for Send pakker, which mails by the rules of `generate --send`
     * (only the packs whose content changed since they were last delivered).
     */
    Start start(int year, String user, boolean draft, DeliveryMode delivery) throws IOException {
        String what = delivery == DeliveryMode.SEND ? "send pakker" : "dan rapport";
        Path output = folders.output(year);
        Optional<OutputLock> lock = OutputLock.tryAcquire(output, user);
        if (lock.isEmpty()) {
            String refused = busy(year, output);
            actions.record(user, what, year, "afvist: " + refused, null);
            return new Start(null, refused);
        }
        WebRun run = new WebRun(year, user, LocalDateTime.now(), draft, delivery);
        latest.put(year, run);
        actions.record(user, what, year, draft ? "startet som kladde" : "startet", null);
        try {
            worker.execute(() -> execute(run, lock.get()));
        } catch (RuntimeException e) {
            lock.get().close();
            throw e;
        }
        return new Start(run, null);
    }

    /** "En kørsel af 2024 er i gang, startet af anna 2. december 2026 kl. 14.58; …": who holds the year's lock. */
    static String busy(int year, Path output) {
        return "En kørsel af " + year + " er i gang" + OutputLock.startedBy(output) + "; prøv igen, når den er færdig.";
    }

    Optional<WebRun> latest(int year) {
        return Optional.ofNullable(latest.get(year));
    }

    private void execute(WebRun run, OutputLock lock) {
        if (closing) {
            try (OutputLock held = lock) {
                run.finish("ikke startet: serveren stopper");
            } catch (IOException ignored) {
                // the OS frees the lock with the process in any case
            }
            return;
        }
        current = run;
        run.status("kører");
        String result;
        try (OutputLock held = lock) {
            JobRunner.Outcome o = runner.run(new JobRunner.Request(true, run.year, folders.input(run.year),
                    folders.output(run.year), run.draft, false, run.delivery, false));
            result = summary(o);
        } catch (Exception e) {
            log.error("Dan rapport af {} fejlede", run.year, e);
            result = "fejlet: intern fejl (" + e.getClass().getSimpleName() + "), detaljer i logfilen";
        } finally {
            current = null;
        }
        try {
            actions.record(run.user, run.delivery == DeliveryMode.SEND ? "send pakker" : "dan rapport", run.year, result, runId(run.year).orElse(null));
        } finally {
            run.finish(result);
        }
    }

    private static String summary(JobRunner.Outcome o) {
        String head = RunStatus.label(o.status().name());
        if (o.unreadable() != null) {
            return head + ": " + o.unreadable();
        }
        String sent = "";
        if (!o.deliveries().isEmpty()) {
            sent = ", " + n(o.deliveries().stream().filter(d -> d.status() == DeliveryLog.Status.SENT).count())
                    + " sendt, " + n(o.deliveries().stream().filter(d -> d.status() == DeliveryLog.Status.FAILED)
                    .count()) + " fejlet, " + n(o.deliveries().stream().filter(d -> d.status() != DeliveryLog.Status.SENT
                    && d.status() != DeliveryLog.Status.FAILED).count()) + " ikke sendt";
        }
        return head + ": " + n(o.rendered()) + " dannet, " + n(o.unchanged()) + " uændret, " + n(o.blocked().size())
                + " ikke udgivet, " + n(o.fejl()) + " fejl, " + n(o.advarsler()) + " advarsler" + sent;
    }

    /** 1.234: the Danish thousands separator. */
    private static String n(long count) {
        return DanishFormat.number(java.math.BigDecimal.valueOf(count), 0);
    }

    private Optional<Long> runId(int year) {
        return staged.lastRun(year, folders.output(year).toAbsolutePath().normalize().toString())
                .map(StagedData.RunRecord::runId);
    }

    @Override
    public void phase(String text) {
        WebRun run = current;
        if (run != null) {
            run.phase(text);
        }
    }

    @Override
    public void areas(List<String> labels) {
        WebRun run = current;
        if (run != null) {
            run.planned(labels);
        }
    }

    @Override
    public void area(String label, String line) {
        WebRun run = current;
        if (run != null) {
            run.drawn(label, line);
        }
    }
}
