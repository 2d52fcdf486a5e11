package dk.aarsrapport.base;

import java.util.List;

/**
 * Where a sheet came from, and how a finance officer finds one of its cells again:
 * {@code Regnskab!G23} in a workbook, {@code linje 23, kolonne Afvigelse} in a CSV file.
 */
public record SheetLocation(String file, String sheet, boolean csv) {

    public String cell(int row, int column, List<String> headers) {
        if (csv) {
            String name = column >= 0 && column < headers.size() ? headers.get(column) : String.valueOf(column + 1);
            return column < 0 ? "linje " + row : "linje " + row + ", kolonne " + name;
        }
        return column < 0 ? sheet + "!" + row : sheet + "!" + columnLetters(column) + row;
    }

    public static String columnLetters(int column) {
        StringBuilder sb = new StringBuilder();
        int c = column + 1;
        while (c > 0) {
            int rem = (c - 1) % 26;
            sb.insert(0, (char) ('A' + rem));
            c = (c - 1) / 26;
        }
        return sb.toString();
    }
}
