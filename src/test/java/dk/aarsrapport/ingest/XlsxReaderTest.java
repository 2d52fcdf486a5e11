package dk.aarsrapport.ingest;

import dk.aarsrapport.base.SheetLocation;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;

import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class XlsxReaderTest {

    @TempDir
    Path dir;

    private Path workbook(java.util.function.Consumer<XSSFWorkbook> fill) throws IOException {
        Path file = dir.resolve("test.xlsx");
        try (XSSFWorkbook wb = new XSSFWorkbook(); OutputStream os = Files.newOutputStream(file)) {
            fill.accept(wb);
            wb.getCreationHelper().createFormulaEvaluator().evaluateAll();
            wb.write(os);
        }
        return file;
    }

    private RecordingConsumer read(Path file) {
        RecordingConsumer c = new RecordingConsumer();
        new XlsxReader().read(file, c);
        return c;
    }

    @Nested
    class Cells {
        @Test
        void numbersKeepValueAndShownText() throws IOException {
            Path file = workbook(wb -> {
                Sheet s = wb.createSheet("Regnskab");
                CellStyle thousands = wb.createCellStyle();
                thousands.setDataFormat(wb.createDataFormat().getFormat("#,##0"));
                CellStyle oneDecimal = wb.createCellStyle();
                oneDecimal.setDataFormat(wb.createDataFormat().getFormat("0.0"));
                Row r = s.createRow(0);
                r.createCell(0).setCellValue(10632);
                r.getCell(0).setCellStyle(thousands);
                r.createCell(1).setCellValue(28.4);
                r.getCell(1).setCellStyle(oneDecimal);
                r.createCell(2).setCellValue(-609);
            });
            RawRow row = read(file).rows("Regnskab").get(0);
            assertThat(row.cell(0).number()).isEqualByComparingTo("10632");
            assertThat(row.cell(0).text()).isEqualTo("10.632");
            assertThat(row.cell(1).number()).isEqualByComparingTo(new BigDecimal("28.4"));
            assertThat(row.cell(1).text()).isEqualTo("28,4");
            assertThat(row.cell(2).text()).isEqualTo("-609");
        }

        /** Issue 15, case 13: a date is a number to the file; its format says it is a date. */
        @Test
        void aNumberInADateFormatIsADateShownAsADanishExcelShowsIt() throws IOException {
            Path file = workbook(wb -> {
                Row r = wb.createSheet("Regnskab").createRow(0);
                String[] formats = {"m/d/yy", "dd-mm-yyyy", "[$-406]d. mmmm yyyy;@", "h:mm", "#,##0\" dage\"",
                        "[Red]#,##0", "0.0"};
                for (int i = 0; i < formats.length; i++) {
                    CellStyle style = wb.createCellStyle();
                    style.setDataFormat(wb.createDataFormat().getFormat(formats[i]));
                    r.createCell(i).setCellValue(43952.25);
                    r.getCell(i).setCellStyle(style);
                }
            });
            RawRow row = read(file).rows("Regnskab").get(0);
            assertThat(row.cell(0)).isEqualTo(new CellValue(CellValue.Kind.DATE, "01-05-2020", new BigDecimal("43952.25")));
            assertThat(row.cell(1).kind()).isEqualTo(CellValue.Kind.DATE);
            assertThat(row.cell(1).text()).isEqualTo("01-05-2020");
            assertThat(row.cell(2).kind()).isEqualTo(CellValue.Kind.DATE);
            assertThat(row.cell(2).text()).isEqualTo("1. maj 2020");
            assertThat(row.cell(3).kind()).isEqualTo(CellValue.Kind.DATE);
            assertThat(row.cell(4).kind()).isEqualTo(CellValue.Kind.NUMBER);
            assertThat(row.cell(5).kind()).isEqualTo(CellValue.Kind.NUMBER);
            assertThat(row.cell(6).kind()).isEqualTo(CellValue.Kind.NUMBER);
            assertThat(row.cell(6).text()).isEqualTo("43952,3");
        }

        @Test
        void formulaCellsGiveTheirCachedValue() throws IOException {
            Path file = workbook(wb -> {
                Row r = wb.createSheet("Regnskab").createRow(0);
                r.createCell(0).setCellValue(9859);
                r.createCell(1).setCellValue(10468);
                r.createCell(2).setCellFormula("A1-B1");
                r.createCell(3).setCellFormula("\"I \"&\"alt\"");
            });
            RawRow row = read(file).rows("Regnskab").get(0);
            assertThat(row.cell(2).kind()).isEqualTo(CellValue.Kind.NUMBER);
            assertThat(row.cell(2).number()).isEqualByComparingTo("-609");
            assertThat(row.cell(3).text()).isEqualTo("I alt");
        }

        @Test
        void formulaErrorStaysAnError() throws IOException {
            Path file = workbook(wb -> wb.createSheet("Regnskab").createRow(0).createCell(0).setCellFormula("1/0"));
            CellValue cell = read(file).rows("Regnskab").get(0).cell(0);
            assertThat(cell.kind()).isEqualTo(CellValue.Kind.ERROR);
            assertThat(cell.text()).isEqualTo("#DIV/0!");
        }

        @Test
        void textWithNonBreakingSpacesIsTrimmed() throws IOException {
            Path file = workbook(wb -> wb.createSheet("A").createRow(0).createCell(0).setCellValue("\u00A0I alt\u00A0"));
            assertThat(read(file).rows("A").get(0).cell(0).text()).isEqualTo("I alt");
        }
    }

    @Nested
    class Rows {
        @Test
        void blankRowsSkippedAndRowNumbersKept() throws IOException {
            Path file = workbook(wb -> {
                Sheet s = wb.createSheet("A");
                s.createRow(0).createCell(0).setCellValue("Header");
                s.createRow(1).createCell(0).setCellValue("   ");
                s.createRow(2);
                s.createRow(4).createCell(2).setCellValue("x");
            });
            RecordingConsumer c = read(file);
            assertThat(c.rows("A")).hasSize(2);
            assertThat(c.rows("A").get(1).rowNumber()).isEqualTo(5);
            assertThat(c.rows("A").get(1).cell(2).text()).isEqualTo("x");
        }

        @Test
        void everySheetInOrder() throws IOException {
            Path file = workbook(wb -> {
                wb.createSheet("Vejledning").createRow(0).createCell(0).setCellValue("x");
                wb.createSheet("Politikområder").createRow(0).createCell(0).setCellValue("Nr");
            });
            assertThat(read(file).sheets.keySet()).containsExactly("Vejledning", "Politikområder");
        }
    }

    @Nested
    class Unreadable {
        @Test
        void randomBytes() throws IOException {
            Path file = dir.resolve("skrald.xlsx");
            Files.write(file, new byte[] {'P', 'K', 3, 4, 1, 2, 3, 4, 5, 6, 7, 8, 9});
            assertThatThrownBy(() -> read(file)).isInstanceOf(UnreadableInputException.class)
                    .hasMessageContaining("skrald.xlsx");
        }

        @Test
        void emptyFile() throws IOException {
            Path file = dir.resolve("tom.xlsx");
            Files.write(file, new byte[0]);
            assertThatThrownBy(() -> read(file)).isInstanceOf(UnreadableInputException.class)
                    .hasMessageContaining("tom.xlsx").hasMessageContaining("tom");
        }

        @Test
        void ole2FileSaysEncryptedOrOldFormat() throws IOException {
            Path file = dir.resolve("krypteret.xlsx");
            Files.write(file, new byte[] {(byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0, (byte) 0xA1, (byte) 0xB1, 0x1A,
                    (byte) 0xE1, 0, 0, 0});
            assertThatThrownBy(() -> read(file)).isInstanceOf(UnreadableInputException.class)
                    .hasMessageContaining("krypteret.xlsx").hasMessageContaining("adgangskode");
        }
    }

    @Test
    void cellReferences() {
        SheetLocation loc = new SheetLocation("aarsregnskab.xlsx", "Regnskab", false);
        assertThat(loc.cell(41, 6, java.util.List.of())).isEqualTo("Regnskab!G41");
        assertThat(SheetLocation.columnLetters(26)).isEqualTo("AA");
        assertThat(SheetLocation.columnLetters(16383)).isEqualTo("XFD");
    }
}
