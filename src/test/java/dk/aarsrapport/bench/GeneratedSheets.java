package dk.aarsrapport.bench;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Consumer;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/** The generated inputs' sheets written as the engine reads them: a CSV per sheet, or one streamed workbook. */
final class GeneratedSheets {

    private GeneratedSheets() {
    }

    record Sheet(String name, String stem, Object[] header, Consumer<Consumer<Object[]>> rows) {
    }

    /** One CSV per sheet ({@code stem}.csv): ';', UTF-8 with BOM, Danish numbers, quoted where a text needs it. */
    static void writeCsv(Path folder, List<Sheet> sheets) throws IOException {
        Files.createDirectories(folder);
        for (Sheet sheet : sheets) {
            try (BufferedWriter out = Files.newBufferedWriter(folder.resolve(sheet.stem() + ".csv"),
                    StandardCharsets.UTF_8)) {
                out.write('\uFEFF');
                writeCsvRow(out, sheet.header());
                IOException[] failure = new IOException[1];
                sheet.rows().accept(row -> {
                    try {
                        writeCsvRow(out, row);
                    } catch (IOException e) {
                        failure[0] = e;
                    }
                });
                if (failure[0] != null) {
                    throw failure[0];
                }
            }
        }
    }

    /** One workbook of every sheet, streamed; numbers as numeric cells, texts through the shared-strings table. */
    static void writeXlsx(Path file, List<Sheet> sheets) throws IOException {
        Files.createDirectories(file.toAbsolutePath().getParent());
        try (SXSSFWorkbook workbook = new SXSSFWorkbook(new XSSFWorkbook(), 200, true, true)) {
            for (Sheet data : sheets) {
                org.apache.poi.ss.usermodel.Sheet sheet = workbook.createSheet(data.name());
                int[] r = {0};
                writeXlsxRow(sheet.createRow(r[0]++), data.header());
                data.rows().accept(row -> writeXlsxRow(sheet.createRow(r[0]++), row));
            }
            try (OutputStream out = Files.newOutputStream(file)) {
                workbook.write(out);
            }
            workbook.dispose();
        }
    }

    private static void writeCsvRow(BufferedWriter out, Object[] row) throws IOException {
        for (int i = 0; i < row.length; i++) {
            if (i > 0) {
                out.write(';');
            }
            String s = csvText(row[i]);
            if (s.indexOf(';') >= 0 || s.indexOf('"') >= 0 || s.indexOf('\n') >= 0) {
                out.write('"');
                out.write(s.replace("\"", "\"\""));
                out.write('"');
            } else {
                out.write(s);
            }
        }
        out.write("\r\n");
    }

    private static String csvText(Object value) {
        if (value == null) {
            return "";
        }
        if (value instanceof Long l) {
            return danish(BigDecimal.valueOf(l), 0);
        }
        if (value instanceof BigDecimal d) {
            return danish(d, Math.max(0, d.scale()));
        }
        return value.toString();
    }

    static String danish(BigDecimal value, int decimals) {
        BigDecimal v = value.setScale(decimals, RoundingMode.HALF_UP);
        String plain = v.abs().toPlainString();
        String whole = decimals > 0 ? plain.substring(0, plain.indexOf('.')) : plain;
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < whole.length(); i++) {
            if (i > 0 && (whole.length() - i) % 3 == 0) {
                sb.append('.');
            }
            sb.append(whole.charAt(i));
        }
        if (decimals > 0) {
            sb.append(',').append(plain.substring(plain.indexOf('.') + 1));
        }
        return (v.signum() < 0 ? "-" : "") + sb;
    }

    private static void writeXlsxRow(Row row, Object[] values) {
        for (int i = 0; i < values.length; i++) {
            Object v = values[i];
            if (v == null) {
                continue;
            }
            Cell cell = row.createCell(i);
            if (v instanceof Long l) {
                cell.setCellValue(l);
            } else if (v instanceof BigDecimal d) {
                cell.setCellValue(d.doubleValue()); // a spreadsheet cell holds a double; the reader rounds it back
            } else {
                cell.setCellValue(v.toString());
            }
        }
    }
}
