package dk.aarsrapport.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

import dk.aarsrapport.bench.DataGenerator;
import dk.aarsrapport.support.CliRun;
import dk.aarsrapport.support.Outline;
import dk.aarsrapport.support.Samples;
import dk.aarsrapport.support.StructureTree;
import dk.aarsrapport.support.StructureTree.Node;

/**
 * What a screen reader hears: the structure tree of the 2015 sample's PDFs and of a generated input whose
 * accounts tables run over several pages, walked through the RoleMap. Tables with their header cells and
 * scopes, lists with their items, heading levels in order, and contents lines that link.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class StructureTreeFunctionalTest {

    @TempDir
    static Path tmp;

    Path sample;
    Path generated;

    @BeforeAll
    void generate() throws IOException {
        Path in2015 = Samples.copy(Samples.CSV_2015, tmp.resolve("in/sample"));
        // a text with second-level bullets, which the sample has none of
        Files.writeString(in2015.resolve("tekster.csv"), "Beskæftigelsestilbud;Fokusområder;\"Indsatserne:\n"
                + "- Første indsats\n  - dens første del\n  - dens anden del\n- Anden indsats\"\n",
                java.nio.charset.StandardCharsets.UTF_8, java.nio.file.StandardOpenOption.APPEND);
        sample = run("sample", "2015", in2015);
        Path in = tmp.resolve("in/generated");
        new DataGenerator(new DataGenerator.Spec("Testby Kommune", 2031, 2, 70, 5)).writeCsv(in);
        generated = run("generated", "2031", in);
    }

    private static Path run(String name, String year, Path input) {
        Path out = tmp.resolve("out/" + name);
        CliRun r = CliRun.of(tmp.resolve("data/" + name), "generate", "--year", year, "--input", input.toString(),
                "--output", out.toString());
        assertThat(r.exit).as(r.toString()).isZero();
        return out;
    }

    @Test
    void theAccountsTableIsOneTableWithColumnAndRowHeaders() throws IOException {
        Node doc = StructureTree.of(sample.resolve("politikomraader/20-beskaeftigelsestilbud.pdf"));
        List<Node> tables = doc.all("Table");
        // the accounts table, the effektmål table and one Målinger table per indicator
        assertThat(tables).hasSize(2 + 2);
        Node accounts = tables.get(0);
        List<Node> rows = accounts.kids("TR");
        assertThat(rows.get(0).kids().stream().map(Node::allText)).containsExactly(
                "Beløb i 1.000 kr. (2015 P/L) (- = mindreforbrug/indtægt)", "Regnskab 2014", "Budget 2015",
                "Korr. budget 2015", "Regnskab 2015", "Afvigelse");
        assertThat(rows.get(0).kids()).allSatisfy(c -> assertThat(c.role() + c.scope()).isEqualTo("THColumn"));
        assertThat(rows.get(1).outline()).isEqualTo(
                "TR[TH(Row)'Faste ejendomme' TD'0' TD'0' TD'0' TD'100' TD'100']");
        assertThat(rows.get(rows.size() - 1).allText()).isEqualTo("I alt 10.502 10.392 14.884 12.313 -2.571");
        assertThat(doc.all("TH")).allSatisfy(th -> assertThat(th.scope()).isIn("Column", "Row"));
        // each table begins with its one row of column heads; the Målinger tables' heads name indicator and periods
        assertThat(tables).allSatisfy(table -> assertThat(table.kids("TR").stream()
                .filter(r -> r.kids().stream().allMatch(c -> "Column".equals(c.scope())))).hasSize(1));
        assertThat(tables.get(2).kids("TR").get(0).kids().stream().map(Node::allText).toList()).startsWith(
                "Andel unge på offentlig forsørgelse, der påbegynder en ordinær uddannelse på SU eller elevløn Enhed: %",
                "2015 jan.", "2015 aug.");
        // the forbrugsprocent is the paragraph after the table, not a row of it
        List<Node> top = doc.kids("Sect").get(0).kids();
        assertThat(top.get(top.indexOf(accounts) + 1).outline()).isEqualTo("P'Forbrugsprocent: 82,7 %'");
    }

    @Test
    void anEffektmaalIsOneRowReadMaalFirst() throws IOException {
        Node doc = StructureTree.of(sample.resolve("politikomraader/20-beskaeftigelsestilbud.pdf"));
        Node effekt = doc.all("Table").get(1);
        assertThat(effekt.kids("TR").get(0).kids().stream().map(Node::allText))
                .containsExactly("Mål", "Mål i 2015", "Resultat");
        // "Mål" spans the effektmål's name (the row header) and its description
        Node row = effekt.kids("TR").get(2);
        assertThat(row.kids().stream().map(c -> c.role() + c.scope()))
                .containsExactly("THRow", "TDnull", "TDnull", "TDnull");
        assertThat(row.kids().get(0).allText()).startsWith("Løntilskud til førtidspensionister");
        assertThat(row.kids().get(1).allText()).startsWith("En stigning af antallet af løntilskud");
        assertThat(row.kids().get(2).allText()).isEqualTo("206");
        assertThat(row.kids().get(3).allText()).startsWith("197 førtidspensionister er ansat");
    }

    /** JasperReports' Text inside each tagged element is folded into it: a heading or cell holds its own text. */
    @Test
    void aTextElementHoldsItsOwnText() throws IOException {
        Node doc = StructureTree.of(sample.resolve("politikomraader/20-beskaeftigelsestilbud.pdf"));
        List<Node> wrappers = doc.find(n -> n.kids().size() == 1 && n.kids().get(0).role().equals("P")
                && n.kids().get(0).kids().isEmpty() && n.text().isEmpty()
                && List.of("H1", "H2", "H3", "TH", "TD", "Lbl", "LBody", "TOCI").contains(n.role()));
        assertThat(wrappers).as("elements whose only child is a plain paragraph").isEmpty();
        assertThat(doc.all("H1")).isNotEmpty().allSatisfy(h -> assertThat(h.text()).isNotBlank());
        assertThat(doc.all("Table").get(0).all("TD")).isNotEmpty().allSatisfy(td -> assertThat(td.kids()).isEmpty());
    }

    /**
     * Regression: JasperReports writes each page's parent-tree array as an object of its own, which the finishing
     * pass took for no array at all, so the marked content of a folded Text and of an artifact still pointed at
     * elements that were no longer in the tree. Each page's entries must name elements of the tree, or nothing.
     */
    @Test
    void everyParentTreeEntryIsAnElementOfTheTree() throws IOException {
        for (Path pdf : List.of(sample.resolve("politikomraader/20-beskaeftigelsestilbud.pdf"),
                sample.resolve("aarsberetning-2015.pdf"))) {
            try (org.apache.pdfbox.pdmodel.PDDocument doc = org.apache.pdfbox.Loader.loadPDF(pdf.toFile())) {
                var root = doc.getDocumentCatalog().getStructureTreeRoot();
                java.util.Set<org.apache.pdfbox.cos.COSBase> inTree = java.util.Collections.newSetFromMap(
                        new java.util.IdentityHashMap<>());
                collectElements(root.getCOSObject(), inTree);
                var parents = root.getParentTree().getNumbers();
                int entries = 0;
                for (var page : doc.getPages()) {
                    var array = (org.apache.pdfbox.cos.COSArray) parents.get(page.getStructParents()).getCOSObject();
                    for (int i = 0; i < array.size(); i++) {
                        var element = array.getObject(i);
                        if (element instanceof org.apache.pdfbox.cos.COSDictionary) {
                            entries++;
                            assertThat(inTree.contains(element))
                                    .as(pdf.getFileName() + " page " + page.getStructParents() + " MCID " + i + " in the tree")
                                    .isTrue();
                        }
                    }
                }
                assertThat(entries).isPositive();
            }
        }
    }

    private static void collectElements(org.apache.pdfbox.cos.COSDictionary element,
                                        java.util.Set<org.apache.pdfbox.cos.COSBase> out) {
        if (!out.add(element)) {
            return;
        }
        var k = element.getDictionaryObject(org.apache.pdfbox.cos.COSName.K);
        List<org.apache.pdfbox.cos.COSBase> kids = new ArrayList<>();
        if (k instanceof org.apache.pdfbox.cos.COSArray a) {
            for (int i = 0; i < a.size(); i++) {
                kids.add(a.getObject(i));
            }
        } else if (k != null) {
            kids.add(k instanceof org.apache.pdfbox.cos.COSObject o ? o.getObject() : k);
        }
        for (var kid : kids) {
            if (kid instanceof org.apache.pdfbox.cos.COSDictionary d && d.containsKey(org.apache.pdfbox.cos.COSName.S)) {
                collectElements(d, out);
            }
        }
    }

    @Test
    void bulletsAreListsOfLabelledItems() throws IOException {
        Node doc = StructureTree.of(sample.resolve("politikomraader/10-arbejdsmarkeds-og-overfoerselsomraadet.pdf"));
        List<Node> lists = doc.all("L");
        assertThat(lists).isNotEmpty();
        assertThat(doc.all("LI")).allSatisfy(li -> {
            assertThat(li.kids().get(0).outline()).isEqualTo("Lbl'•'");
            assertThat(li.kids().get(1).role()).isEqualTo("LBody");
        });
        assertThat(lists.get(0).kids("LI").get(0).kids().get(1).allText())
                .startsWith("Borgeren får og tager ansvar for eget forløb Evalueringer viser");
        // no bullet is left a paragraph of its own
        assertThat(doc.kids("Sect").get(0).kids()).noneMatch(p -> p.allText().equals("•"));
    }

    @Test
    void secondLevelBulletsAreAListInsideTheirItem() throws IOException {
        Node doc = StructureTree.of(sample.resolve("politikomraader/20-beskaeftigelsestilbud.pdf"));
        List<Node> outer = doc.find(l -> l.role().equals("L") && l.allText().contains("Første indsats"));
        assertThat(outer).hasSize(1);
        assertThat(outer.get(0).outline()).isEqualTo("L[LI[Lbl'•' LBody[P'Første indsats' "
                + "L[LI[Lbl'–' LBody'dens første del'] LI[Lbl'–' LBody'dens anden del']]]] "
                + "LI[Lbl'•' LBody'Anden indsats']]");
    }

    @Test
    void headingLevelsFollowEachOtherWithoutASkip() throws IOException {
        for (Path pdf : pdfs(sample)) {
            List<String> headings = new ArrayList<>();
            StructureTree.of(pdf).find(n -> n.role().matches("H[1-6]")).forEach(n -> headings.add(n.role()));
            assertThat(headings).as(pdf.toString()).isNotEmpty().first().isEqualTo("H1");
            for (int i = 1; i < headings.size(); i++) {
                int level = headings.get(i).charAt(1) - '0';
                int before = headings.get(i - 1).charAt(1) - '0';
                assertThat(level).as(pdf + " heading " + i + " of " + headings).isLessThanOrEqualTo(before + 1);
            }
        }
        Node area = StructureTree.of(sample.resolve("politikomraader/20-beskaeftigelsestilbud.pdf"));
        assertThat(area.find(n -> n.role().matches("H[1-6]")).stream().map(n -> n.role() + " " + n.allText()).toList())
                .startsWith("H1 Beskæftigelsestilbud", "H2 Regnskabsresultat", "H2 Fokusområder",
                        "H3 Ungdommens Uddannelsesvejledning:");
    }

    @Test
    void everyContentsLineLinksToWhereItsPolitikomraadeStarts() throws IOException {
        for (Path pdf : List.of(sample.resolve("aarsberetning-2015.pdf"),
                sample.resolve("pakker/beskaeftigelsesudvalget.pdf"), generated.resolve("aarsberetning-2031.pdf"))) {
            Node doc = StructureTree.of(pdf);
            List<Node> tocs = doc.all("TOC");
            assertThat(tocs).as(pdf.toString()).hasSize(1);
            List<Integer> starts = Outline.of(pdf).stream().filter(b -> b.level() == 1 && !b.title().equals("Indhold"))
                    .map(Outline.Bookmark::page).toList();
            List<Node> lines = tocs.get(0).kids("TOCI");
            assertThat(lines).hasSize(starts.size());
            for (int i = 0; i < lines.size(); i++) {
                List<Node> links = lines.get(i).kids("Link");
                assertThat(links).as(lines.get(i).outline()).hasSize(1);
                assertThat(links.get(0).linkPages()).containsExactly(starts.get(i));
                // the page number printed on the line is the page the link goes to
                assertThat(lines.get(i).allText()).endsWith(" " + starts.get(i));
            }
        }
    }

    @Test
    void aTableOverSeveralPagesStaysOneTableWithOneHeader() throws IOException {
        Path pdf = pdfs(generated).stream().filter(p -> p.toString().contains("politikomraader")).findFirst()
                .orElseThrow();
        assertThat(dk.aarsrapport.support.Pdfs.pages(pdf)).isGreaterThan(2);
        Node doc = StructureTree.of(pdf);
        Node accounts = doc.all("Table").get(0);
        List<Node> rows = accounts.kids("TR");
        assertThat(rows).hasSizeGreaterThan(50);
        assertThat(rows.stream().filter(r -> r.kids().stream().allMatch(c -> "Column".equals(c.scope())))).hasSize(1);
        assertThat(rows.get(rows.size() - 1).kids().get(0).allText()).isEqualTo("I alt");
        // what is no content — running headers and footers, page anchors, the reprinted header — is not in the tree
        assertThat(doc.find(n -> n.role().equals("Note") || n.allText().startsWith("side "))).isEmpty();
    }

    @Test
    void aChartKeepsItsAlternateTextAndItsCaption() throws IOException {
        Node doc = StructureTree.of(sample.resolve("politikomraader/20-beskaeftigelsestilbud.pdf"));
        List<Node> figures = doc.all("Figure");
        assertThat(figures).hasSize(2);
        assertThat(figures).allSatisfy(f -> assertThat(f.kids("Caption")).singleElement()
                .satisfies(c -> assertThat(c.allText()).startsWith("Diagram, ")));
    }

    @Test
    void aJoinedDocumentReadsAsItsPartsDo() throws IOException {
        Node whole = StructureTree.of(sample.resolve("aarsberetning-2015.pdf"));
        // one Document; in it the front (cover and contents), then each politikområde, one Part each
        assertThat(whole.kids()).singleElement().satisfies(d -> assertThat(d.role()).isEqualTo("Document"));
        List<Node> parts = whole.kids().get(0).kids();
        assertThat(parts).hasSize(3).allSatisfy(p -> assertThat(p.role()).isEqualTo("Part"));
        List<String> areas = List.of("politikomraader/10-arbejdsmarkeds-og-overfoerselsomraadet.pdf",
                "politikomraader/20-beskaeftigelsestilbud.pdf");
        int tables = 0;
        for (int i = 0; i < areas.size(); i++) {
            Node own = StructureTree.of(sample.resolve(areas.get(i)));
            assertThat(own.kids()).hasSize(1);
            // headings, paragraphs, tables with their scopes, lists, figures: element for element as in the part
            assertThat(parts.get(i + 1).kids().stream().map(Node::outline).toList())
                    .isEqualTo(own.kids().get(0).kids().stream().map(Node::outline).toList());
            tables += own.all("Table").size();
        }
        assertThat(whole.all("Table")).hasSize(tables);
        assertThat(parts.get(0).all("TOC")).singleElement()
                .satisfies(toc -> assertThat(toc.all("Link")).hasSize(2)
                        .allSatisfy(link -> assertThat(link.linkPages()).hasSize(1)));
    }

    @Test
    void theParentTreeOfAJoinedDocumentResolvesEveryMarkedContentOfEveryPage() throws IOException {
        for (Path pdf : List.of(sample.resolve("aarsberetning-2015.pdf"),
                sample.resolve("pakker/beskaeftigelsesudvalget.pdf"), generated.resolve("aarsberetning-2031.pdf"))) {
            assertThat(JoinedParentTree.unresolved(pdf)).as(pdf.toString()).isEmpty();
            assertThat(JoinedParentTree.resolved(pdf)).as(pdf.toString()).isGreaterThan(100);
        }
    }

    private static List<Path> pdfs(Path folder) throws IOException {
        try (Stream<Path> files = Files.walk(folder)) {
            return files.filter(p -> p.toString().endsWith(".pdf")).sorted().toList();
        }
    }
}
