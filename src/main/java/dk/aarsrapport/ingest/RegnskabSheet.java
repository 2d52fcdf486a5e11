package dk.aarsrapport.ingest;

import dk.aarsrapport.base.SheetKind;
import dk.aarsrapport.base.SheetLocation;
import java.math.BigDecimal;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import dk.aarsrapport.stage.RegnskabLinje;
import dk.aarsrapport.base.Finding;

/**
 * The accounts table. Its year headers must agree with the year reported (Regnskab Y-1, Budget Y,
 * Korr. budget Y, Regnskab Y): a header for another year is an S1 finding, never a silent guess.
 */
final class RegnskabSheet extends TableSheet {

    private static final Pattern KORR = Pattern.compile("korr(?:\\.|igeret)? ?budget (\\d{4})");
    private static final Pattern BUDGET = Pattern.compile("budget (\\d{4})");
    private static final Pattern REGNSKAB = Pattern.compile("regnskab (\\d{4})");

    /** The fields whose header named another year: reported as that, not again as a missing column. */
    private final Set<String> wrongYear = new HashSet<>();

    RegnskabSheet(SheetLocation location, IngestContext ctx) {
        super(location, ctx);
    }

    @Override
    List<Column> columns() {
        return InputSchema.readerColumns(SheetKind.REGNSKAB, ctx.year());
    }

    /** A wrong year header is reported once as itself; the missing column it leaves adds nothing new. */
    @Override
    boolean readableWithout(String missingField) {
        return !missingField.equals("politikomraade") && !missingField.equals("linje");
    }

    @Override
    boolean reportedAsWrongHeader(String missingField) {
        return wrongYear.contains(missingField);
    }

    @Override
    String fieldFor(String key, String header, int column, int rowNumber) {
        int y = ctx.year();
        Matcher m;
        if ((m = KORR.matcher(key)).matches()) {
            return yearField(m, y, "korr_budget", "Korr. budget " + y, header, column, rowNumber);
        }
        if ((m = BUDGET.matcher(key)).matches()) {
            return yearField(m, y, "budget", "Budget " + y, header, column, rowNumber);
        }
        if ((m = REGNSKAB.matcher(key)).matches()) {
            int found = Integer.parseInt(m.group(1));
            if (found == y - 1) {
                return "regnskab_forrige";
            }
            if (found == y) {
                return "regnskab";
            }
            // "Regnskab 2013" could have meant either Regnskab column; it explains whichever is missing
            wrongYear.add("regnskab_forrige");
            wrongYear.add("regnskab");
            wrongYear(header, "Regnskab " + (y - 1) + "\" eller \"Regnskab " + y, column, rowNumber);
            return "";
        }
        return super.fieldFor(key, header, column, rowNumber);
    }

    private String yearField(Matcher m, int y, String field, String expected, String header, int column, int rowNumber) {
        if (Integer.parseInt(m.group(1)) == y) {
            return field;
        }
        wrongYear.add(field);
        wrongYear(header, expected, column, rowNumber);
        return "";
    }

    private void wrongYear(String header, String expected, int column, int rowNumber) {
        ctx.out().add(Finding.fejl("S1", null, location.file(), location.sheet(),
                headerRef(rowNumber, column),
                header, expected.replace("\"", ""),
                "Kolonneoverskriften \"" + header + "\" passer ikke til regnskabsåret " + ctx.year()
                        + ": forventet \"" + expected + "\"."));
    }

    @Override
    void record(Row row) {
        String area = row.name("politikomraade", "Politikområde", null);
        String linje = row.name("linje", "Linje", area);
        BigDecimal forrige = row.number("regnskab_forrige", "Regnskab " + (ctx.year() - 1), area);
        BigDecimal budget = row.number("budget", "Budget " + ctx.year(), area);
        BigDecimal korr = row.number("korr_budget", "Korr. budget " + ctx.year(), area);
        BigDecimal regnskab = row.number("regnskab", "Regnskab " + ctx.year(), area);
        BigDecimal afvigelse = row.number("afvigelse", "Afvigelse", area);
        if (area != null && linje != null) {
            ctx.out().regnskab(new RegnskabLinje(area, linje, forrige, budget, korr, regnskab, afvigelse, row.origin()));
        }
    }
}
