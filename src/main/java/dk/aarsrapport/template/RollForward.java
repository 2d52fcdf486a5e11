package dk.aarsrapport.template;

import java.io.IOException;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;

import dk.aarsrapport.base.SheetKind;

/**
 * {@code template --year Y --from DIR}: the new year's workbook, the blank template of {@link TemplateWorkbook}
 * (same Vejledning, headers, widths and data validation) with the old year carried into it, written whole or not
 * at all.
 */
public final class RollForward {

    /** What was carried: data rows per sheet in the workbook's order; for Regnskab its lines, the I alt rows not counted. */
    public record Carried(Map<SheetKind, Integer> rows) {
    }

    private RollForward() {
    }

    public static Carried write(OldYear old, int year, Path target) throws IOException {
        Map<SheetKind, Integer> counts = new LinkedHashMap<>();
        TemplateWorkbook.write(target, wb -> {
            TemplateWorkbook.build(wb, year);
            counts.putAll(new CarriedSheets(wb, year).fill(old));
            // Excel and LibreOffice compute the sums again when the file is opened; the cached values are for
            // whoever reads the file without opening it (the program's own reader among them)
            wb.setForceFormulaRecalculation(true);
        });
        return new Carried(counts);
    }
}
