package dk.aarsrapport.report;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;

import org.apache.fontbox.ttf.TTFParser;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSFloat;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.io.RandomAccessReadBuffer;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.documentinterchange.markedcontent.PDPropertyList;
import org.apache.pdfbox.pdmodel.font.PDType0Font;

import net.sf.jasperreports.engine.JRPrintElement;
import net.sf.jasperreports.engine.JRPrintFrame;
import net.sf.jasperreports.engine.JRPrintPage;
import net.sf.jasperreports.engine.JRPrintText;
import net.sf.jasperreports.engine.JasperPrint;

/**
 * "side X af Y" at the PDF level, so a part's pages are exported once and numbered in every document that
 * holds them. Before the export, the text field keyed {@value ReportAssembler#PAGE_NUMBER_KEY} is emptied and
 * where it stood is noted ({@link Slot}); after the finishing pass each page keeps its slot in a private key
 * of its page dictionary, and {@link #stamp} draws the number there, right-aligned in the embedded DejaVu Sans
 * as JasperReports would, inside {@code /Artifact <</Type /Pagination>> BDC}: a screen reader skips it and
 * PDF/UA holds. The font is embedded once per document (a subset of digits and "side af"), and the key is
 * removed from the page.
 */
final class PageNumbers {

    /** Private key (second-class name) holding a page's slot until it is stamped. */
    static final COSName SLOT = COSName.getPDFName("AarsrapportSidetal");
    private static final String FONT = "net/sf/jasperreports/fonts/dejavu/DejaVuSans.ttf";
    /** DejaVu Sans' ascender (hhea, 1901/2048 em): JasperReports puts the first baseline that far below the top. */
    private static final float ASCENT = 1901f / 2048f;
    static final byte[] FONT_BYTES = read();
    /**
     * The font parsed once per thread, not once per stamped document: parsing its 750 KB was four fifths of
     * stamping a part's own PDF (JFR, 2026-12-04: 74 of 92 samples in {@link #stamp}, docs/performance.md). A
     * TrueTypeFont reads its tables lazily and is not safe to share between the render threads; it stays open,
     * as the documents that borrow it subset it when they are saved.
     */
    private static final ThreadLocal<TrueTypeFont> PARSED = ThreadLocal.withInitial(PageNumbers::parse);

    private PageNumbers() {
    }

    /** Where the page number of one page stands: its box in PDF units (origin bottom left), size and grey. */
    record Slot(float left, float right, float baseline, float size, float red, float green, float blue) {
    }

    /** Empties the page-number fields of {@code print}; returns each page's slot (null where it has none). */
    static List<Slot> blank(JasperPrint print) {
        List<Slot> slots = new ArrayList<>();
        for (JRPrintPage page : print.getPages()) {
            slots.add(blank(page.getElements(), 0, 0, print.getPageHeight()));
        }
        return slots;
    }

    private static Slot blank(List<JRPrintElement> elements, int dx, int dy, int pageHeight) {
        Slot found = null;
        for (JRPrintElement e : elements) {
            if (e instanceof JRPrintText t && ReportAssembler.PAGE_NUMBER_KEY.equals(t.getKey())) {
                float size = t.getFontSize();
                int top = dy + t.getY() + t.getLineBox().getTopPadding();
                int left = dx + t.getX() + t.getLineBox().getLeftPadding();
                int right = dx + t.getX() + t.getWidth() - t.getLineBox().getRightPadding();
                java.awt.Color c = t.getForecolor();
                found = new Slot(left, right, pageHeight - top - ASCENT * size, size, c.getRed() / 255f,
                        c.getGreen() / 255f, c.getBlue() / 255f);
                t.setText("");
                t.setTextTruncateIndex(null);
                t.setLineBreakOffsets(null);
            } else if (e instanceof JRPrintFrame f) {
                Slot inner = blank(f.getElements(), dx + f.getX() + f.getLineBox().getLeftPadding(),
                        dy + f.getY() + f.getLineBox().getTopPadding(), pageHeight);
                found = inner != null ? inner : found;
            }
        }
        return found;
    }

    /** Notes each page's slot in its page dictionary, for the documents that stamp it later. */
    static void mark(PDDocument doc, List<Slot> slots) {
        for (int i = 0; i < doc.getNumberOfPages() && i < slots.size(); i++) {
            Slot s = slots.get(i);
            if (s != null) {
                COSArray a = new COSArray();
                for (float v : new float[] {s.left(), s.right(), s.baseline(), s.size(), s.red(), s.green(), s.blue()}) {
                    a.add(new COSFloat(v));
                }
                doc.getPage(i).getCOSObject().setItem(SLOT, a);
            }
        }
    }

    /** Stamps "side X af Y" on every page with a slot, counting {@code doc}'s pages, and removes the slots. */
    static void stamp(PDDocument doc) throws IOException {
        int total = doc.getNumberOfPages();
        PDType0Font font = null;
        int number = 0;
        for (PDPage page : doc.getPages()) {
            number++;
            COSDictionary dict = page.getCOSObject();
            if (!(dict.getDictionaryObject(SLOT) instanceof COSArray a) || a.size() < 7) {
                continue;
            }
            float[] v = a.toFloatArray();
            dict.removeItem(SLOT);
            if (font == null) {
                font = PDType0Font.load(doc, PARSED.get(), true);
            }
            String text = "side " + number + " af " + total;
            float width = font.getStringWidth(text) / 1000f * v[3];
            COSDictionary props = new COSDictionary();
            props.setItem(COSName.TYPE, COSName.getPDFName("Pagination"));
            props.setItem(COSName.SUBTYPE, COSName.getPDFName("Footer"));
            try (PDPageContentStream cs = new PDPageContentStream(doc, page, PDPageContentStream.AppendMode.APPEND,
                    true, true)) {
                cs.beginMarkedContent(COSName.ARTIFACT, PDPropertyList.create(props));
                cs.beginText();
                cs.setFont(font, v[3]);
                cs.setNonStrokingColor(v[4], v[5], v[6]);
                cs.newLineAtOffset(v[1] - width, v[2]);
                cs.showText(text);
                cs.endText();
                cs.endMarkedContent();
            }
        }
    }

    private static TrueTypeFont parse() {
        try {
            return new TTFParser().parse(new RandomAccessReadBuffer(FONT_BYTES));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static byte[] read() {
        try (InputStream in = PageNumbers.class.getClassLoader().getResourceAsStream(FONT)) {
            if (in == null) {
                throw new IllegalStateException("skrifttypen " + FONT + " mangler på klassestien");
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
