package dk.aarsrapport.validate;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

import dk.aarsrapport.stage.DanishFormat;

/** The ledger's amounts as the findings name them: "Regnskab 2015 137.236.118 kr., Korr. budget 2015 …". */
final class LedgerAmounts {

    private LedgerAmounts() {
    }

    static List<String> headers(int year) {
        return List.of("Regnskab " + (year - 1), "Budget " + year, "Korr. budget " + year, "Regnskab " + year);
    }

    /** The non-blank amounts with their headers, in kroner; "ingen beløb" when all are blank. */
    static String kroner(BigDecimal[] amounts, int year) {
        List<String> parts = new ArrayList<>();
        List<String> headers = headers(year);
        for (int i = 0; i < amounts.length; i++) {
            if (amounts[i] != null) {
                parts.add(headers.get(i) + " " + DanishFormat.amount(amounts[i]) + " kr.");
            }
        }
        return parts.isEmpty() ? "ingen beløb" : String.join(", ", parts);
    }
}
