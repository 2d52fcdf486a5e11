package dk.aarsrapport.job;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

import dk.aarsrapport.support.CliRun;
import dk.aarsrapport.support.CsvFixture;
import dk.aarsrapport.support.Pdfs;

/**
 * Runs {@code generate} on the bundled 2015 sample, once from the workbook and once from the CSV
 * fixture, and reads the PDFs as a reader's tools do. Expected lines and figures come from the
 * fixture (the sample's source of truth), the headline figures from the printed reference report.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class GenerateSampleFunctionalTest {

    static final Path SAMPLE = Path.of("input/2015");
    static final Path FIXTURE = Path.of("src/test/resources/sample-2015-csv");
    static final String AREA_10 = "politikomraader/10-arbejdsmarkeds-og-overfoerselsomraadet.pdf";
    static final String AREA_20 = "politikomraader/20-beskaeftigelsestilbud.pdf";

    @TempDir
    static Path tmp;

    CliRun fromWorkbook;
    CliRun fromCsv;
    Path workbookOut;
    Path csvOut;

    @BeforeAll
    void runBoth() throws IOException {
        workbookOut = tmp.resolve("xlsx/output/2015");
        fromWorkbook = CliRun.of(tmp.resolve("data-xlsx"), "generate", "--year", "2015", "--input",
                SAMPLE.toString(), "--output", workbookOut.toString());
        Path csvInput = tmp.resolve("csv/input/2015");
        dk.aarsrapport.support.Samples.copy(FIXTURE, csvInput);
        csvOut = tmp.resolve("csv/output/2015");
        fromCsv = CliRun.of(tmp.resolve("data-csv"), "generate", "--input", csvInput.toString(), "--output",
                csvOut.toString());
    }

    @Test
    void runsCleanlyAndWritesOnePdfPerPolitikomraade() {
        assertThat(fromWorkbook.exit).as(fromWorkbook.toString()).isZero();
        assertThat(fromWorkbook.err).isEmpty();
        assertThat(workbookOut.resolve(AREA_10)).isRegularFile();
        assertThat(workbookOut.resolve(AREA_20)).isRegularFile();
        assertThat(workbookOut.resolve("manifest.json")).isRegularFile();
        assertThat(workbookOut.resolve("validering.csv")).isRegularFile();
        assertThat(fromWorkbook.out).contains("2 af 2 politikområder dannet").contains("0 fejl");
    }

    @Test
    void theBundledLedgerAgreesWithTheTypedTableAndTracesEveryLine() throws IOException {
        // input/2015 holds the typed table and, in konti.xlsx, the ledger behind it: K4 compares the two
        assertThat(Files.readAllLines(workbookOut.resolve("validering.csv"))).as("only the header").hasSize(1);
        assertThat(fromWorkbook.out).contains("0 advarsler");
        String trace = Files.readString(workbookOut.resolve("sporbarhed.csv"));
        for (String[] r : CsvFixture.rows(FIXTURE.resolve("regnskab.csv")).subList(1, 3)) {
            assertThat(trace).as(r[1]).contains(r[1]);
        }
        assertThat(trace).contains("konti.xlsx");
    }

    @Test
    void everyAccountsLineWithItsFiveAmountsInRowOrder() throws IOException {
        List<String[]> rows = CsvFixture.rows(FIXTURE.resolve("regnskab.csv"));
        for (String pdf : List.of(AREA_10, AREA_20)) {
            String text = Pdfs.text(workbookOut.resolve(pdf));
            String flat = text.replaceAll("\\s+", " ");
            String area = rows.stream().skip(1).filter(r -> pdf.contains(slugStart(r[0]))).findFirst().orElseThrow()[0];
            int at = 0;
            for (String[] r : rows.subList(1, rows.size())) {
                if (!r[0].equals(area)) {
                    continue;
                }
                String amounts = String.join(" ", r[2], r[3], r[4], r[5], r[6]);
                int row = flat.indexOf(amounts, at);
                assertThat(row).as("%s: %s %s after position %d", pdf, r[1], amounts, at).isGreaterThanOrEqualTo(0);
                String lastWordOfName = r[1].substring(r[1].lastIndexOf(' ') + 1);
                assertThat(flat.substring(Math.max(0, at), row + amounts.length())).as(r[1]).contains(lastWordOfName);
                at = row + amounts.length();
            }
            // each row is one line: its amounts stand together on the line of the name's end
            for (String[] r : rows.subList(1, rows.size())) {
                if (r[0].equals(area)) {
                    String amounts = String.join(" ", r[2], r[3], r[4], r[5], r[6]);
                    assertThat(text.lines().map(String::strip).anyMatch(l -> l.endsWith(amounts)))
                            .as("line ending with %s", amounts).isTrue();
                }
            }
        }
    }

    private static String slugStart(String area) {
        return area.equals("Beskæftigelsestilbud") ? "beskaeftigelsestilbud" : "arbejdsmarkeds";
    }

    @Test
    void headlineFiguresAsPrinted() throws IOException {
        String text = Pdfs.text(workbookOut.resolve(AREA_10));
        assertThat(text).contains("I alt 744.632 735.265 771.184 784.804 13.620");
        assertThat(text).contains("101,8 %");
        assertThat(text).contains("Beløb i 1.000 kr. (2015 P/L)").contains("(- = mindreforbrug/indtægt)");
        assertThat(text).contains("Regnskab Budget budget Regnskab").contains("2014 2015 2015 2015 Afvigelse");
        assertThat(Pdfs.text(workbookOut.resolve(AREA_20))).contains("I alt 10.502 10.392 14.884 12.313 -2.571")
                .contains("82,7 %");
    }

    /** The sample's narrative links its figures to the table: printed filled, with no brace left over. */
    @Test
    void linkedFiguresArePrintedFilled() throws IOException {
        for (Path out : List.of(workbookOut, csvOut)) {
            String area10 = Pdfs.text(out.resolve(AREA_10)).replaceAll("\\s+", " ");
            assertThat(area10).contains("Der er på politikområdet et merforbrug på 13,6 mio. kr., hvilket svarer til en "
                    + "forbrugsprocent på 101,8.").contains("efter integrationsloven på 7,7 mio. kr. Her")
                    .contains("forsikrede ledige er der et merforbrug på 8,4 mio. kr. Udgiften");
            String area20 = Pdfs.text(out.resolve(AREA_20)).replaceAll("\\s+", " ");
            assertThat(area20).contains("Der er på politikområdet en mindreudgift på 2,6 mio. kr., hvilket svarer til "
                    + "en forbrugsprocent på 82,7.");
            assertThat(area10 + area20).doesNotContain("{").doesNotContain("}");
        }
    }

    @Test
    void sectionsHeadersAndFooters() throws IOException {
        String text = Pdfs.text(workbookOut.resolve(AREA_10));
        assertThat(text).contains("Regnskabsresultat").contains("Fokusområder").contains("Effektmål");
        assertThat(text).contains("Der er på politikområdet et merforbrug på 13,6 mio. kr.");
        assertThat(text).contains("Demokratisk medborgerskab som ståsted – frikommuneforsøg.");
        assertThat(text).contains("• Borgeren får og tager ansvar for eget forløb");
        int pages = Pdfs.pages(workbookOut.resolve(AREA_10));
        assertThat(text).contains("side 1 af " + pages).contains("side " + pages + " af " + pages);
        assertThat(Pdfs.notEmbeddedFonts(workbookOut.resolve(AREA_10))).isEmpty();
    }

    @Test
    void everyEffektmaal() throws IOException {
        List<String[]> rows = CsvFixture.rows(FIXTURE.resolve("effektmaal.csv"));
        // cells of a table row wrap side by side: read them in drawing order, cell by cell
        String t10 = Pdfs.textInDrawingOrder(workbookOut.resolve(AREA_10)).replaceAll("\\s+", " ");
        String t20 = Pdfs.textInDrawingOrder(workbookOut.resolve(AREA_20)).replaceAll("\\s+", " ");
        List<String> missing = new ArrayList<>();
        for (String[] r : rows.subList(1, rows.size())) {
            String text = r[0].equals("Beskæftigelsestilbud") ? t20 : t10;
            if (!text.contains(r[2].replaceAll("\\s+", " "))) {
                missing.add(r[2]);
            }
        }
        assertThat(missing).isEmpty();
        assertThat(t10).contains("Mål i 2015").contains("Resultat");
    }

    @Test
    void maalingerAsTablesUnderTheirEffektmaal() throws IOException {
        String text = Pdfs.text(workbookOut.resolve(AREA_10));
        assertThat(text).contains("Målinger: Beskæftigelsesministerens mål 2")
                .contains("2015 jan. 2015 aug.")
                .contains("Viborg – resultat 28,4 % 30,4 %")
                .contains("Landsplan – resultat 26,6 % 25,8 %")
                .contains("Kontanthjælp – resultat 31,5 uger 32,3 uger 33,1 uger")
                .contains("Mål 2015, Kontanthjælp: lavere eller minimum på samme niveau som i 2011");
        assertThat(Pdfs.text(workbookOut.resolve(AREA_20))).contains("Mål 206").contains("Resultat 197");
    }

    @Test
    void csvFixtureGivesTheSameTextAsTheWorkbook() throws IOException {
        assertThat(fromCsv.exit).as(fromCsv.toString()).isZero();
        for (String pdf : List.of(AREA_10, AREA_20)) {
            assertThat(Pdfs.text(csvOut.resolve(pdf))).isEqualTo(Pdfs.text(workbookOut.resolve(pdf)));
        }
    }
}
