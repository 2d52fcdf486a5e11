package dk.aarsrapport.report;

import dk.aarsrapport.content.ReportBlock;
import dk.aarsrapport.content.SampleBlocks;
import dk.aarsrapport.content.TextMarkup;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import net.sf.jasperreports.engine.JasperPrint;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

/**
 * Renders invented content through the precompiled template (class path
 * {@code templates/politikomraade.jasper}, produced in process-classes) and checks the PDF
 * through its extracted text, as a reader or a screen reader would get it.
 */
class PolitikomraadeRendererTest {

    private static final String R = ReportBlock.REGNSKABSRESULTAT;
    private static PolitikomraadeRenderer renderer;

    @BeforeAll
    static void load() {
        renderer = PolitikomraadeRenderer.shared();
    }

    // ---- helpers ---------------------------------------------------------------------------

    /** Text of each page, sorted by position, with NBSP folded to space. */
    static List<String> pages(byte[] pdf) throws IOException {
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            PDFTextStripper stripper = new PDFTextStripper();
            stripper.setSortByPosition(true);
            List<String> out = new ArrayList<>();
            for (int p = 1; p <= doc.getNumberOfPages(); p++) {
                stripper.setStartPage(p);
                stripper.setEndPage(p);
                out.add(stripper.getText(doc).replace('\u00A0', ' '));
            }
            return out;
        }
    }

    static List<String> lines(String text) {
        return Arrays.stream(text.split("\\R")).map(l -> l.strip().replaceAll("\\s+", " "))
                .filter(l -> !l.isEmpty()).toList();
    }

    static List<String> allLines(List<String> pages) {
        return pages.stream().flatMap(p -> lines(p).stream()).toList();
    }

    static String[] amounts(int i) {
        return new String[] {num(i * 37), num(i * 41 - 5), num(i * 43), num(i * 47 - 11), num(i * 4 - 6)};
    }

    /** Danish thousands separator, as the caller would have formatted it. */
    static String num(int v) {
        String s = String.format("%,d", Math.abs(v)).replace(',', '.');
        return v < 0 ? "-" + s : s;
    }

    static List<ReportBlock> accountsTable(int rows) {
        List<ReportBlock> b = new ArrayList<>();
        b.add(ReportBlock.paragraph(R, "Indledende tekst."));
        b.add(SampleBlocks.head());
        for (int i = 1; i <= rows; i++) {
            b.add(ReportBlock.accountsRow(R, "Konto " + i, amounts(i)));
        }
        b.add(ReportBlock.accountsTotal(R, "I alt", "1", "2", "3", "4", "5"));
        b.add(ReportBlock.forbrug(R, "Forbrugsprocent: 99,9 %"));
        return b;
    }

    // ---- tests -----------------------------------------------------------------------------

    @Nested
    @TestInstance(TestInstance.Lifecycle.PER_CLASS)
    class TypicalReport {

        private byte[] pdf;
        private List<String> pages;

        TypicalReport() throws Exception {
            pdf = renderer.render(SampleBlocks.params(), SampleBlocks.typical());
            pages = pages(pdf);
        }

        @Test
        void eachSectionStartsANewPageWithItsHeading() {
            assertThat(pages).hasSize(3);
            assertThat(lines(pages.get(0))).contains("Regnskabsresultat");
            assertThat(lines(pages.get(1))).contains("Fokusområder");
            assertThat(lines(pages.get(2))).contains("Effektmål");
        }

        @Test
        void runningHeaderNamesPolitikomraadeAndSection() {
            assertThat(lines(pages.get(0)).get(0)).isEqualTo(SampleBlocks.POLITIKOMRAADE + " Regnskabsresultat");
            assertThat(lines(pages.get(1)).get(0)).isEqualTo(SampleBlocks.POLITIKOMRAADE + " Fokusområder");
            assertThat(lines(pages.get(2)).get(0)).isEqualTo(SampleBlocks.POLITIKOMRAADE + " Effektmål");
        }

        @Test
        void footerCountsPagesOfThisReport() {
            for (int p = 0; p < pages.size(); p++) {
                List<String> l = lines(pages.get(p));
                assertThat(l.get(l.size() - 1))
                        .isEqualTo("Havnø Kommune · Regnskab 2031 – Årsberetning side " + (p + 1) + " af 3");
            }
        }

        @Test
        void accountsRowsAreOneLineEachWithAmountsInOrder() {
            List<String> l = lines(pages.get(0));
            assertThat(l).containsSubsequence(
                    "Strandpleje 10.632 10.534 10.468 9.859 -609",
                    "Redningstjeneste og livreddere ved",
                    "badestrande samt øvrige kyststrækninger 1.708 805 6.130 13.840 7.710",
                    "Naturstier 141.708 131.910 136.667 137.236 569",
                    "Bådehavne 0 0 4 3 -1",
                    "Fugletårne og shelterpladser -1.667 -1.393 144 -1.442 -1.586",
                    "I alt 152.381 141.856 153.413 159.496 6.083",
                    "Forbrugsprocent: 103,1 %");
        }

        @Test
        void tableHeaderTextsArePrinted() {
            String p1 = String.join(" ", lines(pages.get(0)));
            assertThat(p1).contains("Beløb i 1.000 kr. (2031 P/L)", "(- = mindreforbrug/indtægt)",
                    "Regnskab", "Budget", "Afvigelse");
        }

        @Test
        void markupBulletsAndDanishLettersSurvive() {
            List<String> l = lines(pages.get(1));
            assertThat(l).containsSubsequence(
                    "Sikre strande – en fælles opgave",
                    "• Borgerne tager ansvar for egne strande",
                    "Evalueringer viser, at flere borgere deltager i frivillige oprydninger.",
                    "• Mere for pengene – mindre administration",
                    "– færre arbejdsgange i driften",
                    "– fælles indkøb med nabokommunerne",
                    "• Viden om, hvad der virker",
                    "Status for målsætningerne");
            assertThat(String.join("\n", pages)).contains("æ", "ø", "å", "–", "•");
        }

        @Test
        void effektTableKeepsCellsAndHeaderFromData() {
            String p3 = String.join(" ", lines(pages.get(2)));
            assertThat(p3).contains("Mål", "Mål i 2031", "Resultat", "Byrådets mål 1-2", "Rene strande",
                    "Færre drukneulykker", "• Nordstrand: 80 %", "Der var 1 ulykke i 2031 mod 3 i 2030.");
        }

        @Test
        void everyFontIsEmbedded() throws IOException {
            try (PDDocument doc = Loader.loadPDF(pdf)) {
                List<String> fonts = new ArrayList<>();
                for (PDPage page : doc.getPages()) {
                    PDResources res = page.getResources();
                    for (COSName name : res.getFontNames()) {
                        PDFont font = res.getFont(name);
                        fonts.add(font.getName());
                        assertThat(font.isEmbedded()).as("font %s embedded", font.getName()).isTrue();
                    }
                }
                assertThat(fonts).anyMatch(f -> f.contains("DejaVuSans"))
                        .anyMatch(f -> f.contains("DejaVuSans-Bold"));
            }
        }

        @Test
        void politikomraadeAndItsSectionsAreBookmarks() throws IOException {
            try (PDDocument doc = Loader.loadPDF(pdf)) {
                List<String> top = new ArrayList<>();
                List<String> sections = new ArrayList<>();
                doc.getDocumentCatalog().getDocumentOutline().children().forEach(i -> {
                    top.add(i.getTitle());
                    i.children().forEach(c -> sections.add(c.getTitle()));
                });
                assertThat(top).containsExactly(SampleBlocks.POLITIKOMRAADE);
                assertThat(sections).containsExactly("Regnskabsresultat", "Fokusområder", "Effektmål");
            }
        }

        @Test
        void documentTitleIsThePolitikomraade() throws IOException {
            try (PDDocument doc = Loader.loadPDF(pdf)) {
                assertThat(doc.getDocumentInformation().getTitle()).isEqualTo(SampleBlocks.POLITIKOMRAADE);
            }
        }
    }

    @Nested
    class Content {

        @Test
        void userMarkupIsPrintedLiterally() throws Exception {
            List<ReportBlock> blocks = new ArrayList<>(TextMarkup.blocks(R,
                    "Tekst med <script>alert('x')</script> & \"citat\" og <b>ikke fed</b>."));
            byte[] pdf = renderer.render(SampleBlocks.params(), blocks);
            assertThat(lines(pages(pdf).get(0)))
                    .contains("Tekst med <script>alert('x')</script> & \"citat\" og <b>ikke fed</b>.");
        }

        @Test
        void nullKommuneAndTitelLeaveFooterWithPageNumberOnly() throws Exception {
            Map<String, Object> p = new java.util.HashMap<>(SampleBlocks.params());
            p.put("KOMMUNE", null);
            p.remove("TITEL");
            byte[] pdf = renderer.render(p, List.of(ReportBlock.paragraph(ReportBlock.OM_POLITIKOMRAADET, "Kort.")));
            List<String> l = lines(pages(pdf).get(0));
            assertThat(l).contains("Om politikområdet", "Kort.");
            assertThat(l.get(l.size() - 1)).isEqualTo("side 1 af 1");
        }

        @Test
        void fillGivesAPrintForMerging() throws Exception {
            JasperPrint print = renderer.fill(SampleBlocks.params(), SampleBlocks.typical());
            assertThat(print.getPages()).hasSize(3);
            assertThat(print.getName()).isEqualTo(SampleBlocks.POLITIKOMRAADE);
        }

        @Test
        void emptyBlocksOrMissingNameAreRejected() {
            assertThatThrownBy(() -> renderer.render(SampleBlocks.params(), List.of()))
                    .isInstanceOf(IllegalArgumentException.class);
            assertThatThrownBy(() -> renderer.render(Map.of("YEAR", 2031), SampleBlocks.typical()))
                    .isInstanceOf(IllegalArgumentException.class);
        }

        @Test
        void factoriesRejectWrongColumnCounts() {
            assertThatThrownBy(() -> ReportBlock.accountsRow(R, "x", "1", "2"))
                    .isInstanceOf(IllegalArgumentException.class);
            assertThatThrownBy(() -> ReportBlock.bullet(R, 3, "x")).isInstanceOf(IllegalArgumentException.class);
            assertThatThrownBy(() -> ReportBlock.paragraph(" ", "x")).isInstanceOf(IllegalArgumentException.class);
        }
    }

    @Nested
    class Large {

        @Test
        void twoHundredRowTableSpansPagesWithEveryRowOnOneLine() throws Exception {
            byte[] pdf = renderer.render(SampleBlocks.params(), accountsTable(200));
            List<String> pages = pages(pdf);
            assertThat(pages.size()).isGreaterThanOrEqualTo(3);

            List<String> rowLines = allLines(pages).stream().filter(l -> l.startsWith("Konto ")).toList();
            List<String> expected = IntStream.rangeClosed(1, 200)
                    .mapToObj(i -> "Konto " + i + " " + String.join(" ", amounts(i))).toList();
            assertThat(rowLines).containsExactlyElementsOf(expected);
            assertThat(allLines(pages)).containsSubsequence("I alt 1 2 3 4 5", "Forbrugsprocent: 99,9 %");

            int pagesWithRows = 0;
            for (int p = 0; p < pages.size(); p++) {
                List<String> l = lines(pages.get(p));
                assertThat(l.get(l.size() - 1)).endsWith("side " + (p + 1) + " af " + pages.size());
                if (l.stream().anyMatch(s -> s.startsWith("Konto "))) {
                    pagesWithRows++;
                    // The column headers are repeated on every page the table continues on, once.
                    assertThat(l.stream().filter(s -> s.startsWith("Beløb i 1.000 kr.")).count())
                            .as("header lines on page %d", p + 1).isEqualTo(1);
                }
            }
            assertThat(pagesWithRows).isGreaterThanOrEqualTo(3);
        }

        @Test
        void smallTableThatDoesNotFitMovesWholeToTheNextPage() throws Exception {
            List<ReportBlock> blocks = new ArrayList<>();
            for (int i = 0; i < 24; i++) {
                blocks.add(ReportBlock.paragraph(R, "Afsnit " + i + " med tekst nok til at fylde en hel linje i rapportens brødtekst her."));
            }
            List<ReportBlock> table = accountsTable(12);
            blocks.addAll(table.subList(1, table.size()));
            List<String> pages = pages(renderer.render(SampleBlocks.params(), blocks));
            assertThat(pages).hasSize(2);
            assertThat(pages.get(0)).doesNotContain("Konto ", "Beløb i 1.000 kr.");
            assertThat(lines(pages.get(1))).containsSubsequence("Konto 1 " + String.join(" ", amounts(1)),
                    "Konto 12 " + String.join(" ", amounts(12)), "I alt 1 2 3 4 5", "Forbrugsprocent: 99,9 %");
        }

        @Test
        void twentyThousandCharacterParagraphFlowsOverPagesWithoutLoss() throws Exception {
            StringBuilder sb = new StringBuilder();
            int n = 0;
            while (sb.length() < 20_000) {
                sb.append("ord").append(++n).append(n % 17 == 0 ? ". " : " ");
            }
            String text = sb.toString().strip();
            assertThat(text.length()).isGreaterThanOrEqualTo(20_000);
            byte[] pdf = renderer.render(SampleBlocks.params(),
                    List.of(ReportBlock.paragraph(ReportBlock.FOKUSOMRAADER, TextMarkup.inline(text))));
            List<String> pages = pages(pdf);
            assertThat(pages.size()).isGreaterThanOrEqualTo(3);
            assertThat(numbersOf("ord", String.join("\n", pages)))
                    .containsExactlyElementsOf(IntStream.rangeClosed(1, n).boxed().toList());
            for (int p = 0; p < pages.size(); p++) {
                assertThat(lines(pages.get(p)).get(0)).isEqualTo(SampleBlocks.POLITIKOMRAADE + " Fokusområder");
                assertThat(pages.get(p)).contains("side " + (p + 1) + " af " + pages.size());
            }
        }

        @Test
        void effektRowTallerThanAPageLosesNoText() throws Exception {
            String E = ReportBlock.EFFEKTMAAL;
            String result = IntStream.rangeClosed(1, 900).mapToObj(i -> "res" + i).collect(Collectors.joining(" "));
            String target = IntStream.rangeClosed(1, 300).mapToObj(i -> "mål" + i).collect(Collectors.joining("\n"));
            List<ReportBlock> blocks = List.of(
                    ReportBlock.effektHead(E, "Mål", "Mål i 2031", "Resultat"),
                    ReportBlock.effektRow(E, "Langt mål", TextMarkup.cellHtml("Kort beskrivelse."),
                            TextMarkup.cellHtml(target), TextMarkup.cellHtml(result)),
                    ReportBlock.effektRow(E, "Næste mål", "", "x", "y"));
            byte[] pdf = renderer.render(SampleBlocks.params(), blocks);
            List<String> pages = pages(pdf);
            assertThat(pages.size()).isGreaterThanOrEqualTo(2);
            String all = String.join("\n", pages);
            assertThat(numbersOf("res", all)).containsExactlyElementsOf(IntStream.rangeClosed(1, 900).boxed().toList());
            assertThat(numbersOf("mål", all)).containsExactlyElementsOf(IntStream.rangeClosed(1, 300).boxed().toList());
            assertThat(all).contains("Langt mål", "Kort beskrivelse.", "Næste mål");
        }

        private List<Integer> numbersOf(String prefix, String text) {
            Matcher m = Pattern.compile("\\b" + prefix + "(\\d+)\\b").matcher(text);
            List<Integer> out = new ArrayList<>();
            while (m.find()) {
                out.add(Integer.parseInt(m.group(1)));
            }
            return out;
        }
    }

    @Nested
    class Concurrency {

        @Test
        void sharedReportRendersTheSameInParallel() throws Exception {
            String expected = String.join("\n", pages(renderer.render(SampleBlocks.params(), SampleBlocks.typical())));
            ExecutorService pool = Executors.newFixedThreadPool(4);
            try {
                List<Future<String>> futures = new ArrayList<>();
                for (int i = 0; i < 16; i++) {
                    futures.add(pool.submit(() -> String.join("\n",
                            pages(renderer.render(SampleBlocks.params(), SampleBlocks.typical())))));
                }
                for (Future<String> f : futures) {
                    assertThat(f.get()).isEqualTo(expected);
                }
            } finally {
                pool.shutdownNow();
            }
        }
    }

    /** The poppler tool, when installed: -layout and -raw both keep an accounts row on one line. */
    @Nested
    class Pdftotext {

        @Test
        void rowsAreLinesInLayoutAndRawMode(@TempDir Path dir) throws Exception {
            Assumptions.assumeTrue(onPath("pdftotext"), "pdftotext not installed");
            Path pdf = dir.resolve("r.pdf");
            Files.write(pdf, renderer.render(SampleBlocks.params(), SampleBlocks.typical()));
            for (String mode : List.of("-layout", "-raw")) {
                List<String> l = lines(pdftotext(mode, pdf));
                assertThat(l).as(mode).containsSubsequence(
                        "Strandpleje 10.632 10.534 10.468 9.859 -609",
                        "badestrande samt øvrige kyststrækninger 1.708 805 6.130 13.840 7.710",
                        "Naturstier 141.708 131.910 136.667 137.236 569",
                        "I alt 152.381 141.856 153.413 159.496 6.083");
                assertThat(l).as(mode).anyMatch(s -> s.endsWith("side 1 af 3"));
            }
        }

        private static boolean onPath(String tool) {
            return Arrays.stream(System.getenv().getOrDefault("PATH", "").split(java.io.File.pathSeparator))
                    .anyMatch(d -> Files.isExecutable(Path.of(d, tool)));
        }

        private static String pdftotext(String mode, Path pdf) throws Exception {
            Process p = new ProcessBuilder("pdftotext", mode, "-enc", "UTF-8", pdf.toString(), "-")
                    .redirectErrorStream(true).start();
            String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            assertThat(p.waitFor()).isZero();
            return out;
        }
    }
}
