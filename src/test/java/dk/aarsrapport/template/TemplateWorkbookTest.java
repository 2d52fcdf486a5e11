package dk.aarsrapport.template;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.DataValidation;
import org.apache.poi.ss.usermodel.DataValidationConstraint.OperatorType;
import org.apache.poi.ss.usermodel.DataValidationConstraint.ValidationType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeAll;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import dk.aarsrapport.ingest.InputSchema;
import dk.aarsrapport.base.SheetKind;
import dk.aarsrapport.support.CliRun;

/** The blank template as finance staff open it: sheets, headers for the year, frozen rows, validation. */
class TemplateWorkbookTest {

    @TempDir
    Path tmp;

    @TempDir
    static Path shared;

    static Path file2031;
    static CliRun run2031;

    @BeforeAll
    static void template2031() {
        file2031 = shared.resolve("skabeloner/2031/aarsregnskab.xlsx"); // the folder does not exist yet
        run2031 = CliRun.of(shared.resolve("data"), "template", "--year", "2031", "--output", file2031.toString());
    }

    static XSSFWorkbook open(Path file) throws IOException {
        try (InputStream in = Files.newInputStream(file)) {
            return new XSSFWorkbook(in);
        }
    }

    @Test
    void oneLineNamingTheFile() {
        assertThat(run2031.exit).as(run2031.toString()).isZero();
        assertThat(run2031.err).isEmpty();
        assertThat(run2031.out.lines().toList()).hasSize(1);
        assertThat(run2031.out).contains(file2031.toString()).contains("2031");
    }

    @Test
    void vejledningFirstThenEverySheetTheReadersRead() throws IOException {
        try (XSSFWorkbook wb = open(file2031)) {
            List<String> names = new ArrayList<>();
            wb.forEach(s -> names.add(s.getSheetName()));
            assertThat(names).containsExactly("Vejledning", "Rapport", "Politikområder", "Regnskab", "Tekster",
                    "Effektmål", "Målinger", "Modtagere", "Målopfølgning", "Konti", "Kontoplan");
            String vejledning = text(wb.getSheet("Vejledning"));
            assertThat(vejledning).contains("læses ikke af programmet").contains("10.632").contains("101,8")
                    .contains("## ").contains("**fed**").contains("Regnskab 2030").contains("Budget 2031")
                    .contains("Kontobeløbsenhed").contains("Kontrolsum Regnskab 2031").contains("Kontrolsum Korr. budget 2031")
                    .contains("Kontospecifikation").contains("formateret som tekst");
            assertThat(vejledning).contains("{forbrugsprocent}").contains("{resultat}").contains("{resultat:udgift}")
                    .contains("{I alt.Afvigelse}").contains("{I alt.Afvigelse:mio} bliver fx 13,6 mio. kr.")
                    .contains("Regnskab Y-1 for Regnskab 2030").contains("{{");
        }
    }

    @Test
    void headersForTheYearBoldAndFrozenOnEverySheet() throws IOException {
        try (XSSFWorkbook wb = open(file2031)) {
            assertThat(headers(wb.getSheet("Regnskab"))).containsExactly("Politikområde", "Linje", "Regnskab 2030",
                    "Budget 2031", "Korr. budget 2031", "Regnskab 2031", "Afvigelse");
            assertThat(headers(wb.getSheet("Politikområder"))).containsExactly("Nr", "Politikområde", "Udvalg");
            assertThat(headers(wb.getSheet("Tekster"))).containsExactly("Politikområde", "Afsnit", "Tekst");
            assertThat(headers(wb.getSheet("Målinger"))).containsExactly("Politikområde", "Mål", "Indikator", "Serie",
                    "År", "Periode", "Tæller", "Nævner", "Værdi", "Målværdi", "Enhed");
            for (SheetKind kind : InputSchema.tableSheets()) {
                Sheet sheet = wb.getSheet(kind.displayName());
                assertThat(headers(sheet)).as(kind.displayName())
                        .isEqualTo(InputSchema.columns(kind, 2031).stream().map(InputSchema.ColumnHeader::header).toList());
                assertThat(sheet.getPaneInformation()).as(kind.displayName()).isNotNull();
                assertThat(sheet.getPaneInformation().isFreezePane()).as(kind.displayName()).isTrue();
                assertThat(sheet.getPaneInformation().getHorizontalSplitPosition()).as(kind.displayName()).isEqualTo((short) 1);
                for (Cell c : sheet.getRow(0)) {
                    assertThat(wb.getFontAt(c.getCellStyle().getFontIndex()).getBold()).as(c.getStringCellValue()).isTrue();
                    assertThat(sheet.getColumnWidth(c.getColumnIndex())).as(c.getStringCellValue())
                            .isGreaterThanOrEqualTo(256 * (c.getStringCellValue().length() + 2));
                }
            }
            Sheet tekster = wb.getSheet("Tekster");
            assertThat(tekster.getColumnStyle(2).getWrapText()).as("Tekst wraps").isTrue();
            assertThat(tekster.getColumnWidth(2)).isGreaterThan(tekster.getColumnWidth(1));
        }
    }

