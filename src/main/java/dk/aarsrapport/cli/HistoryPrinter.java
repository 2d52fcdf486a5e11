package dk.aarsrapport.cli;

import java.io.PrintStream;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;

import dk.aarsrapport.base.Texts;
import dk.aarsrapport.deliver.DeliveryLog;
import dk.aarsrapport.stage.StagedData;

/**
 * `history`: past runs, newest first, one line each, as an operator scans them in the morning; under a run
 * that mailed its packs, one line per recipient: what it was sent (or why not), when, and the server's answer.
 * The database keeps names and answers as they came (from a cell, from a mail server); what would steer the
 * terminal is shown here as {@link Texts#visible}.
 */
final class HistoryPrinter {

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");

    private HistoryPrinter() {
    }

    static void print(List<StagedData.RunRecord> runs, Map<Long, List<DeliveryLog.Entry>> deliveries, PrintStream out) {
        if (runs.isEmpty()) {
            out.println("Ingen kørsler endnu.");
            return;
        }
        out.println(String.format("%-5s %-8s %-4s %-19s %-19s %-10s %7s %7s %8s %5s %9s %6s  %s", "Id", "Kommando",
                "År", "Start", "Slut", "Status", "Dannet", "Uændret", "Blokeret", "Fejl", "Advarsler", "Filer",
                "Output"));
        for (StagedData.RunRecord r : runs) {
            out.println(String.format("%-5d %-8s %-4d %-19s %-19s %-10s %7d %7d %8d %5d %9d %6d  %s", r.runId(),
                    r.job(), r.year(), r.started() == null ? "" : TIME.format(r.started()),
                    r.finished() == null ? "" : TIME.format(r.finished()), status(r.status()), r.rendered(),
                    r.unchanged(), r.blocked(), r.fejl(), r.advarsler(), r.written(), Texts.visible(r.outputDir())));
            for (DeliveryLog.Entry d : deliveries.getOrDefault(r.runId(), List.of())) {
                out.println(Texts.visible("      → " + d.modtager() + (d.email() == null ? "" : " <" + d.email() + ">")
                        + (d.pack() == null ? "" : ", " + d.pack()) + ": " + d.status().label()
                        + (d.finished() == null ? "" : " " + TIME.format(d.finished()))
                        + (d.answer() == null ? "" : " – " + d.answer())));
            }
        }
    }

    private static String status(String batchStatus) {
        return switch (batchStatus) {
            case "COMPLETED" -> "færdig";
            case "FAILED" -> "fejlet";
            case "STOPPED" -> "stoppet";
            case "STARTED" -> "kører";
            case "AFBRUDT" -> "afbrudt";
            default -> batchStatus.toLowerCase(java.util.Locale.ROOT);
        };
    }
}
