package dk.aarsrapport.ingest;

import dk.aarsrapport.base.SheetLocation;
import dk.aarsrapport.base.Texts;
import java.math.BigDecimal;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.xssf.eventusermodel.ReadOnlySharedStringsTable;
import org.apache.poi.xssf.model.StylesTable;
import org.apache.poi.xssf.usermodel.XSSFCellStyle;
import org.xml.sax.Attributes;
import org.xml.sax.SAXException;
import org.xml.sax.helpers.DefaultHandler;

/**
 * The SAX handler of one worksheet part of an .xlsx workbook ({@link XlsxReader}): turns its cells into rows
 * of {@link CellValue}s, numbers with the text Excel shows for them, and rejects what Excel never writes.
 */
final class XlsxSheetHandler extends DefaultHandler {

    private static final Locale DANISH = Locale.forLanguageTag("da-DK");
    /** The largest sheet Excel can hold (XFD1048576): a reference beyond it was not written by Excel. */
    static final int MAX_ROWS = 1_048_576;
    static final int MAX_COLUMNS = 16_384;

    private final ReadOnlySharedStringsTable strings;
    private final StylesTable styles;
    private final SheetConsumer.RowSink sink;
    private final String sheet;
    private final DataFormatter formatter = new DataFormatter(DANISH);
    private final StringBuilder value = new StringBuilder();
    private Map<Integer, CellValue> cells = new HashMap<>();
    private int rowNumber;
    private int nextColumn;
    private int column;
    private String type;
    private String style;
    private String ref;
    private boolean inValue;
    private boolean inInlineText;

    XlsxSheetHandler(ReadOnlySharedStringsTable strings, StylesTable styles, SheetConsumer.RowSink sink, String sheet) {
        this.strings = strings;
        this.styles = styles;
        this.sink = sink;
        this.sheet = sheet;
    }

    @Override
    public void startElement(String uri, String localName, String qName, Attributes atts) throws SAXException {
        switch (localName) {
            case "row" -> {
                String r = atts.getValue("r");
                rowNumber = r != null ? rowNumber(r) : rowNumber + 1;
                cells = new HashMap<>();
                nextColumn = 0;
            }
            case "c" -> {
                ref = atts.getValue("r");
                column = ref != null && !ref.isBlank() ? columnIndex(ref) : nextColumn;
                if (column < 0 || column >= MAX_COLUMNS) {
                    throw new DamagedSheetException("cellen \"" + cellName() + "\" i arket " + sheet
                            + " ligger uden for et regneark (kolonne A til XFD); filen er beskadiget.");
                }
                nextColumn = column + 1;
                type = atts.getValue("t");
                style = atts.getValue("s");
                value.setLength(0);
            }
            case "v" -> {
                inValue = true;
                value.setLength(0);
            }
            case "t" -> inInlineText = "inlineStr".equals(type);
            default -> {
            }
        }
    }

    @Override
    public void characters(char[] ch, int start, int length) {
        if (inValue || inInlineText) {
            value.append(ch, start, length);
        }
    }

    @Override
    public void endElement(String uri, String localName, String qName) throws SAXException {
        switch (localName) {
            case "v" -> inValue = false;
            case "t" -> inInlineText = false;
            case "c" -> {
                CellValue cell = toCell(value.toString());
                if (!cell.isBlank()) {
                    cells.put(column, cell);
                }
            }
            case "row" -> {
                RawRow row = new RawRow(rowNumber, cells);
                if (!row.isBlank()) {
                    sink.row(row);
                }
            }
            default -> {
            }
        }
    }

    private CellValue toCell(String raw) throws SAXException {
        if (type == null || "n".equals(type)) {
            if (raw.isEmpty()) {
                return CellValue.BLANK;
            }
            return numeric(raw);
        }
        return switch (type) {
            case "s" -> CellValue.text(sharedString(raw));
            case "e" -> CellValue.error(raw.trim());
            case "b" -> CellValue.text("1".equals(raw.trim()) ? "SAND" : "FALSK");
            default -> CellValue.text(raw); // str (formula text result), inlineStr
        };
    }

