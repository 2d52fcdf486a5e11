package dk.aarsrapport.validate;

import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

import dk.aarsrapport.base.Finding;
import dk.aarsrapport.base.FindingSink;
import dk.aarsrapport.stage.LedgerData;

/**
 * K6: the same account (Funktion, Dranst, Art, Sted) on several rows of Konti. The rows are added together,
 * as an export split by period or grouping means; a warning, because a row exported twice is added twice too.
 */
@Component
@Order(6)
class K6RepeatedAccountRule implements Rule {

    private final LedgerData ledger;

    K6RepeatedAccountRule(LedgerData ledger) {
        this.ledger = ledger;
    }

    @Override
    public String id() {
        return "K6";
    }

    @Override
    public void check(ValidationRun run, FindingSink findings) {
        LedgerCells cells = new LedgerCells(ledger, run.id());
        ledger.forEachRepeated(run.id(), a -> findings.add(Finding.advarsel(id(), a.politikomraade(), a.origin().file(),
                a.origin().sheet(), cells.of(a.origin(), "funktion"), a.rows() + " rækker", "én række pr. konto",
                "Kontoen " + a.label() + " står på " + a.rows() + " rækker (række " + a.origin().row() + " til "
                        + a.lastRow() + "); de er lagt sammen. Er en række eksporteret to gange, så ret eksporten.")));
    }
}
