package dk.aarsrapport.publish;

import dk.aarsrapport.base.Manifest;
import dk.aarsrapport.base.OutputFolder;
import dk.aarsrapport.base.PreviousYear;
import dk.aarsrapport.base.RunContext;
import dk.aarsrapport.base.Sha256;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.springframework.stereotype.Component;

import dk.aarsrapport.plan.PreviousOutput;
import dk.aarsrapport.stage.StagedData;
import dk.aarsrapport.stage.StagedFindings;
import dk.aarsrapport.base.Severity;
import dk.aarsrapport.validate.FindingSource;
import dk.aarsrapport.validate.TraceReportWriter;
import dk.aarsrapport.validate.ValidationReportWriter;

/**
 * The last step of a run: the validation report and the manifest join the rendered files in the
 * work folder, and everything is moved into the output folder. The manifest is moved last, so a
 * manifest always describes files that are in place.
 */
@Component
public class Publisher {

    public static final String WRITTEN = "written";

    private final StagedData staged;
    private final StagedFindings findings;
    private final ValidationReportWriter validationReport;
    private final TraceReportWriter traceReport;
    private final PublishGate gate;

    Publisher(StagedData staged, StagedFindings findings, ValidationReportWriter validationReport,
              TraceReportWriter traceReport, PublishGate gate) {
        this.staged = staged;
        this.findings = findings;
        this.validationReport = validationReport;
        this.traceReport = traceReport;
        this.gate = gate;
    }

    /**
     * Publishes the run's files; {@code published} names each politikområde and goal framework with whether
     * validation let it be published. With {@code expected} (output file → fingerprint) it also writes
     * manifest.json, recording every expected file's state — those written now and those left
     * unchanged — so the next run can tell what it may leave alone. {@code notes} are the validation report's
     * words said once (R8's comparison with last year). Returns the paths written.
     */
    public List<String> publish(RunContext context, LocalDateTime started, Map<String, Boolean> published,
                                Map<String, String> expected, PreviousOutput previous, List<String> notes)
            throws IOException {
        long run = context.runId();
        int year = context.year();
        OutputFolder out = context.outputFolder();
        // read from the database one at a time, as often as the report needs: they may be a million
        validationReport.write(FindingSource.staged(findings, run), year, published, notes,
                out.workFile(ValidationReportWriter.HTML), out.workFile(ValidationReportWriter.CSV));
        boolean traced = traceReport.write(run, year, out.workFile(TraceReportWriter.CSV)); // only with a ledger
        List<Manifest.WrittenFile> files = describe(out);
        // the manifest is made before the first rename: inside the gate there is nothing but moves, so a
        // stop waits only for them, and nothing in there needs the database that the stop is closing
        Manifest manifest = expected == null ? null : manifest(context, out, started, files, expected, previous);
        List<String> written = new ArrayList<>();
        gate.publishing(() -> {
            written.addAll(out.publish());
            if (!traced) {
                // a trace left by a run that had a ledger would tell an auditor of figures this input no longer has
                Files.deleteIfExists(out.root().resolve(TraceReportWriter.CSV));
            }
            if (manifest != null) {
                manifest.write(out.workFile(Manifest.FILE));
                written.addAll(out.publish());
            }
        });
        out.discardWork();
        return written;
    }

    private static List<Manifest.WrittenFile> describe(OutputFolder out) throws IOException {
        List<Manifest.WrittenFile> files = new ArrayList<>();
        Path work = out.workFile("x").getParent();
        try (var walk = Files.walk(work)) {
            for (Path p : walk.filter(Files::isRegularFile).sorted().toList()) {
                String relative = work.relativize(p).toString().replace('\\', '/');
                if (relative.startsWith(OutputFolder.INTERNAL)) {
                    continue;
                }
                Integer pages = null;
                if (relative.endsWith(".pdf")) {
                    try (PDDocument doc = Loader.loadPDF(p.toFile())) {
                        pages = doc.getNumberOfPages();
                    }
                }
                files.add(new Manifest.WrittenFile(relative, Sha256.of(p), pages));
            }
        }
        return files;
    }

    private Manifest manifest(RunContext context, OutputFolder out, LocalDateTime started,
                              List<Manifest.WrittenFile> files, Map<String, String> expected, PreviousOutput previous) {
        long run = context.runId();
        ZoneId zone = ZoneId.systemDefault();
        Map<Severity, Integer> counts = new EnumMap<>(Severity.class);
        for (Severity s : Severity.values()) {
            counts.put(s, 0);
        }
        for (StagedFindings.Count c : findings.counts(run)) {
            counts.merge(Severity.FEJL, Math.toIntExact(c.fejl()), Integer::sum);
            counts.merge(Severity.ADVARSEL, Math.toIntExact(c.advarsler()), Integer::sum);
        }
        List<Manifest.ReadFile> read = new ArrayList<>();
        staged.files(run).forEach((file, sha) -> read.add(new Manifest.ReadFile(file, sha)));
        // last year's files change this year's findings (R8): the schedule must see a change to them as a change
        Path lastYear = context.previousFolder();
        staged.files(StagedData.previousYearRun(run)).forEach((file, sha) -> read.add(
                new Manifest.ReadFile(PreviousYear.manifestName(lastYear, file), sha)));
        Map<String, Manifest.WrittenFile> now = new HashMap<>();
        files.forEach(w -> now.put(w.file(), w));
        List<Manifest.FileState> state = new ArrayList<>();
        for (Map.Entry<String, String> e : expected.entrySet()) {
            Manifest.WrittenFile w = now.get(e.getKey());
            Manifest.FileState before = previous.files().get(e.getKey());
            if (w == null && (before == null || !Files.exists(out.root().resolve(e.getKey())))) {
                continue; // neither written now nor left from before: nothing to describe
            }
            state.add(new Manifest.FileState(e.getKey(), w != null ? w.sha256() : before.sha256(), e.getValue(),
                    w != null ? w.pages() : before.pages()));
        }
        return new Manifest(context.year(), run, started == null ? null : started.atZone(zone).toOffsetDateTime().toString(),
                OffsetDateTime.now(zone).toString(), Manifest.COMPLETED, counts, read, files, state);
    }
}
