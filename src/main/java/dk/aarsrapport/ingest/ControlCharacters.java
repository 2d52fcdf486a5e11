package dk.aarsrapport.ingest;

import dk.aarsrapport.base.Finding;
import dk.aarsrapport.base.FindingSink;
import dk.aarsrapport.base.SheetLocation;
import dk.aarsrapport.base.Texts;
import java.util.List;
import java.util.Map;

/**
 * The cells of one sheet that hold control characters (ESC, NUL, DEL, C1) or bidi overrides: never typed on
 * purpose, pasted from a terminal or a hostile file. The PDF leaves them out (no font draws them), so a reader
 * of the report never sees them; the finance officer is told where the first one is, once per sheet, because
 * what leaves them out silently in the PDF is the same text a terminal or another program would act on.
 * The cell keeps its value: consoles and text reports show it as {@link Texts#visible}.
 */
final class ControlCharacters {

    private final SheetLocation location;
    private final List<String> headers;
    private int cells;
    private String firstCell;
    private String firstArea;
    private String firstExcerpt;
    private char firstChar;

    ControlCharacters(SheetLocation location, List<String> headers) {
        this.location = location;
        this.headers = headers;
    }

    /** Notes the cells of the row that hold one; {@code area} is the politikområde of the row, or null. */
    void check(RawRow raw, String area) {
        int column = Integer.MAX_VALUE;
        int at = -1;
        String text = null;
        for (Map.Entry<Integer, CellValue> e : raw.cells().entrySet()) {
            int i = first(e.getValue().text());
            if (i >= 0) {
                cells++;
                if (e.getKey() < column) {
                    column = e.getKey();
                    at = i;
                    text = e.getValue().text();
                }
            }
        }
        if (text != null && firstCell == null) {
            firstCell = location.cell(raw.rowNumber(), column, headers);
            firstArea = area;
            firstChar = text.charAt(at);
            firstExcerpt = text.substring(Math.max(0, at - 25), Math.min(text.length(), at + 25));
        }
    }

    void report(FindingSink out) {
        if (firstCell == null) {
            return;
        }
        String others = cells == 1 ? "" : " Det gælder " + (cells - 1) + (cells == 2 ? " celle" : " celler")
                + " mere i arket " + location.sheet() + ".";
        out.add(Finding.advarsel("S1", firstArea, location.file(), location.sheet(), firstCell, firstExcerpt,
                "tekst uden styretegn", "Cellen indeholder styretegnet " + Texts.visible(String.valueOf(firstChar))
                        + ", som ikke kan ses og udelades i PDF'en; fjern det fra cellen." + others));
    }

    /** The index of the first control or direction-override character, or -1; line breaks and tabs are text. */
    static int first(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if ((c < 0x20 && c != '\n' && c != '\t') || (c >= 0x7F && c <= 0x9F) || (c >= '\u202A' && c <= '\u202E')
                    || (c >= '\u2066' && c <= '\u2069')) {
                return i;
            }
        }
        return -1;
    }
}
