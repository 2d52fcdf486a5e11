package dk.aarsrapport.validate;

import java.util.ArrayList;
import java.util.List;

import dk.aarsrapport.stage.Effektmaal;
import dk.aarsrapport.stage.Origin;
import dk.aarsrapport.stage.StagedData;
import dk.aarsrapport.stage.Tekst;

/**
 * The narrative cells of a run that L1 and S6 read: each Tekst of Tekster, and Målsætning and Resultat of each
 * Effektmål (the cells with linked figures), with Beskrivelse when asked for (a carried text, but not linked).
 */
final class NarrativeCells {

    /** One cell's text, where it stands (its staged field names the column). */
    record Cell(String politikomraade, Origin origin, String field, String text) {
    }

    private NarrativeCells() {
    }

    static List<Cell> of(StagedData staged, long run, boolean withBeskrivelse) {
        List<Cell> cells = new ArrayList<>();
        for (Tekst t : staged.tekster(run)) {
            add(cells, t.politikomraade(), t.origin(), "tekst", t.tekst());
        }
        for (Effektmaal e : staged.effektmaal(run)) {
            if (withBeskrivelse) {
                add(cells, e.politikomraade(), e.origin(), "beskrivelse", e.beskrivelse());
            }
            add(cells, e.politikomraade(), e.origin(), "maalsaetning", e.maalsaetning());
            add(cells, e.politikomraade(), e.origin(), "resultat", e.resultat());
        }
        return cells;
    }

    private static void add(List<Cell> cells, String area, Origin origin, String field, String text) {
        if (text != null && !text.isEmpty()) {
            cells.add(new Cell(area, origin, field, text));
        }
    }
}
