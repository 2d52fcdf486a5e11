package dk.aarsrapport.job;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import dk.aarsrapport.sample.SampleWorkbookBuilder;
import dk.aarsrapport.support.CliRun;
import dk.aarsrapport.support.Samples;

/**
 * Regression: a Målinger value is charted from its number, and the fingerprint once took its displayed text,
 * so a change only the chart shows (28,44 → 28,41, both shown as "28,4") left the old PDF in place.
 */
class ChartOnlyChangeTest {

    @TempDir
    Path tmp;

    @Test
    void aValueThatChangesOnlyTheChartRedrawsItsPolitikomraade() throws Exception {
        Path in = tmp.resolve("input/2015");
        Files.createDirectories(in);
        Path workbook = in.resolve("aarsregnskab.xlsx");
        SampleWorkbookBuilder.build(Samples.CSV_2015, workbook);
        firstValue(workbook, 28.44);
        String[] generate = {"generate", "--year", "2015", "--input", in.toString(), "--output",
                tmp.resolve("out").toString()};
        CliRun first = CliRun.of(tmp.resolve("data"), generate);
        assertThat(first.exit).as(first.toString()).isZero();

        firstValue(workbook, 28.41);
        CliRun second = CliRun.of(tmp.resolve("data"), generate);

        assertThat(second.exit).as(second.toString()).isZero();
        assertThat(second.out).contains("10 Arbejdsmarkeds- og overførselsområdet → politikomraader/")
                .contains("20 Beskæftigelsestilbud: uændret");
    }

    /** The first Værdi of Målinger, as a number shown with one decimal. */
    private static void firstValue(Path workbook, double value) throws Exception {
        XSSFWorkbook wb;
        try (InputStream is = Files.newInputStream(workbook)) {
            wb = new XSSFWorkbook(is);
        }
        try (wb) {
            Sheet sheet = wb.getSheet("Målinger");
            Row header = sheet.getRow(0);
            int column = -1;
            for (Cell c : header) {
                if ("Værdi".equals(c.getStringCellValue())) {
                    column = c.getColumnIndex();
                }
            }
            assertThat(column).as("Værdi column").isNotNegative();
            Cell cell = sheet.getRow(1).getCell(column);
            CellStyle style = wb.createCellStyle();
            style.setDataFormat(wb.createDataFormat().getFormat("0.0"));
            cell.setCellValue(value);
            cell.setCellStyle(style);
            try (OutputStream os = Files.newOutputStream(workbook)) {
                wb.write(os);
            }
        }
    }
}
