package dk.aarsrapport.job;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

import dk.aarsrapport.support.CliRun;
import dk.aarsrapport.support.Outline;
import dk.aarsrapport.support.Pdfs;

/**
 * The whole report and the packs of the 2015 sample: contents against pages, bookmarks and their
 * targets, "side X af Y" over the whole document, and each pack holding exactly its politikområder.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class WholeReportAndPacksTest {

    static final Path FIXTURE = Path.of("src/test/resources/sample-2015-csv");
    static final String A10 = "Arbejdsmarkeds- og overførselsområdet";
    static final String A20 = "Beskæftigelsestilbud";

    @TempDir
    static Path tmp;

    Path out;
    CliRun run;

    @BeforeAll
    void generate() throws IOException {
        Path in = tmp.resolve("input/2015");
        dk.aarsrapport.support.Samples.copy(FIXTURE, in);
        out = tmp.resolve("output/2015");
        run = CliRun.of(tmp.resolve("data"), "generate", "--input", in.toString(), "--output", out.toString());
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

    @Test
    void contentsPointToThePageWhereEachPolitikomraadeStarts() throws IOException {
        assertThat(run.exit).as(run.toString()).isZero();
        Path whole = out.resolve("aarsberetning-2015.pdf");
        String contents = pageText(whole, 2);
        assertThat(contents).contains("Indhold");
        for (String area : List.of("10 " + A10, "20 " + A20)) {
            Matcher m = Pattern.compile(Pattern.quote(area) + "\\s+(\\d+)").matcher(contents);
            assertThat(m.find()).as("contents line for %s in:%n%s", area, contents).isTrue();
            int page = Integer.parseInt(m.group(1));
            String start = pageText(whole, page);
            String name = area.substring(3);
            assertThat(start.lines().map(String::strip).toList()).as("page %d", page).contains(name, "Regnskabsresultat");
            assertThat(pageText(whole, page - 1)).doesNotContain("Regnskabsresultat\n" + name);
        }
    }

    @Test
    void bookmarksPerPolitikomraadeAndSection() throws IOException {
        Path whole = out.resolve("aarsberetning-2015.pdf");
        List<Outline.Bookmark> marks = Outline.of(whole);
        List<String> titles = marks.stream().map(b -> b.level() + " " + b.title()).toList();
        assertThat(titles).containsExactly("1 Indhold", "1 " + A10, "2 Regnskabsresultat", "2 Fokusområder",
                "2 Effektmål", "1 " + A20, "2 Regnskabsresultat", "2 Fokusområder", "2 Effektmål");
        for (Outline.Bookmark b : marks) {
            assertThat(b.page()).as(b.title()).isPositive();
            String text = pageText(whole, b.page());
            assertThat(text).as("target page of %s", b.title()).contains(b.title());
        }
    }

    @Test
    void pageNumbersCountTheWholeDocument() throws IOException {
        Path whole = out.resolve("aarsberetning-2015.pdf");
        int n = Pdfs.pages(whole);
        assertThat(n).isEqualTo(2 + Pdfs.pages(out.resolve("politikomraader/10-arbejdsmarkeds-og-overfoerselsomraadet.pdf"))
                + Pdfs.pages(out.resolve("politikomraader/20-beskaeftigelsestilbud.pdf")));
        for (int p = 1; p <= n; p++) {
            assertThat(pageText(whole, p)).contains("side " + p + " af " + n);
        }
        assertThat(Pdfs.notEmbeddedFonts(whole)).isEmpty();
    }

    @Test
    void packsHoldExactlyTheirPolitikomraader() throws IOException {
        assertThat(topLevel(out.resolve("pakker/beskaeftigelsesudvalget.pdf"))).containsExactly("Indhold", A10, A20);
        assertThat(topLevel(out.resolve("pakker/leder-af-beskaeftigelsestilbud.pdf"))).containsExactly("Indhold", A20);
        assertThat(pageText(out.resolve("pakker/leder-af-beskaeftigelsestilbud.pdf"), 1))
                .contains("Til: Leder af Beskæftigelsestilbud");
        List<String> packs = new ArrayList<>();
        try (Stream<Path> files = Files.list(out.resolve("pakker"))) {
            files.forEach(f -> packs.add(f.getFileName().toString()));
        }
        // one per Udvalg, one per Modtagere row; the row named like the Udvalg and choosing it shares its pack
        assertThat(packs).containsExactlyInAnyOrder("beskaeftigelsesudvalget.pdf",
                "direktoer-for-job-velfaerd.pdf", "leder-af-beskaeftigelsestilbud.pdf");
    }

    private static List<String> topLevel(Path pdf) throws IOException {
        return Outline.of(pdf).stream().filter(b -> b.level() == 1).map(Outline.Bookmark::title).toList();
    }

    @Test
    void blockedPolitikomraadeIsListedAsNotPublished() throws IOException {
        Path in = tmp.resolve("blocked/input/2015");
        dk.aarsrapport.support.Samples.copy(FIXTURE, in);
        Path regnskab = in.resolve("regnskab.csv");
        Files.writeString(regnskab, Files.readString(regnskab, StandardCharsets.UTF_8)
                .replace("137.236;569", "137.236;574"), StandardCharsets.UTF_8);
        Path blockedOut = tmp.resolve("blocked/output/2015");
        CliRun r = CliRun.of(tmp.resolve("blocked/data"), "generate", "--input", in.toString(), "--output",
                blockedOut.toString(), "--draft");
        assertThat(r.exit).isEqualTo(1);
        String contents = pageText(blockedOut.resolve("aarsberetning-2015.pdf"), 2).replaceAll("\\s+", " ");
        assertThat(contents).contains("10 " + A10 + " ikke udgivet – se valideringsrapporten");
        assertThat(topLevel(blockedOut.resolve("aarsberetning-2015.pdf"))).containsExactly("Indhold", A20);
        Path draftWhole = blockedOut.resolve("kladde/aarsberetning-2015.pdf");
        assertThat(topLevel(draftWhole)).containsExactly("Indhold", A10, A20);
        assertThat(pageText(draftWhole, 1)).contains("KLADDE – indeholder valideringsfejl");
    }
}
