package dk.aarsrapport.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;
import java.util.List;
import java.util.stream.Stream;

import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import dk.aarsrapport.sample.SampleWorkbookBuilder;
import dk.aarsrapport.support.CliRun;
import dk.aarsrapport.support.Samples;

/**
 * How names in an input folder are matched (issue 15, case 10 and the copied workbook): file, sheet and header
 * names and the names typed in cells compare after Unicode NFC, as a Mac writes them and as Windows does; an
 * invisible character keeps a name apart from its twin but is shown in the finding; a copy of the workbook is
 * named as the cause of its duplicates.
 */
class InputNamesTest {

    @TempDir
    Path tmp;

    private CliRun validate(Path in) {
        return CliRun.of(tmp.resolve("data"), "validate", "--year", "2015", "--input", in.toString(), "--output",
                tmp.resolve("out").toString());
    }

    private List<String> findings() throws Exception {
        return Files.readAllLines(tmp.resolve("out/validering.csv"), StandardCharsets.UTF_8);
    }

    private static String nfd(String s) {
        return Normalizer.normalize(s, Normalizer.Form.NFD);
    }

    @Nested
    class Decomposed {

        @Test
        void fileNamesHeadersAndNamesInNfdMatchTheirNfcTwins() throws Exception {
            Path in = Files.createDirectories(tmp.resolve("input/2015"));
            try (Stream<Path> files = Files.list(Samples.CSV_2015)) {
                for (Path f : files.toList()) {
                    String name = nfd(f.getFileName().toString().replace("maalinger", "målinger"));
                    Files.writeString(in.resolve(name), nfd(Files.readString(f, StandardCharsets.UTF_8)));
                }
            }
            assertThat(Files.exists(in.resolve("målinger.csv"))).as("the name on disk is decomposed").isFalse();

            CliRun run = validate(in);

            assertThat(run.exit).as(run.toString()).isZero();
            assertThat(run.out).contains("88 rækker læst fra 7 fil(er)");
            assertThat(findings()).noneMatch(l -> l.contains(";S1;") || l.contains(";S3;"));
        }

        @Test
        void aSheetNameInNfdIsRead() throws Exception {
            Path in = workbookWithSheetsRenamed(name -> name.equals("Målinger") ? nfd("Målinger") : name);

            CliRun run = validate(in);

            assertThat(run.exit).as(run.toString()).isZero();
            assertThat(run.out).contains("88 rækker læst fra 1 fil(er)");
            assertThat(findings()).noneMatch(l -> l.contains(";S1;") || l.contains(";S3;"));
        }

        /** What already worked, kept: names in another case, with spaces around or with folded letters. */
        @Test
        void sheetNamesInAnotherCaseWithSpacesOrFoldedLettersAreRead() throws Exception {
            Path in = workbookWithSheetsRenamed(name -> switch (name) {
                case "Politikområder" -> " POLITIKOMRAADER ";
                case "Effektmål" -> "effektmaal";
                case "Målinger" -> "MÅLINGER";
                case "Regnskab" -> "regnskab  ";
                default -> name;
            });

            CliRun run = validate(in);

            assertThat(run.exit).as(run.toString()).isZero();
            assertThat(run.out).contains("88 rækker læst fra 1 fil(er)");
            assertThat(findings()).noneMatch(l -> l.contains(";S1;") || l.contains(";S3;"));
        }

        private Path workbookWithSheetsRenamed(java.util.function.UnaryOperator<String> rename) throws Exception {
            Path in = Files.createDirectories(tmp.resolve("input/2015"));
            Path book = tmp.resolve("aarsregnskab.xlsx");
            SampleWorkbookBuilder.build(Samples.CSV_2015, book);
            try (InputStream is = Files.newInputStream(book); XSSFWorkbook wb = new XSSFWorkbook(is);
                 OutputStream os = Files.newOutputStream(in.resolve("aarsregnskab.xlsx"))) {
                for (int i = 0; i < wb.getNumberOfSheets(); i++) {
                    wb.setSheetName(i, rename.apply(wb.getSheetName(i)));
                }
                wb.write(os);
            }
            return in;
        }
    }

