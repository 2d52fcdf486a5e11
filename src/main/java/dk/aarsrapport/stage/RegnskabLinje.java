package dk.aarsrapport.stage;

import java.math.BigDecimal;

import dk.aarsrapport.base.Texts;

/**
 * One line of the Regnskabsresultat table, amounts in the report's Beløbsenhed. An amount that could
 * not be read is null (and a finding says why). {@code afvigelse} is null where the column was absent.
 */
public record RegnskabLinje(String politikomraade, String linje, BigDecimal regnskabForrige, BigDecimal budget,
                            BigDecimal korrBudget, BigDecimal regnskab, BigDecimal afvigelse, Origin origin) {

    public static final String I_ALT = "I alt";

    public boolean isTotal() {
        return Texts.key(linje).equals(Texts.key(I_ALT));
    }

    public BigDecimal[] amounts() {
        return new BigDecimal[] {regnskabForrige, budget, korrBudget, regnskab, afvigelse};
    }
}
