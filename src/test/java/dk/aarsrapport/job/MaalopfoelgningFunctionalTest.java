package dk.aarsrapport.job;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

import dk.aarsrapport.support.CliRun;
import dk.aarsrapport.support.CsvFixture;
import dk.aarsrapport.support.Outline;
import dk.aarsrapport.support.Pdfs;
import dk.aarsrapport.support.Samples;

/**
 * The two goal frameworks of the samples, generated from their workbooks: the Sammenhængsmodel
 * follow-up (2021) and the government's ten goals for social mobility (2016). Expected goals and
 * indsatser come from the CSV fixtures, the samples' source of truth, and are read back from the PDFs
 * as a reader's tools extract them.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class MaalopfoelgningFunctionalTest {

    static final Path CSV_2016 = Path.of("src/test/resources/sample-2016-csv");
    static final Path CSV_2021 = Path.of("src/test/resources/sample-2021-csv");
    static final String SAMMENHAENG = "maalopfoelgning/sammenhaengsmodellen.pdf";
    static final String MOBILITET = "maalopfoelgning/regeringens-10-maal-for-social-mobilitet.pdf";

    @TempDir
    static Path tmp;

    Path out2016;
    Path out2021;
    CliRun run2016;
    CliRun run2021;

    @BeforeAll
    void generate() throws IOException {
        out2016 = tmp.resolve("output/2016");
        run2016 = CliRun.of(tmp.resolve("data"), "generate", "--input",
                Samples.copy(Path.of("input/2016"), tmp.resolve("input/2016")).toString(), "--output", out2016.toString());
        out2021 = tmp.resolve("output/2021");
        run2021 = CliRun.of(tmp.resolve("data"), "generate", "--input",
                Samples.copy(Path.of("input/2021"), tmp.resolve("input/2021")).toString(), "--output", out2021.toString());
    }

    /** The fixture's rows (header dropped) and a column of it by header. */
    record Fixture(List<String> header, List<String[]> rows) {
        static Fixture of(Path folder) throws IOException {
            List<String[]> all = CsvFixture.rows(folder.resolve("maalopfoelgning.csv"));
            return new Fixture(List.of(all.get(0)), all.subList(1, all.size()));
        }

        String get(String[] row, String column) {
            int i = header.indexOf(column);
            return i < 0 || i >= row.length ? "" : row[i];
        }
    }

    /** Whitespace removed: a wrapped line may break anywhere a space or a hyphen stands. */
    static String squeeze(String s) {
        return s.replaceAll("\\s+", "");
    }

    /** Each of {@code expected} is found in {@code text} after the one before it. */
    static void inOrder(String text, List<String> expected) {
        int at = 0;
        for (String e : expected) {
            int i = text.indexOf(squeeze(e), at);
            assertThat(i).as("\"%s\" after position %d", e, at).isGreaterThanOrEqualTo(0);
            at = i + squeeze(e).length();
        }
    }

    /** Per goal its Nr (when given) and Målsætning, then the names of its indsatser, in fixture order. */
    static List<String> goalsAndIndsatser(Fixture f) {
        List<String> expected = new ArrayList<>();
        for (String[] row : f.rows()) {
            String maalsaetning = f.get(row, "Målsætning");
            if (!maalsaetning.isEmpty()) {
                if (!f.get(row, "Nr").isEmpty()) {
                    expected.add(f.get(row, "Nr"));
                }
                expected.add(maalsaetning.replace("\n", " "));
            }
            if (!f.get(row, "Indsats").isEmpty()) {
                expected.add(f.get(row, "Indsats"));
            }
        }
        return expected;
    }

    /** The drawn text of the goals section, cell by cell, whitespace removed. */
    static String goalsSection(Path pdf) throws IOException {
        String drawn = squeeze(Pdfs.textInDrawingOrder(pdf));
        int start = drawn.indexOf("Målogindsatser");
        assertThat(start).isPositive();
        return drawn.substring(start);
    }

    @Test
    void bothFrameworksRenderCleanly() throws IOException {
        assertThat(run2016.exit).as(run2016.toString()).isZero();
        assertThat(run2021.exit).as(run2021.toString()).isZero();
        assertThat(run2021.err).isEmpty();
        assertThat(run2021.out).contains("Målopfølgning: Sammenhængsmodellen → " + SAMMENHAENG)
                .contains("1 af 1 målopfølgning dannet, 0 ikke udgivet").doesNotContain("understøttes")
                // regression: the parallel render step announced a phase for politikområder the input does not have
                .doesNotContain("Danner PDF pr. politikområde");
        assertThat(out2016.resolve(MOBILITET)).isRegularFile();
        assertThat(out2021.resolve(SAMMENHAENG)).isRegularFile();
        assertThat(out2021.resolve("aarsberetning-2021.pdf")).isRegularFile();
        assertThat(Pdfs.notEmbeddedFonts(out2021.resolve(SAMMENHAENG))).isEmpty();
        // the 2016 overview gives every goal a description; the 2021 follow-up lists nine goals without indsats
        assertThat(Files.readAllLines(out2016.resolve("validering.csv"), StandardCharsets.UTF_8)).hasSize(1);
        List<String> findings = Files.readAllLines(out2021.resolve("validering.csv"), StandardCharsets.UTF_8);
        assertThat(findings.subList(1, findings.size())).hasSize(9).allSatisfy(l -> assertThat(l)
                .startsWith("ADVARSEL;S5;Målopfølgning: Sammenhængsmodellen;sammenhaengsmodellen.xlsx;Målopfølgning;")
                .contains("har ingen indsatser"));
        assertThat(findings.subList(1, findings.size())).anySatisfy(l -> assertThat(l).contains("Mål 4.2 i"));
    }

    @Test
    void everyGoalWithItsNrMaalsaetningAndIndsatserInOrder() throws IOException {
        List<String> sammenhaeng = goalsAndIndsatser(Fixture.of(CSV_2021));
        assertThat(sammenhaeng).contains("1.1", "6.1", "Gratis psykologhjælp", "Tværgående indsatser for borgere i Ellekonebakken");
        inOrder(goalsSection(out2021.resolve(SAMMENHAENG)), sammenhaeng);
        // no Nr and no indsats names in the 2016 overview: the goals in row order, each with its described indsatser
        Fixture mobilitet = Fixture.of(CSV_2016);
        List<String> expected = new ArrayList<>();
        for (String[] row : mobilitet.rows()) {
            expected.add(mobilitet.get(row, "Målsætning"));
            expected.add(mobilitet.get(row, "Målgruppe"));
            String beskrivelse = mobilitet.get(row, "Beskrivelse").replaceAll("(?m)^- ", "• ");
            expected.add(beskrivelse.substring(0, 40));
            expected.add(beskrivelse.substring(beskrivelse.length() - 40));
        }
        assertThat(expected).hasSize(40);
        inOrder(goalsSection(out2016.resolve(MOBILITET)), expected);
    }

    @Test
    void everyDescriptionAndPartnerAsWritten() throws IOException {
        Fixture f = Fixture.of(CSV_2021);
        List<String> expected = new ArrayList<>();
        for (String[] row : f.rows()) {
            for (String column : List.of("Beskrivelse", "Samarbejdspartnere")) {
                if (!f.get(row, column).isEmpty()) {
                    expected.add(f.get(row, column));
                }
            }
        }
        assertThat(expected).hasSize(20 + 12);
        // description and partners stand side by side: each is read whole, cell by cell, in row order
        inOrder(goalsSection(out2021.resolve(SAMMENHAENG)), expected);
    }

    @Test
    void overviewByTemaWithStatusAndCounts() throws IOException {
        String text = Pdfs.text(out2021.resolve(SAMMENHAENG));
        assertThat(text).contains("Sammenhængsmodellen: 22 mål i 6 temaer med 20 indsatser.")
                .contains("Nr Målsætning Status")
                .contains("1.1 Borgernes uddannelses-/kompetenceniveau skal højnes. ikke angivet")
                .contains("Status Antal mål").contains("ikke startet 0").contains("i gang 0").contains("opnået 0")
                .contains("ikke opnået 0").contains("ikke angivet 22").contains("I alt 22");
        inOrder(squeeze(text), List.of("Læring & Uddannelse", "1.4", "Oplevelser & Fællesskaber", "2.1",
                "Bæredygtighed", "Vækst & Socialt ansvar", "Sundhed", "Sammenhæng for borgerne", "6.1", "Mål pr. status"));
        assertThat(Pdfs.text(out2016.resolve(MOBILITET))).contains("10 mål med 10 indsatser.")
                .contains("ikke angivet 10").contains("I alt 10");
    }

    @Test
    void statusCountsCountEachGoalOnceUnderItsStatus() throws IOException {
        Fixture f = Fixture.of(CSV_2021);
        List<String[]> rows = new ArrayList<>();
        rows.add(f.header().toArray(String[]::new));
        int status = f.header().indexOf("Status");
        for (String[] row : f.rows()) {
            String[] r = row.clone();
            switch (f.get(row, "Nr")) {
                case "1.1", "2.2" -> r[status] = "i gang";
                case "5.1" -> r[status] = "I GANG"; // both of its rows: one goal, counted once
                case "2.1" -> r[status] = "opnået";
                case "3.1" -> r[status] = f.get(row, "Indsats").startsWith("Mindre") ? "i gang" : "opnået";
                case "6.1" -> r[status] = "delvist";
                default -> { }
            }
            rows.add(r);
        }
        Path in = tmp.resolve("status/input/2021");
        Samples.copy(CSV_2021, in);
        CsvFixture.write(in.resolve("maalopfoelgning.csv"), rows);
        Path out = tmp.resolve("status/output/2021");
        CliRun run = CliRun.of(tmp.resolve("status/data"), "generate", "--input", in.toString(), "--output", out.toString());
        assertThat(run.exit).as(run.toString()).isZero();
        String text = Pdfs.text(out.resolve(SAMMENHAENG));
        assertThat(text).contains("ikke startet 0").contains("i gang 3").contains("opnået 1").contains("ikke opnået 0")
                .contains("i gang, opnået 1").contains("delvist 1").contains("ikke angivet 16").contains("I alt 22");
        // a goal whose indsatser differ shows each indsats's own status under its description
        assertThat(goalsSection(out.resolve(SAMMENHAENG))).contains(squeeze("Status: i gang, opnået"))
                .contains(squeeze("Fokus på anvendelsen af cykler og elcykler på kortere afstande Status: i gang"))
                .contains(squeeze("som en del af hverdagslivet. Status: opnået"));
        // the line where the row starts in the file: a cell above it spans three lines
        assertThat(Files.readString(out.resolve("validering.csv"), StandardCharsets.UTF_8))
                .contains("ADVARSEL;S5;Målopfølgning: Sammenhængsmodellen;maalopfoelgning.csv;maalopfoelgning;"
                        + "linje 32, kolonne Status;delvist;");
    }

    @Test
    void aDescriptionOverAPageBreakKeepsItsGoalOnTheNextPage() throws IOException {
        Path pdf = out2016.resolve(MOBILITET);
        Fixture f = Fixture.of(CSV_2016);
        int goalsStart = -1;
        int continued = 0;
        int pages = Pdfs.pages(pdf);
        for (int p = 1; p <= pages; p++) {
            String page = squeeze(pageText(pdf, p));
            if (goalsStart < 0 && page.contains("Målogindsatser")) {
                goalsStart = p;
            }
            if (goalsStart > 0) {
                // every page of the goals section names the goal whose text it shows
                boolean namesAGoal = f.rows().stream().anyMatch(r -> page.contains(squeeze(f.get(r, "Målsætning"))));
                assertThat(namesAGoal).as("page %d names a goal", p).isTrue();
                String first = page.substring(page.indexOf("Indsatser") + "Indsatser".length());
                boolean startsMidDescription = f.rows().stream().noneMatch(r ->
                        first.startsWith(squeeze(f.get(r, "Beskrivelse")).substring(0, 20)));
                if (startsMidDescription) {
                    continued++;
                }
            }
        }
        assertThat(goalsStart).isPositive();
        assertThat(continued).as("pages that continue a description").isPositive();
    }

    @Test
    void theWholeReportHoldsTheFrameworkWithContentsAndBookmarks() throws IOException {
        Path whole = out2021.resolve("aarsberetning-2021.pdf");
        assertThat(pageText(whole, 1)).contains("Viborg Kommune").contains("Målopfølgning 2021");
        String contents = pageText(whole, 2).replaceAll("\\s+", " ");
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("Målopfølgning: Sammenhængsmodellen (\\d+)")
                .matcher(contents);
        assertThat(m.find()).as(contents).isTrue();
        int start = Integer.parseInt(m.group(1));
        assertThat(start).isEqualTo(3);
        assertThat(pageText(whole, start)).contains("Sammenhængsmodellen").contains("Målopfølgning 2021");
        int pages = Pdfs.pages(whole);
        assertThat(pages).isEqualTo(2 + Pdfs.pages(out2021.resolve(SAMMENHAENG)));
        assertThat(pageText(whole, pages)).contains("side " + pages + " af " + pages);
        List<String> marks = Outline.of(whole).stream().map(b -> b.level() + " " + b.title()).toList();
        assertThat(marks).containsExactly("1 Indhold", "1 Målopfølgning: Sammenhængsmodellen", "2 Oversigt",
                "2 Mål og indsatser", "3 Læring & Uddannelse", "3 Oplevelser & Fællesskaber", "3 Bæredygtighed",
                "3 Vækst & Socialt ansvar", "3 Sundhed", "3 Sammenhæng for borgerne");
        for (Outline.Bookmark b : Outline.of(whole)) {
            assertThat(pageText(whole, b.page())).as(b.title())
                    .contains(b.title().replace("Målopfølgning: ", ""));
        }
    }

    @Test
    void theCsvSourceGivesTheSameTextAsTheWorkbook() throws IOException {
        Path in = Samples.copy(CSV_2021, tmp.resolve("csv/input/2021"));
        Path out = tmp.resolve("csv/output/2021");
        CliRun run = CliRun.of(tmp.resolve("csv/data"), "generate", "--input", in.toString(), "--output", out.toString());
        assertThat(run.exit).as(run.toString()).isZero();
        assertThat(Pdfs.text(out.resolve(SAMMENHAENG))).isEqualTo(Pdfs.text(out2021.resolve(SAMMENHAENG)));
    }

    static String pageText(Path pdf, int page) throws IOException {
        try (PDDocument doc = Loader.loadPDF(pdf.toFile())) {
            PDFTextStripper s = new PDFTextStripper();
            s.setSortByPosition(true);
            s.setStartPage(page);
            s.setEndPage(page);
            return s.getText(doc);
        }
    }
}
