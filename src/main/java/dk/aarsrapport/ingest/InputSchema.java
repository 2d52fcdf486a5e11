package dk.aarsrapport.ingest;

import java.util.List;

/**
 * The headers each sheet takes for a given year, read from the sheet readers themselves, so the
 * blank template workbook and the readers can never disagree about a column.
 */
public final class InputSchema {

    /** A column as the template writes it: its header and whether the reader requires it. */
    public record ColumnHeader(String field, String header, boolean required) {
    }

    private InputSchema() {
    }

    /** The sheets a template holds, in the order finance staff fill them. */
    public static List<SheetKind> templateSheets() {
        return List.of(SheetKind.RAPPORT, SheetKind.POLITIKOMRAADER, SheetKind.REGNSKAB, SheetKind.TEKSTER,
                SheetKind.EFFEKTMAAL, SheetKind.MAALINGER, SheetKind.MODTAGERE);
    }

    public static List<ColumnHeader> columns(SheetKind kind, int year) {
        SheetLocation nowhere = new SheetLocation("", kind.displayName(), false);
        IngestContext ctx = new IngestContext(year, null);
        TableSheet sheet = switch (kind) {
            case RAPPORT -> new RapportSheet(nowhere, ctx);
            case POLITIKOMRAADER -> new PolitikomraaderSheet(nowhere, ctx);
            case REGNSKAB -> new RegnskabSheet(nowhere, ctx);
            case TEKSTER -> new TeksterSheet(nowhere, ctx);
            case EFFEKTMAAL -> new EffektmaalSheet(nowhere, ctx);
            case MAALINGER -> new MaalingerSheet(nowhere, ctx);
            case MODTAGERE -> new ModtagereSheet(nowhere, ctx);
            default -> throw new IllegalArgumentException("Ingen skabelon for arket " + kind.displayName());
        };
        return sheet.columns().stream().map(c -> new ColumnHeader(c.field(), c.header(), c.required())).toList();
    }

    /** The sections a Tekster row may name. */
    public static List<String> afsnit() {
        return TeksterSheet.AFSNIT;
    }
}
