package dk.aarsrapport.validate;

import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

import dk.aarsrapport.base.Finding;
import dk.aarsrapport.base.FindingSink;
import dk.aarsrapport.stage.LedgerData;

/**
 * K1: every account of Konti belongs to a line of Kontoplan. Each account that none matches is a FEJL naming
 * its row and the money that would be missing from the report; with no politikområde to blame it blocks none,
 * but the run still ends with exit 1. Several such accounts are first summed up in one finding, so the
 * console says how much money is missing even when the accounts are a million.
 */
@Component
@Order(1)
class K1UnmappedAccountRule implements Rule {

    private final LedgerData ledger;

    K1UnmappedAccountRule(LedgerData ledger) {
        this.ledger = ledger;
    }

    @Override
    public String id() {
        return "K1";
    }

    @Override
    public void check(ValidationRun run, FindingSink findings) {
        LedgerData.Unmatched all = ledger.unmatched(run.id());
        if (all.accounts() == 0) {
            return;
        }
        if (all.accounts() > 1) {
            findings.add(Finding.fejl(id(), null, null, "Konti", null, TableNumbers.danish(all.accounts()) + " konti",
                    "en række i Kontoplan for hver konto", TableNumbers.danish(all.accounts()) + " konti i Konti hører "
                            + "ikke til nogen linje i Kontoplan, så rapporten mangler tilsammen ("
                            + LedgerAmounts.kroner(all.kroner(), run.year()) + "); hver konto står i validering.csv."));
        }
        LedgerCells cells = new LedgerCells(ledger, run.id());
        ledger.forEachUnmatched(run.id(), a -> findings.add(Finding.fejl(id(), null, a.origin().file(),
                a.origin().sheet(), cells.of(a.origin(), "funktion"), a.label(), "en række i Kontoplan",
                "Kontoen " + a.label() + " (række " + a.origin().row() + ") hører ikke til nogen linje i Kontoplan; "
                        + "rapporten mangler dens beløb (" + LedgerAmounts.kroner(a.amounts(), run.year())
                        + "). Tilføj en række i Kontoplan, der dækker kontoen.")));
    }
}
