package dk.aarsrapport.stage;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.List;
import java.util.Optional;


/**
 * The Regnskabsresultat figures of one politikområde: the lines in row order, the total (the stated
 * `I alt` row when there is one, else the column sums) and the forbrugsprocent from that total.
 * Afvigelse is Regnskab − Korr. budget wherever the input leaves it out.
 */
public record Accounts(List<RegnskabLinje> lines, Optional<RegnskabLinje> statedTotal) {

    public static Accounts of(List<RegnskabLinje> all) {
        return new Accounts(all.stream().filter(l -> !l.isTotal()).toList(),
                all.stream().filter(RegnskabLinje::isTotal).findFirst());
    }

    public boolean isEmpty() {
        return lines.isEmpty() && statedTotal.isEmpty();
    }

    /** Afvigelse as given, or computed when the input has none. */
    public static BigDecimal afvigelse(RegnskabLinje l) {
        if (l.afvigelse() != null) {
            return l.afvigelse();
        }
        return l.regnskab() == null || l.korrBudget() == null ? null : l.regnskab().subtract(l.korrBudget());
    }

    /** Column sums of the lines: Regnskab Y-1, Budget, Korr. budget, Regnskab, Afvigelse. */
    public BigDecimal[] sums() {
        BigDecimal[] sums = {BigDecimal.ZERO, BigDecimal.ZERO, BigDecimal.ZERO, BigDecimal.ZERO, BigDecimal.ZERO};
        for (RegnskabLinje l : lines) {
            BigDecimal[] a = {l.regnskabForrige(), l.budget(), l.korrBudget(), l.regnskab(), afvigelse(l)};
            for (int i = 0; i < a.length; i++) {
                if (a[i] != null) {
                    sums[i] = sums[i].add(a[i]);
                }
            }
        }
        return sums;
    }

    /** The total row as printed: the stated one (with a computed Afvigelse if left out), else the sums. */
    public BigDecimal[] total() {
        if (statedTotal.isPresent()) {
            RegnskabLinje t = statedTotal.get();
            return new BigDecimal[] {t.regnskabForrige(), t.budget(), t.korrBudget(), t.regnskab(), afvigelse(t)};
        }
        return sums();
    }

    /** Regnskab / Korr. budget × 100 from the total, unrounded; empty when Korr. budget is 0 or unknown. */
    public Optional<BigDecimal> forbrugsprocent() {
        BigDecimal[] t = total();
        BigDecimal korr = t[2];
        BigDecimal regnskab = t[3];
        if (korr == null || regnskab == null || korr.signum() == 0) {
            return Optional.empty();
        }
        return Optional.of(regnskab.multiply(BigDecimal.valueOf(100)).divide(korr, MathContext.DECIMAL64));
    }

}
