package dk.aarsrapport.job;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.List;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import org.verapdf.pdfa.flavours.PDFAFlavour;

import dk.aarsrapport.support.CliRun;
import dk.aarsrapport.support.CsvFixture;
import dk.aarsrapport.support.Pdfs;
import dk.aarsrapport.support.Samples;
import dk.aarsrapport.support.StructureTree;
import dk.aarsrapport.support.StructureTree.Node;
import dk.aarsrapport.support.VeraPdf;

/**
 * "Specifikation af regnskabet": with Rapport's Kontospecifikation = ja, the 2015 sample with its ledger (no typed
 * Regnskab) ends each politikområde's PDF with its lines and the accounts behind them, as sporbarhed.csv has them,
 * tagged as a heading per line over a table with column heads; with nej, there is no appendix.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class KontospecifikationFunctionalTest {

    static final String TILBUD = "politikomraader/20-beskaeftigelsestilbud.pdf";
    static final String ARBEJDSMARKED = "politikomraader/10-arbejdsmarkeds-og-overfoerselsomraadet.pdf";

    @TempDir
    static Path tmp;

    Path ja;
    Path nej;
    CliRun jaRun;

    @BeforeAll
    void generate() throws IOException {
        jaRun = run("ja", "ja");
        ja = tmp.resolve("ja/output/2015");
        assertThat(run("nej", "nej").exit).isZero();
        nej = tmp.resolve("nej/output/2015");
    }

    static CliRun run(String name, String value) throws IOException {
        Path in = ledgerInput(tmp.resolve(name + "/input/2015"), value);
        return CliRun.of(tmp.resolve(name + "/data"), "generate", "--input", in.toString(), "--output",
                tmp.resolve(name + "/output/2015").toString());
    }

    /** The sample with its ledger in place of the typed table, and {@code Kontospecifikation} set to {@code value}. */
    static Path ledgerInput(Path in, String value) throws IOException {
        Samples.copy(LedgerSampleFunctionalTest.LEDGER, Samples.copy(Samples.CSV_2015, in));
        Files.delete(in.resolve("regnskab.csv"));
        Files.writeString(in.resolve("rapport.csv"), "\nKontospecifikation;" + value + "\n", StandardCharsets.UTF_8,
                StandardOpenOption.APPEND);
        return in;
    }

    @Test
    void theAppendixListsEachLinesAccountsInDanishNumbers() throws IOException {
        assertThat(jaRun.exit).as(jaRun.toString()).isZero();
        assertThat(jaRun.out).contains("0 fejl");
        assertThat(CsvFixture.rows(ja.resolve("validering.csv"))).noneMatch(f -> f[1].equals("S1"));
        String text = Pdfs.text(ja.resolve(TILBUD));
        int appendix = text.indexOf("Specifikation af regnskabet");
        assertThat(appendix).as(text).isGreaterThan(text.indexOf("Forbrugsprocent"));
        String spec = text.substring(appendix);
        assertThat(spec).contains("Faste ejendomme", "5.38.50 3 3.2 Bygningsarbejder 0 0 0 99.850",
                "5.68.92 1 1.0 Servicejob 0 146.000 -7.000 -150");
        assertThat(Pdfs.text(ja.resolve(ARBEJDSMARKED))).contains("5.57.72 1 5.2 3100 Sygedagpenge, Viborg "
                + "85.024.764 79.146.000 82.000.200 82.341.600");
    }

    @Test
    void theAppendixHoldsWhatSporbarhedHoldsForThePolitikomraade() throws IOException {
        List<String[]> trace = CsvFixture.rows(ja.resolve("sporbarhed.csv"));
        Node doc = StructureTree.of(ja.resolve(TILBUD));
        List<Node> tables = doc.all("Table");
        List<String> printed = tables.subList(tables.size() - countLines(trace), tables.size()).stream()
                .flatMap(t -> t.kids("TR").stream().skip(1)).map(Node::allText).toList();
        List<String> traced = trace.stream().filter(r -> r[0].equals("Beskæftigelsestilbud"))
                .map(r -> String.join(" ", r[2], r[3], r[4], r[5], r[6], r[10], r[11], r[12], r[13])
                        .replaceAll("\\s+", " ").strip()).toList();
        assertThat(printed).isNotEmpty().isEqualTo(traced);
    }

    private static int countLines(List<String[]> trace) {
        return (int) trace.stream().filter(r -> r[0].equals("Beskæftigelsestilbud")).map(r -> r[1]).distinct().count();
    }

    @Test
    void theAppendixIsAHeadingOverAHeadingAndATablePerLine() throws IOException {
        Node doc = StructureTree.of(ja.resolve(TILBUD));
        assertThat(doc.all("H2").stream().map(Node::allText)).contains("Specifikation af regnskabet");
        assertThat(doc.all("H3").stream().map(Node::allText)).contains("Faste ejendomme", "Servicejob");
        Node table = doc.all("Table").get(doc.all("Table").size() - 1);
        List<Node> rows = table.kids("TR");
        assertThat(rows.get(0).kids().stream().map(Node::allText)).containsExactly("Funktion", "Dranst", "Art", "Sted",
                "Kontonavn", "Regnskab 2014", "Budget 2015", "Korr. budget 2015", "Regnskab 2015");
        assertThat(rows.get(0).kids()).allSatisfy(c -> assertThat(c.role() + c.scope()).isEqualTo("THColumn"));
        assertThat(rows.get(1).kids()).hasSize(9).allSatisfy(c -> assertThat(c.role()).isEqualTo("TD"));
        assertThat(rows.get(1).allText()).isEqualTo("5.68.92 1 1.0 Servicejob 0 146.000 -7.000 -150");
    }

    @Test
    void withTheAppendixThePdfIsStillPdfA2aAndPdfUa1() throws Exception {
        for (String pdf : List.of(TILBUD, ARBEJDSMARKED)) {
            assertThat(VeraPdf.failedRules(ja.resolve(pdf), PDFAFlavour.PDFA_2_A)).as(pdf).isEmpty();
            assertThat(VeraPdf.failedRules(ja.resolve(pdf), PDFAFlavour.PDFUA_1)).as(pdf).isEmpty();
        }
    }

    @Test
    void withNejThereIsNoAppendix() throws IOException {
        assertThat(Pdfs.text(nej.resolve(TILBUD))).doesNotContain("Specifikation af regnskabet", "Bygningsarbejder");
        assertThat(nej.resolve("sporbarhed.csv")).isRegularFile();
    }

    /**
     * The appendix is part of what a PDF is made of: turning it on redraws every politikområde, a changed account
     * its own, even where the accounts table stays the same; an unchanged run draws nothing.
     */
    @Test
    void theSettingAndTheAccountsDecideWhatIsRedrawn() throws IOException {
        Path in = ledgerInput(tmp.resolve("redraw/input/2015"), "nej");
        String[] generate = {"generate", "--input", in.toString(), "--output", tmp.resolve("redraw/output/2015")
                .toString()};
        Path data = tmp.resolve("redraw/data");
        assertThat(CliRun.of(data, generate).out).contains("2 af 2 politikområder dannet");
        Path rapport = in.resolve("rapport.csv");
        Files.writeString(rapport, Files.readString(rapport).replace("Kontospecifikation;nej", "Kontospecifikation;ja"));
        assertThat(CliRun.of(data, generate).out).contains("2 af 2 politikområder dannet");
        assertThat(CliRun.of(data, generate).out).contains("0 af 2 politikområder dannet");
        // a Kontonavn is printed only in the appendix: the accounts table of the politikområde is the same
        Path konti = in.resolve("konti.csv");
        Files.writeString(konti, Files.readString(konti).replace(";Bygningsarbejder;", ";Bygningsarbejder, nybyggeri;"));
        CliRun changed = CliRun.of(data, generate);
        assertThat(changed.out).as(changed.toString()).contains("1 af 2 politikområder dannet");
        assertThat(Pdfs.text(tmp.resolve("redraw/output/2015").resolve(TILBUD))).contains("Bygningsarbejder, nybyggeri");
    }
}
