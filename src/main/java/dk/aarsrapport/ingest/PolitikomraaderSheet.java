package dk.aarsrapport.ingest;

import dk.aarsrapport.base.SheetKind;
import dk.aarsrapport.base.SheetLocation;
import java.util.List;

import dk.aarsrapport.stage.Politikomraade;

final class PolitikomraaderSheet extends TableSheet {

    PolitikomraaderSheet(SheetLocation location, IngestContext ctx) {
        super(location, ctx);
    }

    @Override
    List<Column> columns() {
        return InputSchema.readerColumns(SheetKind.POLITIKOMRAADER, ctx.year());
    }

    @Override
    boolean readableWithout(String missingField) {
        return missingField.equals("udvalg");
    }

    @Override
    void record(Row row) {
        String navn = row.name("politikomraade", "Politikområde", null);
        Integer nr = row.integer("nr", "Nr", navn);
        if (nr == null && row.cell("nr").isBlank()) {
            row.fejl("nr", navn, "", "Nr mangler for politikområdet " + (navn == null ? "" : navn) + ".", "et positivt helt tal");
        } else if (nr != null && nr <= 0) {
            row.fejl("nr", navn, String.valueOf(nr), "Nr skal være et positivt helt tal, men er " + nr + ".",
                    "et positivt helt tal");
            nr = null;
        }
        if (navn != null && nr != null) {
            ctx.out().politikomraade(new Politikomraade(nr, navn, row.text("udvalg", navn), row.origin()));
        }
    }
}
