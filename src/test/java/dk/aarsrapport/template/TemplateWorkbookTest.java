package dk.aarsrapport.template;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import org.apache.poi.ss.usermodel.DataValidation;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import dk.aarsrapport.ingest.DanishNumbers;
import dk.aarsrapport.ingest.SheetKind;
import dk.aarsrapport.ingest.Texts;
import dk.aarsrapport.support.CliRun;
import dk.aarsrapport.support.CsvFixture;
import dk.aarsrapport.support.Pdfs;

class TemplateWorkbookTest {

    static final Path FIXTURE = Path.of("src/test/resources/sample-2015-csv");

    @TempDir
    Path tmp;

    private XSSFWorkbook open(Path file) throws IOException {
        try (InputStream in = Files.newInputStream(file)) {
            return new XSSFWorkbook(in);
        }
    }

    @Nested
    class Layout {
        @Test
        void everySheetWithTheYearsHeadersFrozenAndValidated() throws IOException {
            Path file = tmp.resolve("t.xlsx");
            CliRun r = CliRun.of(tmp.resolve("data"), "template", "--year", "2031", "--output", file.toString());
            assertThat(r.exit).as(r.toString()).isZero();
            try (XSSFWorkbook wb = open(file)) {
                List<String> names = new ArrayList<>();
                wb.forEach(s -> names.add(s.getSheetName()));
                assertThat(names).containsExactly("Vejledning", "Rapport", "Politikområder", "Regnskab", "Tekster",
                        "Effektmål", "Målinger", "Modtagere");
                Sheet regnskab = wb.getSheet("Regnskab");
                List<String> headers = new ArrayList<>();
                regnskab.getRow(0).forEach(c -> headers.add(c.getStringCellValue()));
                assertThat(headers).containsExactly("Politikområde", "Linje", "Regnskab 2030", "Budget 2031",
                        "Korr. budget 2031", "Regnskab 2031", "Afvigelse");
                assertThat(regnskab.getPaneInformation().isFreezePane()).isTrue();
                assertThat(wb.getFontAt(regnskab.getRow(0).getCell(0).getCellStyle().getFontIndex()).getBold()).isTrue();
                assertThat(types((XSSFSheet) regnskab)).contains(DataValidationConstraintType.DECIMAL);
                assertThat(list((XSSFSheet) wb.getSheet("Tekster")))
                        .contains("Regnskabsresultat", "Fokusområder", "Effektmål", "Om politikområdet");
                assertThat(list((XSSFSheet) wb.getSheet("Målinger"))).contains("%", "antal", "uger", "dage");
                assertThat(types((XSSFSheet) wb.getSheet("Politikområder"))).contains(DataValidationConstraintType.INTEGER);
                assertThat(wb.getSheet("Rapport").getRow(4).getCell(1).getStringCellValue()).isEqualTo("2031 P/L");
            }
        }

        @Test
        void badYearOrFileName() {
            assertThat(CliRun.of(tmp.resolve("data"), "template", "--year", "tyve", "--output",
                    tmp.resolve("t.xlsx").toString()).exit).isEqualTo(2);
            assertThat(CliRun.of(tmp.resolve("data"), "template", "--year", "2031").exit).isEqualTo(2);
            CliRun csv = CliRun.of(tmp.resolve("data"), "template", "--year", "2031", "--output",
                    tmp.resolve("t.csv").toString());
            assertThat(csv.exit).isEqualTo(2);
            assertThat(csv.err).contains(".xlsx");
        }
    }

    enum DataValidationConstraintType { LIST, INTEGER, DECIMAL, OTHER }

    private static List<DataValidationConstraintType> types(XSSFSheet sheet) {
        List<DataValidationConstraintType> t = new ArrayList<>();
        for (DataValidation v : sheet.getDataValidations()) {
            int type = v.getValidationConstraint().getValidationType();
            t.add(switch (type) {
                case org.apache.poi.ss.usermodel.DataValidationConstraint.ValidationType.LIST -> DataValidationConstraintType.LIST;
                case org.apache.poi.ss.usermodel.DataValidationConstraint.ValidationType.INTEGER -> DataValidationConstraintType.INTEGER;
                case org.apache.poi.ss.usermodel.DataValidationConstraint.ValidationType.DECIMAL -> DataValidationConstraintType.DECIMAL;
                default -> DataValidationConstraintType.OTHER;
            });
        }
        return t;
    }

