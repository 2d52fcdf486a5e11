package dk.aarsrapport.ingest;

import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import dk.aarsrapport.base.DanishNumbers;
import dk.aarsrapport.base.SheetKind;
import dk.aarsrapport.base.SheetLocation;
import dk.aarsrapport.stage.Konto;
import dk.aarsrapport.stage.LedgerCodes;

/**
 * The ledger as the ERP exports it: one row per account. The codes are read into their normal form, so a
 * {@code 055772} and a {@code 5.57.72} are the same funktion; a code that is none is an S1 finding on its
 * cell and the row is not staged (it cannot be placed, and its money is named in the finding). Amounts
 * also in the ERP's negative forms {@code 1.234-} and {@code (1.234)}; year headers as in Regnskab.
 */
final class KontiSheet extends TableSheet {

    private static final Pattern TRAILING_MINUS = Pattern.compile("(.*\\d)\\s*[-\u2212]");
    private static final Pattern PARENTHESES = Pattern.compile("\\((.*\\d)\\)");

    private final YearHeaders years;

    KontiSheet(SheetLocation location, IngestContext ctx) {
        super(location, ctx);
        this.years = new YearHeaders(location, ctx);
    }

    @Override
    List<Column> columns() {
        return InputSchema.readerColumns(SheetKind.KONTI, ctx.year());
    }

    @Override
    String fieldFor(String key, String header, int column, int rowNumber) {
        String field = years.fieldFor(key, header, headerRef(rowNumber, column));
        return field != null ? field : super.fieldFor(key, header, column, rowNumber);
    }

    @Override
    void record(Row row) {
        String funktionText = row.name("funktion", "Funktion", null);
        Optional<LedgerCodes.Funktion> funktion = funktionText == null ? Optional.empty()
                : LedgerCodes.funktion(funktionText);
        if (funktionText != null && funktion.isEmpty()) {
            row.fejl("funktion", null, shorten(funktionText), "Funktion \"" + shorten(funktionText)
                    + "\" er ikke en funktion i den autoriserede kontoplan; skriv den som 5.57.72 (eller 55772).",
                    "en funktion som 5.57.72");
        }
        Integer dranst = null;
        String dranstText = row.text("dranst", null);
        boolean ok = funktion.isPresent();
        if (dranstText != null) {
            Optional<Integer> d = LedgerCodes.dranst(dranstText);
            if (d.isEmpty()) {
                row.fejl("dranst", null, shorten(dranstText), "Dranst skal være et tal fra 1 til 9, men er \""
                        + shorten(dranstText) + "\".", "1–9");
                ok = false;
            } else {
                dranst = d.get();
            }
        }
        String art = null;
        String artText = row.text("art", null);
        if (artText != null) {
            Optional<String> a = LedgerCodes.art(artText);
            if (a.isEmpty()) {
                row.fejl("art", null, shorten(artText), "Art skal være en art som 5.2 (eller 52), men er \""
                        + shorten(artText) + "\".", "en art som 5.2");
                ok = false;
            } else {
                art = a.get();
            }
        }
        String sted = row.text("sted", null);
        String navn = row.text("kontonavn", null);
        BigDecimal forrige = amount(row, "regnskab_forrige", "Regnskab " + (ctx.year() - 1));
        BigDecimal budget = amount(row, "budget", "Budget " + ctx.year());
        BigDecimal korr = amount(row, "korr_budget", "Korr. budget " + ctx.year());
        BigDecimal regnskab = amount(row, "regnskab", "Regnskab " + ctx.year());
        if (ok) {
            ctx.out().konto(new Konto(funktion.get().funktion(), funktion.get().gruppering(), dranst, art, sted, navn,
                    forrige, budget, korr, regnskab, row.origin()));
        }
    }

    /** An amount, also in the negative forms of ERP exports: {@code 1.234-} and {@code (1.234)} are −1.234. */
    private static BigDecimal amount(Row row, String field, String header) {
        CellValue c = row.cell(field);
        if (c.kind() == CellValue.Kind.TEXT) {
            String t = c.text().strip();
            Matcher m = TRAILING_MINUS.matcher(t);
            if (!m.matches()) {
                m = PARENTHESES.matcher(t);
            }
            if (m.matches()) {
                Optional<BigDecimal> inner = DanishNumbers.parse(m.group(1));
                if (inner.isPresent() && inner.get().signum() >= 0 && inner.get().abs().compareTo(MAX_NUMBER) < 0) {
                    return inner.get().negate();
                }
            }
        }
        return row.number(field, header, null);
    }
}
