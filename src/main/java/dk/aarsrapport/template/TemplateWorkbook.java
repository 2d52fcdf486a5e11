package dk.aarsrapport.template;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.function.Consumer;

import org.apache.poi.ss.usermodel.DataValidation;
import org.apache.poi.ss.usermodel.DataValidationConstraint;
import org.apache.poi.ss.usermodel.DataValidationConstraint.OperatorType;
import org.apache.poi.ss.usermodel.DataValidationHelper;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddressList;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

import dk.aarsrapport.ingest.InputSchema;
import dk.aarsrapport.ingest.InputSchema.ColumnHeader;
import dk.aarsrapport.base.SheetKind;
import dk.aarsrapport.stage.MaalStatus;

/**
 * The blank input workbook finance staff fill in: a Vejledning sheet first (the reader ignores it), then
 * every sheet the readers read, with the headers {@link InputSchema} gives for the year, bold and frozen,
 * sensible widths, wrapped long texts, and Excel data validation where it catches a typo before the
 * program does — lists for Afsnit and Enhed, whole numbers for Nr and År, numbers for amounts.
 */
public final class TemplateWorkbook {

    /** How far down the validations reach: far beyond any year's rows, and still a small file. */
    static final int ROWS = 5000;

    /** Free text up to a whole cell: wide and wrapped, as the narrative is written in paragraphs. */
    private static final Set<String> LONG_TEXT = Set.of("tekst", "beskrivelse", "maalsaetning", "resultat",
            "maalgruppe", "samarbejdspartnere", "temabeskrivelse");
    /** Names (a politikområde, a line, a mål): wide enough for the longest of the reference data. */
    private static final Set<String> NAMES = Set.of("politikomraade", "linje", "udvalg", "maal", "indikator", "navn",
            "email", "gruppe", "ramme", "tema", "indsats");
    /** The cells the reader takes as numbers; Målværdi is not among them, as it may be text ("samme niveau"). */
    private static final Set<String> NUMBERS = Set.of("regnskab_forrige", "budget", "korr_budget", "regnskab",
            "afvigelse", "taeller", "naevner", "vaerdi");
    /**
     * The ledger's codes, kept as typed: in a General cell Excel makes 4.0 the number 4 (an art becomes an
     * artsgruppe), 5.60 the number 5.6 and Sted 0100 the number 100, and in a Danish Excel 5.68 can even become
     * a date. Text-formatted, the column keeps what the finance officer wrote.
     */
    private static final Set<String> CODES = Set.of("funktion", "art", "sted");
    /** The reader refuses an amount of a thousand billion or more; the sheet says so while typing. */
    private static final String MAX_NUMBER = "999999999999999";
    /** The Vejledning sheet's one column, in characters: a comfortable line to read. */
    private static final int VEJLEDNING_WIDTH = 100;

    private TemplateWorkbook() {
    }

    /**
     * Writes the template for {@code year} to {@code target} (its folder created if need be), replacing
     * any file there: written to a hidden name beside it and moved into place, so the target is always
     * either the old file or the whole new one.
     */
    public static void write(int year, Path target) throws IOException {
        write(target, wb -> build(wb, year));
    }

