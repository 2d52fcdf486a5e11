package dk.aarsrapport.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

import dk.aarsrapport.content.ReportBlock;
import dk.aarsrapport.support.CliRun;
import dk.aarsrapport.support.CsvFixture;
import dk.aarsrapport.support.Outline;
import dk.aarsrapport.support.PageEnds;
import dk.aarsrapport.support.PageFootFixtures;
import dk.aarsrapport.support.Samples;

/**
 * Page breaks as a reader meets them (issue 14, defect 3): no page ends with a heading whose text starts
 * on the next page, and a Målinger table stands on the page of its chart. Checked on the 2015 and 2021
 * samples and on inputs that walk each kind of heading, and a table with its chart, across a page foot.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class KeepWithNextFunctionalTest {

    /** Heads of tables, which must not end a page without a row under them either. */
    static final List<String> COLUMN_HEADS = List.of("Indsats Samarbejdspartnere", "Indsatser", "Nr Målsætning Status",
            "Mål Mål i 2015 Resultat");

    @TempDir
    static Path tmp;

    Path sample2015;
    Path sample2021;
    Path areas;
    Path rammer;

    @BeforeAll
    void generate() throws IOException {
        sample2015 = generate("sample-2015", Samples.copy(Samples.CSV_2015, tmp.resolve("in/sample-2015")));
        sample2021 = generate("sample-2021", Samples.copy(Path.of("src/test/resources/sample-2021-csv"),
                tmp.resolve("in/sample-2021")));
        areas = generate("areas", PageFootFixtures.politikomraader(tmp.resolve("in/areas")));
        rammer = generate("rammer", PageFootFixtures.rammer(tmp.resolve("in/rammer")));
    }

    private static Path generate(String name, Path input) {
        Path out = tmp.resolve("out/" + name);
        CliRun run = CliRun.of(tmp.resolve("data/" + name), "generate", "--year", name.equals("sample-2021") ? "2021"
                : "2015", "--input", input.toString(), "--output", out.toString());
        assertThat(run.exit).as(run.toString()).isZero();
        return out;
    }

    @Test
    void noPageOfThe2015SampleEndsWithAHeading() throws IOException {
        Set<String> headings = politikomraadeHeadings(Samples.CSV_2015);
        assertThat(headingsLast(sample2015, headings)).isEmpty();
    }

    @Test
    void everyMaalingerTableOfThe2015SampleStandsWithItsChart() throws IOException {
        List<String[]> rows = CsvFixture.rows(Samples.CSV_2015.resolve("maalinger.csv"));
        Set<String> indicators = new LinkedHashSet<>();
        rows.subList(1, rows.size()).forEach(r -> indicators.add(r[2]));
        assertThat(indicators).hasSizeGreaterThan(5);
        assertTablesWithCharts(sample2015, List.copyOf(indicators));
    }

    @Test
    void noPageEndsWithAHeadingWhereverTheHeadingFalls() throws IOException {
        Set<String> headings = new LinkedHashSet<>(PageFootFixtures.TEXT_HEADINGS);
        for (int i = 0; i < PageFootFixtures.AREAS; i++) {
            headings.add("Målinger: " + PageFootFixtures.maal(i));
        }
        headings.addAll(sections());
        assertThat(headingsLast(areas, headings)).isEmpty();
    }

    @Test
    void aMaalingerTableStandsWithItsChartWhereverItFalls() throws IOException {
        List<String> indicators = new ArrayList<>();
        for (int i = 0; i < PageFootFixtures.AREAS; i++) {
            indicators.add(PageFootFixtures.indicator(i));
        }
        assertTablesWithCharts(areas, indicators);
    }

    @Test
    void noPageOfAGoalFrameworkEndsWithAHeading() throws IOException {
        Set<String> headings = new LinkedHashSet<>(List.of("Mål pr. status", "Oversigt", "Mål og indsatser"));
        List<String> found = new ArrayList<>();
        for (Path out : List.of(sample2021, rammer)) {
            for (Path pdf : pdfs(out)) {
                Set<String> own = new LinkedHashSet<>(headings);
                Outline.of(pdf).forEach(b -> own.add(b.title()));
                own.addAll(COLUMN_HEADS);
                found.addAll(PageEnds.headingsLast(pdf, own));
            }
        }
        assertThat(found).isEmpty();
    }

    @Test
    void everyTemaAndGoalOfAGoalFrameworkStandsWithItsFirstRow() throws IOException {
        List<String> apart = new ArrayList<>();
        apart.addAll(GoalPages.apart(Path.of("src/test/resources/sample-2021-csv"), sample2021));
        apart.addAll(GoalPages.apart(tmp.resolve("in/rammer"), rammer));
        assertThat(apart).isEmpty();
    }

    /** Section titles, the {@code ## } lines of the texts and "Målinger: <mål>" of a fixture. */
    static Set<String> politikomraadeHeadings(Path fixture) throws IOException {
        Set<String> headings = new LinkedHashSet<>(sections());
        List<String[]> texts = CsvFixture.rows(fixture.resolve("tekster.csv"));
        for (String[] t : texts.subList(1, texts.size())) {
            t[2].lines().map(String::strip).filter(l -> l.startsWith("## ")).forEach(l -> headings.add(l.substring(3)));
        }
        List<String[]> measured = CsvFixture.rows(fixture.resolve("maalinger.csv"));
        measured.subList(1, measured.size()).forEach(r -> headings.add("Målinger: " + r[1]));
        assertThat(headings).hasSizeGreaterThan(10);
        return headings;
    }

    static List<String> sections() {
        return List.of(ReportBlock.REGNSKABSRESULTAT, ReportBlock.OM_POLITIKOMRAADET, ReportBlock.FOKUSOMRAADER,
                ReportBlock.EFFEKTMAAL, ReportBlock.MAALOPFOELGNING);
    }

    /** Over every PDF of a run's output, with each PDF's bookmarks and the column heads as headings too. */
    static List<String> headingsLast(Path out, Set<String> headings) throws IOException {
        List<String> found = new ArrayList<>();
        for (Path pdf : pdfs(out)) {
            Set<String> own = new LinkedHashSet<>(headings);
            Outline.of(pdf).stream().filter(b -> b.level() > 1).forEach(b -> own.add(b.title()));
            own.addAll(COLUMN_HEADS);
            found.addAll(PageEnds.headingsLast(pdf, own));
        }
        return found;
    }

    /** Each indicator's table header and chart caption (both name it) stand on one page, in each PDF. */
    static void assertTablesWithCharts(Path out, List<String> indicators) throws IOException {
        List<String> split = new ArrayList<>();
        int seen = 0;
        for (Path pdf : pdfs(out)) {
            for (String indicator : indicators) {
                Set<Integer> pages = PageEnds.pagesWith(pdf, indicator);
                Set<Integer> charts = PageEnds.pagesWith(pdf, "Diagram, " + indicator);
                if (!charts.isEmpty()) {
                    seen++;
                }
                if (pages.size() > 1) {
                    split.add(pdf.getFileName() + ": " + indicator + " på siderne " + pages);
                }
            }
        }
        assertThat(seen).as("charts found").isGreaterThanOrEqualTo(indicators.size());
        assertThat(split).as("Målinger tables apart from their charts").isEmpty();
    }

    static List<Path> pdfs(Path out) throws IOException {
        try (Stream<Path> files = Files.walk(out)) {
            return files.filter(f -> f.toString().endsWith(".pdf") && !f.toString().contains("/pakker/")).sorted()
                    .toList();
        }
    }
}
