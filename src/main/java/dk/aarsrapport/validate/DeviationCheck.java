package dk.aarsrapport.validate;

import dk.aarsrapport.base.Finding;
import dk.aarsrapport.base.FindingSink;
import java.math.BigDecimal;

import dk.aarsrapport.stage.DanishFormat;
import dk.aarsrapport.stage.RegnskabLinje;
import dk.aarsrapport.stage.StagedData;

/**
 * Afvigelse = Regnskab Y − Korr. budget Y within ±1 (each figure was rounded to a whole unit), for a
 * line (R1) or the I alt row (R3): the two rules differ only in which rows they look at.
 */
final class DeviationCheck {

    static final BigDecimal TOLERANCE = BigDecimal.ONE;

    private DeviationCheck() {
    }

    static void check(String rule, ValidationRun run, RegnskabLinje l, StagedData staged, FindingSink findings) {
        if (l.afvigelse() == null || l.regnskab() == null || l.korrBudget() == null) {
            return; // no stated Afvigelse (it is computed), or an unreadable amount already reported under S1
        }
        BigDecimal expected = l.regnskab().subtract(l.korrBudget());
        BigDecimal diff = l.afvigelse().subtract(expected).abs();
        if (diff.compareTo(TOLERANCE) <= 0) {
            return;
        }
        String what = l.isTotal() ? "I alt-afvigelsen" : "Afvigelsen for \"" + l.linje() + "\"";
        findings.add(Finding.fejl(rule, l.politikomraade(), l.origin().file(), l.origin().sheet(),
                staged.cell(run.id(), l.origin(), "afvigelse"), DanishFormat.amount(l.afvigelse()),
                DanishFormat.amount(expected),
                what + " er " + DanishFormat.amount(l.afvigelse()) + ", men " + run.regnskab() + " − "
                        + run.korrBudget() + " = " + DanishFormat.amount(l.regnskab()) + " − "
                        + DanishFormat.amount(l.korrBudget()) + " = " + DanishFormat.amount(expected)
                        + " (forskel " + DanishFormat.amount(diff) + ")."));
    }
}
