package dk.aarsrapport.ingest;

import dk.aarsrapport.base.SheetKind;
import dk.aarsrapport.base.SheetLocation;
import java.util.List;

import dk.aarsrapport.stage.MaalRammer;
import dk.aarsrapport.stage.Maalopfoelgning;

/**
 * Follow-up on cross-cutting goals: one row per indsats. A row is staged as it stands; which rows
 * make one goal is decided when they are all read ({@link MaalRammer}), because a goal's fields may
 * stand on its first row only. A finding about a row names its Ramme, the report it belongs to.
 */
final class MaalopfoelgningSheet extends TableSheet {

    MaalopfoelgningSheet(SheetLocation location, IngestContext ctx) {
        super(location, ctx);
    }

    @Override
    List<Column> columns() {
        return InputSchema.readerColumns(SheetKind.MAALOPFOELGNING, ctx.year());
    }

    @Override
    boolean longText(String field) {
        return switch (field) {
            case "temabeskrivelse", "maalsaetning", "maalgruppe", "beskrivelse", "samarbejdspartnere" -> true;
            default -> false;
        };
    }

    @Override
    boolean readableWithout(String missingField) {
        return !missingField.equals("ramme") && !missingField.equals("maalsaetning");
    }

    @Override
    void record(Row row) {
        String ramme = row.name("ramme", "Ramme", null);
        String unit = ramme == null ? null : MaalRammer.unit(ramme);
        Maalopfoelgning m = new Maalopfoelgning(ramme, row.text("tema", unit), row.text("temabeskrivelse", unit),
                row.text("nr", unit), row.text("maalsaetning", unit), row.text("maalgruppe", unit),
                row.text("indsats", unit), row.text("beskrivelse", unit), row.text("samarbejdspartnere", unit),
                row.text("status", unit), row.text("politikomraade", unit), row.origin());
        if (ramme != null) {
            ctx.out().maalopfoelgning(m);
        }
    }
}
