package dk.aarsrapport.support;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.text.PDFTextStripper;

/** Reads PDFs the way a reader's tools do: extracted text in reading order, and the fonts used. */
public final class Pdfs {

    private Pdfs() {
    }

    public static String text(Path pdf) throws IOException {
        try (PDDocument doc = Loader.loadPDF(pdf.toFile())) {
            PDFTextStripper stripper = new PDFTextStripper();
            stripper.setSortByPosition(true);
            return stripper.getText(doc);
        }
    }

    /**
     * Text in the order it was drawn, element by element: a table cell's wrapped lines stay together
     * instead of interleaving with the next column's lines.
     */
    public static String textInDrawingOrder(Path pdf) throws IOException {
        try (PDDocument doc = Loader.loadPDF(pdf.toFile())) {
            return new PDFTextStripper().getText(doc);
        }
    }

    public static List<String> lines(Path pdf) throws IOException {
        return text(pdf).lines().map(String::strip).filter(l -> !l.isEmpty()).toList();
    }

    /** Names of fonts that are not embedded (should be none). */
    public static List<String> notEmbeddedFonts(Path pdf) throws IOException {
        List<String> missing = new ArrayList<>();
        try (PDDocument doc = Loader.loadPDF(pdf.toFile())) {
            for (PDPage page : doc.getPages()) {
                for (COSName name : page.getResources().getFontNames()) {
                    PDFont font = page.getResources().getFont(name);
                    if (font != null && !font.isEmbedded()) {
                        missing.add(font.getName());
                    }
                }
            }
        }
        return missing;
    }

    /**
     * Image XObjects on all pages larger than one pixel: a chart drawn as vectors has none (JasperReports
     * places a 1×1 image to carry a chart's tooltip, which is no picture of anything).
     */
    public static int imageCount(Path pdf) throws IOException {
        int images = 0;
        try (PDDocument doc = Loader.loadPDF(pdf.toFile())) {
            for (PDPage page : doc.getPages()) {
                for (COSName name : page.getResources().getXObjectNames()) {
                    if (page.getResources().getXObject(name)
                            instanceof org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject img
                            && (img.getWidth() > 1 || img.getHeight() > 1)) {
                        images++;
                    }
                }
            }
        }
        return images;
    }

    public static int pages(Path pdf) throws IOException {
        try (PDDocument doc = Loader.loadPDF(pdf.toFile())) {
            return doc.getNumberOfPages();
        }
    }
}