    @Test
    void rapportPrefilledWithItsFourFields() throws IOException {
        try (XSSFWorkbook wb = open(file2031)) {
            Sheet rapport = wb.getSheet("Rapport");
            assertThat(headers(rapport)).containsExactly("Felt", "Værdi");
            List<String> felter = new ArrayList<>();
            for (int r = 1; r <= rapport.getLastRowNum(); r++) {
                Cell value = rapport.getRow(r).getCell(1);
                felter.add(rapport.getRow(r).getCell(0).getStringCellValue() + "=" + (value == null ? "" : value.getStringCellValue()));
            }
            assertThat(felter).containsExactly("Kommune=", "Titel=", "Beløbsenhed=1.000 kr.", "Prisniveau=2031 P/L");
        }
    }

    @Test
    void dataValidationWhereATypoCanBeCaughtWhileTyping() throws IOException {
        try (XSSFWorkbook wb = open(file2031)) {
            DataValidation afsnit = validation(wb, "Tekster", "Afsnit").orElseThrow();
            assertThat(afsnit.getValidationConstraint().getValidationType()).isEqualTo(ValidationType.LIST);
            assertThat(afsnit.getValidationConstraint().getExplicitListValues())
                    .containsExactly("Regnskabsresultat", "Fokusområder", "Effektmål", "Om politikområdet");
            assertThat(afsnit.getErrorStyle()).isEqualTo(DataValidation.ErrorStyle.STOP);

            // Enhed suggests the usual units but lets free text in, as input-format.md allows
            DataValidation enhed = validation(wb, "Målinger", "Enhed").orElseThrow();
            assertThat(enhed.getValidationConstraint().getValidationType()).isEqualTo(ValidationType.LIST);
            assertThat(enhed.getValidationConstraint().getExplicitListValues()).containsExactly("%", "antal", "uger", "dage");
            assertThat(enhed.getErrorStyle()).isIn(DataValidation.ErrorStyle.INFO, DataValidation.ErrorStyle.WARNING);

            DataValidation nr = validation(wb, "Politikområder", "Nr").orElseThrow();
            assertThat(nr.getValidationConstraint().getValidationType()).isEqualTo(ValidationType.INTEGER);
            assertThat(nr.getValidationConstraint().getOperator()).isEqualTo(OperatorType.GREATER_THAN);
            assertThat(nr.getValidationConstraint().getFormula1()).isEqualTo("0");
            assertThat(validation(wb, "Målinger", "År").orElseThrow().getValidationConstraint().getValidationType())
                    .isEqualTo(ValidationType.INTEGER);

            for (String amount : List.of("Regnskab 2030", "Budget 2031", "Korr. budget 2031", "Regnskab 2031", "Afvigelse")) {
                assertThat(validation(wb, "Regnskab", amount).orElseThrow().getValidationConstraint().getValidationType())
                        .as(amount).isEqualTo(ValidationType.DECIMAL);
            }
            // the ledger: Dranst 1-9 in both sheets, amounts as numbers in Konti
            for (String sheet : List.of("Konti", "Kontoplan")) {
                DataValidation dranst = validation(wb, sheet, "Dranst").orElseThrow();
                assertThat(dranst.getValidationConstraint().getValidationType()).as(sheet).isEqualTo(ValidationType.INTEGER);
                assertThat(dranst.getValidationConstraint().getFormula1()).isEqualTo("1");
                assertThat(dranst.getValidationConstraint().getFormula2()).isEqualTo("9");
            }
            for (String amount : List.of("Regnskab 2030", "Budget 2031", "Korr. budget 2031", "Regnskab 2031")) {
                assertThat(validation(wb, "Konti", amount).orElseThrow().getValidationConstraint().getValidationType())
                        .as(amount).isEqualTo(ValidationType.DECIMAL);
            }
            for (String sheet : List.of("Konti", "Kontoplan")) {
                for (String code : List.of("Funktion", "Art", "Sted")) {
                    assertThat(columnFormat(wb, sheet, code)).as("%s in %s keeps what is typed", code, sheet).isEqualTo("@");
                }
                assertThat(columnFormat(wb, sheet, "Dranst")).as("Dranst is a number").isNotEqualTo("@");
            }
            DataValidation area = validation(wb, "Kontoplan", "Politikområde").orElseThrow();
            assertThat(area.getValidationConstraint().getValidationType()).isEqualTo(ValidationType.LIST);
            assertThat(area.getValidationConstraint().getFormula1()).isEqualTo("'Politikområder'!$B$2:$B$5001");
            assertThat(area.getErrorStyle()).isEqualTo(DataValidation.ErrorStyle.WARNING);
            for (String number : List.of("Tæller", "Nævner", "Værdi")) {
                assertThat(validation(wb, "Målinger", number).orElseThrow().getValidationConstraint().getValidationType())
                        .as(number).isEqualTo(ValidationType.DECIMAL);
            }
            // Målværdi may be text ("samme niveau som i 2011"), names and texts are free
            assertThat(validation(wb, "Målinger", "Målværdi")).isEmpty();
            assertThat(validation(wb, "Regnskab", "Linje")).isEmpty();
            assertThat(validation(wb, "Rapport", "Værdi")).isEmpty();

            // Målopfølgning: Status suggests the four words; Nr is a goal's number as shown ("1.10"), not an integer
            DataValidation status = validation(wb, "Målopfølgning", "Status").orElseThrow();
            assertThat(status.getValidationConstraint().getExplicitListValues())
                    .containsExactly("ikke startet", "i gang", "opnået", "ikke opnået");
            assertThat(status.getErrorStyle()).isEqualTo(DataValidation.ErrorStyle.INFO);
            assertThat(validation(wb, "Målopfølgning", "Nr")).isEmpty();
        }
    }

