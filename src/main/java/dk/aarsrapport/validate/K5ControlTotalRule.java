package dk.aarsrapport.validate;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

import dk.aarsrapport.base.DanishNumbers;
import dk.aarsrapport.base.Finding;
import dk.aarsrapport.base.FindingSink;
import dk.aarsrapport.base.Texts;
import dk.aarsrapport.stage.DanishFormat;
import dk.aarsrapport.stage.LedgerData;
import dk.aarsrapport.stage.Origin;
import dk.aarsrapport.stage.StagedData;

/**
 * K5: the export is complete. Where Rapport states the ERP's own total of a column ({@code Kontrolsum Regnskab
 * 2015}), the sum of every Konti row of that column equals it within ±1 in the Kontobeløbsenhed. A FEJL about
 * the whole export, naming the Rapport cell and both totals; it names no politikområde.
 */
@Component
@Order(5)
class K5ControlTotalRule implements Rule {

    private final LedgerData ledger;
    private final StagedData staged;

    K5ControlTotalRule(LedgerData ledger, StagedData staged) {
        this.ledger = ledger;
        this.staged = staged;
    }

    @Override
    public String id() {
        return "K5";
    }

    @Override
    public void check(ValidationRun run, FindingSink findings) {
        Map<String, String> rapport = staged.rapport(run.id());
        List<String> headers = LedgerAmounts.headers(run.year());
        BigDecimal[] sums = null;
        Map<String, Origin> rows = null;
        for (int i = 0; i < headers.size(); i++) {
            String felt = "Kontrolsum " + headers.get(i);
            String stated = rapport.get(Texts.key(felt));
            if (stated == null) {
                continue;
            }
            if (sums == null) {
                sums = ledger.kontiSums(run.id());
                rows = ledger.rapportRows(run.id());
            }
            Origin o = rows.get(Texts.key(felt));
            String cell = o == null ? null : new LedgerCells(ledger, run.id()).of(o, "vaerdi");
            String file = o == null ? null : o.file();
            Optional<BigDecimal> value = DanishNumbers.parse(stated);
            if (value.isEmpty()) {
                findings.add(Finding.fejl(id(), null, file, "Rapport", cell, stated, "et beløb", felt
                        + " skal være et beløb, men er \"" + stated + "\"."));
                continue;
            }
            BigDecimal sum = sums[i] == null ? BigDecimal.ZERO : sums[i];
            BigDecimal diff = sum.subtract(value.get());
            if (diff.abs().compareTo(BigDecimal.ONE) > 0) {
                findings.add(Finding.fejl(id(), null, file, "Rapport", cell, DanishFormat.amount(value.get()),
                        DanishFormat.amount(sum), felt + " er " + DanishFormat.amount(value.get()) + ", men kontiene "
                                + "i Konti giver tilsammen " + DanishFormat.amount(sum) + " (forskel "
                                + DanishFormat.amount(diff) + "); eksporten er ufuldstændig, eller kontrolsummen er "
                                + "fra en anden kørsel."));
            }
        }
    }
}
