package dk.aarsrapport.change;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.springframework.stereotype.Component;

import dk.aarsrapport.ingest.Texts;
import dk.aarsrapport.report.AreaRenderer;
import dk.aarsrapport.report.DocumentPlan;
import dk.aarsrapport.stage.Politikomraade;
import dk.aarsrapport.stage.StagedData;

/**
 * Every PDF a run should leave in the output folder, with the fingerprint it must be made from:
 * each published (or draft) politikområde, the whole report and the packs. The render and assemble
 * steps compare these with the previous manifest to skip what did not change.
 */
@Component
public class ExpectedOutputs {

    private final StagedData staged;
    private final Fingerprints fingerprints;
    private final DocumentPlan plan;

    ExpectedOutputs(StagedData staged, Fingerprints fingerprints, DocumentPlan plan) {
        this.staged = staged;
        this.fingerprints = fingerprints;
        this.plan = plan;
    }

    /** The outputs: fingerprints by Nr, by output file, and the documents to join. */
    public record Expected(Map<Integer, String> areas, Map<String, String> files, List<DocumentPlan.Document> documents,
                           Map<String, String> cover) {
    }

    public Expected of(long run, int year, Set<String> blocked, boolean draft) {
        Map<Integer, String> areas = fingerprints.areas(run, year, blocked, draft);
        Map<String, String> files = new LinkedHashMap<>();
        for (Politikomraade a : staged.politikomraader(run)) {
            boolean isBlocked = blocked.contains(Texts.key(a.navn()));
            if (!isBlocked || draft) {
                files.put(AreaRenderer.relativePath(a, isBlocked), areas.get(a.nr()));
            }
        }
        Map<String, String> rapport = staged.rapport(run);
        Map<String, String> cover = new LinkedHashMap<>();
        cover.put("kommune", rapport.get(Texts.key("Kommune")));
        cover.put("titel", rapport.get(Texts.key("Titel")));
        cover.put("aar", String.valueOf(year));
        List<DocumentPlan.Document> documents = plan.documents(run, year, blocked, draft);
        for (DocumentPlan.Document d : documents) {
            files.put(d.relative(), fingerprints.document(d, areas, cover));
        }
        return new Expected(areas, files, documents, cover);
    }
}
