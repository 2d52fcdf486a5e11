package dk.aarsrapport.cli;

import java.io.PrintStream;
import java.util.List;
import java.util.Locale;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import dk.aarsrapport.base.Finding;
import dk.aarsrapport.base.Texts;
import dk.aarsrapport.deliver.DeliveryLog;
import dk.aarsrapport.job.DiskFullException;
import dk.aarsrapport.job.JobRunner;

/**
 * The console lines after a run of generate or validate, and the exit status they stand for (cli-and-output.md).
 * Names, paths and answers in them come from outside: each line is {@link Texts#visible}.
 */
final class RunSummary {

    private static final Logger log = LoggerFactory.getLogger(RunSummary.class);

    private RunSummary() {
    }

    /** Prints what the run did and returns its exit status. */
    static int print(JobRunner.Outcome o, YearFolders.Resolved r, boolean generate, PrintStream out, PrintStream err) {
        if (o.unreadable() != null) {
            err.println(Texts.visible(o.unreadable() + " Intet er skrevet til " + r.output() + "."));
            return ExitStatus.USAGE_OR_UNREADABLE;
        }
        java.util.Optional<DiskFullException> full = Causes.find(o.failure(), DiskFullException.class);
        if (full.isPresent()) {
            // the operator's to fix, not the program's: one line, no "Intern fejl"; the status is still 3, the
            // spec's one for a run that failed (it has none of its own for a full disk)
            log.error("Disken er fuld", full.get().getCause());
            err.println(full.get().getMessage());
            return ExitStatus.INTERNAL;
        }
        if (o.failure() != null || o.status() != org.springframework.batch.core.BatchStatus.COMPLETED) {
            if (o.failure() != null) {
                log.error("Kørslen fejlede", o.failure());
            }
            err.println(Texts.visible("Intern fejl: kørslen stoppede med status " + o.status()
                    + (o.failure() == null ? "" : " (" + o.failure().getClass().getSimpleName() + ": "
                    + o.failure().getMessage() + ")") + "; intet halvfærdigt er udgivet."));
            return ExitStatus.INTERNAL;
        }
        List<Finding> shown = o.shown();
        shown.forEach(f -> out.println(f.line()));
        if (o.fejl() > shown.size()) {
            out.println("… og " + count(o.fejl() - shown.size()) + " fejl mere; se validering.html.");
        }
        if (o.advarsler() > 0) {
            out.println(count(o.advarsler()) + (o.advarsler() == 1 ? " advarsel" : " advarsler") + "; se validering.html.");
        }
        String seconds = String.format(Locale.ROOT, "%.1f", o.time().toMillis() / 1000.0).replace('.', ',');
        StringBuilder summary = new StringBuilder("Færdig på ").append(seconds).append(" s: ");
        if (generate) {
            if (o.areas() > 0 || o.rammer().count() == 0) {
                summary.append(o.rendered()).append(" af ").append(o.areas()).append(" politikområder dannet, ")
                        .append(o.blocked().size()).append(" ikke udgivet; ");
            }
            if (o.rammer().count() > 0) {
                summary.append(o.rammer().rendered()).append(" af ").append(o.rammer().count())
                        .append(o.rammer().count() == 1 ? " målopfølgning dannet, " : " målopfølgninger dannet, ")
                        .append(o.rammer().blocked().size()).append(" ikke udgivet; ");
            }
        }
        summary.append(count(o.fejl())).append(" fejl, ").append(count(o.advarsler()))
                .append(o.advarsler() == 1 ? " advarsel; " : " advarsler; ")
                .append(o.written().size()).append(o.written().size() == 1 ? " fil" : " filer")
                .append(" skrevet til ").append(r.output()).append('.');
        out.println(Texts.visible(summary.toString()));
        List<String> notPublished = new java.util.ArrayList<>(o.blocked());
        notPublished.addAll(o.rammer().blocked());
        if (!notPublished.isEmpty()) {
            out.println(Texts.visible("Ikke udgivet på grund af valideringsfejl: " + String.join(", ", notPublished) + "."));
        }
        // a mail that failed is said on stderr, where a cron job's owner sees it; it leaves the exit status
        // as validation decided it, because the run itself is done and published (cli-and-output.md)
        for (DeliveryLog.Entry d : o.deliveries()) {
            if (d.status() == DeliveryLog.Status.FAILED) {
                err.println(Texts.visible("Udsendelse fejlet: " + d.modtager() + " <" + d.email() + ">, " + d.pack()
                        + ": " + d.answer()));
            }
        }
        return o.fejl() > 0 ? ExitStatus.FINDINGS : ExitStatus.OK;
    }

    /** A count as a Danish reader writes it: 1.000.001, not 1000001 (a ledger can bring a million findings). */
    private static String count(long n) {
        java.text.DecimalFormatSymbols symbols = new java.text.DecimalFormatSymbols(Locale.ROOT);
        symbols.setGroupingSeparator('.');
        return new java.text.DecimalFormat("#,##0", symbols).format(n);
    }
}
