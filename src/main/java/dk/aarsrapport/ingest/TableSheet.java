package dk.aarsrapport.ingest;

import dk.aarsrapport.base.DanishNumbers;
import dk.aarsrapport.base.SheetLocation;
import dk.aarsrapport.base.Texts;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

import dk.aarsrapport.stage.Origin;
import dk.aarsrapport.base.Finding;

/**
 * A sheet with a header row and one record per row. Maps headers to fields (a missing required column
 * is an S1 finding about the whole sheet), then hands each row to {@link #record(Row)} with typed
 * access whose every failure is a finding naming the cell, never an exception.
 */
abstract class TableSheet implements SheetConsumer.RowSink {

    /**
     * Names and other short fields (a politikområde, a line, a mål, an e-mail address): far beyond any
     * real name, and short enough that a name, even spelled out as its matching key, fits staging.
     */
    static final int MAX_NAME = 1_000;
    /** No amount, count or year reaches a thousand billion (in any unit); beyond it is a typo, not a figure. */
    static final BigDecimal MAX_NUMBER = new BigDecimal("1E15");
    /** A date as typed in Denmark (1-5-2015, 01.05.15, 1/5/2015) or ISO (2015-05-01): never an amount. */
    private static final Pattern DATE_TEXT = Pattern.compile("\\d{1,2}([-./])\\d{1,2}\\1\\d{2}(\\d{2})?|\\d{4}-\\d{2}-\\d{2}");

    protected final SheetLocation location;
    protected final IngestContext ctx;
    private final Map<String, Integer> fieldColumns = new HashMap<>();
    private final List<String> headers = new ArrayList<>();
    private final ControlCharacters controlCharacters;
    private boolean headerSeen;
    private boolean usable = true;
    private int records;

    TableSheet(SheetLocation location, IngestContext ctx) {
        this.location = location;
        this.ctx = ctx;
        this.controlCharacters = new ControlCharacters(location, headers);
    }

    abstract List<Column> columns();

    abstract void record(Row row);

    /** The field a header names, or null; sheets with year-dependent headers override this. */
    String fieldFor(String headerKey, String header, int column, int rowNumber) {
        return columns().stream().filter(c -> c.matches(headerKey)).map(Column::field).findFirst().orElse(null);
    }

    String headerRef(int rowNumber, int column) {
        return location.cell(rowNumber, column, headers);
    }

    /** Whether a field holds free text (up to a whole cell, {@link OverlongCells}) rather than a name (up to {@link #MAX_NAME}). */
    boolean longText(String field) {
        return false;
    }

    /** Whether a missing column was already reported by the sheet itself (as a wrong header): then once is enough. */
    boolean reportedAsWrongHeader(String missingField) {
        return false;
    }

    /** Whether the rows can still be read after a header problem (the sheet is then blocked by its finding). */
    boolean readableWithout(String missingField) {
        return false;
    }

    @Override
    public final void row(RawRow input) {
        int areaColumn = headerSeen ? fieldColumns.getOrDefault("politikomraade", -1) : -1;
        RawRow raw = OverlongCells.dropped(input, areaColumn, location, headers, ctx.out());
        controlCharacters.check(raw, OverlongCells.area(raw, areaColumn));
        if (!headerSeen) {
            headerSeen = true;
            header(raw);
            return;
        }
        if (usable) {
            records++;
            record(new Row(raw));
        }
    }

    @Override
    public void end() {
        controlCharacters.report(ctx.out());
        if (!headerSeen) {
            ctx.out().add(Finding.advarsel("S1", null, location.file(), location.sheet(), null, "tomt ark", null,
                    "Arket " + location.sheet() + " er tomt: der er ingen overskriftsrække og ingen data."));
        } else if (records == 0 && usable) {
            ctx.out().add(Finding.advarsel("S1", null, location.file(), location.sheet(), null, "kun overskrifter",
                    null, "Arket " + location.sheet() + " har overskrifter, men ingen rækker med data."));
        }
    }

    static String danish(long n) {
        return String.format(Locale.ROOT, "%,d", n).replace(',', '.');
    }

    private void header(RawRow raw) {
        List<Integer> unknown = new ArrayList<>();
        int maxColumn = raw.cells().keySet().stream().mapToInt(Integer::intValue).max().orElse(-1);
        for (int col = 0; col <= maxColumn; col++) {
            CellValue cell = raw.cell(col);
            headers.add(cell.text());
            if (cell.isBlank()) {
                continue;
            }
            // a header as long as a paragraph is no column name, however it would match once spaces are folded
            String field = cell.text().length() > MAX_NAME ? null
                    : fieldFor(Texts.key(cell.text()), cell.text(), col, raw.rowNumber());
            if (field != null && field.isEmpty()) {
                continue; // the header was recognised and reported by the sheet itself
            }
            if (field == null) {
                unknown.add(col);
            } else if (fieldColumns.putIfAbsent(field, col) != null) {
                ctx.out().add(Finding.fejl("S1", null, location.file(), location.sheet(),
                        location.cell(raw.rowNumber(), col, headers), shorten(cell.text()), null,
                        "Kolonnen \"" + cell.text() + "\" findes to gange i arket " + location.sheet() + "."));
            } else {
                ctx.out().column(location.file(), location.sheet(), field, col, cell.text());
            }
        }
        reportUnknownColumns(raw.rowNumber(), unknown);
        for (Column c : columns()) {
            if (c.required() && !fieldColumns.containsKey(c.field())) {
                if (!reportedAsWrongHeader(c.field())) {
                    ctx.out().add(Finding.fejl("S1", null, location.file(), location.sheet(),
                            location.cell(raw.rowNumber(), -1, headers), null, c.header(),
                            "Arket " + location.sheet() + " mangler den påkrævede kolonne \"" + c.header() + "\"."));
                }
                if (!readableWithout(c.field())) {
                    usable = false;
                }
            }
        }
    }

