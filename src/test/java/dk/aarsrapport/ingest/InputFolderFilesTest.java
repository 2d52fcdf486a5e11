package dk.aarsrapport.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;

import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbookType;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import dk.aarsrapport.sample.SampleWorkbookBuilder;
import dk.aarsrapport.support.CliRun;
import dk.aarsrapport.support.Samples;

/**
 * What else lies in an input folder on an operator's bad night (issue 15, cases 2, 8, 12 and 16): files that
 * are not files, a macro-enabled workbook, workbooks in older formats, and an output folder inside the input.
 */
class InputFolderFilesTest {

    @TempDir
    Path tmp;

    Path in;

    @BeforeEach
    void sample() throws Exception {
        in = Samples.copy(Samples.CSV_2015, tmp.resolve("input/2015"));
    }

    private CliRun validate() {
        return CliRun.of(tmp.resolve("data"), "validate", "--year", "2015", "--input", in.toString(), "--output",
                tmp.resolve("out").toString());
    }

    private String findings() throws Exception {
        return Files.readString(tmp.resolve("out/validering.csv"), StandardCharsets.UTF_8);
    }

    @Nested
    class NotRegularFiles {

        @Test
        void aFifoIsAWarningNotAHang() throws Exception {
            Path fifo = in.resolve("x.csv");
            assertThat(new ProcessBuilder("mkfifo", fifo.toString()).start().waitFor()).isZero();
            CliRun run = assertTimeoutPreemptively(Duration.ofSeconds(60), InputFolderFilesTest.this::validate);
            assertThat(run.exit).as(run.toString()).isZero();
            assertThat(findings()).contains("S3").contains("Filen x.csv er ikke en almindelig fil");
        }

        @Test
        void aLinkToADeviceIsAWarningNotAnEndlessRead() throws Exception {
            Files.createSymbolicLink(in.resolve("nul.csv"), Path.of("/dev/zero"));
            CliRun run = assertTimeoutPreemptively(Duration.ofSeconds(60), InputFolderFilesTest.this::validate);
            assertThat(run.exit).as(run.toString()).isZero();
            assertThat(findings()).contains("Filen nul.csv er ikke en almindelig fil");
        }
    }

    @Nested
    class SpreadsheetFormats {

        @Test
        void aMacroEnabledWorkbookIsReadAsAWorkbook() throws Exception {
            Path book = tmp.resolve("book/aarsregnskab.xlsx");
            Files.createDirectories(book.getParent());
            SampleWorkbookBuilder.build(Samples.CSV_2015, book);
            in = Files.createDirectories(tmp.resolve("xlsm-input/2015"));
            try (InputStream is = Files.newInputStream(book); XSSFWorkbook wb = new XSSFWorkbook(is);
                 OutputStream os = Files.newOutputStream(in.resolve("aarsregnskab.xlsm"))) {
                wb.setWorkbookType(XSSFWorkbookType.XLSM);
                wb.write(os);
            }

            CliRun run = validate();

            assertThat(run.exit).as(run.toString()).isZero();
            assertThat(run.out).contains("88 rækker læst fra 1 fil(er)");
            assertThat(findings()).doesNotContain("hverken");
        }

        @Test
        void xlsAndOdsGetTheAdviceToSaveAsXlsx() throws Exception {
            Files.write(in.resolve("gammel.xls"), new byte[] {(byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0});
            Files.write(in.resolve("libre.ods"), new byte[] {'P', 'K', 3, 4});

            CliRun run = validate();

            assertThat(run.exit).as(run.toString()).isZero();
            assertThat(findings()).contains("Filen gammel.xls er i et ældre eller andet regnearksformat")
                    .contains("Filen libre.ods er i et ældre eller andet regnearksformat").contains("gem den som .xlsx");
        }
    }

    @Nested
    class OutputInsideInput {

        @Test
        void theInputFolderItselfIsRefused() {
            CliRun run = CliRun.of(tmp.resolve("data"), "validate", "--year", "2015", "--input", in.toString(),
                    "--output", in.toString());
            assertThat(run.exit).as(run.toString()).isEqualTo(2);
            assertThat(run.err).contains("må ikke være inputmappen eller ligge i den");
            assertThat(in.resolve("validering.csv")).doesNotExist();
        }

        @Test
        void aFolderInsideItIsRefused() {
            CliRun run = CliRun.of(tmp.resolve("data"), "generate", "--year", "2015", "--input", in.toString(),
                    "--output", in.resolve("ud").toString());
            assertThat(run.exit).as(run.toString()).isEqualTo(2);
            assertThat(in.resolve("ud")).doesNotExist();
        }

        @Test
        void aSiblingWhoseNameStartsLikeItIsAccepted() {
            CliRun run = CliRun.of(tmp.resolve("data"), "validate", "--year", "2015", "--input", in.toString(),
                    "--output", tmp.resolve("input/2015-ud").toString());
            assertThat(run.exit).as(run.toString()).isZero();
        }
    }
}
