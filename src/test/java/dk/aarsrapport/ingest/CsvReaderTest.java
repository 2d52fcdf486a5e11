package dk.aarsrapport.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CsvReaderTest {

    @TempDir
    Path dir;

    private RecordingConsumer read(String name, byte[] content) throws IOException {
        Path file = dir.resolve(name);
        Files.write(file, content);
        RecordingConsumer c = new RecordingConsumer();
        new CsvReader().read(file, c);
        return c;
    }

    @Nested
    class Encodings {
        @Test
        void utf8WithBom() throws IOException {
            byte[] body = "Nr;Politikområde\n10;Ældreområdet\n".getBytes(StandardCharsets.UTF_8);
            byte[] withBom = new byte[body.length + 3];
            withBom[0] = (byte) 0xEF;
            withBom[1] = (byte) 0xBB;
            withBom[2] = (byte) 0xBF;
            System.arraycopy(body, 0, withBom, 3, body.length);
            RecordingConsumer c = read("politikomraader.csv", withBom);
            assertThat(c.rows("politikomraader").get(0).cell(0).text()).isEqualTo("Nr");
            assertThat(c.rows("politikomraader").get(1).cell(1).text()).isEqualTo("Ældreområdet");
        }

        @Test
        void bomBeforeAQuotedFirstField() throws IOException {
            // regression: the BOM made the parser see the quotes as part of an unquoted field
            RecordingConsumer c = read("a.csv", "\uFEFF\"Nr\";\"Navn\"\r\n\"1\";\"x\"\r\n".getBytes(StandardCharsets.UTF_8));
            assertThat(c.rows("a").get(0).cell(0).text()).isEqualTo("Nr");
        }

        @Test
        void utf8WithoutBom() throws IOException {
            RecordingConsumer c = read("a.csv", "Navn\nSærlig ø\n".getBytes(StandardCharsets.UTF_8));
            assertThat(c.rows("a").get(1).cell(0).text()).isEqualTo("Særlig ø");
        }

        @Test
        void windows1252WhenNotUtf8() throws IOException {
            RecordingConsumer c = read("a.csv", "Navn;Beløb\nÆldre – særlig;−5\n".getBytes(Charset.forName("windows-1252")));
            assertThat(c.rows("a").get(1).cell(0).text()).isEqualTo("Ældre – særlig");
        }

        @Test
        void neitherUtf8NorCp1252IsUnreadableNamingFileAndOffset() throws IOException {
            byte[] bytes = {'N', 'a', 'v', 'n', '\n', 'a', (byte) 0xE6, (byte) 0x81, '\n'};
            assertThatThrownBy(() -> read("ulaeselig.csv", bytes))
                    .isInstanceOf(UnreadableInputException.class)
                    .hasMessageContaining("ulaeselig.csv")
                    .hasMessageContaining("0x81")
                    .hasMessageContaining("position 7");
        }
    }

    @Nested
    class Separators {
        @Test
        void semicolon() throws IOException {
            RecordingConsumer c = read("a.csv", "A;B\n1.234;5,5\n".getBytes(StandardCharsets.UTF_8));
            assertThat(c.rows("a").get(1).cell(0).text()).isEqualTo("1.234");
            assertThat(c.rows("a").get(1).cell(1).text()).isEqualTo("5,5");
        }

        @Test
        void comma() throws IOException {
            RecordingConsumer c = read("a.csv", "A,B\n\"1.234\",\"5,5\"\n".getBytes(StandardCharsets.UTF_8));
            assertThat(c.rows("a").get(1).cell(1).text()).isEqualTo("5,5");
        }
    }

    @Nested
    class Rows {
        @Test
        void blankRowsSkippedAndLineNumbersKept() throws IOException {
            RecordingConsumer c = read("a.csv", "A;B\n\n;\n1;2\n".getBytes(StandardCharsets.UTF_8));
            assertThat(c.rows("a")).hasSize(2);
            assertThat(c.rows("a").get(1).rowNumber()).isEqualTo(4);
        }

        @Test
        void quotedMultiLineCellKeepsItsLineBreaksAndTheNextRowItsLine() throws IOException {
            RecordingConsumer c = read("a.csv", "A;B\n\"x\ny\";1\n2;3\n".getBytes(StandardCharsets.UTF_8));
            assertThat(c.rows("a").get(1).cell(0).text()).isEqualTo("x\ny");
            assertThat(c.rows("a").get(2).rowNumber()).isEqualTo(4);
        }

        @Test
        void nonBreakingSpacesTrimmed() throws IOException {
            RecordingConsumer c = read("a.csv", "A\n\u00A0Sygedagpenge\u00A0\n".getBytes(StandardCharsets.UTF_8));
            assertThat(c.rows("a").get(1).cell(0).text()).isEqualTo("Sygedagpenge");
        }

        @Test
        void cellReferenceNamesLineAndColumn() throws IOException {
            RecordingConsumer c = read("regnskab.csv", "A;Afvigelse\n1;2\n".getBytes(StandardCharsets.UTF_8));
            assertThat(c.locations.get(0).cell(23, 1, java.util.List.of("A", "Afvigelse")))
                    .isEqualTo("linje 23, kolonne Afvigelse");
        }
    }
}
