package dk.aarsrapport.template;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.apache.poi.xssf.usermodel.XSSFRow;

import dk.aarsrapport.base.Texts;
import dk.aarsrapport.stage.RegnskabLinje;

/**
 * The new year's accounts table: the old year's lines in their order, each with last year's Regnskab as
 * {@code Regnskab Y-1} and the year's own amounts left for the finance officer, Afvigelse as a formula, and one
 * {@code I alt} row of sums per politikområde. The old year's own I alt rows are not carried: the sums replace
 * them, so a total typed by hand can never disagree with its lines. One exception: a published total that the
 * rounding of its lines made differ from their sum (R2 allows it) stays the number it was in Regnskab Y-1, as
 * that is what last year's report printed and what R8 compares with.
 */
final class CarriedRegnskab {

    private static final List<String> AMOUNTS = List.of("regnskab_forrige", "budget", "korr_budget", "regnskab");

    private CarriedRegnskab() {
    }

    /** Writes the lines; returns how many lines (not I alt rows) were carried. */
    static int write(List<RegnskabLinje> old, SheetRows rows) {
        Map<String, List<RegnskabLinje>> byArea = new LinkedHashMap<>();
        Map<String, BigDecimal> published = new LinkedHashMap<>();
        for (RegnskabLinje l : old) {
            if (l.isTotal() && l.regnskab() != null) {
                published.putIfAbsent(Texts.key(l.politikomraade()), l.regnskab());
            } else if (!l.isTotal()) {
                byArea.computeIfAbsent(Texts.key(l.politikomraade()), k -> new ArrayList<>()).add(l);
            }
        }
        int lines = 0;
        for (Map.Entry<String, List<RegnskabLinje>> e : byArea.entrySet()) {
            List<RegnskabLinje> area = e.getValue();
            int first = rows.rowNumber() + 1;
            BigDecimal forrige = null;
            for (RegnskabLinje l : area) {
                XSSFRow row = rows.next();
                rows.text(row, "politikomraade", l.politikomraade());
                rows.text(row, "linje", l.linje());
                rows.number(row, "regnskab_forrige", l.regnskab());
                afvigelse(rows, row);
                forrige = l.regnskab() == null ? forrige : forrige == null ? l.regnskab() : forrige.add(l.regnskab());
                lines++;
            }
            int last = rows.rowNumber();
            XSSFRow total = rows.next();
            rows.text(total, "politikomraade", area.get(0).politikomraade());
            rows.text(total, "linje", RegnskabLinje.I_ALT);
            BigDecimal stated = published.get(e.getKey());
            for (String field : AMOUNTS) {
                boolean lastYear = field.equals("regnskab_forrige");
                if (lastYear && stated != null && (forrige == null || stated.compareTo(forrige) != 0)) {
                    rows.number(total, field, stated);
                    continue;
                }
                BigDecimal sum = lastYear && forrige != null ? forrige : BigDecimal.ZERO;
                rows.formula(total, field, "SUM(" + rows.ref(field, first) + ":" + rows.ref(field, last) + ")", sum);
            }
            afvigelse(rows, total);
        }
        return lines;
    }

    /** Regnskab Y − Korr. budget Y of the row; both are blank until the finance officer fills them in. */
    private static void afvigelse(SheetRows rows, XSSFRow row) {
        int r = rows.rowNumber();
        rows.formula(row, "afvigelse", rows.ref("regnskab", r) + "-" + rows.ref("korr_budget", r), BigDecimal.ZERO);
    }
}
