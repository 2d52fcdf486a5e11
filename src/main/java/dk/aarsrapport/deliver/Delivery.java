package dk.aarsrapport.deliver;

import dk.aarsrapport.base.DeliveryMode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDateTime;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.springframework.stereotype.Component;

import dk.aarsrapport.base.Sha256;
import dk.aarsrapport.base.Texts;
import dk.aarsrapport.base.OutputFolder;
import dk.aarsrapport.plan.Slugs;
import dk.aarsrapport.stage.StagedData;
import dk.aarsrapport.stage.StagedFindings;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;

/**
 * Delivers a run's packs to the {@code Modtagere} rows, after publishing: each recipient in turn (so a
 * stop lands between two mails), each outcome in the delivery log at once, then udsendelse.csv — and with
 * {@code --dry-run} the .eml files — moved into the output folder like every other file. A recipient that
 * cannot be served (blocked, failed, too large) never stops the others.
 */
@Component
public class Delivery {

    /** A run to deliver for: its id, year, published output folder, options, and when it started. */
    public record Request(long run, int year, Path output, boolean draft, DeliveryMode mode, boolean sendDrafts,
                          LocalDateTime started) {
    }

    private final DeliveryPlanner planner;
    private final MailComposer composer;
    private final SmtpSender sender;
    private final DryRunWriter dryRun;
    private final DeliveryReport report;
    private final DeliveryLog log;
    private final DeliverySettings settings;
    private final StagedData staged;
    private final StagedFindings findings;

    Delivery(DeliveryPlanner planner, MailComposer composer, SmtpSender sender, DryRunWriter dryRun,
             DeliveryReport report, DeliveryLog log, DeliverySettings settings, StagedData staged,
             StagedFindings findings) {
        this.findings = findings;
        this.planner = planner;
        this.composer = composer;
        this.sender = sender;
        this.dryRun = dryRun;
        this.report = report;
        this.log = log;
        this.settings = settings;
        this.staged = staged;
    }

    /** Plans the run's deliveries; the round then delivers them one at a time. */
    public Round start(Request request) throws IOException {
        Round round = new Round(request, planner.plan(request));
        log.durable(request.mode() == DeliveryMode.SEND);
        return round;
    }

    /** One run's deliveries, in recipient order. */
    public final class Round {

        private final Request request;
        private final List<DeliveryPlanner.Planned> plan;
        private final boolean trial;
        private final String outputDir;
        private final OutputFolder work;
        private final MailComposer.Letterhead head;
        private final Slugs.Registry emlNames = new Slugs.Registry();
        private final Set<String> emlWritten = new HashSet<>();
        private final long startNanos = System.nanoTime();
        private int next;
        private int mails;

        private Round(Request request, List<DeliveryPlanner.Planned> plan) {
            this.request = request;
            this.plan = plan;
            this.trial = request.mode() == DeliveryMode.DRY_RUN;
            this.outputDir = request.output().toString();
            this.work = new OutputFolder(request.output(), request.run() + "-udsendelse");
            Map<String, String> rapport = staged.rapport(request.run());
            long fejl = 0;
            long advarsler = 0;
            for (StagedFindings.Count c : findings.counts(request.run())) {
                fejl += c.fejl();
                advarsler += c.advarsler();
            }
            this.head = new MailComposer.Letterhead(rapport.get(Texts.key("Kommune")), rapport.get(Texts.key("Titel")),
                    request.year(), request.started() == null ? LocalDateTime.now() : request.started(), fejl,
                    advarsler);
        }