    @Nested
    class Invisible {

        @Test
        void aZeroWidthSpaceInANameStaysAFindingAndIsShown() throws Exception {
            Path in = Samples.copy(Samples.CSV_2015, tmp.resolve("input/2015"));
            Path regnskab = in.resolve("regnskab.csv");
            Files.writeString(regnskab, Files.readString(regnskab, StandardCharsets.UTF_8)
                    .replace("\nBeskæftigelsestilbud;", "\nBeskæftigelses\u200Btilbud;"), StandardCharsets.UTF_8);

            CliRun run = validate(in);

            assertThat(run.exit).as(run.toString()).isEqualTo(1);
            // the CSV doubles the quotes of the message
            assertThat(findings()).anyMatch(l -> l.startsWith("FEJL;S1;")
                    && l.contains("Politikområdet \"\"Beskæftigelses\\u200Btilbud\"\" findes ikke i arket Politikområder"));
            assertThat(Files.readString(tmp.resolve("out/validering.html"))).contains("Beskæftigelses\\u200Btilbud");
        }

        @Test
        void anInvisibleCharacterInASheetNameIsShown() throws Exception {
            Path in = Samples.copy(Samples.CSV_2015, tmp.resolve("input/2015"));
            Files.move(in.resolve("tekster.csv"), in.resolve("\uFEFFtekster.csv"));

            CliRun run = validate(in);

            assertThat(run.exit).as(run.toString()).isZero();
            assertThat(findings()).anyMatch(l -> l.startsWith("ADVARSEL;S3;")
                    && l.contains("Filen \\uFEFFtekster.csv svarer ikke til noget kendt ark"));
        }
    }

    @Nested
    class CopiedWorkbook {

        @Test
        void oneFindingNamesBothFilesBeforeTheDuplicates() throws Exception {
            Path in = Files.createDirectories(tmp.resolve("input/2015"));
            SampleWorkbookBuilder.build(Samples.CSV_2015, in.resolve("aarsregnskab.xlsx"));
            Files.copy(in.resolve("aarsregnskab.xlsx"), in.resolve("aarsregnskab - kopi.xlsx"));

            CliRun run = validate(in);

            assertThat(run.exit).as(run.toString()).isEqualTo(1);
            List<String> lines = findings();
            assertThat(lines.get(1)).startsWith("FEJL;S1;").contains("To projektmapper indeholder de samme ark (")
                    .contains("aarsregnskab - kopi.xlsx og aarsregnskab.xlsx");
            assertThat(lines.stream().filter(l -> l.contains("To projektmapper"))).hasSize(1);
            assertThat(lines.stream().filter(l -> l.contains("to gange")).count()).isGreaterThan(10);
        }

        @Test
        void twoWorkbooksWithDifferentRowsInTheSameSheetsAreNotCalledCopies() throws Exception {
            Path in = Files.createDirectories(tmp.resolve("input/2015"));
            Path half = Files.createDirectories(tmp.resolve("halv"));
            Files.copy(Samples.CSV_2015.resolve("maalinger.csv"), half.resolve("maalinger.csv"));
            Path rest = Samples.copy(Samples.CSV_2015, tmp.resolve("rest"));
            List<String> maalinger = Files.readAllLines(rest.resolve("maalinger.csv"), StandardCharsets.UTF_8);
            Files.write(half.resolve("maalinger.csv"), maalinger.subList(0, 3), StandardCharsets.UTF_8);
            List<String> others = new java.util.ArrayList<>(maalinger.subList(0, 1));
            others.addAll(maalinger.subList(3, maalinger.size()));
            Files.write(rest.resolve("maalinger.csv"), others, StandardCharsets.UTF_8);
            SampleWorkbookBuilder.build(rest, in.resolve("aarsregnskab.xlsx"));
            SampleWorkbookBuilder.build(half, in.resolve("maalinger-tillaeg.xlsx"));

            CliRun run = validate(in);

            assertThat(run.exit).as(run.toString()).isZero();
            assertThat(findings()).noneMatch(l -> l.contains("samme ark"));
        }
    }
}
