package dk.aarsrapport.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import dk.aarsrapport.support.CliRun;
import dk.aarsrapport.support.CsvFixture;
import dk.aarsrapport.support.Samples;

/**
 * R8 from the command line: {@code --previous}, the sibling {@code input/<Y-1>/} found by itself, a sibling
 * that cannot be read, and what an unchanged rerun and a changed previous year do. Last year is the 2015
 * sample; this year is made from it, its Regnskab 2015 column what 2015 published, but for one restated line.
 */
class PreviousYearCliTest {

    private static final String HEADER = "Politikområde;Linje;Regnskab 2015;Budget 2016;Korr. budget 2016;"
            + "Regnskab 2016;Afvigelse";
    /** The line this year restates: 2015 published 137.236 for it. */
    private static final String RESTATED = "Sygedagpenge";

    @TempDir
    Path tmp;

    /** This year, 2016, in {@code root/2016}: 2015's sample moved a year on, one line's Regnskab 2015 restated. */
    private Path year2016(Path root) throws IOException {
        Path in = Samples.copy(Samples.CSV_2015, root.resolve("2016"));
        List<String[]> rows = CsvFixture.rows(in.resolve("regnskab.csv"));
        List<String[]> moved = new java.util.ArrayList<>();
        moved.add(HEADER.split(";"));
        for (String[] r : rows.subList(1, rows.size())) {
            String[] m = r.clone();
            m[2] = r[1].equals(RESTATED) ? "137.240" : r[5];
            moved.add(m);
        }
        CsvFixture.write(in.resolve("regnskab.csv"), moved);
        return in;
    }

    private Path year2015(Path folder) throws IOException {
        return Samples.copy(Samples.CSV_2015, folder);
    }

    private CliRun run(String command, Path in, String... more) {
        List<String> args = new java.util.ArrayList<>(List.of(command, "--input", in.toString(), "--output",
                tmp.resolve("out").toString()));
        args.addAll(List.of(more));
        return CliRun.of(tmp.resolve("data"), args.toArray(String[]::new));
    }

    private List<String> r8() throws IOException {
        return Files.readAllLines(tmp.resolve("out/validering.csv"), StandardCharsets.UTF_8).stream()
                .filter(l -> l.startsWith("ADVARSEL;R8;")).toList();
    }

    private String html() throws IOException {
        return Files.readString(tmp.resolve("out/validering.html"), StandardCharsets.UTF_8);
    }

    @Nested
    class Previous {
        @Test
        void aMissingFolderIsExit2WithOneDanishLine() throws IOException {
            Path in = year2016(tmp.resolve("input"));
            CliRun r = run("generate", in, "--previous", tmp.resolve("findes-ikke").toString());
            assertThat(r.exit).as(r.toString()).isEqualTo(2);
            assertThat(r.err.strip().lines()).singleElement().asString().contains("findes-ikke", "--previous",
                    "findes ikke");
            assertThat(tmp.resolve("out")).doesNotExist();
        }

        @Test
        void theYearsOwnInputIsExit2() throws IOException {
            Path in = year2016(tmp.resolve("input"));
            CliRun r = run("generate", in, "--previous", in.toString());
            assertThat(r.exit).as(r.toString()).isEqualTo(2);
            assertThat(r.err).contains("årets egen inputmappe");
        }

        @Test
        void anExplicitFolderAnywhereIsComparedWith() throws IOException {
            Path in = year2016(tmp.resolve("a"));
            Path last = year2015(tmp.resolve("b/sidste-aar"));
            CliRun r = run("validate", in, "--previous", last.toString());
            assertThat(r.exit).as(r.toString()).isZero();
            assertThat(r8()).singleElement().asString().contains("linje 5, kolonne Regnskab 2015", "137.240;137.236",
                    "\"\"Sygedagpenge\"\" er 137.240, men årsberetningen for 2015 viste 137.236 (forskel 4)");
            assertThat(html()).contains("fra b/sidste-aar (R8): 23 linjer");
        }

        @Test
        void anExplicitFolderWithACorruptWorkbookIsExit2NamingIt() throws IOException {
            Path in = year2016(tmp.resolve("a"));
            Path last = Files.createDirectories(tmp.resolve("b/2015"));
            Files.write(last.resolve("aarsregnskab.xlsx"), new byte[] {'P', 'K', 3, 4, 9, 9, 9});
            CliRun r = run("generate", in, "--previous", last.toString());
            assertThat(r.exit).as(r.toString()).isEqualTo(2);
            assertThat(r.err.strip().lines()).singleElement().asString().contains("--previous", "aarsregnskab.xlsx");
        }
    }

    @Nested
    class Sibling {
        @Test
        void isFoundByItself() throws IOException {
            Path in = year2016(tmp.resolve("input"));
            year2015(tmp.resolve("input/2015"));
            CliRun r = run("validate", in);
            assertThat(r.exit).as(r.toString()).isZero();
            assertThat(r8()).singleElement().asString().contains(RESTATED);
            assertThat(html()).contains("Sammenligning med sidste år", "fra input/2015 (R8): 23 linjer")
                    .doesNotContain("Ikke sammenlignet");
        }

        @Test
        void noneIsNoFindingAndTheReportSaysSo() throws IOException {
            Path in = year2016(tmp.resolve("input"));
            CliRun r = run("validate", in);
            assertThat(r.exit).as(r.toString()).isZero();
            assertThat(r8()).isEmpty();
            assertThat(html()).contains("forrige års input blev ikke fundet (input/2015)");
        }

        @Test
        void aCorruptWorkbookIsAWarningAndTheYearStillRuns() throws IOException {
            Path in = year2016(tmp.resolve("input"));
            Path last = Files.createDirectories(tmp.resolve("input/2015"));
            Files.write(last.resolve("aarsregnskab.xlsx"), new byte[] {'P', 'K', 3, 4, 9, 9, 9});
            CliRun r = run("generate", in);
            assertThat(r.exit).as(r.toString()).isZero();
            assertThat(r.out).contains("2 af 2 politikområder dannet");
            assertThat(r8()).singleElement().asString().contains("input/2015", "aarsregnskab.xlsx",
                    "ikke sammenlignet");
        }
    }

    @Test
    void anUnchangedRerunDrawsNothingAndAChangedPreviousYearRenewsTheReports() throws IOException {
        Path in = year2016(tmp.resolve("input"));
        Path last = year2015(tmp.resolve("input/2015"));
        assertThat(run("generate", in).exit).isZero();
        assertThat(r8()).hasSize(1);
        CliRun unchanged = run("generate", in);
        assertThat(unchanged.out).as(unchanged.toString()).contains("0 af 2 politikområder dannet")
                .contains("Ingen ændringer siden sidste kørsel.");
        assertThat(Files.readString(tmp.resolve("out/manifest.json"))).contains("../2015/regnskab.csv");
        // last year's figure corrected to what this year says it was: the warning goes, and nothing is redrawn
        Path regnskab = last.resolve("regnskab.csv");
        Files.writeString(regnskab, Files.readString(regnskab, StandardCharsets.UTF_8).replace(";137.236;", ";137.240;"),
                StandardCharsets.UTF_8);
        CliRun changed = run("generate", in);
        assertThat(changed.exit).as(changed.toString()).isZero();
        assertThat(changed.out).contains("0 af 2 politikområder dannet").doesNotContain("Ingen ændringer");
        assertThat(r8()).isEmpty();
        assertThat(Files.readString(tmp.resolve("out/aendringer.html"), StandardCharsets.UTF_8))
                .contains("løst", "R8", RESTATED);
    }
}
