package dk.aarsrapport.report;

import java.util.ArrayList;
import java.util.List;

import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSBase;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSName;

/** A table's rows as {@link Groups} gathers them: header scopes, row headers first, rows as wide as the table. */
final class TableRows {

    private static final COSName A = COSName.A;
    private static final COSName O = COSName.O;
    private static final COSName SCOPE = COSName.getPDFName("Scope");

    private TableRows() {
    }

    /** A body row reads its row header first, wherever the template draws it (politikomraade.jrxml, effektmål). */
    static void rowHeadersFirst(COSDictionary row) {
        List<COSDictionary> cells = Groups.kids(row);
        List<COSDictionary> ordered = new ArrayList<>();
        cells.stream().filter(c -> "TH".equals(c.getNameAsString(COSName.S))).forEach(ordered::add);
        cells.stream().filter(c -> !"TH".equals(c.getNameAsString(COSName.S))).forEach(ordered::add);
        if (ordered.equals(cells)) {
            return;
        }
        COSArray k = new COSArray();
        ordered.forEach(k::add);
        row.setItem(COSName.K, k);
    }

    /**
     * A row split over two pages (an effektmål with long texts) is two rows, each holding only the cells printed
     * on its page; they get empty cells up to the table's width ({@code width}, its first row's: the caller keeps it,
     * as finding it here for every row would cost the whole table each time), so that every row has as many columns.
     */
    static void padSplitRow(COSDictionary row, int width) {
        for (int n = columns(row); n < width; n++) {
            Groups.append(row, Groups.container("TD", row));
        }
    }

    static int columns(COSDictionary row) {
        int n = 0;
        for (COSDictionary cell : Groups.kids(row)) {
            n += Math.max(1, colSpan(cell));
        }
        return n;
    }

    private static int colSpan(COSDictionary cell) {
        COSBase a = cell.getDictionaryObject(A);
        List<COSDictionary> dicts = new ArrayList<>();
        if (a instanceof COSDictionary d) {
            dicts.add(d);
        } else if (a instanceof COSArray arr) {
            for (int i = 0; i < arr.size(); i++) {
                if (arr.getObject(i) instanceof COSDictionary d) {
                    dicts.add(d);
                }
            }
        }
        return dicts.stream().mapToInt(d -> d.getInt(COSName.getPDFName("ColSpan"), 1)).max().orElse(1);
    }

    static boolean allHeaders(COSDictionary row) {
        List<COSDictionary> cells = Groups.kids(row);
        return !cells.isEmpty() && cells.stream().allMatch(c -> "TH".equals(c.getNameAsString(COSName.S)));
    }

    static void scope(COSDictionary row, String scope) {
        for (COSDictionary cell : Groups.kids(row)) {
            if (!"TH".equals(cell.getNameAsString(COSName.S))) {
                continue;
            }
            tableAttributes(cell).setItem(SCOPE, COSName.getPDFName(scope));
        }
    }

    /** The cell's attributes of owner Table, made where it has none; JasperReports writes {@code /A} as an array. */
    private static COSDictionary tableAttributes(COSDictionary cell) {
        COSName table = COSName.getPDFName("Table");
        COSBase a = cell.getDictionaryObject(A);
        if (a instanceof COSDictionary d && table.equals(d.getCOSName(O))) {
            return d;
        }
        COSArray all;
        if (a instanceof COSArray arr) {
            for (int i = 0; i < arr.size(); i++) {
                if (arr.getObject(i) instanceof COSDictionary d && table.equals(d.getCOSName(O))) {
                    return d;
                }
            }
            all = arr;
        } else {
            all = new COSArray();
            if (a != null) {
                all.add(a);
            }
            cell.setItem(A, all);
        }
        COSDictionary attributes = new COSDictionary();
        attributes.setItem(O, table);
        all.add(attributes);
        return attributes;
    }
}
