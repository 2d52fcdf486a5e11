package dk.aarsrapport.ingest;

import dk.aarsrapport.base.Texts;
import java.math.BigDecimal;

/**
 * One cell as read, before any meaning is given to it. Numbers keep the text they were shown as,
 * because rules that compare "at the shown precision" need the number of decimals the reader saw.
 */
public record CellValue(Kind kind, String text, BigDecimal number) {

    /** DATE: a number shown in a date (or time) format; its text is the date as shown, its number the serial. */
    public enum Kind { BLANK, TEXT, NUMBER, DATE, ERROR }

    static final CellValue BLANK = new CellValue(Kind.BLANK, "", null);

    static CellValue text(String raw) {
        String t = Texts.clean(raw);
        return t.isEmpty() ? BLANK : new CellValue(Kind.TEXT, t, null);
    }

    static CellValue number(BigDecimal value, String shown) {
        return new CellValue(Kind.NUMBER, shown, value);
    }

    static CellValue date(BigDecimal serial, String shown) {
        return new CellValue(Kind.DATE, shown, serial);
    }

    static CellValue error(String code) {
        return new CellValue(Kind.ERROR, code, null);
    }

    public boolean isBlank() {
        return kind == Kind.BLANK;
    }
}
