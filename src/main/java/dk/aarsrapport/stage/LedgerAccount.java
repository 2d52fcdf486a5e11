package dk.aarsrapport.stage;

import java.math.BigDecimal;

/**
 * One account of the ledger after its rows were added up: amounts in kroner, the Kontoplan row it belongs to
 * ({@code planSeq}, null when none matches) and an equally specific row that matches it too ({@code rivalSeq}).
 * {@code origin} is its first row; {@code rows} how many rows it had, the last at {@code lastRow}.
 */
public record LedgerAccount(int seq, String funktion, Integer dranst, String art, String sted, String kontonavn,
                            int rows, int lastRow, BigDecimal regnskabForrige, BigDecimal budget,
                            BigDecimal korrBudget, BigDecimal regnskab, Integer planSeq, Integer rivalSeq,
                            String politikomraade, String linje, Origin origin) {

    public BigDecimal[] amounts() {
        return new BigDecimal[] {regnskabForrige, budget, korrBudget, regnskab};
    }

    /** The account as a finance officer reads it: {@code 5.57.72, dranst 1, art 5.2, sted 3100}. */
    public String label() {
        StringBuilder sb = new StringBuilder(funktion);
        if (dranst != null) {
            sb.append(", dranst ").append(dranst);
        }
        if (art != null) {
            sb.append(", art ").append(art);
        }
        if (sted != null) {
            sb.append(", sted ").append(sted);
        }
        return sb.toString();
    }
}
