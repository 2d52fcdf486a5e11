package dk.aarsrapport.ingest;

import java.util.List;

import dk.aarsrapport.base.SheetKind;
import dk.aarsrapport.base.SheetLocation;
import dk.aarsrapport.stage.KontoplanRaekke;

/**
 * Which line of which politikområde each account belongs to. The pattern cells are staged as typed: whether
 * they are patterns, and whether the politikområde exists, are the K2 rule's to say, with the row named.
 */
final class KontoplanSheet extends TableSheet {

    private int seq;

    KontoplanSheet(SheetLocation location, IngestContext ctx) {
        super(location, ctx);
    }

    @Override
    List<Column> columns() {
        return InputSchema.readerColumns(SheetKind.KONTOPLAN, ctx.year());
    }

    @Override
    void record(Row row) {
        String funktion = row.name("funktion", "Funktion", null);
        String area = row.name("politikomraade", "Politikområde", null);
        String linje = row.name("linje", "Linje", area);
        if (funktion != null && area != null && linje != null) {
            ctx.out().kontoplan(new KontoplanRaekke(++seq, funktion, row.text("dranst", area), row.text("art", area),
                    row.text("sted", area), area, linje, row.origin()));
        }
    }
}