    /** A shared text by its index; an index the table does not have means a damaged file, not a blank. */
    private String sharedString(String raw) throws SAXException {
        try {
            return strings.getItemAt(Integer.parseInt(raw.trim())).getString();
        } catch (NumberFormatException | IndexOutOfBoundsException | IllegalStateException e) {
            throw new DamagedSheetException("cellen " + cellName() + " i arket " + sheet
                    + " henviser til en tekst, der ikke findes i projektmappen; filen er beskadiget.");
        }
    }

    private String cellName() {
        return ref != null && !ref.isBlank() ? TableSheet.shorten(ref)
                : SheetLocation.columnLetters(column) + rowNumber;
    }

    /** A row number within Excel's 1 … 1.048.576; anything else would misplace every cell after it. */
    private int rowNumber(String r) throws SAXException {
        try {
            int n = Integer.parseInt(r.trim());
            if (n >= 1 && n <= MAX_ROWS) {
                return n;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        throw new DamagedSheetException("arket " + sheet + " har en række med det ugyldige nummer \""
                + TableSheet.shorten(r) + "\"; filen er beskadiget.");
    }

    private CellValue numeric(String raw) {
        BigDecimal number;
        double d;
        try {
            d = Double.parseDouble(raw.trim());
            number = BigDecimal.valueOf(d);
        } catch (NumberFormatException e) {
            return CellValue.text(raw);
        }
        if (Double.isNaN(d) || Double.isInfinite(d)) {
            return CellValue.text(raw);
        }
        if (number.scale() > 0) {
            number = number.stripTrailingZeros();
            if (number.scale() < 0) {
                number = number.setScale(0);
            }
        }
        XSSFCellStyle cs = cellStyle();
        String shown = shown(d, cs);
        // a date is a number to the file format; only its number format tells that the cell shows a date
        if (cs != null && DateUtil.isADateFormat(cs.getDataFormat(), cs.getDataFormatString())) {
            return CellValue.date(number, shown);
        }
        return CellValue.number(number, shown);
    }

    /** The cell's style, or null: a broken style index is no reason to lose the number (general format then). */
    private XSSFCellStyle cellStyle() {
        if (style == null || styles == null) {
            return null;
        }
        try {
            return styles.getStyleAt(Integer.parseInt(style));
        } catch (RuntimeException e) {
            return null;
        }
    }

    private String shown(double d, XSSFCellStyle cs) {
        if (cs != null) {
            try {
                int format = cs.getDataFormat();
                // built-in 14 and 22 are "the system's short date": what a Danish Excel shows, not POI's m/d/yy
                String pattern = format == 14 ? "dd-mm-yyyy" : format == 22 ? "dd-mm-yyyy hh:mm" : cs.getDataFormatString();
                return Texts.clean(formatter.formatRawCellContents(d, format, pattern));
            } catch (RuntimeException ignored) {
                // a format POI cannot apply still leaves the number; shown in general format
            }
        }
        return Texts.clean(formatter.formatRawCellContents(d, 0, "General"));
    }

    /**
     * The 0-based column of a reference such as {@code G23}. More than three letters is past XFD
     * whatever they are, and is returned as such before the arithmetic could overflow int: a reference
     * like {@code FXSHRXW1} would otherwise ask the header for two billion columns.
     */
    private static int columnIndex(String ref) {
        int col = 0;
        int letters = 0;
        for (int i = 0; i < ref.length(); i++) {
            char c = Character.toUpperCase(ref.charAt(i));
            if (c < 'A' || c > 'Z') {
                break;
            }
            if (++letters > 3) {
                return MAX_COLUMNS;
            }
            col = col * 26 + (c - 'A' + 1);
        }
        return col - 1;
    }

    /**
     * A worksheet part that contradicts the file format: a row or column beyond the largest sheet, a
     * reference to a shared text that does not exist. Excel never writes these, so the file is damaged
     * or made to break readers; either way it cannot be read (exit 2), and the message says where.
     * A SAXException, because that is what a SAX handler may throw; the parser passes it on unchanged.
     */
    static final class DamagedSheetException extends SAXException {
        DamagedSheetException(String detail) {
            super(detail);
        }
    }
}
