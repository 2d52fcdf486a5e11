package dk.aarsrapport.ingest;

import dk.aarsrapport.base.Finding;
import dk.aarsrapport.base.FindingSink;
import dk.aarsrapport.base.SheetLocation;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The cells longer than Excel allows, each reported where it is and then dropped from its row. Such a
 * cell is never read as a value: nothing downstream (the staging tables, the report) has to cope with
 * megabytes in one field, and the finance officer learns which cell to shorten.
 */
final class OverlongCells {

    /** Excel's own limit for one cell: a longer one comes from a hand-made or damaged file (or a CSV). */
    static final int MAX_CELL = 32_767;

    private OverlongCells() {
    }

    /**
     * The row without its over-long cells. The finding names the politikområde of the row when its
     * Politikområde cell ({@code areaColumn}, -1 for a header row or a sheet without one) can be read:
     * then it blocks that politikområde only, not every one with rows in the sheet.
     */
    static RawRow dropped(RawRow raw, int areaColumn, SheetLocation location, List<String> headers, FindingSink out) {
        Map<Integer, CellValue> cells = null;
        String area = area(raw, areaColumn);
        for (Map.Entry<Integer, CellValue> e : raw.cells().entrySet()) {
            String text = e.getValue().text();
            if (text.length() > MAX_CELL) {
                if (cells == null) {
                    cells = new HashMap<>(raw.cells());
                }
                cells.remove(e.getKey());
                String cell = location.cell(raw.rowNumber(), e.getKey(), headers);
                out.add(Finding.fejl("S1", area, location.file(), location.sheet(), cell, TableSheet.shorten(text),
                        "højst " + TableSheet.danish(MAX_CELL) + " tegn", "Cellen indeholder "
                                + TableSheet.danish(text.length()) + " tegn, men en celle kan højst rumme "
                                + TableSheet.danish(MAX_CELL) + "; den bliver ikke læst."));
            }
        }
        return cells == null ? raw : new RawRow(raw.rowNumber(), cells);
    }

    /** The row's politikområde as its cell names it, when that is a name at all; else null. */
    static String area(RawRow raw, int areaColumn) {
        CellValue cell = raw.cell(areaColumn);
        return cell.kind() == CellValue.Kind.TEXT && cell.text().length() <= TableSheet.MAX_NAME ? cell.text() : null;
    }
}