    private static List<String> list(XSSFSheet sheet) {
        List<String> values = new ArrayList<>();
        for (DataValidation v : sheet.getDataValidations()) {
            String[] explicit = v.getValidationConstraint().getExplicitListValues();
            if (explicit != null) {
                values.addAll(List.of(explicit));
            }
        }
        return values;
    }

    /** The round trip: template → filled through POI with the sample → validate → generate. */
    @Test
    void roundTripGivesTheSampleText() throws IOException {
        Path in = tmp.resolve("rt/input/2015");
        Path workbook = in.resolve("aarsregnskab.xlsx");
        assertThat(CliRun.of(tmp.resolve("rt/data"), "template", "--year", "2015", "--output", workbook.toString()).exit)
                .isZero();
        try (XSSFWorkbook wb = open(workbook)) {
            try (Stream<Path> files = Files.list(FIXTURE)) {
                for (Path csv : files.sorted().toList()) {
                    String stem = csv.getFileName().toString().replace(".csv", "");
                    fill(wb.getSheet(SheetKind.of(stem).orElseThrow().displayName()), CsvFixture.rows(csv));
                }
            }
            try (OutputStream os = Files.newOutputStream(workbook)) {
                wb.write(os);
            }
        }
        Path out = tmp.resolve("rt/output/2015");
        CliRun validate = CliRun.of(tmp.resolve("rt/data"), "validate", "--input", in.toString(), "--output", out.toString());
        assertThat(validate.exit).as(validate.toString()).isZero();
        assertThat(Files.readAllLines(out.resolve("validering.csv"), StandardCharsets.UTF_8)).hasSize(1);
        CliRun generate = CliRun.of(tmp.resolve("rt/data"), "generate", "--input", in.toString(), "--output", out.toString());
        assertThat(generate.exit).as(generate.toString()).isZero();

        Path refIn = tmp.resolve("ref/input/2015");
        dk.aarsrapport.support.Samples.copy(FIXTURE, refIn);
        Path refOut = tmp.resolve("ref/output/2015");
        assertThat(CliRun.of(tmp.resolve("ref/data"), "generate", "--input", refIn.toString(), "--output",
                refOut.toString()).exit).isZero();
        for (String pdf : List.of("politikomraader/10-arbejdsmarkeds-og-overfoerselsomraadet.pdf",
                "politikomraader/20-beskaeftigelsestilbud.pdf", "aarsberetning-2015.pdf")) {
            assertThat(Pdfs.text(out.resolve(pdf))).as(pdf).isEqualTo(Pdfs.text(refOut.resolve(pdf)));
        }
    }

    /** Writes fixture rows under the template's headers: numbers as numbers, the rest as text. */
    private static void fill(Sheet sheet, List<String[]> rows) {
        Row header = sheet.getRow(0);
        String[] csvHeader = rows.get(0);
        int[] target = new int[csvHeader.length];
        for (int i = 0; i < csvHeader.length; i++) {
            target[i] = -1;
            for (int c = 0; c < header.getLastCellNum(); c++) {
                if (Texts.key(header.getCell(c).getStringCellValue()).equals(Texts.key(csvHeader[i]))) {
                    target[i] = c;
                }
            }
            assertThat(target[i]).as("template has column %s in %s", csvHeader[i], sheet.getSheetName()).isNotNegative();
        }
        for (int r = 1; r < rows.size(); r++) {
            Row row = sheet.getRow(r) != null ? sheet.getRow(r) : sheet.createRow(r);
            for (int i = 0; i < csvHeader.length; i++) {
                String v = rows.get(r)[i];
                var cell = row.createCell(target[i]);
                var number = DanishNumbers.parse(v);
                if (!v.isBlank() && number.isPresent() && !DanishNumbers.hasPercent(v) && !v.contains(" ")) {
                    cell.setCellValue(number.get().doubleValue());
                    int decimals = v.contains(",") ? v.length() - v.indexOf(',') - 1 : 0;
                    if (decimals > 0) {
                        // as a finance officer's cell would be formatted: "7,0" stays 7,0, not 7
                        var style = sheet.getWorkbook().createCellStyle();
                        style.setDataFormat(sheet.getWorkbook().createDataFormat().getFormat("0." + "0".repeat(decimals)));
                        cell.setCellStyle(style);
                    }
                } else if (!v.isEmpty()) {
                    cell.setCellValue(v);
                }
            }
        }
    }
}
