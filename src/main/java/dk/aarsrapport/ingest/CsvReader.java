package dk.aarsrapport.ingest;

import dk.aarsrapport.base.SheetLocation;
import java.io.BufferedInputStream;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;

import com.opencsv.CSVReader;
import com.opencsv.CSVReaderBuilder;
import com.opencsv.RFC4180ParserBuilder;
import com.opencsv.exceptions.CsvException;
import com.opencsv.exceptions.CsvMalformedLineException;

/**
 * Reads a CSV file as one sheet named after the file. The encoding is decided as input-format.md
 * says: valid UTF-8 (BOM or not) is UTF-8, anything else Windows-1252, and a byte that Windows-1252
 * leaves undefined makes the file unreadable. The separator (';' or ',') is taken from the header.
 */
final class CsvReader {

    private static final Charset CP1252 = Charset.forName("windows-1252");
    private static final int[] UNDEFINED_IN_CP1252 = {0x81, 0x8D, 0x8F, 0x90, 0x9D};

    void read(Path file, SheetConsumer consumer) {
        read(file, file.getFileName().toString(), consumer);
    }

    /** Reads {@code file} as the input file {@code name}: the name findings and sheet locations give. */
    void read(Path file, String name, SheetConsumer consumer) {
        Charset charset = detectCharset(file, name);
        String stem = name.substring(0, name.length() - ".csv".length());
        SheetLocation location = new SheetLocation(name, stem, true);
        char separator = detectSeparator(file, charset, name);
        SheetConsumer.RowSink sink = consumer.startSheet(location);
        if (sink == null) {
            return;
        }
        long lineBefore = 0;
        try (Reader in = reader(file, charset);
             CSVReader csv = new CSVReaderBuilder(in)
                     .withCSVParser(new RFC4180ParserBuilder().withSeparator(separator).build())
                     .withKeepCarriageReturn(false)
                     .build()) {
            String[] record;
            while ((record = csv.readNext()) != null) {
                int line = (int) lineBefore + 1;
                lineBefore = csv.getLinesRead();
                Map<Integer, CellValue> cells = new HashMap<>();
                for (int i = 0; i < record.length; i++) {
                    CellValue cell = CellValue.text(record[i]);
                    if (!cell.isBlank()) {
                        cells.put(i, cell);
                    }
                }
                RawRow row = new RawRow(line, cells);
                if (!row.isBlank()) {
                    sink.row(row);
                }
            }
        } catch (CsvMalformedLineException e) {
            // OpenCSV's own message is English and quotes the rest of the file; say where the field began
            throw new UnreadableInputException("Filen " + name + " kan ikke læses som CSV: et felt, der begynder med "
                    + "et citationstegn (\") i linje " + (lineBefore + 1) + ", bliver aldrig afsluttet.", e);
        } catch (IOException | CsvException e) {
            String reason = String.valueOf(e.getMessage()).lines().findFirst().orElse("");
            throw new UnreadableInputException("Filen " + name + " kan ikke læses som CSV fra linje " + (lineBefore + 1)
                    + ": " + TableSheet.shorten(reason), e);
        }
        sink.end();
    }


    /** The reader, past a byte order mark: a BOM before a quoted first field would otherwise unquote it. */
    private static Reader reader(Path file, Charset charset) throws IOException {
        BufferedReader in = new BufferedReader(new InputStreamReader(Files.newInputStream(file), charset.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT)), 1 << 16);
        in.mark(1);
        if (in.read() != '\uFEFF') {
            in.reset();
        }
        return in;
    }

    private static char detectSeparator(Path file, Charset charset, String name) {
        try (BufferedReader in = new BufferedReader(new InputStreamReader(Files.newInputStream(file), charset))) {
            String header;
            do {
                header = in.readLine();
            } while (header != null && header.isBlank());
            if (header == null) {
                return ';';
            }
            long semicolons = header.chars().filter(c -> c == ';').count();
            long commas = header.chars().filter(c -> c == ',').count();
            return semicolons == 0 && commas > 0 ? ',' : ';';
        } catch (IOException e) {
            throw new UnreadableInputException("Filen " + name + " kan ikke læses: " + e.getMessage(), e);
        }
    }

    /** One streaming pass: is it valid UTF-8, and where is the first byte cp1252 cannot decode? */
    static Charset detectCharset(Path file, String name) {
        CharsetDecoder utf8 = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        boolean validUtf8 = true;
        long undefinedAt = -1;
        int undefinedByte = 0;
        try (InputStream in = new BufferedInputStream(Files.newInputStream(file), 1 << 16)) {
            byte[] buf = new byte[1 << 16];
            ByteBuffer bytes = ByteBuffer.allocate(buf.length + 8);
            CharBuffer chars = CharBuffer.allocate(buf.length + 8);
            long offset = 0;
            int n;
            while ((n = in.read(buf)) > 0) {
                if (undefinedAt < 0) {
                    for (int i = 0; i < n; i++) {
                        int b = buf[i] & 0xFF;
                        for (int u : UNDEFINED_IN_CP1252) {
                            if (b == u) {
                                undefinedAt = offset + i;
                                undefinedByte = b;
                                break;
                            }
                        }
                        if (undefinedAt >= 0) {
                            break;
                        }
                    }
                }
                offset += n;
                if (validUtf8) {
                    bytes.put(buf, 0, n);
                    bytes.flip();
                    chars.clear();
                    CoderResult r = utf8.decode(bytes, chars, false);
                    if (r.isError()) {
                        validUtf8 = false;
                    }
                    bytes.compact();
                }
            }
            if (validUtf8) {
                bytes.flip();
                chars.clear();
                if (utf8.decode(bytes, chars, true).isError() || bytes.hasRemaining()) {
                    validUtf8 = false;
                }
            }
        } catch (IOException e) {
            throw new UnreadableInputException("Filen " + name + " kan ikke læses: " + e.getMessage(), e);
        }
        if (validUtf8) {
            return StandardCharsets.UTF_8;
        }
        if (undefinedAt >= 0) {
            throw new UnreadableInputException(String.format(
                    "Filen %s kan ikke læses: den er hverken UTF-8 eller Windows-1252 (byte 0x%02X ved position %d).",
                    name, undefinedByte, undefinedAt));
        }
        return CP1252;
    }

}
