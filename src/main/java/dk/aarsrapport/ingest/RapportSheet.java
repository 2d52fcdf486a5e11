package dk.aarsrapport.ingest;

import dk.aarsrapport.base.SheetKind;
import dk.aarsrapport.base.SheetLocation;
import java.util.List;

/** Key/value settings of the report (Kommune, Titel, Beløbsenhed, Prisniveau). */
final class RapportSheet extends TableSheet {

    RapportSheet(SheetLocation location, IngestContext ctx) {
        super(location, ctx);
    }

    @Override
    List<Column> columns() {
        return InputSchema.readerColumns(SheetKind.RAPPORT, ctx.year());
    }

    @Override
    boolean longText(String field) {
        return field.equals("vaerdi");
    }

    @Override
    void record(Row row) {
        String felt = row.name("felt", "Felt", null);
        if (felt != null) {
            ctx.out().rapport(felt, row.text("vaerdi", null), row.origin());
        }
    }
}