    /**
     * LibreOffice opens the template and keeps what a finance officer relies on while typing: the ledger's
     * sheets with their headers, Dranst as a whole number 1–9, Konti's amounts as numbers, and the codes
     * formatted as text. Read back with POI from LibreOffice's own xlsx, so it is LibreOffice's reading.
     */
    @Test
    void libreOfficeOpensItWithTheLedgersValidation() throws Exception {
        Path soffice = Path.of("/usr/bin/soffice");
        assumeTrue(Files.isExecutable(soffice), "LibreOffice (soffice) is not installed: apt-get install "
                + "libreoffice-calc-nogui to run this check");
        Path outDir = Files.createDirectories(tmp.resolve("lo"));
        Process p = new ProcessBuilder(soffice.toString(), "-env:UserInstallation=file://" + tmp.resolve("profile"),
                "--headless", "--convert-to", "xlsx:Calc MS Excel 2007 XML", "--outdir", outDir.toString(),
                file2031.toString()).redirectErrorStream(true).start();
        String output = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(p.waitFor(180, TimeUnit.SECONDS)).as(output).isTrue();
        Path converted = outDir.resolve("aarsregnskab.xlsx");
        assertThat(converted).as(output).isRegularFile();
        try (XSSFWorkbook wb = open(converted)) {
            assertThat(headers(wb.getSheet("Konti"))).containsExactly("Funktion", "Dranst", "Art", "Sted", "Kontonavn",
                    "Regnskab 2030", "Budget 2031", "Korr. budget 2031", "Regnskab 2031");
            assertThat(headers(wb.getSheet("Kontoplan"))).containsExactly("Funktion", "Dranst", "Art", "Sted",
                    "Politikområde", "Linje");
            for (String sheet : List.of("Konti", "Kontoplan")) {
                DataValidation dranst = validation(wb, sheet, "Dranst").orElseThrow();
                assertThat(dranst.getValidationConstraint().getValidationType()).as(sheet).isEqualTo(ValidationType.INTEGER);
                assertThat(dranst.getValidationConstraint().getOperator()).isEqualTo(OperatorType.BETWEEN);
                assertThat(dranst.getValidationConstraint().getFormula1()).isEqualTo("1");
                assertThat(dranst.getValidationConstraint().getFormula2()).isEqualTo("9");
                assertThat(dranst.getErrorBoxText()).contains("1 til 9");
                for (String code : List.of("Funktion", "Art", "Sted")) {
                    assertThat(columnFormat(wb, sheet, code)).as("%s in %s", code, sheet).isEqualTo("@");
                }
            }
            for (String amount : List.of("Regnskab 2030", "Budget 2031", "Korr. budget 2031", "Regnskab 2031")) {
                assertThat(validation(wb, "Konti", amount).orElseThrow().getValidationConstraint().getValidationType())
                        .as(amount).isEqualTo(ValidationType.DECIMAL);
            }
            assertThat(validation(wb, "Kontoplan", "Politikområde").orElseThrow().getValidationConstraint()
                    .getFormula1()).contains("Politikområder").contains("$B$2:$B$5001");
            assertThat(validation(wb, "Tekster", "Afsnit").orElseThrow().getValidationConstraint()
                    .getExplicitListValues()).contains("Regnskabsresultat");
        }
    }

