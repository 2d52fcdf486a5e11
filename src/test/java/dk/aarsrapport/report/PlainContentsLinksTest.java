package dk.aarsrapport.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.interactive.action.PDActionGoTo;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotation;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotationLink;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.destination.PDPageDestination;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import dk.aarsrapport.support.CliRun;
import dk.aarsrapport.support.Outline;
import dk.aarsrapport.support.Samples;

/**
 * A trial run's plain PDFs (--no-pdfa) get no finishing pass, yet their contents must link as the published
 * ones do: before, the whole report's contents had no followable link with or without --no-pdfa.
 */
class PlainContentsLinksTest {

    @TempDir
    Path tmp;

    @Test
    void theContentsOfAPlainWholeReportAndPackLinkToWhereEachPartStarts() throws IOException {
        Path in = Samples.copy(Samples.CSV_2015, tmp.resolve("input/2015"));
        Path out = tmp.resolve("output/2015");
        CliRun r = CliRun.of(tmp.resolve("data"), "generate", "--no-pdfa", "--input", in.toString(), "--output",
                out.toString());
        assertThat(r.exit).as(r.toString()).isZero();
        for (Path pdf : List.of(out.resolve("aarsberetning-2015.pdf"), out.resolve("pakker/beskaeftigelsesudvalget.pdf"))) {
            List<Integer> starts = Outline.of(pdf).stream().filter(b -> b.level() == 1 && !b.title().equals("Indhold"))
                    .map(Outline.Bookmark::page).toList();
            assertThat(starts).as(pdf.toString()).isNotEmpty();
            assertThat(goToPages(pdf)).as(pdf.toString()).containsExactlyElementsOf(starts);
        }
    }

    /** The 1-based target page of every GoTo link annotation, in page and annotation order. */
    private static List<Integer> goToPages(Path pdf) throws IOException {
        List<Integer> pages = new ArrayList<>();
        try (PDDocument doc = Loader.loadPDF(pdf.toFile())) {
            for (var page : doc.getPages()) {
                for (PDAnnotation a : page.getAnnotations()) {
                    if (a instanceof PDAnnotationLink link && link.getAction() instanceof PDActionGoTo goTo
                            && goTo.getDestination() instanceof PDPageDestination d) {
                        pages.add(doc.getPages().indexOf(d.getPage()) + 1);
                    }
                }
            }
        }
        return pages;
    }
}
