package dk.aarsrapport.publish;

import dk.aarsrapport.base.OutputFolder;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.springframework.stereotype.Component;

import dk.aarsrapport.plan.PreviousOutput;
import dk.aarsrapport.stage.StagedData;
import dk.aarsrapport.base.Texts;
import dk.aarsrapport.stage.MaalRammer;
import dk.aarsrapport.validate.BlockedPolitikomraader;
import dk.aarsrapport.validate.BlockedRammer;
import dk.aarsrapport.base.Finding;
import dk.aarsrapport.base.Severity;
import dk.aarsrapport.validate.ValidationReportWriter;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * The last step of a run: the validation report and the manifest join the rendered files in the
 * work folder, and everything is moved into the output folder. The manifest is moved last, so a
 * manifest always describes files that are in place.
 */
@Component
public class Publisher {

    public static final String WRITTEN = "written";
    static final String MANIFEST = "manifest.json";

    private final StagedData staged;
    private final ValidationReportWriter validationReport;
    private final BlockedPolitikomraader blockedAreas;
    private final BlockedRammer blockedRammer;
    private final ObjectMapper json = new ObjectMapper();

    Publisher(StagedData staged, ValidationReportWriter validationReport, BlockedPolitikomraader blockedAreas,
              BlockedRammer blockedRammer) {
        this.staged = staged;
        this.blockedAreas = blockedAreas;
        this.blockedRammer = blockedRammer;
        this.validationReport = validationReport;
    }

    /**
     * Publishes the run's files. With {@code expected} (output file → fingerprint) it also writes
     * manifest.json, recording every expected file's state — those written now and those left
     * unchanged — so the next run can tell what it may leave alone. Returns the paths written.
     */
    public List<String> publish(long run, int year, OutputFolder out, LocalDateTime started,
                                Map<String, String> expected, PreviousOutput previous) throws IOException {
        boolean manifest = expected != null;
        List<Finding> findings = staged.findings(run);
        java.util.Set<String> blocked = blockedAreas.of(run);
        Map<String, Boolean> published = new java.util.LinkedHashMap<>();
        staged.politikomraader(run).forEach(p -> published.put(p.navn(), !blocked.contains(Texts.key(p.navn()))));
        java.util.Set<String> blockedR = blockedRammer.of(run);
        staged.rammer(run).forEach(r -> published.put(MaalRammer.unit(r.navn()), !blockedR.contains(r.key())));
        validationReport.write(findings, year, published, out.workFile(ValidationReportWriter.HTML),
                out.workFile(ValidationReportWriter.CSV));
        List<Written> files = describe(out);
        List<String> written = new ArrayList<>(out.publish());
        if (manifest) {
            writeManifest(run, year, out, started, findings, files, expected, previous);
            written.addAll(out.publish());
        }
        out.discardWork();
        return written;
    }

    private record Written(String file, String sha256, Integer pages) {
    }

    private static List<Written> describe(OutputFolder out) throws IOException {
        List<Written> files = new ArrayList<>();
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
                files.add(new Written(relative, dk.aarsrapport.base.Sha256.of(p), pages));
            }
        }
        return files;
    }

    private void writeManifest(long run, int year, OutputFolder out, LocalDateTime started, List<Finding> findings,
                               List<Written> files, Map<String, String> expected, PreviousOutput previous)
            throws IOException {
        ObjectNode root = json.createObjectNode();
        root.put("year", year);
        root.put("run", run);
        ZoneId zone = ZoneId.systemDefault();
        root.put("started", started == null ? null : started.atZone(zone).toOffsetDateTime().toString());
        root.put("finished", OffsetDateTime.now(zone).toString());
        root.put("status", "COMPLETED");
        Map<Severity, Integer> counts = new EnumMap<>(Severity.class);
        for (Severity s : Severity.values()) {
            counts.put(s, 0);
        }
        findings.forEach(f -> counts.merge(f.severity(), 1, Integer::sum));
        ObjectNode byseverity = root.putObject("findings");
        counts.forEach((s, n) -> byseverity.put(s.name(), n));
        ArrayNode read = root.putArray("read");
        staged.files(run).forEach((file, sha) -> read.addObject().put("file", file).put("sha256", sha));
        ArrayNode written = root.putArray("written");
        for (Written w : files) {
            ObjectNode node = written.addObject().put("file", w.file()).put("sha256", w.sha256());
            if (w.pages() != null) {
                node.put("pages", w.pages());
            }
        }
        Map<String, Written> now = new java.util.HashMap<>();
        files.forEach(w -> now.put(w.file(), w));
        ArrayNode state = root.putArray("files");
        for (Map.Entry<String, String> e : expected.entrySet()) {
            Written w = now.get(e.getKey());
            PreviousOutput.FileState before = previous.files().get(e.getKey());
            if (w == null && (before == null || !Files.exists(out.root().resolve(e.getKey())))) {
                continue; // neither written now nor left from before: nothing to describe
            }
            ObjectNode node = state.addObject().put("file", e.getKey())
                    .put("sha256", w != null ? w.sha256() : before.sha256()).put("fingerprint", e.getValue());
            Integer pages = w != null ? w.pages() : before.pages();
            if (pages != null) {
                node.put("pages", pages);
            }
        }
        json.writerWithDefaultPrettyPrinter().writeValue(out.workFile(MANIFEST).toFile(), root);
    }
}