    @Test
    void usageErrorsAreExitTwoWithADanishLine() throws IOException {
        Path data = tmp.resolve("data");
        CliRun tyve = CliRun.of(data, "template", "--year", "tyve", "--output", tmp.resolve("t.xlsx").toString());
        assertThat(tyve.exit).as(tyve.toString()).isEqualTo(2);
        assertThat(tyve.err).contains("tyve");
        assertThat(CliRun.of(data, "template", "--year", "2031").exit).isEqualTo(2);
        assertThat(CliRun.of(data, "template", "--output", tmp.resolve("t.xlsx").toString()).exit).isEqualTo(2);
        assertThat(CliRun.of(data, "template", "--year", "31", "--output", tmp.resolve("t.xlsx").toString()).exit)
                .isEqualTo(2);
        CliRun csv = CliRun.of(data, "template", "--year", "2031", "--output", tmp.resolve("t.csv").toString());
        assertThat(csv.exit).isEqualTo(2);
        assertThat(csv.err).contains(".xlsx");
        Path folder = Files.createDirectories(tmp.resolve("mappe.xlsx"));
        assertThat(CliRun.of(data, "template", "--year", "2031", "--output", folder.toString()).exit).isEqualTo(2);
        Path aFile = Files.writeString(tmp.resolve("fil"), "x");
        CliRun underAFile = CliRun.of(data, "template", "--year", "2031", "--output", aFile.resolve("t.xlsx").toString());
        assertThat(underAFile.exit).as(underAFile.toString()).isEqualTo(2);
        assertThat(underAFile.err.lines().toList()).hasSize(1);
        assertThat(tmp.resolve("t.xlsx")).doesNotExist();
    }

    @Test
    void anExistingFileIsReplacedWholeAndNothingIsLeftBeside() throws IOException {
        Path target = tmp.resolve("aarsregnskab.xlsx");
        Files.writeString(target, "det gamle");
        CliRun r = CliRun.of(tmp.resolve("data"), "template", "--year", "2016", "--output", target.toString());
        assertThat(r.exit).as(r.toString()).isZero();
        try (XSSFWorkbook wb = open(target)) {
            assertThat(headers(wb.getSheet("Regnskab"))).contains("Regnskab 2015", "Regnskab 2016");
        }
        try (Stream<Path> files = Files.list(tmp)) {
            assertThat(files.map(p -> p.getFileName().toString())).containsExactly("aarsregnskab.xlsx");
        }
    }

