package dk.aarsrapport.report;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

import org.springframework.stereotype.Component;

import dk.aarsrapport.ingest.Texts;
import dk.aarsrapport.publish.Slugs;
import dk.aarsrapport.stage.Modtager;
import dk.aarsrapport.stage.Politikomraade;
import dk.aarsrapport.stage.StagedData;

/**
 * Which joined documents a run writes: the whole report, one pack per Udvalg and one per Modtagere
 * row (an Udvalg's politikområder, one politikområde, or — both blank — the whole report). With
 * drafts, the same documents again under kladde/, holding the drafts where the final ones have none.
 */
@Component
public class DocumentPlan {

    /** Where the drafts of the whole report and the packs go, beside the final ones. */
    public static final String DRAFT_FOLDER = "kladde/";

    private final StagedData staged;

    DocumentPlan(StagedData staged) {
        this.staged = staged;
    }

    /**
     * A document to assemble: its label, its path in the output folder, the recipient line, its parts, and
     * the {@code Modtagere} row it is made for (null for the whole report and the Udvalg packs), which
     * delivery mails it to.
     */
    public record Document(String label, String relative, String modtager, List<ReportAssembler.Part> parts,
                           Modtager recipient) {
    }

    public List<Document> documents(long run, int year, Set<String> blocked, boolean draft) {
        List<Politikomraade> areas = staged.politikomraader(run);
        if (areas.isEmpty()) {
            return List.of();
        }
        List<Document> docs = new ArrayList<>(plan(run, year, areas, blocked, false));
        boolean anyBlocked = areas.stream().anyMatch(a -> blocked.contains(Texts.key(a.navn())));
        if (draft && anyBlocked) {
            docs.addAll(plan(run, year, areas, blocked, true));
        }
        return docs;
    }

    private List<Document> plan(long run, int year, List<Politikomraade> areas, Set<String> blocked, boolean kladde) {
        String prefix = kladde ? DRAFT_FOLDER : "";
        List<Document> docs = new ArrayList<>();
        docs.add(new Document("Årsberetning " + year, prefix + "aarsberetning-" + year + ".pdf", null,
                parts(areas, blocked, kladde), null));
        Slugs.Registry slugs = new Slugs.Registry();
        Map<String, List<Politikomraade>> byUdvalg = new LinkedHashMap<>();
        for (Politikomraade a : areas) {
            if (a.udvalg() != null) {
                byUdvalg.computeIfAbsent(a.udvalg(), u -> new ArrayList<>()).add(a);
            }
        }
        byUdvalg.forEach((udvalg, list) -> docs.add(new Document(udvalg, prefix + "pakker/" + slugs.unique(udvalg)
                + ".pdf", "Til: " + udvalg, parts(list, blocked, kladde), null)));
        for (Modtager m : staged.modtagere(run)) {
            List<Politikomraade> list = areas.stream().filter(a -> belongsTo(a, m)).toList();
            if (!list.isEmpty()) {
                docs.add(new Document(m.navn(), prefix + "pakker/" + slugs.unique(m.navn()) + ".pdf",
                        "Til: " + m.navn(), parts(list, blocked, kladde), m));
            }
        }
        return docs;
    }

    static boolean belongsTo(Politikomraade a, Modtager m) {
        if (m.udvalg() == null && m.politikomraade() == null) {
            return true;
        }
        boolean udvalg = m.udvalg() != null && a.udvalg() != null && Texts.key(m.udvalg()).equals(Texts.key(a.udvalg()));
        boolean area = m.politikomraade() != null && Objects.equals(Texts.key(m.politikomraade()), Texts.key(a.navn()));
        return udvalg || area;
    }

    private static List<ReportAssembler.Part> parts(List<Politikomraade> areas, Set<String> blocked, boolean kladde) {
        return areas.stream().map(a -> {
            boolean isBlocked = blocked.contains(Texts.key(a.navn()));
            return new ReportAssembler.Part(a, !isBlocked || kladde, isBlocked && kladde);
        }).toList();
    }
}
