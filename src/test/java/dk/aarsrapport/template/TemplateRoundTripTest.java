package dk.aarsrapport.template;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import dk.aarsrapport.base.DanishNumbers;
import dk.aarsrapport.ingest.InputSchema;
import dk.aarsrapport.base.SheetKind;
import dk.aarsrapport.base.Texts;
import dk.aarsrapport.support.CliRun;
import dk.aarsrapport.support.CsvFixture;
import dk.aarsrapport.support.Pdfs;
import dk.aarsrapport.support.Samples;

/**
 * Issue 5's round trip: the 2015 template, filled in through POI with the sample's source of truth as a
 * finance officer would type it (amounts and Dranst as numbers, texts and the ledger's codes as text), its
 * ledger in Konti and Kontoplan included, validates without a finding and gives the same PDFs, word for
 * word, as the CSV fixture itself: first with the typed table (the ledger checks it), then with the Regnskab
 * sheet deleted (the ledger builds it).
 */
class TemplateRoundTripTest {

    /** The fields typed as numbers; everything else (Målværdi too, which may be text) is typed as text. */
    private static final Set<String> NUMERIC = Set.of("nr", "aar", "dranst", "regnskab_forrige", "budget", "korr_budget",
            "regnskab", "afvigelse", "taeller", "naevner", "vaerdi");

    @TempDir
    Path tmp;

    @Test
    void templateFilledWithTheSampleValidatesCleanAndPrintsTheSampleText() throws IOException {
        Path in = tmp.resolve("skabelon/input/2015");
        Path workbook = in.resolve("aarsregnskab.xlsx");
        CliRun template = CliRun.of(tmp.resolve("skabelon/data"), "template", "--year", "2015", "--output",
                workbook.toString());
        assertThat(template.exit).as(template.toString()).isZero();
        java.util.Set<SheetKind> filled = java.util.EnumSet.noneOf(SheetKind.class);
        try (XSSFWorkbook wb = TemplateWorkbookTest.open(workbook)) {
            try (Stream<Path> files = Stream.concat(Files.list(Samples.CSV_2015), Files.list(Samples.LEDGER_2015))) {
                for (Path csv : files.sorted().toList()) {
                    SheetKind kind = SheetKind.of(csv.getFileName().toString().replace(".csv", "")).orElseThrow();
                    fill(wb.getSheet(kind.displayName()), kind, CsvFixture.rows(csv));
                    filled.add(kind);
                }
            }
            // a sheet the year does not use is deleted, as a finance officer would (left empty, it is a warning)
            for (SheetKind kind : InputSchema.tableSheets()) {
                if (!filled.contains(kind)) {
                    wb.removeSheetAt(wb.getSheetIndex(kind.displayName()));
                }
            }
            try (OutputStream os = Files.newOutputStream(workbook)) {
                wb.write(os);
            }
        }
        try (Stream<Path> files = Files.list(in)) {
            assertThat(files).containsExactly(workbook); // the template is the whole input: no CSV beside it
        }

        // every sheet has data, so not even the warning for an empty sheet: the report has its header only
        Path out = tmp.resolve("skabelon/output/2015");
        CliRun validate = CliRun.of(tmp.resolve("skabelon/data"), "validate", "--input", in.toString(), "--output",
                out.toString());
        assertThat(validate.exit).as(validate.toString()).isZero();
        assertThat(TemplateWorkbookTest.findings(out)).isEmpty();

        CliRun generate = CliRun.of(tmp.resolve("skabelon/data"), "generate", "--input", in.toString(), "--output",
                out.toString());
        assertThat(generate.exit).as(generate.toString()).isZero();
        assertThat(TemplateWorkbookTest.findings(out)).isEmpty();

        Path refIn = Samples.copy(Samples.CSV_2015, tmp.resolve("csv/input/2015"));
        Path refOut = tmp.resolve("csv/output/2015");
        CliRun reference = CliRun.of(tmp.resolve("csv/data"), "generate", "--input", refIn.toString(), "--output",
                refOut.toString());
        assertThat(reference.exit).as(reference.toString()).isZero();

        List<String> areas = pdfs(refOut.resolve("politikomraader"));
        assertThat(areas).containsExactly("10-arbejdsmarkeds-og-overfoerselsomraadet.pdf", "20-beskaeftigelsestilbud.pdf");
        assertThat(pdfs(out.resolve("politikomraader"))).isEqualTo(areas);
        for (String pdf : areas) {
            assertThat(Pdfs.text(out.resolve("politikomraader").resolve(pdf))).as(pdf)
                    .isEqualTo(Pdfs.text(refOut.resolve("politikomraader").resolve(pdf)));
        }
        assertThat(Pdfs.text(out.resolve("aarsberetning-2015.pdf")))
                .isEqualTo(Pdfs.text(refOut.resolve("aarsberetning-2015.pdf")));
        assertThat(filled).contains(SheetKind.KONTI, SheetKind.KONTOPLAN);
        // every account traced to its row of the workbook's Konti sheet (the header is row 1)
        assertThat(out.resolve("sporbarhed.csv")).content(StandardCharsets.UTF_8)
                .contains(";5.57.72;1;5.2;3200;Sygedagpenge, Karup;aarsregnskab.xlsx;Konti;8;");

        // without the typed table the ledger builds it: the same PDFs still
        try (XSSFWorkbook wb = TemplateWorkbookTest.open(workbook)) {
            wb.removeSheetAt(wb.getSheetIndex(SheetKind.REGNSKAB.displayName()));
            try (OutputStream os = Files.newOutputStream(workbook)) {
                wb.write(os);
            }
        }
        Path built = tmp.resolve("skabelon/output-uden-regnskab/2015");
        CliRun fromLedger = CliRun.of(tmp.resolve("skabelon/data"), "generate", "--input", in.toString(), "--output",
                built.toString());
        assertThat(fromLedger.exit).as(fromLedger.toString()).isZero();
        assertThat(TemplateWorkbookTest.findings(built)).isEmpty();
        for (String pdf : areas) {
            assertThat(Pdfs.text(built.resolve("politikomraader").resolve(pdf))).as(pdf)
                    .isEqualTo(Pdfs.text(refOut.resolve("politikomraader").resolve(pdf)));
        }
    }

