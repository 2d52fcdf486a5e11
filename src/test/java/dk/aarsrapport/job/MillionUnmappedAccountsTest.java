package dk.aarsrapport.job;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.junit.jupiter.api.io.TempDir;

import dk.aarsrapport.support.ChildJvm;
import dk.aarsrapport.support.TestDatabase;

/**
 * A ledger of a million accounts that no Kontoplan row maps, through the real {@code generate} in a JVM of
 * 256 MB heap: one K1 per account in validering.csv and validering.html, a console line that sums the
 * missing money, exit 1. What shows that findings are never held all at once is that the run ends at all:
 * a million findings as objects are several times the heap.
 *
 * <p>Minutes, not seconds (the run reads, stages and reports a million rows), so it runs only where
 * {@code -Daarsrapport.test.million=true} is given: {@code .ci/run}.
 */
@EnabledIfSystemProperty(named = "aarsrapport.test.million", matches = "true")
class MillionUnmappedAccountsTest {

    static final int ACCOUNTS = 1_000_000;

    @TempDir
    Path tmp;

    @Test
    void everyAccountIsAFindingAndTheConsoleSumsTheMissingMoney() throws Exception {
        Path in = Files.createDirectories(tmp.resolve("in"));
        write(in.resolve("rapport.csv"), "Felt;Værdi", "Kommune;Prøvekommune", "Titel;Regnskab", "Beløbsenhed;1.000 kr.");
        write(in.resolve("politikomraader.csv"), "Nr;Politikområde;Udvalg", "10;Område A;Udvalg A");
        // the one account Kontoplan maps gives Område A its table; every other account is on funktion 5.xx.yy
        write(in.resolve("kontoplan.csv"), "Funktion;Dranst;Art;Sted;Politikområde;Linje", "0.22.01;;;;Område A;Linje A");
        try (BufferedWriter w = Files.newBufferedWriter(in.resolve("konti.csv"), StandardCharsets.UTF_8)) {
            w.write("\uFEFFFunktion;Dranst;Art;Sted;Kontonavn;Regnskab 2014;Budget 2015;Korr. budget 2015;Regnskab 2015\n");
            w.write("0.22.01;1;4.0;;Kortlagt konto;1.000;1.000;1.000;1.000\n");
            for (int i = 0; i < ACCOUNTS; i++) {
                // Regnskab 2015 is the account's number in kroner, so the sum (n(n-1)/2) is the database's doing
                w.write("5." + two(i % 100) + "." + two(i / 100 % 100) + ";1;4.0;" + i + ";Konto " + i
                        + ";1.000;2.000-;(3.000);" + danish(i) + "\n");
            }
        }
        Path out = tmp.resolve("out");
        Path console = tmp.resolve("console.txt");
        ProcessBuilder pb = ChildJvm.longProgram(List.of("-Xmx256m", "-Djava.io.tmpdir=" + tmp), "generate",
                "--year", "2015", "--input", in.toString(), "--output", out.toString());
        pb.environment().put("AARSRAPPORT_DATA_DIR", tmp.resolve("data").toString());
        pb.environment().putAll(TestDatabase.environment());
        pb.redirectErrorStream(true).redirectOutput(console.toFile());
        Process p = pb.start();
        if (!p.waitFor(2, TimeUnit.HOURS)) {
            p.destroyForcibly();
        }
        String said = Files.readString(console, StandardCharsets.UTF_8);
        assertThat(p.exitValue()).as(said).isEqualTo(1);
        assertThat(said).doesNotContain("OutOfMemoryError", "Exception", "at dk.");
        assertThat(said).contains("FEJL K1: 1.000.000 konti i Konti hører ikke til nogen linje i Kontoplan, så "
                + "rapporten mangler tilsammen (Regnskab 2014 1.000.000.000 kr., Budget 2015 -2.000.000.000 kr., "
                + "Korr. budget 2015 -3.000.000.000 kr., Regnskab 2015 499.999.500.000 kr.)");
        assertThat(said).contains("1.000.001 fejl, 0 advarsler");
        // the header, the summary and one line per account, nothing else
        long lines = 0;
        long k1 = 0;
        try (BufferedReader r = Files.newBufferedReader(out.resolve("validering.csv"), StandardCharsets.UTF_8)) {
            for (String line = r.readLine(); line != null; line = r.readLine()) {
                lines++;
                k1 += line.startsWith("FEJL;K1;;konti.csv;konti;linje ") ? 1 : 0;
            }
        }
        assertThat(lines).isEqualTo(ACCOUNTS + 2);
        assertThat(k1).isEqualTo(ACCOUNTS);
        long rows = 0;
        try (BufferedReader r = Files.newBufferedReader(out.resolve("validering.html"), StandardCharsets.UTF_8)) {
            for (String line = r.readLine(); line != null; line = r.readLine()) {
                rows += line.startsWith("<tr><td class=\"FEJL\">FEJL</td><td>K1</td>") ? 1 : 0;
            }
        }
        assertThat(rows).isEqualTo(ACCOUNTS + 1);
    }

    private static String two(int n) {
        return n < 10 ? "0" + n : String.valueOf(n);
    }

    /** A whole number of kroner as the ERP writes it: 1.234.567. */
    private static String danish(long n) {
        String s = String.valueOf(n);
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < s.length(); i++) {
            if (i > 0 && (s.length() - i) % 3 == 0) {
                sb.append('.');
            }
            sb.append(s.charAt(i));
        }
        return sb.toString();
    }

    private static void write(Path file, String... lines) throws IOException {
        Files.writeString(file, "\uFEFF" + String.join("\n", lines) + "\n", StandardCharsets.UTF_8);
    }
}
