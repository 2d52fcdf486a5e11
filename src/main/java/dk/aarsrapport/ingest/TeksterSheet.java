package dk.aarsrapport.ingest;

import dk.aarsrapport.base.SheetKind;
import dk.aarsrapport.base.SheetLocation;
import dk.aarsrapport.base.Texts;
import java.util.List;

import dk.aarsrapport.stage.Tekst;

final class TeksterSheet extends TableSheet {

    /** The sections a text may belong to, as the report names them. */
    static final List<String> AFSNIT = InputSchema.AFSNIT;

    TeksterSheet(SheetLocation location, IngestContext ctx) {
        super(location, ctx);
    }

    @Override
    List<Column> columns() {
        return InputSchema.readerColumns(SheetKind.TEKSTER, ctx.year());
    }

    @Override
    boolean longText(String field) {
        return field.equals("tekst");
    }

    @Override
    void record(Row row) {
        String area = row.name("politikomraade", "Politikområde", null);
        String afsnit = row.name("afsnit", "Afsnit", area);
        String tekst = row.text("tekst", area);
        if (afsnit != null) {
            String canonical = AFSNIT.stream().filter(a -> Texts.key(a).equals(Texts.key(afsnit))).findFirst()
                    .orElse(null);
            if (canonical == null) {
                row.fejl("afsnit", area, afsnit, "Afsnit \"" + shorten(afsnit) + "\" kendes ikke; brug et af: "
                        + String.join(", ", AFSNIT) + ".", String.join(" / ", AFSNIT));
            } else if (area != null && tekst != null) {
                ctx.out().tekst(new Tekst(area, canonical, tekst, row.origin()));
            }
        }
    }
}
