package dk.aarsrapport.ingest;

import dk.aarsrapport.base.SheetKind;
import java.util.List;

/**
 * What the input looks like, declared once: per sheet the columns for a given year, in the order a
 * workbook shows them, and which of them may be left out. The sheet readers take their columns from
 * here and so does the blank template workbook, so the two can never disagree about a header.
 */
public final class InputSchema {

    /** A column as a user sees it: its field name, the header to write, and whether the reader requires it. */
    public record ColumnHeader(String field, String header, boolean required) {
    }

    /** A field of the Rapport sheet, with the value a template fills in (empty: the user writes it). */
    public record RapportFelt(String felt, String value) {
    }

    /** The sections a Tekster row may name, as the report names them. */
    static final List<String> AFSNIT = List.of("Regnskabsresultat", "Fokusområder", "Effektmål", "Om politikområdet");

    /** The usual units of a Målinger row; any other text is allowed too. */
    private static final List<String> ENHEDER = List.of("%", "antal", "uger", "dage");

    private InputSchema() {
    }

    /** The sheets the readers read, in the order finance staff fill them. */
    public static List<SheetKind> tableSheets() {
        return List.of(SheetKind.RAPPORT, SheetKind.POLITIKOMRAADER, SheetKind.REGNSKAB, SheetKind.TEKSTER,
                SheetKind.EFFEKTMAAL, SheetKind.MAALINGER, SheetKind.MODTAGERE, SheetKind.MAALOPFOELGNING,
                SheetKind.KONTI, SheetKind.KONTOPLAN);
    }

    /** The ledger's sheets (optional): the accounts as the ERP exports them, and their mapping to lines. */
    public static List<SheetKind> ledgerSheets() {
        return List.of(SheetKind.KONTI, SheetKind.KONTOPLAN);
    }

    /** The columns of {@code kind} for {@code year}, in order; for a sheet of {@link #tableSheets()} only. */
    public static List<ColumnHeader> columns(SheetKind kind, int year) {
        return readerColumns(kind, year).stream().map(c -> new ColumnHeader(c.field(), c.header(), c.required()))
                .toList();
    }

    public static List<String> afsnit() {
        return AFSNIT;
    }

    public static List<String> enheder() {
        return ENHEDER;
    }

    /** The fields of the Rapport sheet; Beløbsenhed and Prisniveau with the values of an ordinary year. */
    public static List<RapportFelt> rapportFelter(int year) {
        return List.of(new RapportFelt("Kommune", ""), new RapportFelt("Titel", ""),
                new RapportFelt("Beløbsenhed", "1.000 kr."), new RapportFelt("Prisniveau", year + " P/L"));
    }

    /** The columns with the other spellings a reader also accepts (aliases are for reading, not for writing). */
    static List<Column> readerColumns(SheetKind kind, int year) {
        return switch (kind) {
            case RAPPORT -> List.of(Column.required("felt", "Felt"), Column.required("vaerdi", "Værdi"));
            case POLITIKOMRAADER -> List.of(Column.required("nr", "Nr"),
                    Column.required("politikomraade", "Politikområde"), Column.required("udvalg", "Udvalg"));
            // the year headers are also matched by pattern in RegnskabSheet, which reports another year's header
            case REGNSKAB -> List.of(Column.required("politikomraade", "Politikområde"), Column.required("linje", "Linje"),
                    Column.required("regnskab_forrige", "Regnskab " + (year - 1)),
                    Column.required("budget", "Budget " + year), Column.required("korr_budget", "Korr. budget " + year),
                    Column.required("regnskab", "Regnskab " + year), Column.optional("afvigelse", "Afvigelse"));
            case TEKSTER -> List.of(Column.required("politikomraade", "Politikområde"),
                    Column.required("afsnit", "Afsnit"), Column.required("tekst", "Tekst"));
            case EFFEKTMAAL -> List.of(Column.required("politikomraade", "Politikområde"),
                    Column.optional("gruppe", "Gruppe"), Column.required("maal", "Mål"),
                    Column.required("beskrivelse", "Beskrivelse"),
                    Column.required("maalsaetning", "Målsætning", "Mål i " + year),
                    Column.required("resultat", "Resultat"));
            case MAALINGER -> List.of(Column.required("politikomraade", "Politikområde"), Column.required("maal", "Mål"),
                    Column.required("indikator", "Indikator"), Column.optional("serie", "Serie"),
                    Column.required("aar", "År"), Column.optional("periode", "Periode"),
                    Column.optional("taeller", "Tæller"), Column.optional("naevner", "Nævner"),
                    Column.required("vaerdi", "Værdi"), Column.optional("maalvaerdi", "Målværdi"),
                    Column.required("enhed", "Enhed"));
            case MODTAGERE -> List.of(Column.required("navn", "Navn"),
                    Column.required("email", "E-mail", "Email", "E-mailadresse"),
                    Column.optional("udvalg", "Udvalg"), Column.optional("politikomraade", "Politikområde"));
            // Temabeskrivelse is this program's addition: the text under a Tema's name in a framework's table
            case MAALOPFOELGNING -> List.of(Column.required("ramme", "Ramme"), Column.optional("tema", "Tema"),
                    Column.optional("nr", "Nr"), Column.required("maalsaetning", "Målsætning"),
                    Column.required("maalgruppe", "Målgruppe"), Column.required("indsats", "Indsats", "Indsatser"),
                    Column.required("beskrivelse", "Beskrivelse"),
                    Column.required("samarbejdspartnere", "Samarbejdspartnere", "Samarbejdspartner"),
                    Column.optional("status", "Status"), Column.optional("politikomraade", "Politikområde"),
                    Column.optional("temabeskrivelse", "Temabeskrivelse"));
            // the amount columns are optional, and also matched by pattern in KontiSheet, which reports another year
            case KONTI -> List.of(Column.required("funktion", "Funktion"), Column.optional("dranst", "Dranst"),
                    Column.optional("art", "Art"), Column.optional("sted", "Sted"),
                    Column.optional("kontonavn", "Kontonavn"),
                    Column.optional("regnskab_forrige", "Regnskab " + (year - 1)),
                    Column.optional("budget", "Budget " + year), Column.optional("korr_budget", "Korr. budget " + year),
                    Column.optional("regnskab", "Regnskab " + year));
            case KONTOPLAN -> List.of(Column.required("funktion", "Funktion"), Column.optional("dranst", "Dranst"),
                    Column.optional("art", "Art"), Column.optional("sted", "Sted"),
                    Column.required("politikomraade", "Politikområde"), Column.required("linje", "Linje"));
            case VEJLEDNING ->
                    throw new IllegalArgumentException("Arket " + kind.displayName() + " har ingen kolonner at læse.");
        };
    }
}
