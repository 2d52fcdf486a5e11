package dk.aarsrapport.template;

import java.math.BigDecimal;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.xssf.usermodel.XSSFCell;
import org.apache.poi.xssf.usermodel.XSSFRow;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

import dk.aarsrapport.base.SheetKind;
import dk.aarsrapport.ingest.InputSchema;

/**
 * Appends data rows under the headers {@link TemplateWorkbook} wrote, cells found by field name (so a column
 * moved in {@link InputSchema} moves here too) and styled as their column, so a carried text wraps like a typed one.
 * Numbers go into the cell as their decimal text: an amount never passes through a double on its way.
 */
final class SheetRows {

    private final XSSFSheet sheet;
    private final Map<String, Integer> columns = new HashMap<>();
    private final Map<Integer, CellStyle> decimals;
    private int next = 1;

    SheetRows(XSSFWorkbook wb, SheetKind kind, int year, Map<Integer, CellStyle> decimals) {
        this.sheet = wb.getSheet(kind.displayName());
        List<InputSchema.ColumnHeader> headers = InputSchema.columns(kind, year);
        for (int i = 0; i < headers.size(); i++) {
            columns.put(headers.get(i).field(), i);
        }
        this.decimals = decimals;
    }

    /** A new row below the last; its 1-based number is {@link #rowNumber()}. */
    XSSFRow next() {
        return sheet.createRow(next++);
    }

    /** The spreadsheet row number of the row {@link #next()} gave last. */
    int rowNumber() {
        return next;
    }

    /** Data rows written. */
    int count() {
        return next - 1;
    }

    /** "C7": the cell of {@code field} in spreadsheet row {@code row}. */
    String ref(String field, int row) {
        return CellReference.convertNumToColString(column(field)) + row;
    }

    void text(XSSFRow row, String field, String value) {
        if (value != null && !value.isEmpty()) {
            cell(row, field).setCellValue(value);
        }
    }

    void number(XSSFRow row, String field, BigDecimal value) {
        if (value != null) {
            put(cell(row, field), value);
        }
    }

    /** A number shown with as many decimals as {@code shown} had ("28,4"), so a check "at the shown precision" sees the same. */
    void number(XSSFRow row, String field, BigDecimal value, String shown) {
        if (value == null) {
            text(row, field, shown);
            return;
        }
        XSSFCell cell = cell(row, field);
        put(cell, value);
        int places = decimalsShown(shown);
        if (places > 0) {
            cell.setCellStyle(decimals.computeIfAbsent(places, p -> {
                CellStyle s = sheet.getWorkbook().createCellStyle();
                s.setDataFormat(sheet.getWorkbook().createDataFormat().getFormat("0." + "0".repeat(p)));
                return s;
            }));
        }
    }

    /** A formula with the value it computes, for a reader of cached values that never ran Excel. */
    void formula(XSSFRow row, String field, String formula, BigDecimal computed) {
        XSSFCell cell = cell(row, field);
        cell.setCellFormula(formula);
        put(cell, computed);
    }

    private static void put(XSSFCell cell, BigDecimal value) {
        var ct = cell.getCTCell();
        if (ct.isSetT()) {
            ct.unsetT(); // no type is a number
        }
        ct.setV(value.stripTrailingZeros().toPlainString());
    }

    static int decimalsShown(String shown) {
        if (shown == null) {
            return 0;
        }
        int comma = shown.lastIndexOf(',');
        int places = 0;
        for (int i = comma + 1; comma >= 0 && i < shown.length() && Character.isDigit(shown.charAt(i)); i++) {
            places++;
        }
        return places;
    }

    private XSSFCell cell(XSSFRow row, String field) {
        int c = column(field);
        XSSFCell cell = row.createCell(c);
        CellStyle style = sheet.getColumnStyle(c);
        if (style != null && style.getIndex() != 0) {
            cell.setCellStyle(style);
        }
        return cell;
    }

    private int column(String field) {
        Integer c = columns.get(field);
        if (c == null) {
            throw new IllegalArgumentException("Arket " + sheet.getSheetName() + " har ingen kolonne " + field);
        }
        return c;
    }
}
