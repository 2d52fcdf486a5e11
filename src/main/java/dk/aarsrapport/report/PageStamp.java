package dk.aarsrapport.report;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.Locale;
import java.util.Map;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSBase;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.font.PDType0Font;

/**
 * "side X af Y" on a joined page, where its part's export left the slot ({@link PageNumbers#SLOT}): a content
 * stream of its own after the page's, inside {@code /Artifact <</Type /Pagination>> BDC}, so a screen reader
 * skips it and PDF/UA holds, right-aligned in the embedded DejaVu Sans as JasperReports would. The font, a subset
 * of "side af" and the digits, is embedded once per joined document; the page's own content is wrapped in
 * {@code q … Q} so its graphics state cannot move the number.
 */
final class PageStamp {

    private static final COSName FONT_NAME = COSName.getPDFName("AarsrapportSidetal");
    private static final String CHARS = "side af0123456789";
    /** The PostScript name of {@link PageNumbers}' font. */
    private static final String FONT_FACE = "DejaVuSans";
    private static final Font FONT = Font.make();

    private final PdfStreamWriter w;
    private final int total;
    private int font;
    private int save;

    private final SharedFonts fonts;

    PageStamp(PdfStreamWriter w, int total, SharedFonts fonts) {
        this.w = w;
        this.total = total;
        this.fonts = fonts;
    }

    /** Stamps {@code page} as page {@code number} of the joined document, if its part left it a slot. */
    void stamp(PartCopy copy, PDPage page, int number) throws IOException {
        COSDictionary d = page.getCOSObject();
        if (!(d.getDictionaryObject(PageNumbers.SLOT) instanceof COSArray slot) || slot.size() < 7) {
            return;
        }
        float[] v = slot.toFloatArray();
        d.removeItem(PageNumbers.SLOT);
        String text = "side " + number + " af " + total;
        // the parts' own DejaVu Sans where the join shares it, so the face is embedded once; else a subset of its own
        SharedFonts.Lent lent = fonts.lend(FONT_FACE, text);
        if (lent == null && font == 0) {
            embed();
        }
        if (save == 0) {
            save = w.reserve();
            w.writeStream(save, new COSDictionary(), "q\n".getBytes(StandardCharsets.US_ASCII), x -> 0);
        }
        float width = (lent != null ? lent.width() : FONT.width(text)) / 1000f * v[3];
        String codes = lent != null ? lent.codes() : FONT.codes(text);
        String content = String.format(Locale.ROOT,
                "Q%n/Artifact <</Type /Pagination /Subtype /Footer>> BDC%nBT%n/%s %.2f Tf%n%.4f %.4f %.4f rg%n"
                        + "%.3f %.3f Td%n<%s> Tj%nET%nEMC%n",
                FONT_NAME.getName(), v[3], v[4], v[5], v[6], v[1] - width, v[2], codes);
        int stream = w.reserve();
        w.writeStream(stream, new COSDictionary(), content.getBytes(StandardCharsets.US_ASCII), x -> 0);
        COSArray contents = new COSArray();
        contents.add(copy.ref(save));
        COSBase own = d.getItem(COSName.CONTENTS);
        if (d.getDictionaryObject(COSName.CONTENTS) instanceof COSArray parts) {
            for (int i = 0; i < parts.size(); i++) {
                contents.add(parts.get(i));
            }
        } else if (own != null) {
            contents.add(own);
        }
        contents.add(copy.ref(stream));
        d.setItem(COSName.CONTENTS, contents);
        COSDictionary resources = new COSDictionary();
        COSDictionary ownResources = d.getCOSDictionary(COSName.RESOURCES);
        if (ownResources != null) {
            for (Map.Entry<COSName, COSBase> e : ownResources.entrySet()) {
                resources.setItem(e.getKey(), e.getValue());
            }
        }
        COSDictionary fontDict = new COSDictionary();
        COSDictionary ownFonts = ownResources == null ? null : ownResources.getCOSDictionary(COSName.FONT);
        if (ownFonts != null) {
            for (Map.Entry<COSName, COSBase> e : ownFonts.entrySet()) {
                fontDict.setItem(e.getKey(), e.getValue());
            }
        }
        fontDict.setItem(FONT_NAME, copy.ref(lent != null ? lent.number() : font));
        resources.setItem(COSName.FONT, fontDict);
        d.setItem(COSName.RESOURCES, resources);
    }

    /** The font's objects, copied from the small document {@link Font} made, and the {@code q} stream. */
    private void embed() throws IOException {
        try (PDDocument doc = Loader.loadPDF(FONT.pdf)) {
            COSDictionary inDoc = doc.getPage(0).getCOSObject().getCOSDictionary(COSName.RESOURCES)
                    .getCOSDictionary(COSName.FONT);
            COSDictionary type0 = inDoc.getCOSDictionary(inDoc.keySet().iterator().next());
            if (type0.getDictionaryObject(COSName.DESCENDANT_FONTS) instanceof COSArray descendants
                    && descendants.getObject(0) instanceof COSDictionary cid
                    && cid.getCOSDictionary(COSName.FONT_DESC) != null) {
                // a subset's CIDSet, which PDF/A-2 rejects as incomplete (PdfFinisher removes JasperReports' too)
                cid.getCOSDictionary(COSName.FONT_DESC).removeItem(COSName.CID_SET);
            }
            PartCopy fontCopy = new PartCopy(w, Map.of());
            font = fontCopy.indirect(inDoc.getItem(inDoc.keySet().iterator().next()));
            fontCopy.drain();
        }
    }

    /** The subset font, made once: a one-page PDF that holds it, and each character's code and width. */
    private record Font(byte[] pdf, Map<Character, String> code, Map<Character, Float> widths) {

        static Font make() {
            try (PDDocument doc = new PDDocument()) {
                PDType0Font f = PDType0Font.load(doc, new ByteArrayInputStream(PageNumbers.FONT_BYTES), true);
                Map<Character, String> code = new HashMap<>();
                Map<Character, Float> widths = new HashMap<>();
                for (char c : CHARS.toCharArray()) {
                    f.addToSubset(c);
                    code.put(c, HexFormat.of().withUpperCase().formatHex(f.encode(String.valueOf(c))));
                    widths.put(c, f.getStringWidth(String.valueOf(c)));
                }
                PDPage page = new PDPage();
                doc.addPage(page);
                // drawn, not only added: PDFBox subsets and embeds a font at save only where a page shows it
                try (var cs = new org.apache.pdfbox.pdmodel.PDPageContentStream(doc, page)) {
                    cs.beginText();
                    cs.setFont(f, 8);
                    cs.showText(CHARS);
                    cs.endText();
                }
                ByteArrayOutputStream out = new ByteArrayOutputStream();
                doc.save(out);
                return new Font(out.toByteArray(), code, widths);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }

        float width(String text) {
            float sum = 0;
            for (char c : text.toCharArray()) {
                sum += widths.get(c);
            }
            return sum;
        }

        String codes(String text) {
            StringBuilder b = new StringBuilder();
            for (char c : text.toCharArray()) {
                b.append(code.get(c));
            }
            return b.toString();
        }
    }
}
