package dk.aarsrapport.job;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import dk.aarsrapport.support.CliRun;
import dk.aarsrapport.support.CsvFixture;
import dk.aarsrapport.support.Samples;

/**
 * What the K-findings do to a run, as validation.md says: money no Kontoplan row places is a FEJL (exit 1)
 * that blocks no politikområde, however many accounts; a Kontoplan row that is no pattern blocks its
 * politikområde and no other. Never a stack trace, and the console sums up what is missing.
 */
class LedgerConsequencesTest {

    @TempDir
    Path tmp;

    /** The 2015 sample with its ledger in place of the typed table, plus {@code extraKonti} rows. */
    private Path ledgerInput(String... extraKonti) throws IOException {
        Path in = Samples.copy(LedgerSampleFunctionalTest.LEDGER, Samples.copy(Samples.CSV_2015,
                tmp.resolve("input/2015")));
        Files.delete(in.resolve("regnskab.csv"));
        for (String row : extraKonti) {
            Files.writeString(in.resolve("konti.csv"), row + "\r\n", StandardCharsets.UTF_8, StandardOpenOption.APPEND);
        }
        return in;
    }

    private CliRun run(String command, Path in) {
        return CliRun.of(tmp.resolve("data"), command, "--input", in.toString(), "--output",
                tmp.resolve("output/2015").toString());
    }

    private List<String[]> findings() throws IOException {
        List<String[]> rows = CsvFixture.rows(tmp.resolve("output/2015/validering.csv"));
        return rows.subList(1, rows.size());
    }

    @Test
    void anUnmappedAccountIsExitOneButBlocksNoPolitikomraade() throws IOException {
        CliRun run = run("generate", ledgerInput("6.45.51;1;1.0;;Ukendt konto;0;0;0;12.345.678"));
        assertThat(run.exit).as(run.toString()).isEqualTo(1);
        assertThat(run.out).contains("2 af 2 politikområder dannet, 0 ikke udgivet")
                .contains("FEJL K1 konti.csv linje 32, kolonne Funktion: Kontoen 6.45.51, dranst 1, art 1.0")
                .contains("Regnskab 2015 12.345.678 kr.");
        assertThat(run.err).isEmpty();
        assertThat(findings()).extracting(f -> f[1]).containsExactly("K1");
        assertThat(tmp.resolve("output/2015/sporbarhed.csv")).content(StandardCharsets.UTF_8)
                .contains(";(ingen linje i Kontoplan);6.45.51;1;1.0;;Ukendt konto;konti.csv;;32;0;0;0;12.345.678");
    }

    @Test
    void aKontoplanRowThatIsNoPatternBlocksItsPolitikomraadeOnly() throws IOException {
        Path in = ledgerInput();
        Path plan = in.resolve("kontoplan.csv");
        Files.writeString(plan, Files.readString(plan, StandardCharsets.UTF_8).replace("5.68.92;", "5-68-92;"),
                StandardCharsets.UTF_8);
        CliRun run = run("generate", in);
        assertThat(run.exit).as(run.toString()).isEqualTo(1);
        assertThat(run.out).contains("FEJL K2 Beskæftigelsestilbud, kontoplan.csv linje 25, kolonne Funktion")
                .contains("1 af 2 politikområder dannet, 1 ikke udgivet")
                .contains("Ikke udgivet på grund af valideringsfejl: 20 Beskæftigelsestilbud.");
        assertThat(tmp.resolve("output/2015/politikomraader/10-arbejdsmarkeds-og-overfoerselsomraadet.pdf")).exists();
        assertThat(tmp.resolve("output/2015/politikomraader/20-beskaeftigelsestilbud.pdf")).doesNotExist();
        assertThat(run.err).isEmpty();
    }

    @Test
    void theChangeReportSaysWhichAccountChangedWhichLine() throws IOException {
        Path in = ledgerInput();
        assertThat(run("generate", in).exit).isZero();
        Path konti = in.resolve("konti.csv");
        Files.writeString(konti, Files.readString(konti, StandardCharsets.UTF_8).replace(
                "Sygedagpenge, Karup;56.683.176;52.764.000;54.666.800;54.894.400",
                "Sygedagpenge, Karup;56.683.176;52.764.000;54.666.800;54.894.800"), StandardCharsets.UTF_8);
        CliRun changed = run("generate", in);
        assertThat(changed.exit).as(changed.toString()).isZero();
        // 400 kr. more changes no printed figure (137.236 either way), but the account's change is reported
        assertThat(tmp.resolve("output/2015/aendringer.html")).content(StandardCharsets.UTF_8)
                .contains("kontoen 5.57.72, dranst 1, art 5.2, sted 3200 (linjen \"Sygedagpenge\"), Regnskab 2015: "
                        + "54.894.400 → 54.894.800 kr.")
                .doesNotContain("\"Sygedagpenge\", Regnskab 2015:");
    }

    /**
     * Many accounts that no row places: each is its own finding, and one finding before them says how much
     * money is missing in all. 20.000 here keeps the suite's time; a million belongs in scripts/benchmark.sh.
     */
    @Test
    void manyUnmappedAccountsAreEachNamedAndSummedUpOnTheConsole() throws IOException {
        int n = 20_000;
        Path in = ledgerInput();
        try (BufferedWriter w = Files.newBufferedWriter(in.resolve("konti.csv"), StandardCharsets.UTF_8,
                StandardOpenOption.APPEND)) {
            for (int i = 0; i < n; i++) {
                // hovedkonto 9 has no Kontoplan row: every one of these accounts is unplaced
                w.write("9." + String.format("%02d.%02d", i / 100 % 100, i % 100) + ";1;;" + (i / 10_000 + 1)
                        + ";Konto " + i + ";0;0;0;" + (i % 2 == 0 ? "1.000" : "1.000,50") + "\r\n");
            }
        }
        CliRun run = run("validate", in);
        assertThat(run.exit).as(run.err).isEqualTo(1);
        assertThat(run.err).isEmpty();
        assertThat(run.out).contains("FEJL K1: 20.000 konti i Konti hører ikke til nogen linje i Kontoplan, så "
                + "rapporten mangler tilsammen (Regnskab 2014 0 kr., Budget 2015 0 kr., Korr. budget 2015 0 kr., "
                + "Regnskab 2015 20.005.000 kr.)");
        assertThat(run.out).contains("… og 19.976 fejl mere").contains("20.001 fejl, 0 advarsler"); // Danish counts
        long k1 = Files.lines(tmp.resolve("output/2015/validering.csv"), StandardCharsets.UTF_8)
                .filter(l -> l.startsWith("FEJL;K1;")).count();
        assertThat(k1).isEqualTo(n + 1);
    }
}
