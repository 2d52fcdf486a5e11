package dk.aarsrapport.validate;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.springframework.stereotype.Component;

import dk.aarsrapport.base.SheetKind;
import dk.aarsrapport.base.Texts;
import dk.aarsrapport.stage.MaalRammer;
import dk.aarsrapport.stage.StagedData;
import dk.aarsrapport.stage.StagedFindings;

/**
 * Which goal follow-ups (Rammer of Målopfølgning) a run must not publish, as politikområder are
 * blocked by {@link BlockedPolitikomraader}: a FEJL naming a Ramme blocks it; a FEJL about a Målopfølgning sheet
 * as a whole (a missing column) or about a row whose Ramme is unknown blocks every Ramme with rows in
 * that sheet, or all of them; so does a FEJL that names no sheet at all.
 */
@Component
public class BlockedRammer {

    private final StagedData staged;
    private final StagedFindings findings;

    BlockedRammer(StagedData staged, StagedFindings findings) {
        this.staged = staged;
        this.findings = findings;
    }

    /** The blocked Rammer, as {@link MaalRammer.Ramme#key()}. */
    public Set<String> of(long run) {
        List<MaalRammer.Ramme> rammer = staged.rammer(run);
        Set<String> blocked = new HashSet<>();
        if (rammer.isEmpty()) {
            return blocked;
        }
        for (StagedFindings.Scope f : findings.fejlScopes(run)) { // FEJL only, each place once
            SheetKind kind = f.sheet() == null ? null : SheetKind.of(f.sheet()).orElse(null);
            if (f.politikomraade() != null && f.politikomraade().startsWith(MaalRammer.UNIT_PREFIX)) {
                // by key: a row may spell its Ramme differently from the first row, which names it
                rammer.stream().filter(r -> Texts.key(MaalRammer.unit(r.navn())).equals(Texts.key(f.politikomraade())))
                        .forEach(r -> blocked.add(r.key()));
            } else if (kind == null && f.politikomraade() == null) {
                rammer.forEach(r -> blocked.add(r.key()));
            } else if (kind == SheetKind.MAALOPFOELGNING) {
                List<MaalRammer.Ramme> inSheet = rammer.stream().filter(r -> r.rows().stream().anyMatch(row ->
                        row.origin().file().equals(f.file()) && row.origin().sheet().equals(f.sheet()))).toList();
                (inSheet.isEmpty() ? rammer : inSheet).forEach(r -> blocked.add(r.key()));
            }
        }
        return blocked;
    }
}
