package dk.aarsrapport.plan;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import dk.aarsrapport.base.Texts;
import dk.aarsrapport.stage.MaalRammer;
import dk.aarsrapport.stage.Modtager;
import dk.aarsrapport.stage.Politikomraade;
import dk.aarsrapport.validate.Verdict;

/**
 * Which joined documents a run writes: the whole report (the politikområder, then the goal frameworks), one
 * pack per Udvalg and one per {@code Modtagere} row (an Udvalg's politikområder, one politikområde, or, both
 * blank, the whole report); with drafts, the same again under kladde/. A document whose cover and parts equal
 * another's is made once: a recipient named like an Udvalg and choosing it gets that Udvalg's pack, and two
 * rows for one recipient share one file. A slug gets -2 only for different documents under one name.
 */
final class Documents {

    /** The documents, and per {@code Modtagere} row (by position) its document, or null. */
    record Made(List<Document> documents, List<Document> byRecipient) {
    }

    private final Verdict verdict;
    private final List<Politikomraade> politikomraader;
    private final List<MaalRammer.Ramme> rammer;
    private final Map<String, String> slugs;

    Documents(Verdict verdict, Map<String, String> slugs) {
        this.verdict = verdict;
        this.politikomraader = verdict.politikomraader();
        this.rammer = verdict.rammer();
        this.slugs = slugs;
    }

    /** The whole report's title when the input holds no politikområder: then it is goal follow-up only. */
    static String wholeReportLabel(int year, boolean politikomraader) {
        return (politikomraader ? "Årsberetning " : "Målopfølgning ") + year;
    }

    boolean anyBlocked() {
        return politikomraader.stream().anyMatch(verdict::isBlocked) || rammer.stream().anyMatch(verdict::isBlocked);
    }

    /** The final documents ({@code kladde} false) or the drafts under kladde/. */
    Made make(int year, List<Modtager> modtagere, boolean kladde) {
        if (politikomraader.isEmpty() && rammer.isEmpty()) {
            return new Made(List.of(), modtagere.stream().map(m -> (Document) null).toList());
        }
        String prefix = kladde ? OutputNames.DRAFT_FOLDER : "";
        Map<Object, Document> made = new LinkedHashMap<>();
        Slugs.Registry names = new Slugs.Registry();
        add(made, names, wholeReportLabel(year, !politikomraader.isEmpty()), prefix + "aarsberetning-" + year + ".pdf",
                null, parts(politikomraader, true, kladde), kladde);
        Map<String, List<Politikomraade>> byUdvalg = new LinkedHashMap<>();
        for (Politikomraade p : politikomraader) {
            if (p.udvalg() != null) {
                byUdvalg.computeIfAbsent(p.udvalg(), u -> new ArrayList<>()).add(p);
            }
        }
        byUdvalg.forEach((udvalg, list) -> add(made, names, udvalg, prefix + "pakker/", "Til: " + udvalg,
                parts(list, false, kladde), kladde));
        List<Document> byRecipient = new ArrayList<>();
        for (Modtager m : modtagere) {
            boolean whole = m.udvalg() == null && m.politikomraade() == null;
            List<Politikomraade> list = politikomraader.stream().filter(p -> belongsTo(p, m)).toList();
            // a recipient of the whole report gets the goal frameworks too
            byRecipient.add(list.isEmpty() && !(whole && !rammer.isEmpty()) ? null
                    : add(made, names, m.navn(), prefix + "pakker/", "Til: " + m.navn(), parts(list, whole, kladde),
                    kladde));
        }
        return new Made(List.copyOf(made.values()), byRecipient);
    }

    /** The document, or the equal one made before; a pack's file is named when it is first made. */
    private static Document add(Map<Object, Document> made, Slugs.Registry names, String label, String relative,
                                String modtager, List<Part> parts, boolean kladde) {
        List<Object> key = List.of(modtager == null ? "" : Texts.key(modtager), parts);
        Document known = made.get(key);
        if (known != null) {
            return known;
        }
        String path = relative.endsWith("/") ? relative + names.unique(label) + ".pdf" : relative;
        Document d = new Document(label, path, modtager, parts, kladde, null, null);
        made.put(key, d);
        return d;
    }

    private List<Part> parts(List<Politikomraade> list, boolean withRammer, boolean kladde) {
        List<Part> parts = new ArrayList<>();
        for (Politikomraade p : list) {
            boolean isBlocked = verdict.isBlocked(p);
            parts.add(new Part.OfPolitikomraade(p, !isBlocked || kladde, isBlocked && kladde));
        }
        if (withRammer) {
            for (MaalRammer.Ramme r : rammer) {
                boolean isBlocked = verdict.isBlocked(r);
                parts.add(new Part.OfRamme(r.navn(), slugs.get(r.key()), !isBlocked || kladde, isBlocked && kladde));
            }
        }
        return parts;
    }

    static boolean belongsTo(Politikomraade p, Modtager m) {
        if (m.udvalg() == null && m.politikomraade() == null) {
            return true;
        }
        boolean udvalg = m.udvalg() != null && p.udvalg() != null && Texts.key(m.udvalg()).equals(Texts.key(p.udvalg()));
        boolean own = m.politikomraade() != null && Objects.equals(Texts.key(m.politikomraade()), Texts.key(p.navn()));
        return udvalg || own;
    }
}