        /** Delivers to the next recipient; its console line, or empty when every recipient has had its turn. */
        public Optional<String> next() throws IOException {
            if (next >= plan.size()) {
                return Optional.empty();
            }
            DeliveryPlanner.Planned p = plan.get(next++);
            String who = p.modtager().navn() + (p.modtager().email() == null ? "" : " <" + p.modtager().email() + ">");
            DeliveryLog.Entry entry = new DeliveryLog.Entry(request.run(), p.seq(), p.modtager().navn(),
                    p.modtager().email(), p.relative(), p.sha256(), p.fingerprint(), p.file() == null ? null : p.bytes(),
                    DeliveryLog.Status.SENDING, 0, LocalDateTime.now(), null, null);
            if (p.skip() != null) {
                log.write(outputDir, trial, entry.outcome(p.skip(), 0, p.reason()));
                return Optional.of(who + ": " + p.skip().label() + ". " + p.reason());
            }
            byte[] pdf = Files.readAllBytes(p.file());
            String sha256 = Sha256.of(pdf);
            if (!sha256.equals(p.sha256())) {
                // the output folder is locked for this run; a file that changed under it is not sent half-known
                log.write(outputDir, trial, entry.outcome(DeliveryLog.Status.FAILED, 0,
                        "Pakken ændrede sig under udsendelsen; den er ikke sendt."));
                return Optional.of(who + ": fejlet. Pakken ændrede sig under udsendelsen.");
            }
            MimeMessage message;
            String from = settings.from(trial);
            try {
                message = composer.compose(sender.session(), from, p.modtager().navn(), p.modtager().email(), p.pack(),
                        head, pdf);
            } catch (MessagingException | RuntimeException e) {
                log.write(outputDir, trial, entry.outcome(DeliveryLog.Status.FAILED, 0, "Mailen kunne ikke dannes: "
                        + e.getMessage()));
                return Optional.of(who + ": fejlet. Mailen kunne ikke dannes: " + e.getMessage());
            }
            mails++;
            if (trial) {
                String name = DryRunWriter.FOLDER + emlNames.unique(p.modtager().navn()) + ".eml";
                try {
                    dryRun.write(message, work.workFile(name));
                } catch (MessagingException e) {
                    throw new IOException(e);
                }
                emlWritten.add(name);
                log.write(outputDir, true, entry.outcome(DeliveryLog.Status.DRY_RUN, 0, name));
                return Optional.of(who + ": " + p.relative() + " → " + name);
            }
            SmtpSender.Result r = sender.send(message, () -> log.write(outputDir, false, entry));
            log.write(outputDir, false, entry.outcome(r.accepted() ? DeliveryLog.Status.SENT : DeliveryLog.Status.FAILED,
                    r.attempts(), r.answer()));
            return Optional.of(who + ": " + p.relative() + (r.accepted() ? " sendt" : " FEJLET") + (r.attempts() > 1
                    ? " efter " + r.attempts() + " forsøg" : "") + " (" + r.answer() + ")");
        }

        /** Publishes udsendelse.csv (and the .eml files of a trial); returns the summary line. */
        public String finish() throws IOException {
            log.durable(false);
            List<DeliveryLog.Entry> entries = log.forRun(request.run());
            report.write(entries, work.workFile(DeliveryReport.FILE));
            work.publish();
            dryRun.removeStale(request.output(), emlWritten);
            work.discardWork();
            Duration time = Duration.ofNanos(System.nanoTime() - startNanos);
            Map<DeliveryLog.Status, Integer> counts = new EnumMap<>(DeliveryLog.Status.class);
            entries.forEach(e -> counts.merge(e.status(), 1, Integer::sum));
            int notSent = entries.size() - counts.getOrDefault(DeliveryLog.Status.SENT, 0)
                    - counts.getOrDefault(DeliveryLog.Status.FAILED, 0) - counts.getOrDefault(DeliveryLog.Status.DRY_RUN, 0)
                    - counts.getOrDefault(DeliveryLog.Status.UNCHANGED, 0);
            String per = mails == 0 ? "" : ", " + seconds(time.dividedBy(mails)) + " pr. mail";
            if (trial) {
                return "Prøveudsendelse: " + counts.getOrDefault(DeliveryLog.Status.DRY_RUN, 0) + " mail(s) skrevet til "
                        + DryRunWriter.FOLDER + ", " + counts.getOrDefault(DeliveryLog.Status.UNCHANGED, 0) + " uændret, "
                        + notSent + " ikke sendt (" + seconds(time) + per + "); se " + DeliveryReport.FILE + ".";
            }
            return "Udsendelse: " + counts.getOrDefault(DeliveryLog.Status.SENT, 0) + " sendt, "
                    + counts.getOrDefault(DeliveryLog.Status.UNCHANGED, 0) + " uændret, " + notSent + " ikke sendt, "
                    + counts.getOrDefault(DeliveryLog.Status.FAILED, 0) + " fejlet (" + seconds(time) + per + "); se "
                    + DeliveryReport.FILE + ".";
        }
    }

    private static String seconds(Duration d) {
        return String.format(Locale.ROOT, "%.3f", d.toNanos() / 1e9).replace('.', ',') + " s";
    }
}
