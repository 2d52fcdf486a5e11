package dk.aarsrapport.plan;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import dk.aarsrapport.base.RunContext;
import dk.aarsrapport.stage.MaalRammer;
import dk.aarsrapport.stage.Politikomraade;
import dk.aarsrapport.validate.Verdict;

/**
 * The plan of one generate run, made once after validation and read by every later step: each politikområde
 * and goal framework (blocked, unchanged or to be drawn), the documents joined from them, who gets which
 * document, and the previous output it was compared with.
 *
 */
public record RunPlan(RunContext run, Verdict verdict, PreviousOutput previous,
                      List<Planned<Politikomraade>> politikomraader, List<Planned<MaalRammer.Ramme>> rammer,
                      List<Document> documents, List<Recipient> recipients, Cover cover) {

    public RunPlan {
        politikomraader = List.copyOf(politikomraader);
        rammer = List.copyOf(rammer);
        documents = List.copyOf(documents);
        recipients = List.copyOf(recipients);
    }

    /**
     * What every joined document's cover says besides its recipient line: Kommune, Titel (when the input has no
     * politikområde and Rapport names no title: "Målopfølgning <year>"), year.
     */
    public record Cover(String kommune, String titel, int year) {
    }

    /** Whether the run draws anything: a politikområde, a goal framework or a joined document. */
    public boolean drawsAnything() {
        return politikomraader.stream().anyMatch(p -> p.decision() == Decision.DRAW)
                || rammer.stream().anyMatch(p -> p.decision() == Decision.DRAW)
                || documents.stream().anyMatch(d -> d.decision() == Decision.DRAW);
    }

    /** Every PDF the run stands for, in the output folder, with the fingerprint it is made from. */
    public Map<String, String> files() {
        Map<String, String> files = new LinkedHashMap<>();
        for (Planned<?> p : politikomraader) {
            putFile(files, p);
        }
        for (Planned<?> p : rammer) {
            putFile(files, p);
        }
        documents.forEach(d -> files.put(d.relative(), d.fingerprint()));
        return files;
    }

    private static void putFile(Map<String, String> files, Planned<?> p) {
        if (p.decision() != Decision.NOT_PUBLISHED) {
            files.put(p.relative(), p.fingerprint());
        }
    }
}
