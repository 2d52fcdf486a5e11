package dk.aarsrapport.support;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import com.opencsv.CSVReaderBuilder;
import com.opencsv.RFC4180ParserBuilder;
import com.opencsv.exceptions.CsvException;

/** Reads a ';'-separated UTF-8 fixture (the sample's source of truth) as rows of strings, header first. */
public final class CsvFixture {

    private CsvFixture() {
    }

    public static List<String[]> rows(Path csv) throws IOException {
        try (java.io.BufferedReader in = Files.newBufferedReader(csv, StandardCharsets.UTF_8)) {
            in.mark(1);
            if (in.read() != '\uFEFF') {
                in.reset(); // a BOM before a quoted first field would otherwise turn its quotes into data
            }
            List<String[]> rows = new CSVReaderBuilder(in)
                    .withCSVParser(new RFC4180ParserBuilder().withSeparator(';').build()).build().readAll();
            if (!rows.isEmpty() && rows.get(0).length > 0 && rows.get(0)[0].startsWith("\uFEFF")) {
                rows.get(0)[0] = rows.get(0)[0].substring(1);
            }
            return rows;
        } catch (CsvException e) {
            throw new IOException(e);
        }
    }

    /** Writes a fixture file: ';', UTF-8 with BOM, every field quoted. */
    public static void write(Path csv, List<String[]> rows) throws IOException {
        StringBuilder sb = new StringBuilder("\uFEFF");
        for (String[] row : rows) {
            for (int i = 0; i < row.length; i++) {
                if (i > 0) {
                    sb.append(';');
                }
                sb.append('"').append(row[i] == null ? "" : row[i].replace("\"", "\"\"")).append('"');
            }
            sb.append("\r\n");
        }
        Files.createDirectories(csv.getParent());
        Files.writeString(csv, sb, StandardCharsets.UTF_8);
    }
}
