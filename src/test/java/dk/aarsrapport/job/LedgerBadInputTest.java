package dk.aarsrapport.job;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import dk.aarsrapport.support.CliRun;
import dk.aarsrapport.support.CsvFixture;
import dk.aarsrapport.support.Samples;

/**
 * Every kind of bad ledger input of issue 17 through the real {@code generate}: each is a Danish finding naming
 * file, sheet and cell, exit 1 (readable but wrong, validation.md), no stack trace on the console, and no PDF
 * of a politikområde whose figures it touches; the ERP's negative forms are read as negatives.
 */
class LedgerBadInputTest {

    @TempDir
    Path tmp;

    private Path ledgerInput() throws IOException {
        Path in = Samples.copy(LedgerSampleFunctionalTest.LEDGER, Samples.copy(Samples.CSV_2015,
                tmp.resolve("input/2015")));
        Files.delete(in.resolve("regnskab.csv"));
        return in;
    }

    private static void append(Path file, String... rows) throws IOException {
        Files.writeString(file, String.join("\r\n", rows) + "\r\n", StandardCharsets.UTF_8, StandardOpenOption.APPEND);
    }

    private CliRun generate(Path in) {
        return CliRun.of(tmp.resolve("data"), "generate", "--input", in.toString(), "--output",
                tmp.resolve("output/2015").toString());
    }

    private List<String[]> findings() throws IOException {
        List<String[]> rows = CsvFixture.rows(tmp.resolve("output/2015/validering.csv"));
        return rows.subList(1, rows.size());
    }

    /** What a finished run leaves: the published files, no work folder, no PDF of a blocked politikområde. */
    private void assertNothingHalfWritten() throws IOException {
        try (Stream<Path> files = Files.list(tmp.resolve("output/2015"))) {
            assertThat(files.map(p -> p.getFileName().toString())).containsExactlyInAnyOrder("aarsberetning-2015.pdf",
                    "aendringer.html", "manifest.json", "pakker", "sporbarhed.csv", "validering.csv", "validering.html");
        }
        assertThat(tmp.resolve("output/2015/politikomraader")).doesNotExist();
    }

    private static void assertNoStackTrace(CliRun run) {
        assertThat(run.out + run.err).doesNotContain("Exception", "at dk.", "\tat ");
        assertThat(run.err).isEmpty();
    }

    @Test
    void badKontiAndKontoplanRowsAreEachAFindingOnTheirCell() throws IOException {
        Path in = ledgerInput();
        append(in.resolve("konti.csv"), "5-38-50;1;;;Bindestreger;0;0;0;100", "abc;1;;;Bogstaver;0;0;0;100",
                "5.57.72;12;;;Dranst tolv;0;0;0;100", "9.99.01;1;;;Minus bagefter;0;0;0;1.234-",
                "9.99.02;1;;;Parentes;0;0;0;(1.234)", "5.57.72;1;;9999;Skrald;0;0;0;12x");
        append(in.resolve("kontoplan.csv"), "9.99.03;;;;Ukendt område;X",
                "abc;;;;Arbejdsmarkeds- og overførselsområdet;Y", "5.57.72;0;;;Arbejdsmarkeds- og overførselsområdet;Z");
        CliRun run = generate(in);
        assertThat(run.exit).as(run.toString()).isEqualTo(1);
        assertNoStackTrace(run);
        assertThat(run.out).contains(
                "FEJL S1 konti.csv linje 32, kolonne Funktion: Funktion \"5-38-50\" er ikke en funktion i den "
                        + "autoriserede kontoplan; skriv den som 5.57.72 (eller 55772).",
                "FEJL S1 konti.csv linje 33, kolonne Funktion: Funktion \"abc\" er ikke en funktion",
                "FEJL S1 konti.csv linje 34, kolonne Dranst: Dranst skal være et tal fra 1 til 9, men er \"12\".",
                "FEJL S1 konti.csv linje 37, kolonne Regnskab 2015: Regnskab 2015 skal være et tal, men cellen "
                        + "indeholder \"12x\".",
                // 1.234- and (1.234) are both −1.234: the two unplaced accounts miss −2.468 kr. together
                "FEJL K1: 2 konti i Konti hører ikke til nogen linje i Kontoplan, så rapporten mangler tilsammen "
                        + "(Regnskab 2014 0 kr., Budget 2015 0 kr., Korr. budget 2015 0 kr., Regnskab 2015 -2.468 kr.)",
                "FEJL K1 konti.csv linje 35, kolonne Funktion: Kontoen 9.99.01, dranst 1 (række 35)",
                "FEJL K2 Ukendt område, kontoplan.csv linje 26, kolonne Politikområde: Kontoplan-rækken 26 henviser "
                        + "til politikområdet \"Ukendt område\", som ikke findes i arket Politikområder",
                "FEJL K2 Arbejdsmarkeds- og overførselsområdet, kontoplan.csv linje 27, kolonne Funktion: \"abc\" i "
                        + "Kontoplan-rækken 27 er ikke et mønster",
                "FEJL K2 Arbejdsmarkeds- og overførselsområdet, kontoplan.csv linje 28, kolonne Dranst: \"0\" i "
                        + "Kontoplan-rækken 28 er ikke et mønster",
                "0 af 2 politikområder dannet, 2 ikke udgivet");
        // the report names file, sheet and cell of each, the amounts of the ERP forms as read
        assertThat(findings()).extracting(f -> f[1] + " " + f[3] + " " + f[4] + " " + f[5] + " " + f[6]).contains(
                "S1 konti.csv konti linje 32, kolonne Funktion 5-38-50", "S1 konti.csv konti linje 33, kolonne Funktion abc",
                "S1 konti.csv konti linje 34, kolonne Dranst 12", "S1 konti.csv konti linje 37, kolonne Regnskab 2015 12x",
                "K2 kontoplan.csv kontoplan linje 26, kolonne Politikområde Ukendt område",
                "K2 kontoplan.csv kontoplan linje 27, kolonne Funktion abc",
                "K2 kontoplan.csv kontoplan linje 28, kolonne Dranst 0");
        assertThat(findings()).filteredOn(f -> f[5].equals("linje 36, kolonne Funktion")).singleElement()
                .satisfies(f -> assertThat(f[8]).contains("Regnskab 2015 -1.234 kr."));
        assertNothingHalfWritten();
    }

    @Test
    void anAmountColumnForAnotherYearIsAFindingOnItsHeader() throws IOException {
        Path in = ledgerInput();
        Path konti = in.resolve("konti.csv");
        List<String> lines = Files.readAllLines(konti, StandardCharsets.UTF_8);
        lines.set(0, lines.get(0).replace("Regnskab 2014", "Regnskab 2013"));
        Files.write(konti, lines, StandardCharsets.UTF_8);
        CliRun run = generate(in);
        assertThat(run.exit).as(run.toString()).isEqualTo(1);
        assertNoStackTrace(run);
        assertThat(run.out).contains("FEJL S1 konti.csv linje 1, kolonne Regnskab 2013: Kolonneoverskriften "
                + "\"Regnskab 2013\" passer ikke til regnskabsåret 2015: forventet \"Regnskab 2014 eller Regnskab 2015\"; "
                + "kolonnen bliver ikke læst.", "0 af 2 politikområder dannet, 2 ikke udgivet");
        assertNothingHalfWritten();
    }
}
