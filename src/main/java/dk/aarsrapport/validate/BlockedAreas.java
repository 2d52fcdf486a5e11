package dk.aarsrapport.validate;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.springframework.stereotype.Component;

import dk.aarsrapport.ingest.SheetKind;
import dk.aarsrapport.ingest.Texts;
import dk.aarsrapport.stage.Politikomraade;
import dk.aarsrapport.stage.StagedData;

/**
 * Which politikområder a run must not publish. A FEJL naming a politikområde blocks it; a FEJL about a
 * whole sheet (a missing column, a wrong year header) blocks every politikområde with rows in that
 * sheet — or all of them when the sheet's rows cannot be attributed, or the file could not be used.
 */
@Component
public class BlockedAreas {

    private final StagedData staged;

    BlockedAreas(StagedData staged) {
        this.staged = staged;
    }

    /** The blocked politikområder, as {@link Texts#key} of their names. */
    public Set<String> of(long run) {
        List<Finding> fejl = staged.findings(run).stream().filter(f -> f.severity() == Severity.FEJL).toList();
        Set<String> blocked = new HashSet<>();
        List<Politikomraade> areas = staged.politikomraader(run);
        for (Finding f : fejl) {
            SheetKind kind = f.sheet() == null ? null : SheetKind.of(f.sheet()).orElse(null);
            if (kind == SheetKind.MODTAGERE) {
                // a recipient's row decides who gets a pack, never what a politikområde says: a bad address
                // on a row that names a politikområde stops that delivery, not the politikområde's report
                continue;
            }
            if (f.politikomraade() != null) {
                blocked.add(Texts.key(f.politikomraade()));
                continue;
            }
            if (kind == SheetKind.RAPPORT || kind == SheetKind.MAALOPFOELGNING) {
                continue; // these sheets shape covers and chapters, not the figures of a politikområde
            }
            Set<String> inSheet = areasWithRowsIn(run, f.file(), f.sheet());
            if (kind == null || kind == SheetKind.POLITIKOMRAADER || inSheet.isEmpty()) {
                areas.forEach(a -> blocked.add(Texts.key(a.navn())));
            } else {
                blocked.addAll(inSheet);
            }
        }
        return blocked;
    }

    private Set<String> areasWithRowsIn(long run, String file, String sheet) {
        Set<String> keys = new HashSet<>();
        staged.regnskab(run).stream().filter(l -> l.origin().file().equals(file) && l.origin().sheet().equals(sheet))
                .forEach(l -> keys.add(Texts.key(l.politikomraade())));
        staged.tekster(run).stream().filter(t -> t.origin().file().equals(file) && t.origin().sheet().equals(sheet))
                .forEach(t -> keys.add(Texts.key(t.politikomraade())));
        staged.effektmaal(run).stream().filter(e -> e.origin().file().equals(file) && e.origin().sheet().equals(sheet))
                .forEach(e -> keys.add(Texts.key(e.politikomraade())));
        staged.maalinger(run).stream().filter(m -> m.origin().file().equals(file) && m.origin().sheet().equals(sheet))
                .forEach(m -> keys.add(Texts.key(m.politikomraade())));
        return keys;
    }
}
