package dk.aarsrapport.job;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import dk.aarsrapport.base.Manifest;
import dk.aarsrapport.base.Sha256;
import dk.aarsrapport.job.IncrementalRunTest.State;
import dk.aarsrapport.support.CliRun;
import dk.aarsrapport.support.Samples;

/**
 * The nightly run's economy when the accounts table is built from the ledger: an unchanged rerun draws
 * nothing; a change only in Konti, or only in Kontoplan, redraws exactly the politikområde whose table it
 * changes (with the whole report and the packs that hold it), and the change report names the line and the
 * account; manifest.json gives the hashes of konti.csv and kontoplan.csv as read; history counts each run's
 * drawn and unchanged politikområder.
 */
class LedgerIncrementalRunTest {

    private static final String AREA_10 = "politikomraader/10-arbejdsmarkeds-og-overfoerselsomraadet.pdf";
    private static final String AREA_20 = "politikomraader/20-beskaeftigelsestilbud.pdf";
    private static final String WHOLE = "aarsberetning-2015.pdf";

    @TempDir
    Path tmp;

    @Test
    void aChangeInKontiOrKontoplanRedrawsOnlyTheArea() throws Exception {
        Path in = Samples.copy(Samples.LEDGER_2015, Samples.copy(Samples.CSV_2015, tmp.resolve("input/2015")));
        Files.delete(in.resolve("regnskab.csv"));
        Path out = tmp.resolve("output/2015");
        Path data = tmp.resolve("data");
        String[] generate = {"generate", "--input", in.toString(), "--output", out.toString()};
        CliRun firstRun = CliRun.of(data, generate);
        assertThat(firstRun.exit).as(firstRun.toString()).isZero();
        Map<String, State> first = IncrementalRunTest.pdfs(out);
        assertThat(first).hasSize(6).containsKeys(AREA_10, AREA_20, WHOLE);
        assertRead(out, in);
        Thread.sleep(1100); // so that a rewritten file would show a later modification time

        CliRun unchanged = CliRun.of(data, generate);
        assertThat(unchanged.exit).as(unchanged.toString()).isZero();
        assertThat(IncrementalRunTest.rewritten(first, IncrementalRunTest.pdfs(out))).isEmpty();
        assertThat(unchanged.out).contains("0 af 2 politikområder dannet").contains("Ingen ændringer siden sidste kørsel.");

        // Konti only: one account of Beskæftigelsestilbud gets 1.000 kr. more, its line 8.321 → 8.322 (a million
        // more would contradict the narrative's forbrugsprocent: R4 would block the politikområde)
        replace(in.resolve("konti.csv"), "UU, lønninger;6.997.000;7.081.000;8.510.000;8.320.850",
                "UU, lønninger;6.997.000;7.081.000;8.510.000;8.321.850");
        CliRun konti = CliRun.of(data, generate);
        assertThat(konti.exit).as(konti.toString()).isZero();
        Map<String, State> second = IncrementalRunTest.pdfs(out);
        assertThat(IncrementalRunTest.rewritten(first, second)).containsExactlyInAnyOrder(AREA_20, WHOLE,
                "pakker/beskaeftigelsesudvalget.pdf", "pakker/direktoer-for-job-velfaerd.pdf",
                "pakker/leder-af-beskaeftigelsestilbud.pdf");
        assertThat(konti.out).contains("1 af 2 politikområder dannet");
        assertThat(out.resolve("aendringer.html")).content(StandardCharsets.UTF_8)
                .contains("\"Ungdommens Uddannelsesvejledning\", Regnskab 2015: 8.321 → 8.322")
                .contains("kontoen 3.38.76, dranst 1, art 1.0 (linjen \"Ungdommens Uddannelsesvejledning\"), "
                        + "Regnskab 2015: 8.320.850 → 8.321.850 kr.")
                .doesNotContain("Arbejdsmarkeds- og overførselsområdet");
        assertRead(out, in);
        Thread.sleep(1100);

        // Kontoplan only: one account of Arbejdsmarkeds- og overførselsområdet is put in a line of its own name
        replace(in.resolve("kontoplan.csv"), "5.57.76;;;;Arbejdsmarkeds- og overførselsområdet;Sociale formål",
                "5.57.76;;;;Arbejdsmarkeds- og overførselsområdet;Sociale formål i øvrigt");
        CliRun plan = CliRun.of(data, generate);
        assertThat(plan.exit).as(plan.toString()).isZero();
        assertThat(IncrementalRunTest.rewritten(second, IncrementalRunTest.pdfs(out))).containsExactlyInAnyOrder(
                AREA_10, WHOLE, "pakker/beskaeftigelsesudvalget.pdf", "pakker/direktoer-for-job-velfaerd.pdf");
        assertThat(out.resolve("aendringer.html")).content(StandardCharsets.UTF_8)
                .contains("ny linje \"Sociale formål i øvrigt\"").contains("linjen \"Sociale formål\" er fjernet")
                .contains("kontoen 5.57.76, dranst 1, art 5.2 er flyttet fra linjen \"Sociale formål\" til "
                        + "\"Sociale formål i øvrigt\"")
                .doesNotContain("Beskæftigelsestilbud");
        assertRead(out, in);
        Map<String, State> third = IncrementalRunTest.pdfs(out);
        Thread.sleep(1100);

        // Kontoplan only, no amount: two lines of Beskæftigelsestilbud change places, as the table does
        String uu = "3.38.76;;;;Beskæftigelsestilbud;Ungdommens Uddannelsesvejledning\r\n";
        String ps = "3.30.44;;;;Beskæftigelsestilbud;Produktionsskoler\r\n";
        replace(in.resolve("kontoplan.csv"), uu + ps, ps + uu);
        CliRun order = CliRun.of(data, generate);
        assertThat(order.exit).as(order.toString()).isZero();
        assertThat(IncrementalRunTest.rewritten(third, IncrementalRunTest.pdfs(out))).containsExactlyInAnyOrder(
                AREA_20, WHOLE, "pakker/beskaeftigelsesudvalget.pdf", "pakker/direktoer-for-job-velfaerd.pdf",
                "pakker/leder-af-beskaeftigelsestilbud.pdf");
        assertThat(order.out).doesNotContain("Ingen ændringer");
        assertThat(out.resolve("aendringer.html")).content(StandardCharsets.UTF_8)
                .contains("linjernes rækkefølge er ændret: \"Produktionsskoler\" står nu før \"Ungdommens "
                        + "Uddannelsesvejledning\"")
                .doesNotContain("Arbejdsmarkeds- og overførselsområdet");

        // history, newest first: drawn 1 / unchanged 1 for each of the three changes, 0 / 2 for the rerun; only
        // this test's runs (on PostgreSQL every test shares one database and its history)
        CliRun history = CliRun.of(data, "history");
        assertThat(history.exit).as(history.toString()).isZero();
        List<String> runs = history.out.lines().skip(1).filter(l -> l.endsWith(" " + out))
                .map(l -> String.join(" ", List.of(l.split("\\s+")).subList(8, 11))).toList();
        assertThat(runs).as(history.out).containsExactly("1 1 0", "1 1 0", "1 1 0", "0 2 0", "2 0 0");
    }

