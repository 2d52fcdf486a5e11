package dk.aarsrapport.stage;

import java.math.BigDecimal;

/**
 * One row of Konti as read: codes in {@link LedgerCodes} normal form, amounts in the Kontobeløbsenhed (null
 * where the column is absent or the cell blank).
 */
public record Konto(String funktion, String gruppering, Integer dranst, String art, String sted, String kontonavn,
                    BigDecimal regnskabForrige, BigDecimal budget, BigDecimal korrBudget, BigDecimal regnskab,
                    Origin origin) {

    public String key() {
        return LedgerCodes.accountKey(funktion, dranst, art, sted);
    }

    public BigDecimal[] amounts() {
        return new BigDecimal[] {regnskabForrige, budget, korrBudget, regnskab};
    }
}
