package dk.aarsrapport.ingest;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

import dk.aarsrapport.base.Finding;
import dk.aarsrapport.base.SheetLocation;

/**
 * The amount columns of the ledger, named by year as in Regnskab (Regnskab Y-1, Budget Y, Korr. budget Y,
 * Regnskab Y): a header for another year is an S1 finding on the header cell, never a silent guess, and the
 * column is not read. The columns are optional in Konti, so nothing is reported missing.
 */
final class YearHeaders {

    private static final Pattern KORR = Pattern.compile("korr(?:\\.|igeret)? ?budget (\\d{4})");
    private static final Pattern BUDGET = Pattern.compile("budget (\\d{4})");
    private static final Pattern REGNSKAB = Pattern.compile("regnskab (\\d{4})");

    private final SheetLocation location;
    private final IngestContext ctx;

    YearHeaders(SheetLocation location, IngestContext ctx) {
        this.location = location;
        this.ctx = ctx;
    }

    /** The field of a year header; "" for one of another year (reported); null for a header that is no year header. */
    String fieldFor(String key, String header, String cell) {
        int y = ctx.year();
        Matcher m;
        if ((m = KORR.matcher(key)).matches()) {
            return year(m) == y ? "korr_budget" : wrong(header, "Korr. budget " + y, cell);
        }
        if ((m = BUDGET.matcher(key)).matches()) {
            return year(m) == y ? "budget" : wrong(header, "Budget " + y, cell);
        }
        if ((m = REGNSKAB.matcher(key)).matches()) {
            int found = year(m);
            if (found == y - 1) {
                return "regnskab_forrige";
            }
            return found == y ? "regnskab" : wrong(header, "Regnskab " + (y - 1) + " eller Regnskab " + y, cell);
        }
        return null;
    }

    private static int year(Matcher m) {
        return Integer.parseInt(m.group(1));
    }

    private String wrong(String header, String expected, String cell) {
        ctx.out().add(Finding.fejl("S1", null, location.file(), location.sheet(), cell, header, expected,
                "Kolonneoverskriften \"" + header + "\" passer ikke til regnskabsåret " + ctx.year() + ": forventet \""
                        + expected + "\"; kolonnen bliver ikke læst."));
        return "";
    }
}
