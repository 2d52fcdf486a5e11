package dk.aarsrapport.validate;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.springframework.stereotype.Component;

import dk.aarsrapport.base.SheetKind;
import dk.aarsrapport.base.Texts;
import dk.aarsrapport.stage.Politikomraade;
import dk.aarsrapport.stage.StagedData;
import dk.aarsrapport.stage.StagedFindings;

/**
 * Which politikområder a run must not publish. A FEJL naming a politikområde blocks it; a FEJL about a
 * whole sheet (a missing column, a wrong year header) blocks every politikområde with rows in that
 * sheet — or all of them when the sheet's rows cannot be attributed, or the file could not be used.
 */
@Component
public class BlockedPolitikomraader {

    private final StagedData staged;
    private final StagedFindings findings;

    BlockedPolitikomraader(StagedData staged, StagedFindings findings) {
        this.staged = staged;
        this.findings = findings;
    }

    /** The blocked politikområder, as {@link Texts#key} of their names. */
    public Set<String> of(long run) {
        // by the FEJL's distinct places: a million unmapped accounts are one place, and never all in memory
        List<StagedFindings.Scope> fejl = findings.fejlScopes(run);
        Set<String> blocked = new HashSet<>();
        List<Politikomraade> areas = staged.politikomraader(run);
        for (StagedFindings.Scope f : fejl) {
            SheetKind kind = f.sheet() == null ? null : SheetKind.of(f.sheet()).orElse(null);
            if (kind == SheetKind.MAALOPFOELGNING) {
                continue; // a goal follow-up is its own report: BlockedRammer
            }
            if (kind == SheetKind.MODTAGERE) {
                // a recipient's row decides who gets a pack, never what a politikområde says: a bad address
                // on a row that names a politikområde stops that delivery, not the politikområde's report
                continue;
            }
            if (f.politikomraade() == null && f.rule().equals("K1")) {
                // an account no Kontoplan row matches belongs to no known politikområde: exit 1, but it blocks
                // none (validation.md), for blocking all would punish every politikområde for one
                continue;
            }
            if (f.politikomraade() != null) {
                blocked.add(Texts.key(f.politikomraade()));
                continue;
            }
            if (kind == SheetKind.RAPPORT) {
                continue; // the sheet shapes covers, not the figures of a politikområde
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
        Set<String> keys = new HashSet<>(staged.areaKeysFrom(run, file, sheet));
        // an account that no Kontoplan row places has no politikområde (a null key): it blocks none (K1 above)
        keys.remove(null);
        return keys;
    }
}