    /** One warning per sheet, however wide: a sheet with 16.384 stray columns must not drown the report. */
    private void reportUnknownColumns(int rowNumber, List<Integer> unknown) {
        if (unknown.isEmpty()) {
            return;
        }
        List<String> names = unknown.stream().limit(5).map(c -> "\"" + shorten(Texts.visible(headers.get(c))) + "\"").toList();
        String more = unknown.size() > 5 ? " og " + (unknown.size() - 5) + " flere" : "";
        ctx.out().add(Finding.advarsel("S3", null, location.file(), location.sheet(),
                location.cell(rowNumber, unknown.get(0), headers), shorten(headers.get(unknown.get(0))), null,
                (unknown.size() == 1 ? "Kolonnen " : "Kolonnerne ") + String.join(", ", names) + more + " i arket "
                        + location.sheet() + " kendes ikke og bliver ikke brugt."));
    }

    /** Typed access to one row; every problem becomes an S1 finding naming the cell. */
    final class Row {
        private final RawRow raw;

        Row(RawRow raw) {
            this.raw = raw;
        }

        Origin origin() {
            return new Origin(location.file(), location.sheet(), raw.rowNumber(), location.csv());
        }

        String cellRef(String field) {
            return location.cell(raw.rowNumber(), fieldColumns.getOrDefault(field, -1), headers);
        }

        CellValue cell(String field) {
            Integer col = fieldColumns.get(field);
            return col == null ? CellValue.BLANK : raw.cell(col);
        }

        boolean has(String field) {
            return fieldColumns.containsKey(field);
        }

        /**
         * The cell as text (numbers as shown); null when blank. A formula error, and a name longer than
         * {@link #MAX_NAME}, are reported (and give null).
         */
        String text(String field, String area) {
            CellValue c = cell(field);
            if (c.kind() == CellValue.Kind.ERROR) {
                formulaError(field, area, c);
                return null;
            }
            if (c.isBlank()) {
                return null;
            }
            if (!longText(field) && c.text().length() > MAX_NAME) {
                fejl(field, area, shorten(c.text()), "Cellen indeholder " + danish(c.text().length())
                        + " tegn; her er højst " + danish(MAX_NAME) + " tilladt.", "højst " + danish(MAX_NAME) + " tegn");
                return null;
            }
            return c.text();
        }

        /** A required name: blank is an S1 finding ("tomt navn"). */
        String name(String field, String header, String area) {
            String t = text(field, area);
            if (t == null && cell(field).isBlank()) {
                fejl(field, area, "", header + " mangler i række " + raw.rowNumber() + " af arket "
                        + location.sheet() + ".", header);
            }
            return t;
        }

        /**
         * A number in Danish notation or a numeric cell; blank is null; anything else is a finding. So is
         * a number of a thousand billion or more: no figure of a municipality's report is that large, and
         * staging keeps amounts to 18 digits before the decimal mark.
         */
        BigDecimal number(String field, String header, String area) {
            return number(field, header, area, "et beløb");
        }

        /**
         * A date is a number to Excel (1 May 2015 is 42125), so a date typed where {@code what} belongs would
         * be added up as its serial number: it is reported as a date, in a workbook by its date format, in a
         * CSV file by its look.
         */
        private BigDecimal number(String field, String header, String area, String what) {
            CellValue c = cell(field);
            BigDecimal value;
            switch (c.kind()) {
                case BLANK:
                    return null;
                case NUMBER:
                    value = c.number();
                    break;
                case DATE:
                    fejl(field, area, shorten(c.text()), header + " er en dato, ikke " + what + ": cellen viser "
                            + shorten(c.text()) + " i et datoformat.", what);
                    return null;
                case ERROR:
                    formulaError(field, area, c);
                    return null;
                default:
                    Optional<BigDecimal> parsed = DanishNumbers.parse(c.text());
                    if (parsed.isEmpty() && DATE_TEXT.matcher(c.text()).matches()) {
                        fejl(field, area, shorten(c.text()), header + " er en dato, ikke " + what
                                + ": cellen indeholder \"" + c.text() + "\".", what);
                        return null;
                    }
                    if (parsed.isEmpty()) {
                        fejl(field, area, shorten(c.text()), header + " skal være et tal, men cellen indeholder \""
                                + shorten(c.text()) + "\".", "et tal");
                        return null;
                    }
                    value = parsed.get();
            }
            if (value.abs().compareTo(MAX_NUMBER) >= 0) {
                fejl(field, area, shorten(c.text()), header + " er " + shorten(c.text())
                        + ", hvilket er urimeligt stort for et tal i årsberetningen.", "et tal under 1.000.000.000.000.000");
                return null;
            }
            return value;
        }

        Integer integer(String field, String header, String area) {
            BigDecimal n = number(field, header, area, "et helt tal");
            if (n == null) {
                return null;
            }
            try {
                return n.intValueExact();
            } catch (ArithmeticException e) {
                fejl(field, area, cell(field).text(), header + " skal være et helt tal, men er "
                        + cell(field).text() + ".", "et helt tal");
                return null;
            }
        }

        void fejl(String field, String area, String found, String message, String expected) {
            ctx.out().add(Finding.fejl("S1", area, location.file(), location.sheet(), cellRef(field), found,
                    expected, message));
        }

        private void formulaError(String field, String area, CellValue c) {
            fejl(field, area, c.text(), "Cellen indeholder formelfejlen " + c.text()
                    + " i stedet for en værdi; ret formlen i regnearket.", "en værdi");
        }
    }

    static String shorten(String s) {
        return s.length() > 60 ? s.substring(0, 57) + "…" : s;
    }
}
