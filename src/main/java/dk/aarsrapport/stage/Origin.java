package dk.aarsrapport.stage;

/** Where a staged row was read: file, sheet (CSV: the file name without .csv) and 1-based row or line. */
public record Origin(String file, String sheet, int row, boolean csv) {
}