    /** Writes the workbook {@code fill} builds to {@code target} as {@link #write(int, Path)} does: whole or not at all. */
    static void write(Path target, Consumer<XSSFWorkbook> fill) throws IOException {
        Path absolute = target.toAbsolutePath();
        Path dir = absolute.getParent();
        Files.createDirectories(dir);
        // not Files.createTempFile: its owner-only permissions would follow the file into place
        Path tmp = dir.resolve("." + absolute.getFileName() + "." + UUID.randomUUID() + ".tmp");
        try {
            try (XSSFWorkbook wb = new XSSFWorkbook();
                 OutputStream os = Files.newOutputStream(tmp, StandardOpenOption.CREATE_NEW)) {
                fill.accept(wb);
                wb.write(os);
            }
            try {
                Files.move(tmp, absolute, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(tmp, absolute, StandardCopyOption.REPLACE_EXISTING);
            }
        } finally {
            Files.deleteIfExists(tmp);
        }
    }

    static void build(XSSFWorkbook wb, int year) {
        TemplateStyles styles = new TemplateStyles(wb);
        vejledning(wb, year, styles);
        for (SheetKind kind : InputSchema.tableSheets()) {
            Sheet sheet = wb.createSheet(kind.displayName());
            List<ColumnHeader> columns = InputSchema.columns(kind, year);
            Row header = sheet.createRow(0);
            for (int i = 0; i < columns.size(); i++) {
                ColumnHeader c = columns.get(i);
                header.createCell(i).setCellValue(c.header());
                header.getCell(i).setCellStyle(styles.header);
                boolean longText = LONG_TEXT.contains(c.field()) || kind == SheetKind.RAPPORT && c.field().equals("vaerdi");
                int width = longText ? 60 : NAMES.contains(c.field()) ? 36 : Math.max(12, c.header().length() + 4);
                sheet.setColumnWidth(i, 256 * width);
                if (longText) {
                    sheet.setDefaultColumnStyle(i, styles.wrap);
                } else if ((kind == SheetKind.KONTI || kind == SheetKind.KONTOPLAN) && CODES.contains(c.field())) {
                    sheet.setDefaultColumnStyle(i, styles.text);
                }
                validation(sheet, kind, c.field(), i, year);
            }
            sheet.createFreezePane(0, 1);
            if (kind == SheetKind.RAPPORT) {
                List<InputSchema.RapportFelt> felter = InputSchema.rapportFelter(year);
                for (int r = 0; r < felter.size(); r++) {
                    Row row = sheet.createRow(r + 1);
                    row.createCell(0).setCellValue(felter.get(r).felt());
                    if (!felter.get(r).value().isEmpty()) {
                        row.createCell(1).setCellValue(felter.get(r).value());
                    }
                }
            }
        }
    }

    private static void validation(Sheet sheet, SheetKind kind, String field, int column, int year) {
        DataValidationHelper helper = sheet.getDataValidationHelper();
        DataValidationConstraint constraint;
        int errorStyle = DataValidation.ErrorStyle.STOP;
        String message;
        if (kind == SheetKind.TEKSTER && field.equals("afsnit")) {
            constraint = helper.createExplicitListConstraint(InputSchema.afsnit().toArray(String[]::new));
            message = "Afsnit er et af: " + String.join(", ", InputSchema.afsnit()) + ".";
        } else if (kind == SheetKind.MAALINGER && field.equals("enhed")) {
            constraint = helper.createExplicitListConstraint(InputSchema.enheder().toArray(String[]::new));
            // input-format.md allows any unit: the list suggests, the "information" style lets other text in
            errorStyle = DataValidation.ErrorStyle.INFO;
            message = "Enheden er normalt " + String.join(", ", InputSchema.enheder())
                    + "; anden tekst er også tilladt (vælg OK).";
        } else if (kind == SheetKind.MAALOPFOELGNING && field.equals("status")) {
            constraint = helper.createExplicitListConstraint(MaalStatus.KNOWN.toArray(String[]::new));
            // input-format.md allows free text too: suggested, not enforced
            errorStyle = DataValidation.ErrorStyle.INFO;
            message = "Status er normalt " + String.join(", ", MaalStatus.KNOWN) + "; anden tekst er også tilladt "
                    + "(vælg OK), og tom betyder ikke angivet.";
        } else if (kind == SheetKind.POLITIKOMRAADER && field.equals("nr")) {
            constraint = helper.createIntegerConstraint(OperatorType.GREATER_THAN, "0", null);
            message = "Nr er et positivt helt tal; det bestemmer rækkefølgen i rapporten.";
        } else if ((kind == SheetKind.KONTI || kind == SheetKind.KONTOPLAN) && field.equals("dranst")) {
            constraint = helper.createIntegerConstraint(OperatorType.BETWEEN, "1", "9");
            message = "Dranst er et helt tal fra 1 til 9 (1 drift, 2 statsrefusion, 3 anlæg …)"
                    + (kind == SheetKind.KONTOPLAN ? "; tom betyder alle." : ".");
        } else if (kind == SheetKind.KONTOPLAN && field.equals("politikomraade")) {
            // the names typed in Politikområder, offered as a list; a warning only, so that the plan may be
            // written before the politikområder are (the reader's K2 names a politikområde that is missing)
            constraint = helper.createFormulaListConstraint(politikomraadeNames(year));
            errorStyle = DataValidation.ErrorStyle.WARNING;
            message = "Politikområde skal stå i arket Politikområder.";
        } else if (kind == SheetKind.MAALINGER && field.equals("aar")) {
            constraint = helper.createIntegerConstraint(OperatorType.BETWEEN, "1900", "2999");
            message = "År er et årstal, fx 2016.";
        } else if (NUMBERS.contains(field) && kind != SheetKind.RAPPORT) {
            constraint = helper.createDecimalConstraint(OperatorType.BETWEEN, "-" + MAX_NUMBER, MAX_NUMBER);
            message = "Skriv et tal, fx 10632 eller -1667 eller 101,8.";
        } else {
            return;
        }
        DataValidation v = helper.createValidation(constraint, new CellRangeAddressList(1, ROWS, column, column));
        v.setErrorStyle(errorStyle);
        v.setEmptyCellAllowed(true);
        v.setShowErrorBox(true);
        v.createErrorBox(errorStyle == DataValidation.ErrorStyle.STOP ? "Ugyldig værdi" : "Bemærk", message);
        sheet.addValidationData(v);
    }

    /** The Politikområde column of the Politikområder sheet, its data rows, as an absolute reference. */
    private static String politikomraadeNames(int year) {
        List<ColumnHeader> columns = InputSchema.columns(SheetKind.POLITIKOMRAADER, year);
        int i = columns.stream().map(ColumnHeader::field).toList().indexOf("politikomraade");
        String column = org.apache.poi.ss.util.CellReference.convertNumToColString(i);
        return "'" + SheetKind.POLITIKOMRAADER.displayName() + "'!$" + column + "$2:$" + column + "$" + (ROWS + 1);
    }

    private static void vejledning(XSSFWorkbook wb, int year, TemplateStyles styles) {
        Sheet s = wb.createSheet(SheetKind.VEJLEDNING.displayName());
        s.setColumnWidth(0, 256 * VEJLEDNING_WIDTH);
        s.setDefaultColumnStyle(0, styles.wrap);
        List<String[]> lines = new ArrayList<>();
        lines.add(h("Årsberetning " + year + " – sådan udfyldes regnearket"));
        lines.add(p("Dette ark (Vejledning) læses ikke af programmet; det må gerne blive stående. Udfyld de andre ark "
                + "med én række pr. post under overskrifterne i første række. Overskrifterne må ikke ændres, men en "
                + "kolonne markeret \"kan udelades\" må slettes. Tomme rækker springes over; et ark uden data giver kun "
                + "en advarsel. Arkene kan også afleveres som CSV-filer med arkets navn (fx regnskab.csv)."));
        lines.add(p(""));
        lines.add(h("Arkene"));
        for (SheetKind kind : InputSchema.tableSheets()) {
            lines.add(p(kind.displayName() + ": " + purpose(kind, year)));
            lines.add(p("    Kolonner: " + columnList(kind, year)));
        }
        lines.add(p(""));
        lines.add(h("Tal"));
        lines.add(p("Beløb skrives i rapportens beløbsenhed (normalt 1.000 kr.) som tal, eller som tekst med dansk "
                + "talnotation: punktum som tusindtalsskilletegn og komma som decimaltegn, fx 10.632, -1.667, −609, "
                + "101,8 eller 12,5 %. Formler må bruges; programmet læser deres beregnede værdi."));
        lines.add(p("Alle summer, afvigelser og procenter kontrolleres. Småforskelle fra afrunding accepteres; "
                + "egentlige fejl vises i validering.html med arket og cellen, der skal rettes, og et politikområde "
                + "med en fejl udgives ikke."));
        lines.add(p(""));
        lines.add(h("Tekster: let opmærkning"));
        lines.add(p("En tom linje (Alt+Enter to gange i Excel) starter et nyt afsnit; et enkelt linjeskift bevares."));
        lines.add(p("En linje, der starter med \"## \", er en underoverskrift."));
        lines.add(p("En linje, der starter med \"• \", \"- \" eller \"* \", er et punkt i en punktopstilling; med to "
                + "mellemrum foran er det et underpunkt."));
        lines.add(p("**fed** skrives mellem to stjerner på hver side, *kursiv* mellem én."));
        lines.add(p("Flere rækker for samme politikområde og afsnit sættes sammen i rækkefølge som hvert sit afsnit "
                + "(en celle kan højst rumme 32.767 tegn). Samme opmærkning kan bruges i Effektmål."));
        lines.add(p(""));
        lines.add(h("Tekster: tal fra tabellen"));
        LinkedFiguresGuide.paragraphs(year).forEach(t -> lines.add(p(t)));
        for (int i = 0; i < lines.size(); i++) {
            String[] line = lines.get(i);
            Row row = s.createRow(i);
            var cell = row.createCell(0);
            cell.setCellValue(line[1]);
            cell.setCellStyle(line[0].equals("h") ? styles.header : styles.wrap);
            // neither Excel nor LibreOffice fits a row to its wrapped text on opening: give it the lines it needs
            int height = Math.max(1, (line[1].length() + VEJLEDNING_WIDTH - 1) / VEJLEDNING_WIDTH);
            row.setHeightInPoints(height * s.getDefaultRowHeightInPoints());
        }
    }

    private static String purpose(SheetKind kind, int year) {
        return switch (kind) {
            case RAPPORT -> "rapportens indstillinger, én pr. række: Kommune, Titel, Beløbsenhed (normalt 1.000 kr.) "
                    + "og Prisniveau (fx " + year + " P/L). Med Konti også, hvis det ønskes: Kontobeløbsenhed (kr. eller "
                    + "1.000 kr.; normalt kr.), Kontrolsum Regnskab " + year + " og Kontrolsum Korr. budget " + year
                    + " (økonomisystemets egne totaler, som alle konti skal summe til) og Kontospecifikation (ja giver "
                    + "hvert politikområde et bilag med kontiene bag hver linje).";
            case POLITIKOMRAADER -> "ét politikområde pr. række (skal udfyldes). Nr er et positivt helt tal, der "
                    + "bestemmer rækkefølgen i rapporten; Udvalg samler politikområderne i pakker.";
            case REGNSKAB -> "tabellen under Regnskabsresultat: én række pr. linje, i den rækkefølge linjerne skal stå. "
                    + "Politikområde skal stå i arket Politikområder. En linje \"I alt\" kontrolleres og trykkes; "
                    + "mangler den, beregnes totalen. Afvigelse (Regnskab " + year + " − Korr. budget " + year
                    + ") beregnes, hvis kolonnen er tom eller udeladt.";
            case TEKSTER -> "brødteksten pr. politikområde og afsnit (" + String.join(", ", InputSchema.afsnit())
                    + "). Et politikområde uden fokusområder og effektmål har i stedet en tekst under Om politikområdet.";
            case EFFEKTMAAL -> "ét effektmål pr. række, i den rækkefølge de skal stå: Målsætning er målet for " + year
                    + ", Resultat udfaldet. Gruppe er en valgfri overskrift over de følgende mål.";
            case MAALINGER -> "målte tal bag et effektmål (Mål skal stå i arket Effektmål for samme politikområde): "
                    + "én række pr. år og evt. periode. Enhed er normalt " + String.join(", ", InputSchema.enheder())
                    + ", men anden tekst er tilladt. Med Tæller og Nævner og enheden % kontrolleres Værdi. "
                    + "Målværdi må være tekst.";
            case MODTAGERE -> "hvem der får hvilken pakke: et udvalg, ét politikområde eller (begge tomme) hele "
                    + "rapporten.";
            case MAALOPFOELGNING -> "opfølgning på tværgående mål (fx en sammenhængsmodel): én række pr. indsats. "
                    + "Ramme er målrammen, som får sin egen rapport; Tema samler dens mål. Et mål har samme Nr på alle "
                    + "sine rækker (rækkefølgen følger tallene: 1.2 før 1.10), eller uden Nr: de følgende rækker med "
                    + "tom Målsætning. Målsætning og Målgruppe skrives på målets første række. Status er "
                    + String.join(", ", MaalStatus.KNOWN) + " eller tom. Politikområde knytter målet til et "
                    + "politikområde; Temabeskrivelse er teksten under temaets navn.";
            case KONTI -> "regnskabet som økonomisystemet eksporterer det, én række pr. konto (kan udelades, hvis "
                    + "Regnskab udfyldes): Funktion som 5.57.72, evt. Dranst, Art, Sted og Kontonavn, beløb i kr. "
                    + "(eller Kontobeløbsenhed i Rapport). Negative beløb også som 1.234- eller (1.234).";
            case KONTOPLAN -> "hvilken linje i hvilket politikområde hver konto hører til: Funktion er en funktion "
                    + "(5.57.72), en hovedfunktion (5.68) eller en hovedkonto (5); Dranst, Art (4.0 eller artsgruppe 4) "
                    + "og Sted indsnævrer, tom betyder alle. Den mest specifikke række vinder. Funktion, Art og Sted er "
                    + "formateret som tekst i Konti og Kontoplan, så 5.68, 4.0 og 0100 bliver stående, som de er skrevet.";
            default -> "";
        };
    }

    private static String columnList(SheetKind kind, int year) {
        List<String> names = new ArrayList<>();
        for (ColumnHeader c : InputSchema.columns(kind, year)) {
            names.add(c.required() ? c.header() : c.header() + " (kan udelades)");
        }
        return String.join(", ", names) + ".";
    }

    private static String[] h(String text) {
        return new String[] {"h", text};
    }

    private static String[] p(String text) {
        return new String[] {"p", text};
    }
}
