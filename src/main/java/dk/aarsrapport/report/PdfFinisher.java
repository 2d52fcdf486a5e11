package dk.aarsrapport.report;

import java.io.IOException;
import java.io.OutputStream;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDFontDescriptor;
import org.apache.pdfbox.pdmodel.font.PDType0Font;

/**
 * The pass after JasperReports' PDF/A export that it cannot do itself (stack-facts, measured with
 * veraPDF): the embedded subset fonts carry a CIDSet that PDF/A-2 rejects as incomplete, so it is
 * removed (it is optional). Runs in memory, on every PDF the program writes, before the atomic move.
 */
final class PdfFinisher {

    private PdfFinisher() {
    }

    static void finish(byte[] pdf, OutputStream out) throws IOException {
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            for (PDPage page : doc.getPages()) {
                removeCidSets(page.getResources());
            }
            doc.save(out);
        }
    }

    private static void removeCidSets(PDResources resources) throws IOException {
        if (resources == null) {
            return;
        }
        for (COSName name : resources.getFontNames()) {
            PDFont font = resources.getFont(name);
            PDFontDescriptor descriptor = font instanceof PDType0Font t0 ? t0.getDescendantFont().getFontDescriptor()
                    : font == null ? null : font.getFontDescriptor();
            if (descriptor != null) {
                descriptor.getCOSObject().removeItem(COSName.getPDFName("CIDSet"));
            }
        }
        for (COSName name : resources.getXObjectNames()) {
            if (resources.getXObject(name) instanceof org.apache.pdfbox.pdmodel.graphics.form.PDFormXObject form) {
                removeCidSets(form.getResources());
            }
        }
    }
}
