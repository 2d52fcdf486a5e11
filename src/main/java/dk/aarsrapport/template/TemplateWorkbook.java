package dk.aarsrapport.template;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.Set;

import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.DataValidation;
import org.apache.poi.ss.usermodel.DataValidationConstraint;
import org.apache.poi.ss.usermodel.DataValidationHelper;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddressList;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

import dk.aarsrapport.ingest.InputSchema;
import dk.aarsrapport.ingest.SheetKind;

/**
 * The blank input workbook finance staff fill in: every sheet with the headers the readers expect
 * for the year (taken from the readers themselves), frozen bold headers, column widths, and Excel
 * data validation where it helps — lists for Afsnit and Enhed, whole numbers for Nr and År, numbers
 * for amounts — plus a Vejledning sheet, which the reader ignores.
 */
public final class TemplateWorkbook {

    private static final int ROWS = 5000;
    private static final Set<String> LONG_TEXT = Set.of("tekst", "beskrivelse", "maalsaetning", "resultat", "vaerdi_rapport");
    private static final Set<String> AMOUNTS = Set.of("regnskab_forrige", "budget", "korr_budget", "regnskab", "afvigelse",
            "taeller", "naevner", "vaerdi");
    private static final List<String> ENHEDER = List.of("%", "antal", "uger", "dage");

    private TemplateWorkbook() {
    }

    /** Writes the template for {@code year} to {@code target}, atomically: never a half-written file. */
    public static void write(int year, Path target) throws IOException {
        Path dir = target.toAbsolutePath().getParent();
        Files.createDirectories(dir);
        Path tmp = Files.createTempFile(dir, "." + target.getFileName(), ".tmp");
        try {
            try (XSSFWorkbook wb = new XSSFWorkbook(); OutputStream os = Files.newOutputStream(tmp)) {
                build(wb, year);
                wb.write(os);
            }
            try {
                Files.move(tmp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING);
            }
        } finally {
            Files.deleteIfExists(tmp);
        }
    }

    static void build(XSSFWorkbook wb, int year) {
        CellStyle bold = wb.createCellStyle();
        Font font = wb.createFont();
        font.setBold(true);
        bold.setFont(font);
        CellStyle wrap = wb.createCellStyle();
        wrap.setWrapText(true);
        vejledning(wb, year, bold);
        for (SheetKind kind : InputSchema.templateSheets()) {
            Sheet sheet = wb.createSheet(kind.displayName());
            List<InputSchema.ColumnHeader> columns = InputSchema.columns(kind, year);
            Row header = sheet.createRow(0);
            for (int i = 0; i < columns.size(); i++) {
                InputSchema.ColumnHeader c = columns.get(i);
                header.createCell(i).setCellValue(c.header());
                header.getCell(i).setCellStyle(bold);
                boolean longText = LONG_TEXT.contains(c.field()) || (kind == SheetKind.RAPPORT && c.field().equals("vaerdi"));
                sheet.setColumnWidth(i, 256 * (longText ? 60 : Math.max(14, c.header().length() + 4)));
                if (longText) {
                    sheet.setDefaultColumnStyle(i, wrap);
                }
                validation(sheet, kind, c.field(), i);
            }
            sheet.createFreezePane(0, 1);
            if (kind == SheetKind.RAPPORT) {
                String[][] felter = {{"Kommune", ""}, {"Titel", ""}, {"Beløbsenhed", "1.000 kr."},
                    {"Prisniveau", year + " P/L"}};
                for (int r = 0; r < felter.length; r++) {
                    Row row = sheet.createRow(r + 1);
                    row.createCell(0).setCellValue(felter[r][0]);
                    row.createCell(1).setCellValue(felter[r][1]);
                }
            }
        }
    }

    private static void validation(Sheet sheet, SheetKind kind, String field, int column) {
        DataValidationHelper helper = sheet.getDataValidationHelper();
        DataValidationConstraint constraint = null;
        int errorStyle = DataValidation.ErrorStyle.STOP;
        String message = null;
        if (kind == SheetKind.TEKSTER && field.equals("afsnit")) {
            constraint = helper.createExplicitListConstraint(InputSchema.afsnit().toArray(String[]::new));
            message = "Vælg et af afsnittene på listen.";
        } else if (kind == SheetKind.MAALINGER && field.equals("enhed")) {
            constraint = helper.createExplicitListConstraint(ENHEDER.toArray(String[]::new));
            errorStyle = DataValidation.ErrorStyle.INFO; // free text is allowed too
            message = "Brug helst %, antal, uger eller dage; anden tekst er også tilladt.";
        } else if (kind == SheetKind.POLITIKOMRAADER && field.equals("nr")) {
            constraint = helper.createIntegerConstraint(DataValidationConstraint.OperatorType.GREATER_THAN, "0", null);
            message = "Nr er et positivt helt tal.";
        } else if (kind == SheetKind.MAALINGER && field.equals("aar")) {
            constraint = helper.createIntegerConstraint(DataValidationConstraint.OperatorType.BETWEEN, "1900", "2999");
            message = "År er et årstal.";
        } else if (AMOUNTS.contains(field) && kind != SheetKind.RAPPORT) {
            constraint = helper.createDecimalConstraint(DataValidationConstraint.OperatorType.BETWEEN,
                    "-999999999999", "999999999999");
            message = "Skriv et tal (fx 10632 eller -1667,5).";
        }
        if (constraint == null) {
            return;
        }
        DataValidation v = helper.createValidation(constraint, new CellRangeAddressList(1, ROWS, column, column));
        v.setErrorStyle(errorStyle);
        v.setShowErrorBox(true);
        v.createErrorBox("Ugyldig værdi", message);
        sheet.addValidationData(v);
    }

    private static void vejledning(XSSFWorkbook wb, int year, CellStyle bold) {
        Sheet s = wb.createSheet("Vejledning");
        String[] lines = {
            "Årsberetning " + year + " – vejledning til regnearket",
            "",
            "Dette ark læses ikke af programmet. Udfyld de andre ark; overskrifterne i første række må ikke ændres.",
            "Rapport: kommunens navn, rapportens titel, beløbsenhed (normalt 1.000 kr.) og prisniveau.",
            "Politikområder: Nr (rækkefølgen i rapporten), navn og udvalg. Arket er påkrævet.",
            "Regnskab: én række pr. linje med Regnskab " + (year - 1) + ", Budget " + year + ", Korr. budget " + year
                    + ", Regnskab " + year + " og evt. Afvigelse. En linje \"I alt\" kontrolleres; mangler den, beregnes den.",
            "Tekster: brødtekst pr. politikområde og afsnit. Tom linje = nyt afsnit; \"## \" = underoverskrift; "
                    + "\"• \" eller \"- \" = punkt (to mellemrum foran = underpunkt); **fed**, *kursiv*.",
            "Effektmål: mål, beskrivelse, målsætning for " + year + " og resultat.",
            "Målinger: målte tal bag effektmålene: år, evt. periode og serie, værdi, målværdi og enhed.",
            "Modtagere: hvem der får en pakke: et udvalg, ét politikområde eller (begge tomme) hele rapporten.",
            "",
            "Tal skrives som på dansk: 10.632 eller -1.667 eller 101,8. Beløb i rapportens beløbsenhed.",
            "Alle summer og procenter kontrolleres; fejl vises i validering.html med arket og cellen, der skal rettes.",
        };
        for (int i = 0; i < lines.length; i++) {
            s.createRow(i).createCell(0).setCellValue(lines[i]);
        }
        s.getRow(0).getCell(0).setCellStyle(bold);
        s.setColumnWidth(0, 256 * 120);
    }
}
