package dk.aarsrapport.plan;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.springframework.stereotype.Component;

import dk.aarsrapport.base.Texts;
import dk.aarsrapport.report.PolitikomraadeWriter;
import dk.aarsrapport.report.MaalopfoelgningRenderer;
import dk.aarsrapport.stage.MaalRammer;
import dk.aarsrapport.stage.Politikomraade;
import dk.aarsrapport.stage.StagedData;
import dk.aarsrapport.validate.BlockedRammer;

/**
 * Every PDF a run should leave in the output folder, with the fingerprint it must be made from:
 * each published (or draft) politikområde and goal framework, the whole report and the packs. The
 * render and assemble steps compare these with the previous manifest to skip what did not change.
 */
@Component
public class ExpectedOutputs {

    private final StagedData staged;
    private final Fingerprints fingerprints;
    private final DocumentPlan plan;
    private final BlockedRammer blockedRammer;

    ExpectedOutputs(StagedData staged, Fingerprints fingerprints, DocumentPlan plan, BlockedRammer blockedRammer) {
        this.staged = staged;
        this.fingerprints = fingerprints;
        this.plan = plan;
        this.blockedRammer = blockedRammer;
    }

    /**
     * The outputs: fingerprints of the politikområder by Nr and of the goal frameworks by key, by output
     * file, the documents to join, the cover; which frameworks validation blocked, and their slugs.
     */
    public record Expected(Map<Integer, String> areas, Map<String, String> rammer, Map<String, String> files,
                           List<DocumentPlan.Document> documents, Map<String, String> cover,
                           Set<String> blockedRammer, Map<String, String> slugs) {
    }

    public Expected of(long run, int year, Set<String> blocked, boolean draft) {
        Set<String> blockedR = blockedRammer.of(run);
        Map<Integer, String> areas = fingerprints.areas(run, year, blocked, blockedR, draft);
        Map<String, String> rammer = fingerprints.rammer(run, year, blockedR, draft);
        Map<String, String> files = new LinkedHashMap<>();
        for (Politikomraade a : staged.politikomraader(run)) {
            boolean isBlocked = blocked.contains(Texts.key(a.navn()));
            if (!isBlocked || draft) {
                files.put(PolitikomraadeWriter.relativePath(a, isBlocked), areas.get(a.nr()));
            }
        }
        List<MaalRammer.Ramme> frameworks = staged.rammer(run);
        Map<String, String> slugs = MaalopfoelgningRenderer.slugs(frameworks);
        for (MaalRammer.Ramme r : frameworks) {
            boolean isBlocked = blockedR.contains(r.key());
            if (!isBlocked || draft) {
                files.put(MaalopfoelgningRenderer.relativePath(slugs.get(r.key()), isBlocked), rammer.get(r.key()));
            }
        }
        Map<String, String> rapport = staged.rapport(run);
        Map<String, String> cover = new LinkedHashMap<>();
        cover.put("kommune", rapport.get(Texts.key("Kommune")));
        cover.put("titel", rapport.get(Texts.key("Titel")));
        cover.put("aar", String.valueOf(year));
        List<DocumentPlan.Document> documents = plan.documents(run, year, blocked, blockedR, draft);
        for (DocumentPlan.Document d : documents) {
            files.put(d.relative(), fingerprints.document(d, areas, rammer, cover));
        }
        return new Expected(areas, rammer, files, documents, cover, blockedR, slugs);
    }
}
