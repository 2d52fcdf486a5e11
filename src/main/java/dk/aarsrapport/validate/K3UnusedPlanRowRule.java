package dk.aarsrapport.validate;

import java.util.Map;

import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

import dk.aarsrapport.base.Finding;
import dk.aarsrapport.base.FindingSink;
import dk.aarsrapport.stage.KontoplanRaekke;
import dk.aarsrapport.stage.LedgerCodes;
import dk.aarsrapport.stage.LedgerData;

/**
 * K3: a Kontoplan row that no account belongs to: a funktion closed, renamed or mistyped. A warning, since
 * the money is all placed; a row that is no pattern at all is K2's, not repeated here.
 */
@Component
@Order(3)
class K3UnusedPlanRowRule implements Rule {

    private final LedgerData ledger;

    K3UnusedPlanRowRule(LedgerData ledger) {
        this.ledger = ledger;
    }

    @Override
    public String id() {
        return "K3";
    }

    @Override
    public void check(ValidationRun run, FindingSink findings) {
        if (!ledger.hasKonti(run.id())) {
            return; // a Kontoplan kept for next year's ledger, with no Konti this time, is not unused
        }
        Map<Integer, Integer> used = ledger.accountsPerPlanRow(run.id());
        LedgerCells cells = new LedgerCells(ledger, run.id());
        for (KontoplanRaekke r : ledger.kontoplan(run.id())) {
            if (used.containsKey(r.seq()) || !LedgerCodes.isPattern(r.funktion(), r.dranst(), r.art())) {
                continue;
            }
            findings.add(Finding.advarsel(id(), r.politikomraade(), r.origin().file(), r.origin().sheet(),
                    cells.of(r.origin(), "funktion"), r.funktion(), "mindst én konto i Konti", "Kontoplan-rækken "
                            + r.origin().row() + " (" + r.funktion() + " → " + r.linje() + ") passer ikke på nogen "
                            + "konto i Konti, eller en mere specifik række tager alle dens konti."));
        }
    }
}
