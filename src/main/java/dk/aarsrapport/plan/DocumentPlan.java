package dk.aarsrapport.plan;

import dk.aarsrapport.report.MaalopfoelgningRenderer;
import dk.aarsrapport.report.ReportAssembler;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

import org.springframework.stereotype.Component;

import dk.aarsrapport.base.Texts;
import dk.aarsrapport.stage.MaalRammer;
import dk.aarsrapport.stage.Modtager;
import dk.aarsrapport.stage.Politikomraade;
import dk.aarsrapport.stage.StagedData;

/**
 * Which joined documents a run writes: the whole report (the politikområder, then the goal
 * follow-ups of Målopfølgning), one pack per Udvalg and one per Modtagere row (an Udvalg's
 * politikområder, one politikområde, or — both blank — the whole report). With
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

    /**
     * The documents of a run; {@code blocked} and {@code blockedRammer} hold the keys of the
     * politikområder and goal frameworks validation blocked.
     */
    public List<Document> documents(long run, int year, Set<String> blocked, Set<String> blockedRammer, boolean draft) {
        List<Politikomraade> areas = staged.politikomraader(run);
        List<MaalRammer.Ramme> rammer = staged.rammer(run);
        if (areas.isEmpty() && rammer.isEmpty()) {
            return List.of();
        }
        Map<String, String> slugs = MaalopfoelgningRenderer.slugs(rammer);
        Chapters chapters = new Chapters(areas, rammer, slugs, blocked, blockedRammer);
        List<Document> docs = new ArrayList<>(plan(run, year, chapters, false));
        boolean anyBlocked = areas.stream().anyMatch(a -> blocked.contains(Texts.key(a.navn())))
                || rammer.stream().anyMatch(r -> blockedRammer.contains(r.key()));
        if (draft && anyBlocked) {
            docs.addAll(plan(run, year, chapters, true));
        }
        return docs;
    }

    /** What a document may hold, and what validation blocked. */
    private record Chapters(List<Politikomraade> areas, List<MaalRammer.Ramme> rammer, Map<String, String> slugs,
                            Set<String> blocked, Set<String> blockedRammer) {

        List<ReportAssembler.Part> parts(List<Politikomraade> list, boolean withRammer, boolean kladde) {
            List<ReportAssembler.Part> parts = new ArrayList<>();
            for (Politikomraade a : list) {
                boolean isBlocked = blocked.contains(Texts.key(a.navn()));
                parts.add(ReportAssembler.Part.area(a, !isBlocked || kladde, isBlocked && kladde));
            }
            if (withRammer) {
                for (MaalRammer.Ramme r : rammer) {
                    boolean isBlocked = blockedRammer.contains(r.key());
                    parts.add(ReportAssembler.Part.ramme(r.navn(), slugs.get(r.key()), !isBlocked || kladde,
                            isBlocked && kladde));
                }
            }
            return parts;
        }
    }

    /** The whole report's title when the input holds no politikområder: then it is goal follow-up only. */
    public static String wholeReportLabel(int year, boolean politikomraader) {
        return (politikomraader ? "Årsberetning " : "Målopfølgning ") + year;
    }

    private List<Document> plan(long run, int year, Chapters chapters, boolean kladde) {
        String prefix = kladde ? DRAFT_FOLDER : "";
        List<Document> docs = new ArrayList<>();
        List<Politikomraade> areas = chapters.areas();
        docs.add(new Document(wholeReportLabel(year, !areas.isEmpty()), prefix + "aarsberetning-" + year + ".pdf",
                null, chapters.parts(areas, true, kladde), null));
        Slugs.Registry slugs = new Slugs.Registry();
        Map<String, List<Politikomraade>> byUdvalg = new LinkedHashMap<>();
        for (Politikomraade a : areas) {
            if (a.udvalg() != null) {
                byUdvalg.computeIfAbsent(a.udvalg(), u -> new ArrayList<>()).add(a);
            }
        }
        byUdvalg.forEach((udvalg, list) -> docs.add(new Document(udvalg, prefix + "pakker/" + slugs.unique(udvalg)
                + ".pdf", "Til: " + udvalg, chapters.parts(list, false, kladde), null)));
        for (Modtager m : staged.modtagere(run)) {
            boolean whole = m.udvalg() == null && m.politikomraade() == null;
            List<Politikomraade> list = areas.stream().filter(a -> belongsTo(a, m)).toList();
            if (!list.isEmpty() || (whole && !chapters.rammer().isEmpty())) {
                // a recipient of the whole report gets the goal follow-ups too
                docs.add(new Document(m.navn(), prefix + "pakker/" + slugs.unique(m.navn()) + ".pdf",
                        "Til: " + m.navn(), chapters.parts(list, whole, kladde), m));
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

}
