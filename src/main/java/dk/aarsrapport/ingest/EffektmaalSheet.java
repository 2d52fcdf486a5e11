package dk.aarsrapport.ingest;

import dk.aarsrapport.base.SheetKind;
import dk.aarsrapport.base.SheetLocation;
import java.util.List;

import dk.aarsrapport.stage.Effektmaal;

final class EffektmaalSheet extends TableSheet {

    EffektmaalSheet(SheetLocation location, IngestContext ctx) {
        super(location, ctx);
    }

    @Override
    List<Column> columns() {
        return InputSchema.readerColumns(SheetKind.EFFEKTMAAL, ctx.year());
    }

    @Override
    boolean longText(String field) {
        return field.equals("beskrivelse") || field.equals("maalsaetning") || field.equals("resultat");
    }

    @Override
    boolean readableWithout(String missingField) {
        return !missingField.equals("politikomraade") && !missingField.equals("maal");
    }

    @Override
    void record(Row row) {
        String area = row.name("politikomraade", "Politikområde", null);
        String maal = row.name("maal", "Mål", area);
        if (area != null && maal != null) {
            ctx.out().effektmaal(new Effektmaal(area, row.text("gruppe", area), maal, row.text("beskrivelse", area),
                    row.text("maalsaetning", area), row.text("resultat", area), row.origin()));
        }
    }
}
