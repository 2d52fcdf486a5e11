package dk.aarsrapport.ingest;

import dk.aarsrapport.base.SheetKind;
import dk.aarsrapport.base.SheetLocation;
import java.util.List;

import dk.aarsrapport.stage.Modtager;

final class ModtagereSheet extends TableSheet {

    ModtagereSheet(SheetLocation location, IngestContext ctx) {
        super(location, ctx);
    }

    @Override
    List<Column> columns() {
        return InputSchema.readerColumns(SheetKind.MODTAGERE, ctx.year());
    }

    @Override
    void record(Row row) {
        String navn = row.name("navn", "Navn", null);
        String email = row.text("email", null);
        if (navn != null) {
            ctx.out().modtager(new Modtager(navn, email, row.text("udvalg", null), row.text("politikomraade", null),
                    row.origin()));
        }
    }
}
