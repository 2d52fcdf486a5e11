package dk.aarsrapport.ingest;

import java.util.Map;

/** A row of a sheet as read: its 1-based row number (CSV: line number) and its non-blank cells by 0-based column. */
public record RawRow(int rowNumber, Map<Integer, CellValue> cells) {

    public CellValue cell(int column) {
        return column < 0 ? CellValue.BLANK : cells.getOrDefault(column, CellValue.BLANK);
    }

    public boolean isBlank() {
        return cells.values().stream().allMatch(CellValue::isBlank);
    }
}