    /**
     * 400 kr. more on one account moves no printed figure of the table: without the appendix nothing is
     * redrawn (the change report still names the account); with Kontospecifikation = ja the appendix prints
     * the account's kroner, so the same kind of change redraws its politikområde, and only that one.
     */
    @Test
    void anAccountsChangeBelowTheTablesRoundingRedrawsOnlyWhereTheAppendixPrintsIt() throws Exception {
        Path in = Samples.copy(Samples.LEDGER_2015, Samples.copy(Samples.CSV_2015, tmp.resolve("input/2015")));
        Files.delete(in.resolve("regnskab.csv"));
        Path out = tmp.resolve("output/2015");
        Path data = tmp.resolve("data");
        String[] generate = {"generate", "--input", in.toString(), "--output", out.toString()};
        assertThat(CliRun.of(data, generate).exit).isZero();
        Map<String, State> first = IncrementalRunTest.pdfs(out);
        Thread.sleep(1100);

        replace(in.resolve("konti.csv"), "Sygedagpenge, Karup;56.683.176;52.764.000;54.666.800;54.894.400",
                "Sygedagpenge, Karup;56.683.176;52.764.000;54.666.800;54.894.800");
        CliRun below = CliRun.of(data, generate);
        assertThat(below.exit).as(below.toString()).isZero();
        assertThat(below.out).contains("0 af 2 politikområder dannet");
        assertThat(IncrementalRunTest.rewritten(first, IncrementalRunTest.pdfs(out))).isEmpty();
        assertThat(out.resolve("aendringer.html")).content(StandardCharsets.UTF_8)
                .contains("Regnskab 2015: 54.894.400 → 54.894.800 kr.");

        Files.writeString(in.resolve("rapport.csv"), "Kontospecifikation;ja\r\n", StandardCharsets.UTF_8,
                java.nio.file.StandardOpenOption.APPEND);
        CliRun appendix = CliRun.of(data, generate);
        assertThat(appendix.exit).as(appendix.toString()).isZero();
        assertThat(appendix.out).contains("2 af 2 politikområder dannet");
        Map<String, State> withAppendix = IncrementalRunTest.pdfs(out);
        Thread.sleep(1100);

        replace(in.resolve("konti.csv"), "Sygedagpenge, Karup;56.683.176;52.764.000;54.666.800;54.894.800",
                "Sygedagpenge, Karup;56.683.176;52.764.000;54.666.800;54.895.200");
        CliRun printed = CliRun.of(data, generate);
        assertThat(printed.exit).as(printed.toString()).isZero();
        assertThat(printed.out).contains("1 af 2 politikområder dannet");
        assertThat(IncrementalRunTest.rewritten(withAppendix, IncrementalRunTest.pdfs(out))).containsExactlyInAnyOrder(
                AREA_10, WHOLE, "pakker/beskaeftigelsesudvalget.pdf", "pakker/direktoer-for-job-velfaerd.pdf");
    }

    /** manifest.json names konti.csv and kontoplan.csv with the sha256 of the files as they are now. */
    private static void assertRead(Path out, Path in) throws Exception {
        Manifest m = Manifest.read(out).orElseThrow();
        assertThat(m.read()).extracting(Manifest.ReadFile::file, Manifest.ReadFile::sha256).contains(
                org.assertj.core.groups.Tuple.tuple("konti.csv", Sha256.of(in.resolve("konti.csv"))),
                org.assertj.core.groups.Tuple.tuple("kontoplan.csv", Sha256.of(in.resolve("kontoplan.csv"))));
    }

    private static void replace(Path file, String from, String to) throws IOException {
        String text = Files.readString(file, StandardCharsets.UTF_8);
        assertThat(text).contains(from);
        Files.writeString(file, text.replace(from, to), StandardCharsets.UTF_8);
    }
}
