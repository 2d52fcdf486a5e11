package dk.aarsrapport.validate;

import dk.aarsrapport.base.Finding;
import dk.aarsrapport.base.Severity;
import dk.aarsrapport.stage.MaalRammer;
import dk.aarsrapport.stage.Origin;
import dk.aarsrapport.stage.StagedData;

/** What the Målopfølgning rules share: how a goal is named in a sentence, and a finding at a row's cell. */
final class MaalFindings {

    private MaalFindings() {
    }

    /** "mål 1.4 i <Ramme>", or without Nr the goal's Målsætning, shortened. */
    static String goal(MaalRammer.Ramme ramme, MaalRammer.Maal maal) {
        String what = maal.nr() != null ? "mål " + maal.nr()
                : maal.maalsaetning() != null ? "målet \"" + shorten(maal.maalsaetning()) + "\""
                : "målet i række " + maal.first().origin().row();
        return what + " i " + ramme.navn();
    }

    static Finding at(Severity severity, String rule, StagedData staged, long run, String ramme, Origin o,
                      String field, String found, String expected, String message) {
        return new Finding(severity, rule, MaalRammer.unit(ramme), o.file(), o.sheet(), staged.cell(run, o, field),
                found, expected, message);
    }

    static String shorten(String s) {
        String oneLine = s.replaceAll("\\s+", " ").strip();
        return oneLine.length() > 60 ? oneLine.substring(0, 57) + "…" : oneLine;
    }
}