    /**
     * The program reads its own template without a word about its headers: a blank one gives only the
     * warnings for sheets without data, and (as Politikområder is required) the error that it is empty.
     */
    @Test
    void theReaderAcceptsTheBlankTemplate() throws IOException {
        Path in = tmp.resolve("input/2031");
        Path workbook = in.resolve("aarsregnskab.xlsx");
        assertThat(CliRun.of(tmp.resolve("data"), "template", "--year", "2031", "--output", workbook.toString()).exit)
                .isZero();
        Path out = tmp.resolve("output/2031");
        CliRun blank = CliRun.of(tmp.resolve("data"), "validate", "--input", in.toString(), "--output", out.toString());
        assertThat(blank.exit).as(blank.toString()).isEqualTo(1);
        List<String> findings = findings(out);
        assertThat(findings).filteredOn(l -> l.startsWith("FEJL")).singleElement().asString()
                .contains("Politikområder");
        assertThat(findings).filteredOn(l -> l.startsWith("ADVARSEL"))
                .allSatisfy(l -> assertThat(l).startsWith("ADVARSEL;S1;").contains("har overskrifter, men ingen rækker"))
                .extracting(l -> l.split(";")[4])
                .containsExactlyInAnyOrder("Politikområder", "Regnskab", "Tekster", "Effektmål", "Målinger", "Modtagere",
                        "Målopfølgning", "Konti", "Kontoplan");

        // with one politikområde filled in, only warnings remain: exit 0
        try (XSSFWorkbook wb = open(workbook)) {
            Row row = wb.getSheet("Politikområder").createRow(1);
            row.createCell(0).setCellValue(10);
            row.createCell(1).setCellValue("Arbejdsmarked");
            row.createCell(2).setCellValue("Beskæftigelsesudvalget");
            try (OutputStream os = Files.newOutputStream(workbook)) {
                wb.write(os);
            }
        }
        CliRun one = CliRun.of(tmp.resolve("data"), "validate", "--input", in.toString(), "--output", out.toString());
        assertThat(one.exit).as(one.toString()).isZero();
        assertThat(findings(out)).isNotEmpty().allSatisfy(l -> assertThat(l).startsWith("ADVARSEL;"))
                .noneSatisfy(l -> assertThat(l).contains("kendes ikke"))
                .noneSatisfy(l -> assertThat(l).contains("mangler den påkrævede kolonne"));
    }

    static List<String> findings(Path out) throws IOException {
        List<String> lines = Files.readAllLines(out.resolve("validering.csv"), StandardCharsets.UTF_8);
        assertThat(lines.get(0)).endsWith("Alvorlighed;Regel;Politikområde;Fil;Ark;Celle;Fundet;Forventet;Besked");
        return lines.subList(1, lines.size());
    }

    static List<String> headers(Sheet sheet) {
        List<String> headers = new ArrayList<>();
        sheet.getRow(0).forEach(c -> headers.add(c.getStringCellValue()));
        return headers;
    }

    private static String text(Sheet sheet) {
        StringBuilder sb = new StringBuilder();
        sheet.forEach(r -> r.forEach(c -> sb.append(c.getStringCellValue()).append('\n')));
        return sb.toString();
    }

    /** The number format a cell typed in the column headed {@code header} gets: the column's own style. */
    private static String columnFormat(XSSFWorkbook wb, String sheetName, String header) {
        XSSFSheet sheet = wb.getSheet(sheetName);
        int column = headers(sheet).indexOf(header);
        assertThat(column).as("%s in %s", header, sheetName).isNotNegative();
        org.apache.poi.ss.usermodel.CellStyle style = sheet.getColumnStyle(column);
        return style == null ? "General" : style.getDataFormatString();
    }

    /** The validation over the data rows of the column headed {@code header}, if any. */
    private static Optional<DataValidation> validation(XSSFWorkbook wb, String sheetName, String header) {
        XSSFSheet sheet = wb.getSheet(sheetName);
        int column = headers(sheet).indexOf(header);
        assertThat(column).as("%s in %s", header, sheetName).isNotNegative();
        List<DataValidation> found = new ArrayList<>();
        for (DataValidation v : sheet.getDataValidations()) {
            for (CellRangeAddress a : v.getRegions().getCellRangeAddresses()) {
                if (a.getFirstColumn() <= column && column <= a.getLastColumn()) {
                    assertThat(a.getFirstRow()).as("the header row is not validated").isEqualTo(1);
                    assertThat(a.getLastRow()).isGreaterThanOrEqualTo(1000);
                    found.add(v);
                }
            }
        }
        assertThat(found).as("%s in %s", header, sheetName).hasSizeLessThanOrEqualTo(1);
        return found.stream().findFirst();
    }
}
