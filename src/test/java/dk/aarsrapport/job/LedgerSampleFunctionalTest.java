package dk.aarsrapport.job;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

import dk.aarsrapport.base.DanishNumbers;
import dk.aarsrapport.support.CliRun;
import dk.aarsrapport.support.CsvFixture;
import dk.aarsrapport.support.Pdfs;
import dk.aarsrapport.support.Samples;

/**
 * The 2015 sample's ledger (sample-2015-ledger-csv, made by scripts/sample-ledger.py) in place of its typed
 * Regnskab: the engine builds the same two accounts tables, rounding differences of the printed report
 * included, and the same PDFs; sporbarhed.csv traces every krone; beside the typed table, K4 finds nothing.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class LedgerSampleFunctionalTest {

    static final Path LEDGER = Path.of("src/test/resources/sample-2015-ledger-csv");
    static final List<String> AREAS = List.of("politikomraader/10-arbejdsmarkeds-og-overfoerselsomraadet.pdf",
            "politikomraader/20-beskaeftigelsestilbud.pdf");

    @TempDir
    static Path tmp;

    CliRun typed;
    CliRun ledger;
    CliRun both;
    Path typedOut;
    Path ledgerOut;
    Path bothOut;

    @BeforeAll
    void runThree() throws IOException {
        Path typedIn = Samples.copy(Samples.CSV_2015, tmp.resolve("typed/input/2015"));
        typedOut = tmp.resolve("typed/output/2015");
        typed = CliRun.of(tmp.resolve("data-typed"), "generate", "--input", typedIn.toString(), "--output",
                typedOut.toString());

        Path ledgerIn = Samples.copy(LEDGER, Samples.copy(Samples.CSV_2015, tmp.resolve("ledger/input/2015")));
        Files.delete(ledgerIn.resolve("regnskab.csv"));
        ledgerOut = tmp.resolve("ledger/output/2015");
        ledger = CliRun.of(tmp.resolve("data-ledger"), "generate", "--input", ledgerIn.toString(), "--output",
                ledgerOut.toString());

        Path bothIn = Samples.copy(LEDGER, Samples.copy(Samples.CSV_2015, tmp.resolve("both/input/2015")));
        bothOut = tmp.resolve("both/output/2015");
        both = CliRun.of(tmp.resolve("data-both"), "validate", "--input", bothIn.toString(), "--output",
                bothOut.toString());
    }

    /** The Regnskabsresultat table as pdftotext-like text: from its unit line to its forbrugsprocent. */
    private static String table(Path pdf) throws IOException {
        String text = Pdfs.text(pdf);
        int from = text.indexOf("Beløb i ");
        int to = text.indexOf("Forbrugsprocent", from);
        assertThat(from).as("the accounts table of " + pdf).isNotNegative();
        return text.substring(from, text.indexOf('\n', to));
    }

    @Test
    void theLedgerAloneBuildsTheSameTablesAsTheTypedSample() throws IOException {
        assertThat(typed.exit).as(typed.toString()).isZero();
        assertThat(ledger.exit).as(ledger.toString()).isZero();
        assertThat(ledger.out).contains("2 af 2 politikområder dannet").contains("0 fejl");
        for (String pdf : AREAS) {
            String built = table(ledgerOut.resolve(pdf));
            assertThat(built).isEqualTo(table(typedOut.resolve(pdf)));
            // the whole politikområde says the same, narrative and its linked figures included
            assertThat(Pdfs.text(ledgerOut.resolve(pdf))).isEqualTo(Pdfs.text(typedOut.resolve(pdf)))
                    .as("filled from the built table").doesNotContain("{");
        }
        // the printed rounding differences: each I alt is one off the sum of its lines in one column
        assertThat(table(ledgerOut.resolve(AREAS.get(0)))).contains("I alt 744.632 735.265 771.184 784.804 13.620");
        assertThat(table(ledgerOut.resolve(AREAS.get(1)))).contains("I alt 10.502 10.392 14.884 12.313 -2.571");
    }

    @Test
    void besideTheTypedTableK4FindsNothing() throws IOException {
        assertThat(both.exit).as(both.toString()).isZero();
        List<String[]> findings = CsvFixture.rows(bothOut.resolve("validering.csv"));
        assertThat(findings.subList(1, findings.size())).noneMatch(f -> f[1].startsWith("K"));
    }

    @Test
    void sporbarhedTracesEveryKroneOfTheLedgerToItsLine() throws IOException {
        Path trace = ledgerOut.resolve("sporbarhed.csv");
        assertThat(Files.readAllBytes(trace)).startsWith(0xEF, 0xBB, 0xBF);
        List<String[]> rows = CsvFixture.rows(trace);
        assertThat(rows.get(0)).containsExactly("Politikområde", "Linje", "Funktion", "Dranst", "Art", "Sted",
                "Kontonavn", "Fil", "Ark", "Række", "Regnskab 2014", "Budget 2015", "Korr. budget 2015", "Regnskab 2015");
        List<String[]> konti = CsvFixture.rows(LEDGER.resolve("konti.csv"));
        assertThat(rows).hasSize(konti.size());
        Map<String, BigDecimal> perLine = new HashMap<>();
        BigDecimal traced = BigDecimal.ZERO;
        for (String[] r : rows.subList(1, rows.size())) {
            BigDecimal regnskab = DanishNumbers.parse(r[13]).orElseThrow();
            traced = traced.add(regnskab);
            perLine.merge(r[1], regnskab, BigDecimal::add);
            assertThat(r[7]).isEqualTo("konti.csv");
        }
        BigDecimal exported = BigDecimal.ZERO;
        for (String[] k : konti.subList(1, konti.size())) {
            String v = k[8].endsWith("-") ? "-" + k[8].substring(0, k[8].length() - 1) : k[8];
            exported = exported.add(DanishNumbers.parse(v).orElseThrow());
        }
        assertThat(traced).isEqualByComparingTo(exported);
        assertThat(perLine.get("Sygedagpenge")).isEqualByComparingTo("137236000");
        assertThat(rows).noneMatch(r -> r[1].equals("(ingen linje i Kontoplan)"));
        assertThat(typedOut.resolve("sporbarhed.csv")).doesNotExist();
        assertThat(Files.readString(ledgerOut.resolve("manifest.json"))).contains("\"sporbarhed.csv\"");
    }

    @Test
    void aRunWithoutTheLedgerLeavesNoTraceOfTheOneBefore() throws IOException {
        Path in = Samples.copy(LEDGER, Samples.copy(Samples.CSV_2015, tmp.resolve("dropped/input/2015")));
        Path out = tmp.resolve("dropped/output/2015");
        CliRun withLedger = CliRun.of(tmp.resolve("data-dropped"), "validate", "--input", in.toString(), "--output",
                out.toString());
        assertThat(withLedger.exit).as(withLedger.toString()).isZero();
        assertThat(out.resolve("sporbarhed.csv")).isRegularFile();
        Files.delete(in.resolve("konti.csv"));
        Files.delete(in.resolve("kontoplan.csv"));
        CliRun without = CliRun.of(tmp.resolve("data-dropped"), "validate", "--input", in.toString(), "--output",
                out.toString());
        assertThat(without.exit).as(without.toString()).isZero();
        assertThat(out.resolve("sporbarhed.csv")).doesNotExist();
    }
}
