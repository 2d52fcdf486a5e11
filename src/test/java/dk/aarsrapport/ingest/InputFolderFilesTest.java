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
 * What else lies in an input folder on an operator's bad night (issue 15, cases 2, 3, 8, 12 and 16): files that
 * are not files, a file of hundreds of megabytes, links out of the folder, a macro-enabled workbook, workbooks
 * in older formats, and an output folder inside the input.
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
    class Size {

        /** Sparse: 201 MB long, and not a block of it on the disk; the program must not read it to find out. */
        @Test
        void aFileOverTheDefaultLimitStopsTheRunBeforeItIsRead() throws Exception {
            try (java.io.RandomAccessFile f = new java.io.RandomAccessFile(in.resolve("dump.csv").toFile(), "rw")) {
                f.setLength(201L * 1024 * 1024);
            }
            CliRun run = assertTimeoutPreemptively(Duration.ofSeconds(60), InputFolderFilesTest.this::validate);
            assertThat(run.exit).as(run.toString()).isEqualTo(2);
            assertThat(run.err).contains("Filen dump.csv fylder 201 MB og er større end grænsen på 200 MB")
                    .doesNotContain("\tat ");
            assertThat(run.err.lines()).allSatisfy(l -> assertThat(l.length()).isLessThanOrEqualTo(300));
            assertThat(tmp.resolve("out")).doesNotExist();
        }

        @Test
        void theLimitIsASetting() throws Exception {
            CliRun run = CliRun.with(java.util.List.of("--aarsrapport.input.max-filstoerrelse=1KB"), tmp.resolve("data"),
                    "validate", "--year", "2015", "--input", in.toString(), "--output", tmp.resolve("out").toString());
            assertThat(run.exit).as(run.toString()).isEqualTo(2);
            assertThat(run.err).contains("er større end grænsen på 1.024 byte");
        }

        @Test
        void aWrongLimitIsAUsageError() {
            CliRun run = CliRun.with(java.util.List.of("--aarsrapport.input.max-filstoerrelse=0"), tmp.resolve("data"),
                    "validate", "--year", "2015", "--input", in.toString(), "--output", tmp.resolve("out").toString());
            assertThat(run.exit).as(run.toString()).isEqualTo(2);
            assertThat(run.err).contains("aarsrapport.input.max-filstoerrelse skal være en størrelse som 200MB");
            assertThat(tmp.resolve("out")).doesNotExist();
        }
    }

    @Nested
    class Links {

        @Test
        void aLinkOutOfTheFolderIsNotFollowedAndNothingOfItsTargetIsQuoted() throws Exception {
            Path secret = Files.createDirectories(tmp.resolve("andet")).resolve("hemmelig.txt");
            Files.writeString(secret, "root:x:0:0:HEMMELIG:/root:/bin/bash\ndaemon:x:1:1:HEMMELIG2:/usr/sbin\n");
            Files.delete(in.resolve("modtagere.csv"));
            Files.createSymbolicLink(in.resolve("modtagere.csv"), secret);
            Files.createSymbolicLink(in.resolve("x.csv"), Path.of("/etc/passwd"));

            CliRun run = validate();

            assertThat(findings()).doesNotContain("HEMMELIG").doesNotContain("root:");
            assertThat(Files.readString(tmp.resolve("out/validering.html"))).doesNotContain("HEMMELIG")
                    .doesNotContain("root:");
            assertThat(findings()).contains("Filen modtagere.csv er en genvej (et link) til en fil uden for inputmappen")
                    .contains("Filen x.csv er en genvej");
            assertThat(run.exit).as(run.toString()).isZero();
        }

        @Test
        void aLinkToAFileInsideTheFolderIsRead() throws Exception {
            Path kept = Files.createDirectories(in.resolve("arkiv")).resolve("regnskab.csv");
            Files.move(in.resolve("regnskab.csv"), kept);
            Files.createSymbolicLink(in.resolve("regnskab.csv"), Path.of("arkiv/regnskab.csv"));

            CliRun run = validate();

            assertThat(run.exit).as(run.toString()).isZero();
            assertThat(run.out).contains("88 rækker læst fra 7 fil(er)");
            assertThat(findings()).contains("Mappen arkiv i inputmappen bliver ikke læst").doesNotContain("genvej");
        }

        @Test
        void aLinkToAFolderIsAWarning() throws Exception {
            Files.createSymbolicLink(in.resolve("gammelt"), tmp);
            CliRun run = validate();
            assertThat(run.exit).as(run.toString()).isZero();
            assertThat(findings()).contains("Mappen gammelt i inputmappen bliver ikke læst");
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