    private static List<String> pdfs(Path folder) throws IOException {
        try (Stream<Path> files = Files.list(folder)) {
            return files.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(".pdf")).sorted().toList();
        }
    }

    /**
     * Types the fixture's rows under the template's headers (matched as the reader matches them). Rapport
     * is key/value: a Felt the template already names gets its Værdi, as a finance officer would fill it.
     */
    private static void fill(Sheet sheet, SheetKind kind, List<String[]> rows) {
        Map<String, String> fieldByKey = InputSchema.columns(kind, 2015).stream()
                .collect(Collectors.toMap(c -> Texts.key(c.header()), InputSchema.ColumnHeader::field));
        String[] csvHeader = rows.get(0);
        int[] target = new int[csvHeader.length];
        String[] field = new String[csvHeader.length];
        for (int i = 0; i < csvHeader.length; i++) {
            target[i] = TemplateWorkbookTest.headers(sheet).stream().map(Texts::key).toList().indexOf(Texts.key(csvHeader[i]));
            assertThat(target[i]).as("the template has the column %s in %s", csvHeader[i], sheet.getSheetName())
                    .isNotNegative();
            field[i] = fieldByKey.get(Texts.key(csvHeader[i]));
        }
        int next = sheet.getLastRowNum() + 1;
        for (String[] values : rows.subList(1, rows.size())) {
            Row row = kind == SheetKind.RAPPORT ? rapportRow(sheet, values[0]).orElse(null) : null;
            if (row == null) {
                row = sheet.createRow(next++);
            }
            for (int i = 0; i < csvHeader.length; i++) {
                type(row.createCell(target[i]), values[i], NUMERIC.contains(field[i]));
            }
        }
    }

    private static Optional<Row> rapportRow(Sheet sheet, String felt) {
        for (int r = 1; r <= sheet.getLastRowNum(); r++) {
            Row row = sheet.getRow(r);
            if (row != null && row.getCell(0) != null && row.getCell(0).getStringCellValue().equals(felt)) {
                return Optional.of(row);
            }
        }
        return Optional.empty();
    }

    /** A number as a number cell, formatted with the decimals it was written with ("7,0" stays 7,0). */
    private static void type(Cell cell, String value, boolean numeric) {
        if (value.isEmpty()) {
            cell.setBlank();
            return;
        }
        Optional<BigDecimal> number = numeric ? DanishNumbers.parse(value) : Optional.empty();
        if (number.isEmpty() || DanishNumbers.hasPercent(value)) {
            cell.setCellValue(value);
            return;
        }
        cell.setCellValue(number.get().doubleValue());
        int comma = value.indexOf(',');
        if (comma >= 0) {
            CellStyle style = cell.getSheet().getWorkbook().createCellStyle();
            style.setDataFormat(cell.getSheet().getWorkbook().createDataFormat()
                    .getFormat("0." + "0".repeat(value.length() - comma - 1)));
            cell.setCellStyle(style);
        }
    }
}
