package dk.aarsrapport.ingest;

import dk.aarsrapport.base.DanishNumbers;
import dk.aarsrapport.base.SheetKind;
import dk.aarsrapport.base.SheetLocation;
import java.math.BigDecimal;
import java.util.List;

import dk.aarsrapport.stage.Maaling;

/**
 * Measured indicators. Værdi must be a number (it is checked against Tæller/Nævner); Målværdi may be
 * text ("samme niveau som i 2011"), which is printed, not charted.
 */
final class MaalingerSheet extends TableSheet {

    MaalingerSheet(SheetLocation location, IngestContext ctx) {
        super(location, ctx);
    }

    @Override
    List<Column> columns() {
        return InputSchema.readerColumns(SheetKind.MAALINGER, ctx.year());
    }

    @Override
    void record(Row row) {
        String area = row.name("politikomraade", "Politikområde", null);
        String maal = row.name("maal", "Mål", area);
        String indikator = row.name("indikator", "Indikator", area);
        Integer aar = row.integer("aar", "År", area);
        if (aar == null && row.cell("aar").isBlank()) {
            row.fejl("aar", area, "", "År mangler i række " + row.origin().row() + " af arket " + location.sheet() + ".",
                    "et årstal");
        }
        BigDecimal taeller = row.number("taeller", "Tæller", area);
        BigDecimal naevner = row.number("naevner", "Nævner", area);
        BigDecimal vaerdi = row.number("vaerdi", "Værdi", area);
        String maalvaerdiTekst = row.text("maalvaerdi", area);
        BigDecimal maalvaerdi = maalvaerdiTekst == null ? null
                : row.cell("maalvaerdi").kind() == CellValue.Kind.NUMBER ? row.cell("maalvaerdi").number()
                : row.cell("maalvaerdi").kind() == CellValue.Kind.DATE ? row.number("maalvaerdi", "Målværdi", area)
                : DanishNumbers.parse(maalvaerdiTekst).orElse(null);
        if (area != null && maal != null && indikator != null && aar != null) {
            ctx.out().maaling(new Maaling(area, maal, indikator, row.text("serie", area), aar,
                    row.text("periode", area), taeller, naevner, vaerdi,
                    vaerdi == null ? null : row.cell("vaerdi").text(), maalvaerdi, maalvaerdiTekst,
                    row.text("enhed", area), row.origin()));
        }
    }
}
