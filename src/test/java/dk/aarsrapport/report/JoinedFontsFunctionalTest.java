package dk.aarsrapport.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSBase;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import dk.aarsrapport.bench.DataGenerator;
import dk.aarsrapport.support.CliRun;
import dk.aarsrapport.support.Pdfs;

/**
 * The whole report and the packs, joined from parts that each embed their own font subsets, embed each face
 * once: one subset with every part's glyphs ({@link SharedFonts}), and the text reads as in the parts.
 */
class JoinedFontsFunctionalTest {

    @TempDir
    static Path tmp;
    static Path out;

    @BeforeAll
    static void generate() throws IOException {
        Path in = tmp.resolve("in");
        new DataGenerator(new DataGenerator.Spec("Fontby Kommune", 2032, 7, 8, 5)).writeCsv(in);
        out = tmp.resolve("out");
        CliRun run = CliRun.of(tmp.resolve("data"), "generate", "--year", "2032", "--input", in.toString(),
                "--output", out.toString());
        assertThat(run.exit).as(run.toString()).isZero();
    }

    @Test
    void eachJoinedDocumentEmbedsEachFaceOnce() throws IOException {
        List<Path> joined = new ArrayList<>(pdfs(out.resolve("pakker")));
        joined.add(out.resolve("aarsberetning-2032.pdf"));
        for (Path pdf : joined) {
            Map<String, Set<COSBase>> programs = programs(pdf);
            assertThat(programs).as(pdf.toString()).isNotEmpty()
                    .allSatisfy((face, files) -> assertThat(files).as("%s in %s", face, pdf).hasSize(1));
        }
        // the whole report holds every part, and fewer font programs than the parts do together
        List<Path> parts = pdfs(out.resolve("politikomraader"));
        int inParts = 0;
        for (Path part : parts) {
            inParts += programs(part).values().stream().mapToInt(Set::size).sum();
        }
        int inWhole = programs(out.resolve("aarsberetning-2032.pdf")).values().stream().mapToInt(Set::size).sum();
        assertThat(parts).hasSize(7);
        assertThat(inWhole).isLessThan(inParts / 3);
    }

    @Test
    void theTextOfEachPartReadsInTheWholeReportAsInThePart() throws IOException {
        String whole = Pdfs.text(out.resolve("aarsberetning-2032.pdf"));
        for (Path part : pdfs(out.resolve("politikomraader"))) {
            String own = Pdfs.text(part).replaceAll("side \\d+ af \\d+", "").strip();
            for (String line : own.lines().filter(l -> !l.isBlank()).toList()) {
                assertThat(whole).as("%s: %s", part.getFileName(), line).contains(line.strip());
            }
        }
    }

    /** Each face (its name without the subset tag) and the font programs {@code pdf} embeds for it. */
    private static Map<String, Set<COSBase>> programs(Path pdf) throws IOException {
        Map<String, Set<COSBase>> out = new HashMap<>();
        try (PDDocument doc = Loader.loadPDF(pdf.toFile())) {
            for (PDPage page : doc.getPages()) {
                COSDictionary fonts = page.getResources().getCOSObject().getCOSDictionary(COSName.FONT);
                for (COSName name : fonts == null ? Set.<COSName>of() : fonts.keySet()) {
                    COSDictionary font = fonts.getCOSDictionary(name);
                    if (!(font.getDictionaryObject(COSName.DESCENDANT_FONTS) instanceof COSArray d)
                            || !(d.getObject(0) instanceof COSDictionary cid)) {
                        continue;
                    }
                    String base = font.getNameAsString(COSName.BASE_FONT);
                    COSBase program = cid.getCOSDictionary(COSName.FONT_DESC).getDictionaryObject(COSName.FONT_FILE2);
                    out.computeIfAbsent(base.substring(base.indexOf('+') + 1), k -> new HashSet<>())
                            .add(program);
                }
            }
        }
        return out;
    }

    private static List<Path> pdfs(Path folder) throws IOException {
        try (Stream<Path> files = Files.list(folder)) {
            return files.filter(p -> p.toString().endsWith(".pdf")).sorted().toList();
        }
    }
}
