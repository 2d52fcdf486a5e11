package dk.aarsrapport.validate;

import dk.aarsrapport.base.Finding;
import dk.aarsrapport.base.FindingSink;
import java.util.HashSet;
import java.util.Set;

import org.springframework.stereotype.Component;

import dk.aarsrapport.base.Texts;
import dk.aarsrapport.stage.Origin;
import dk.aarsrapport.stage.StagedData;

/**
 * S1: every row must name a politikområde of the Politikområder sheet, and every Målinger row an
 * effektmål of the same politikområde. Otherwise the row would silently be left out of the report.
 */
@Component
class S1UnknownReferenceRule implements Rule {

    private final StagedData staged;

    S1UnknownReferenceRule(StagedData staged) {
        this.staged = staged;
    }

    @Override
    public String id() {
        return "S1";
    }

    @Override
    public void check(ValidationRun validationRun, FindingSink findings) {
        long run = validationRun.id();
        Set<String> areas = new HashSet<>();
        Set<String> udvalg = new HashSet<>();
        staged.politikomraader(run).forEach(p -> {
            areas.add(Texts.key(p.navn()));
            if (p.udvalg() != null) {
                udvalg.add(Texts.key(p.udvalg()));
            }
        });
        if (areas.isEmpty()) {
            return; // the missing Politikområder sheet is its own finding; repeating it per row helps nobody
        }
        staged.forEachRegnskab(run, l -> area(run, areas, l.politikomraade(), l.origin(), findings));
        staged.tekster(run).forEach(t -> area(run, areas, t.politikomraade(), t.origin(), findings));
        staged.effektmaal(run).forEach(e -> area(run, areas, e.politikomraade(), e.origin(), findings));
        Set<String> maal = new HashSet<>();
        staged.effektmaal(run).forEach(e -> maal.add(Texts.key(e.politikomraade()) + "\u0000" + Texts.key(e.maal())));
        staged.maalinger(run).forEach(m -> {
            if (area(run, areas, m.politikomraade(), m.origin(), findings)
                    && !maal.contains(Texts.key(m.politikomraade()) + "\u0000" + Texts.key(m.maal()))) {
                findings.add(Finding.fejl("S1", m.politikomraade(), m.origin().file(), m.origin().sheet(),
                        staged.cell(run, m.origin(), "maal"), m.maal(), "et mål fra arket Effektmål",
                        "Målingen hører til målet \"" + m.maal() + "\", som ikke findes i arket Effektmål for "
                                + m.politikomraade() + "."));
            }
        });
        staged.modtagere(run).forEach(m -> {
            if (m.politikomraade() != null) {
                area(run, areas, m.politikomraade(), m.origin(), findings);
            }
            if (m.udvalg() != null && !udvalg.contains(Texts.key(m.udvalg()))) {
                findings.add(Finding.fejl("S1", null, m.origin().file(), m.origin().sheet(),
                        staged.cell(run, m.origin(), "udvalg"), m.udvalg(), "et udvalg fra arket Politikområder",
                        "Modtageren " + m.navn() + " skal have pakken for udvalget \"" + m.udvalg()
                                + "\", men intet politikområde hører til det udvalg."));
            }
        });
    }

    private boolean area(long run, Set<String> areas, String name, Origin origin, FindingSink findings) {
        if (areas.contains(Texts.key(name))) {
            return true;
        }
        findings.add(Finding.fejl("S1", name, origin.file(), origin.sheet(), staged.cell(run, origin, "politikomraade"),
                name, "et politikområde fra arket Politikområder",
                "Politikområdet \"" + Texts.visible(name)
                        + "\" findes ikke i arket Politikområder; rækken kan ikke placeres i rapporten."));
        return false;
    }
}
