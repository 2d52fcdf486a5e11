package dk.aarsrapport.job;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFFormulaEvaluator;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import dk.aarsrapport.base.RollForwardMarker;
import dk.aarsrapport.support.CliRun;
import dk.aarsrapport.support.Pdfs;
import dk.aarsrapport.support.Samples;

/**
 * A year rolled forward and back into a report: 2015's sample workbooks → {@code template --from} → 2016's amounts
 * typed through POI (the formulas kept) → {@code validate} refuses the carried texts (S6, naming their cells) →
 * the texts revised and their markers deleted → {@code generate}: 2016's PDF shows, in its Regnskab 2015 column,
 * the very figures 2015's PDF shows as Regnskab 2015.
 */
class RollForwardFunctionalTest {

    /** A table row of a PDF: a line's name and its five figures. */
    private static final Pattern TABLE_ROW = Pattern.compile("^(.*\\S)\\s+(-?[\\d.]+)\\s+(-?[\\d.]+)\\s+(-?[\\d.]+)"
            + "\\s+(-?[\\d.]+)\\s+(-?[\\d.]+)$");

    @TempDir
    Path tmp;

    @Test
    void rolledForwardFilledInAndRevisedItPrintsLastYearsFiguresAsRegnskabYMinus1() throws IOException {
        Path in2015 = Samples.copy(GenerateSampleFunctionalTest.SAMPLE, tmp.resolve("input/2015"));
        Path workbook = tmp.resolve("input/2016/aarsregnskab.xlsx");
        CliRun template = CliRun.of(tmp.resolve("data"), "template", "--year", "2016", "--from", in2015.toString(),
                "--output", workbook.toString());
        assertThat(template.exit).as(template.toString()).isZero();

        fillIn(workbook);
        Path out2016 = tmp.resolve("output/2016");
        CliRun validate = CliRun.of(tmp.resolve("data"), "validate", "--year", "2016", "--input",
                workbook.getParent().toString(), "--output", out2016.toString());
        assertThat(validate.exit).as(validate.toString()).isEqualTo(1);
        List<String> s6 = Files.readAllLines(out2016.resolve("validering.csv"), StandardCharsets.UTF_8).stream()
                .filter(l -> l.startsWith("FEJL;S6;")).toList();
        assertThat(s6).isNotEmpty().allMatch(l -> l.matches("FEJL;S6;[^;]*;aarsregnskab\\.xlsx;(Tekster|Effektmål);"
                + "(Tekster|Effektmål)![A-Z]+\\d+;.*"));
        assertThat(s6).anyMatch(l -> l.contains(";Tekster;Tekster!C2;"));

        revise(workbook);
        CliRun generate = CliRun.of(tmp.resolve("data"), "generate", "--year", "2016", "--input",
                workbook.getParent().toString(), "--output", out2016.toString());
        assertThat(generate.exit).as(generate.toString()).isZero();
        CliRun generate2015 = CliRun.of(tmp.resolve("data"), "generate", "--year", "2015", "--input",
                in2015.toString(), "--output", tmp.resolve("output/2015").toString());
        assertThat(generate2015.exit).as(generate2015.toString()).isZero();

        for (String area : List.of(GenerateSampleFunctionalTest.AREA_10, GenerateSampleFunctionalTest.AREA_20)) {
            String text2016 = Pdfs.text(out2016.resolve(area));
            // the header's years under "Regnskab Budget Korr. budget Regnskab": the first column is Regnskab 2015
            assertThat(text2016).contains("2015 2016 2016 2016 Afvigelse").doesNotContain("[Fra 2015");
            Map<String, String[]> rows2015 = tableRows(tmp.resolve("output/2015").resolve(area));
            Map<String, String[]> rows2016 = tableRows(out2016.resolve(area));
            assertThat(rows2016.keySet()).as(area).isEqualTo(rows2015.keySet()).hasSizeGreaterThan(2);
            for (Map.Entry<String, String[]> r : rows2015.entrySet()) {
                // 2015 prints Regnskab 2014, Budget, Korr. budget, Regnskab 2015, Afvigelse; 2016 starts with 2015
                assertThat(rows2016.get(r.getKey())[0]).as("%s: %s", area, r.getKey()).isEqualTo(r.getValue()[3]);
            }
        }
    }

    /** The finance officer's amounts for 2016, typed as numbers; Excel (here POI) computes the formulas again. */
    private static void fillIn(Path workbook) throws IOException {
        try (XSSFWorkbook wb = new XSSFWorkbook(Files.newInputStream(workbook))) {
            Sheet sheet = wb.getSheet("Regnskab");
            for (Row row : sheet) {
                Cell forrige = row.getCell(2);
                if (row.getRowNum() == 0 || row.getCell(1).getStringCellValue().equals("I alt")) {
                    continue;
                }
                assertThat(row.getCell(3)).as("Budget is left empty").isNull();
                double last = forrige == null ? 0 : forrige.getNumericCellValue();
                row.createCell(3).setCellValue(last);
                row.createCell(4).setCellValue(last);
                row.createCell(5).setCellValue(last + 10);
            }
            XSSFFormulaEvaluator.evaluateAllFormulaCells(wb);
            write(wb, workbook);
        }
    }

    /** Every carried text read and revised: the marker deleted, and the forbrugsprocent linked rather than typed. */
    private static void revise(Path workbook) throws IOException {
        try (XSSFWorkbook wb = new XSSFWorkbook(Files.newInputStream(workbook))) {
            for (String[] sheetColumn : new String[][] {{"Tekster", "2"}, {"Effektmål", "3"}}) {
                for (Row row : wb.getSheet(sheetColumn[0])) {
                    Cell cell = row.getCell(Integer.parseInt(sheetColumn[1]));
                    if (row.getRowNum() > 0 && cell != null) {
                        cell.setCellValue(RollForwardMarker.without(cell.getStringCellValue())
                                .replaceAll("forbrugsprocent på [\\d,]+", "forbrugsprocent på {forbrugsprocent}"));
                    }
                }
            }
            write(wb, workbook);
        }
    }

    private static void write(XSSFWorkbook wb, Path workbook) throws IOException {
        Path tmp = workbook.resolveSibling(".ny.xlsx");
        try (OutputStream os = Files.newOutputStream(tmp)) {
            wb.write(os);
        }
        Files.move(tmp, workbook, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
    }

    /** The accounts table's rows of a politikområde's PDF, by their text before the figures. */
    private static Map<String, String[]> tableRows(Path pdf) throws IOException {
        Map<String, String[]> rows = new LinkedHashMap<>();
        for (String line : Pdfs.lines(pdf)) {
            Matcher m = TABLE_ROW.matcher(line.strip());
            if (m.matches()) {
                rows.put(m.group(1), new String[] {m.group(2), m.group(3), m.group(4), m.group(5), m.group(6)});
            }
        }
        return rows;
    }
}
