package dk.aarsrapport.ingest;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import dk.aarsrapport.stage.Origin;
import dk.aarsrapport.validate.Finding;

/**
 * A sheet with a header row and one record per row. Maps headers to fields (a missing required column
 * is an S1 finding about the whole sheet), then hands each row to {@link #record(Row)} with typed
 * access whose every failure is a finding naming the cell, never an exception.
 */
abstract class TableSheet implements SheetConsumer.RowSink {

    protected final SheetLocation location;
    protected final IngestContext ctx;
    private final Map<String, Integer> fieldColumns = new HashMap<>();
    private final List<String> headers = new ArrayList<>();
    private boolean headerSeen;
    private boolean usable = true;
    private int records;

    TableSheet(SheetLocation location, IngestContext ctx) {
        this.location = location;
        this.ctx = ctx;
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

    /** Whether the rows can still be read after a header problem (the sheet is then blocked by its finding). */
    boolean readableWithout(String missingField) {
        return false;
    }

    @Override
    public final void row(RawRow raw) {
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
        if (!headerSeen) {
            ctx.out().add(Finding.advarsel("S1", null, location.file(), location.sheet(), null, "tomt ark", null,
                    "Arket " + location.sheet() + " er tomt: der er ingen overskriftsrække og ingen data."));
        } else if (records == 0 && usable) {
            ctx.out().add(Finding.advarsel("S1", null, location.file(), location.sheet(), null, "kun overskrifter",
                    null, "Arket " + location.sheet() + " har overskrifter, men ingen rækker med data."));
        }
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
            String field = fieldFor(Texts.key(cell.text()), cell.text(), col, raw.rowNumber());
            if (field != null && field.isEmpty()) {
                continue; // the header was recognised and reported by the sheet itself
            }
            if (field == null) {
                unknown.add(col);
            } else if (fieldColumns.putIfAbsent(field, col) != null) {
                ctx.out().add(Finding.fejl("S1", null, location.file(), location.sheet(),
                        location.cell(raw.rowNumber(), col, headers), cell.text(), null,
                        "Kolonnen \"" + cell.text() + "\" findes to gange i arket " + location.sheet() + "."));
            } else {
                ctx.out().column(location.file(), location.sheet(), field, col, cell.text());
            }
        }
        reportUnknownColumns(raw.rowNumber(), unknown);
        for (Column c : columns()) {
            if (c.required() && !fieldColumns.containsKey(c.field())) {
                ctx.out().add(Finding.fejl("S1", null, location.file(), location.sheet(),
                        location.cell(raw.rowNumber(), -1, headers), null, c.header(),
                        "Arket " + location.sheet() + " mangler den påkrævede kolonne \"" + c.header() + "\"."));
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
        List<String> names = unknown.stream().limit(5).map(c -> "\"" + shorten(headers.get(c)) + "\"").toList();
        String more = unknown.size() > 5 ? " og " + (unknown.size() - 5) + " flere" : "";
        ctx.out().add(Finding.advarsel("S3", null, location.file(), location.sheet(),
                location.cell(rowNumber, unknown.get(0), headers), headers.get(unknown.get(0)), null,
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

        /** The cell as text (numbers as shown); null when blank. A formula error is reported. */
        String text(String field, String area) {
            CellValue c = cell(field);
            if (c.kind() == CellValue.Kind.ERROR) {
                formulaError(field, area, c);
                return null;
            }
            return c.isBlank() ? null : c.text();
        }

        /** A required name: blank is an S1 finding ("tomt navn"). */
        String name(String field, String header, String area) {
            String t = text(field, area);
            if (t == null && cell(field).kind() != CellValue.Kind.ERROR) {
                fejl(field, area, "", header + " mangler i række " + raw.rowNumber() + " af arket "
                        + location.sheet() + ".", header);
            }
            return t;
        }

        /** A number in Danish notation or a numeric cell; blank is null; anything else is a finding. */
        BigDecimal number(String field, String header, String area) {
            CellValue c = cell(field);
            switch (c.kind()) {
                case BLANK:
                    return null;
                case NUMBER:
                    return c.number();
                case ERROR:
                    formulaError(field, area, c);
                    return null;
                default:
                    Optional<BigDecimal> parsed = DanishNumbers.parse(c.text());
                    if (parsed.isEmpty()) {
                        fejl(field, area, c.text(), header + " skal være et tal, men cellen indeholder \""
                                + shorten(c.text()) + "\".", "et tal");
                        return null;
                    }
                    return parsed.get();
            }
        }

        Integer integer(String field, String header, String area) {
            BigDecimal n = number(field, header, area);
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
