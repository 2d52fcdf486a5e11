package dk.aarsrapport.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import dk.aarsrapport.support.CliRun;
import dk.aarsrapport.support.CsvFixture;

/**
 * The Målopfølgning sheet read like every other sheet, from CSV and from a workbook: its columns as
 * InputSchema declares them, an input of goal follow-up alone needing no Politikområder, and its
 * findings naming the file, the sheet and the cell.
 */
class MaalopfoelgningSheetTest {

    static final String[] HEADER = {"Ramme", "Tema", "Nr", "Målsætning", "Målgruppe", "Indsats", "Beskrivelse",
        "Samarbejdspartnere", "Status"};

    @TempDir
    Path tmp;

    private CliRun validate(Path in) {
        return CliRun.of(tmp.resolve("data"), "validate", "--year", "2021", "--input", in.toString(), "--output",
                tmp.resolve("output/2021").toString());
    }

    private List<String[]> findings() throws IOException {
        List<String[]> rows = CsvFixture.rows(tmp.resolve("output/2021/validering.csv"));
        return rows.subList(1, rows.size());
    }

    private Path csv(String[]... rows) throws IOException {
        Path in = tmp.resolve("input/2021");
        CsvFixture.write(in.resolve("maalopfoelgning.csv"), List.of(rows));
        CsvFixture.write(in.resolve("rapport.csv"), List.of(new String[] {"Felt", "Værdi"},
                new String[] {"Kommune", "Viborg Kommune"}));
        return in;
    }

    @Nested
    class Good {
        @Test
        void goalFollowUpAloneNeedsNoPolitikomraader() throws IOException {
            Path in = csv(HEADER,
                    new String[] {"Sammenhængsmodellen", "Sundhed", "5.1", "Færre rygere", "", "Rygestop", "Forløb",
                        "Madservice", "i gang"},
                    new String[] {"Sammenhængsmodellen", "Sundhed", "5.1", "", "", "Røgfri", "Uddannelser", "", ""});
            CliRun run = validate(in);
            assertThat(run.exit).as(run.toString()).isZero();
            assertThat(findings()).isEmpty();
            assertThat(run.out).doesNotContain("understøttes");
        }

        @Test
        void nrIsReadAsTheCellShowsIt() throws IOException {
            Path in = Files.createDirectories(tmp.resolve("input/2021"));
            try (XSSFWorkbook wb = new XSSFWorkbook()) {
                Sheet s = wb.createSheet("Maalopfoelgning");
                Row h = s.createRow(0);
                for (int i = 0; i < HEADER.length; i++) {
                    h.createCell(i).setCellValue(HEADER[i]);
                }
                Row r = s.createRow(1);
                r.createCell(0).setCellValue("Sammenhængsmodellen");
                CellStyle twoDecimals = wb.createCellStyle();
                twoDecimals.setDataFormat(wb.createDataFormat().getFormat("0.00"));
                r.createCell(2).setCellValue(1.1);
                r.getCell(2).setCellStyle(twoDecimals);
                r.createCell(3).setCellValue("Færre rygere");
                try (OutputStream os = Files.newOutputStream(in.resolve("maal.xlsx"))) {
                    wb.write(os);
                }
            }
            CliRun run = validate(in);
            assertThat(run.exit).as(run.toString()).isZero();
            // the goal has no indsats (S5): the warning names it by the Nr as shown, in Danish notation
            assertThat(findings()).singleElement().satisfies(f -> {
                assertThat(f[1]).isEqualTo("S5");
                assertThat(f[3]).isEqualTo("maal.xlsx");
                assertThat(f[4]).isEqualTo("Maalopfoelgning");
                assertThat(f[5]).isEqualTo("Maalopfoelgning!F2");
                assertThat(f[8]).startsWith("Mål 1,10 i Sammenhængsmodellen har ingen indsatser");
            });
        }
    }

    @Nested
    class Bad {
        @Test
        void aMissingRequiredColumnIsAnErrorAtTheHeader() throws IOException {
            Path in = csv(new String[] {"Ramme", "Nr", "Indsats", "Beskrivelse", "Samarbejdspartnere", "Målgruppe"},
                    new String[] {"Sammenhængsmodellen", "1", "x", "y", "z", ""});
            CliRun run = validate(in);
            assertThat(run.exit).as(run.toString()).isEqualTo(1);
            assertThat(findings()).anySatisfy(f -> {
                assertThat(f[0]).isEqualTo("FEJL");
                assertThat(f[1]).isEqualTo("S1");
                assertThat(f[5]).isEqualTo("linje 1");
                assertThat(f[8]).isEqualTo("Arket maalopfoelgning mangler den påkrævede kolonne \"Målsætning\".");
            });
        }

        @Test
        void aRowWithoutRammeIsAnErrorAndAnUnknownColumnAWarning() throws IOException {
            Path in = csv(new String[] {"Ramme", "Nr", "Målsætning", "Målgruppe", "Indsats", "Beskrivelse",
                "Samarbejdspartnere", "Ansvarlig"},
                    new String[] {"", "1", "Mål", "", "x", "", "", "Hr. Hansen"});
            CliRun run = validate(in);
            assertThat(run.exit).as(run.toString()).isEqualTo(1);
            assertThat(findings()).anySatisfy(f -> {
                assertThat(f[0] + " " + f[1] + " " + f[5]).isEqualTo("FEJL S1 linje 2, kolonne Ramme");
                assertThat(f[8]).isEqualTo("Ramme mangler i række 2 af arket maalopfoelgning.");
            }).anySatisfy(f -> assertThat(f[0] + " " + f[1] + " " + f[8]).isEqualTo("ADVARSEL S3 Kolonnen "
                    + "\"Ansvarlig\" i arket maalopfoelgning kendes ikke og bliver ikke brugt."));
        }

        @Test
        void otherSheetsStillNeedPolitikomraader() throws IOException {
            Path in = csv(HEADER, new String[] {"R", "", "1", "Mål", "", "x", "", "", ""});
            CsvFixture.write(in.resolve("tekster.csv"), List.of(new String[] {"Politikområde", "Afsnit", "Tekst"},
                    new String[] {"Socialområdet", "Fokusområder", "Tekst"}));
            CliRun run = validate(in);
            assertThat(run.exit).isEqualTo(1);
            assertThat(findings()).anySatisfy(f -> assertThat(f[8]).startsWith("Arket Politikområder mangler"));
        }
    }
}
