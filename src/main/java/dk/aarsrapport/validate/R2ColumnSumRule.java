package dk.aarsrapport.validate;

import dk.aarsrapport.base.Finding;
import dk.aarsrapport.base.FindingSink;
import java.math.BigDecimal;

import org.springframework.stereotype.Component;

import dk.aarsrapport.stage.Accounts;
import dk.aarsrapport.stage.DanishFormat;
import dk.aarsrapport.stage.RegnskabLinje;
import dk.aarsrapport.stage.StagedData;

/**
 * R2: a stated I alt equals the sum of its column's lines within ±⌈n/2⌉ for n lines: each line was
 * rounded to a whole unit, so n roundings may add up to n/2 — that is normal and never a finding.
 */
@Component
class R2ColumnSumRule implements Rule {

    private static final String[] FIELDS = {"regnskab_forrige", "budget", "korr_budget", "regnskab", "afvigelse"};

    private final StagedData staged;
    private final AccountsByPolitikomraade accountsByArea;

    R2ColumnSumRule(StagedData staged, AccountsByPolitikomraade accountsByArea) {
        this.staged = staged;
        this.accountsByArea = accountsByArea;
    }

    @Override
    public String id() {
        return "R2";
    }

    @Override
    public void check(ValidationRun run, FindingSink findings) {
        accountsByArea.forEach(run.id(), (area, accounts) -> check(run, accounts, findings));
    }

    private void check(ValidationRun run, Accounts accounts, FindingSink findings) {
        if (accounts.statedTotal().isEmpty() || accounts.lines().isEmpty()) {
            return;
        }
        RegnskabLinje total = accounts.statedTotal().get();
        int n = accounts.lines().size();
        BigDecimal tolerance = BigDecimal.valueOf((n + 1) / 2);
        BigDecimal[] stated = total.amounts();
        String[] headers = {"Regnskab " + (run.year() - 1), "Budget " + run.year(), run.korrBudget(),
                run.regnskab(), "Afvigelse"};
        for (int c = 0; c < FIELDS.length; c++) {
            int col = c;
            if (stated[c] == null || accounts.lines().stream().anyMatch(l -> value(l, col) == null)) {
                continue; // nothing stated, or an unreadable amount that S1 already reports
            }
            BigDecimal sum = accounts.lines().stream().map(l -> value(l, col)).reduce(BigDecimal.ZERO, BigDecimal::add);
            BigDecimal diff = stated[c].subtract(sum).abs();
            if (diff.compareTo(tolerance) > 0) {
                findings.add(Finding.fejl(id(), total.politikomraade(), total.origin().file(),
                        total.origin().sheet(), staged.cell(run.id(), total.origin(), FIELDS[c]),
                        DanishFormat.amount(stated[c]), DanishFormat.amount(sum),
                        "I alt for " + headers[c] + " er " + DanishFormat.amount(stated[c]) + ", men summen af de "
                                + n + " linjer er " + DanishFormat.amount(sum) + " (forskel "
                                + DanishFormat.amount(diff) + "; afrunding tillader højst ±"
                                + DanishFormat.amount(tolerance) + ")."));
            }
        }
    }

    /** Afvigelse counts as given or, where the input leaves it out, as computed. */
    private static BigDecimal value(RegnskabLinje l, int column) {
        return column == 4 ? Accounts.afvigelse(l) : l.amounts()[column];
    }
}
