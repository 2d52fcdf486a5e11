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
 * removed (it is optional); and the XMP gets the PDF/UA identification. Runs in memory, on every
 * PDF the program writes, before the atomic move.
 */
final class PdfFinisher {

    private PdfFinisher() {
    }

    static void finish(byte[] pdf, OutputStream out) throws IOException {
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            finish(doc, out);
        }
    }

    /**
     * A politikområde's or goal framework's export, finished once: the part that the whole report and the packs
     * join is saved to {@code part} with its page-number slots unstamped; then the same document, stamped
     * "side X af Y" over its own pages, is the stand-alone PDF written to {@code out}. A plain export is only
     * stamped.
     */
    static void finishPart(byte[] pdf, boolean tagged, java.util.List<PageNumbers.Slot> slots, java.nio.file.Path part,
                           OutputStream out) throws IOException {
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            if (tagged) {
                completeStructure(doc);
                for (PDPage page : doc.getPages()) {
                    removeCidSets(page.getResources());
                    markUntaggedAsArtifacts(doc, page);
                }
                declarePdfUa(doc);
            }
            PageNumbers.mark(doc, slots);
            try (OutputStream os = new java.io.BufferedOutputStream(java.nio.file.Files.newOutputStream(part))) {
                save(doc, os);
            }
            PageNumbers.stamp(doc);
            save(doc, out);
        }
    }

    private static void finish(PDDocument doc, OutputStream out) throws IOException {
        completeStructure(doc);
        for (PDPage page : doc.getPages()) {
            removeCidSets(page.getResources());
            markUntaggedAsArtifacts(doc, page);
        }
        declarePdfUa(doc);
        save(doc, out);
    }

    /**
     * Always with object streams, however many pages: PDFBox's writer without them checks each object it queues
     * against the whole queue (COSWriter.addObjectToWrite, an ArrayDeque), which made saving a whole report
     * quadratic in its objects; with them the compression pool keeps sets. Measured on a 3,692-page whole report:
     * saved in 7.1 s instead of 21.3 s and 15 MB instead of 83 MB; loaded and saved alone, it fits in 512 MB with
     * them and not without (finishing it in a whole run does not fit yet: docs/performance.md, "Cost growth").
     */
    static void save(PDDocument doc, OutputStream out) throws IOException {
        doc.save(out);
    }

    /**
     * What a screen reader hears beyond what JasperReports tags: tables, lists, contents and artifacts
     * spanning bands ({@link StructureFinisher}, docs/accessibility.md). Before the artifact pass below, which
     * leaves marked content alone.
     */
    private static void completeStructure(PDDocument doc) throws IOException {
        StructureFinisher.complete(doc);
    }

    private static final java.util.Set<String> PATH_CONSTRUCTION = java.util.Set.of("m", "l", "c", "v", "y", "h", "re");
    private static final java.util.Set<String> PATH_PAINTING = java.util.Set.of("S", "s", "f", "F", "f*", "B", "B*", "b",
            "b*", "n");

    /**
     * Drawing that belongs to no structure element (table rules, cell backgrounds, the header and
     * footer lines) is decoration: PDF/UA wants it marked as an artifact so a screen reader skips it.
     * Each path (construction to painting), text object or XObject drawn outside any marked-content
     * sequence is wrapped in {@code /Artifact BMC … EMC}; tagged content is left exactly as it was.
     */
    private static void markUntaggedAsArtifacts(PDDocument doc, PDPage page) throws IOException {
        org.apache.pdfbox.pdfparser.PDFStreamParser parser = new org.apache.pdfbox.pdfparser.PDFStreamParser(page);
        java.util.List<Object> tokens = parser.parse();
        java.util.List<Object> out = new java.util.ArrayList<>(tokens.size() + 64);
        java.util.List<Object> operands = new java.util.ArrayList<>();
        int depth = 0;
        boolean open = false;
        boolean inText = false;
        boolean changed = false;
        for (Object token : tokens) {
            if (!(token instanceof org.apache.pdfbox.contentstream.operator.Operator op)) {
                operands.add(token);
                continue;
            }
            String name = op.getName();
            boolean untagged = depth == 0;
            if (name.equals("BDC") || name.equals("BMC")) {
                depth++;
            } else if (name.equals("EMC")) {
                depth = Math.max(0, depth - 1);
            }
            boolean starts = untagged && !open && (PATH_CONSTRUCTION.contains(name) || name.equals("BT")
                    || name.equals("Do") || name.equals("sh") || name.equals("BI"));
            if (starts) {
                out.add(COSName.getPDFName("Artifact"));
                out.add(org.apache.pdfbox.contentstream.operator.Operator.getOperator("BMC"));
                open = true;
                changed = true;
                inText = name.equals("BT");
            }
            out.addAll(operands);
            operands.clear();
            out.add(op);
            boolean ends = open && ((inText && name.equals("ET")) || (!inText && (PATH_PAINTING.contains(name)
                    || name.equals("Do") || name.equals("sh") || name.equals("EI"))));
            if (ends) {
                out.add(org.apache.pdfbox.contentstream.operator.Operator.getOperator("EMC"));
                open = false;
                inText = false;
            }
        }
        out.addAll(operands);
        if (open) {
            out.add(org.apache.pdfbox.contentstream.operator.Operator.getOperator("EMC"));
        }
        if (!changed) {
            return;
        }
        org.apache.pdfbox.pdmodel.common.PDStream stream = new org.apache.pdfbox.pdmodel.common.PDStream(doc);
        try (java.io.OutputStream os = stream.createOutputStream(COSName.FLATE_DECODE)) {
            new org.apache.pdfbox.pdfwriter.ContentStreamWriter(os).writeTokens(out);
        }
        page.setContents(stream);
    }

    /**
     * PDF/UA-1 identification in the XMP metadata (pdfuaid:part = 1), with the extension schema that
     * PDF/A requires for a namespace it does not predefine.
     */
    private static void declarePdfUa(PDDocument doc) throws IOException {
        org.apache.pdfbox.pdmodel.common.PDMetadata metadata = doc.getDocumentCatalog().getMetadata();
        if (metadata == null) {
            return;
        }
        String xmp;
        try (java.io.InputStream in = metadata.exportXMPMetadata()) {
            xmp = new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
        }
        int end = xmp.lastIndexOf("</rdf:RDF>");
        if (end < 0 || xmp.contains("pdfuaid:part")) {
            return;
        }
        String updated = xmp.substring(0, end) + PDFUA_XMP + xmp.substring(end);
        metadata.importXMPMetadata(updated.getBytes(java.nio.charset.StandardCharsets.UTF_8));
    }

    private static final String PDFUA_XMP = """
            <rdf:Description rdf:about="" xmlns:pdfaExtension="http://www.aiim.org/pdfa/ns/extension/" \
            xmlns:pdfaSchema="http://www.aiim.org/pdfa/ns/schema#" xmlns:pdfaProperty="http://www.aiim.org/pdfa/ns/property#">
            <pdfaExtension:schemas><rdf:Bag><rdf:li rdf:parseType="Resource">
            <pdfaSchema:schema>PDF/UA Universal Accessibility Schema</pdfaSchema:schema>
            <pdfaSchema:namespaceURI>http://www.aiim.org/pdfua/ns/id/</pdfaSchema:namespaceURI>
            <pdfaSchema:prefix>pdfuaid</pdfaSchema:prefix>
            <pdfaSchema:property><rdf:Seq><rdf:li rdf:parseType="Resource">
            <pdfaProperty:name>part</pdfaProperty:name>
            <pdfaProperty:valueType>Integer</pdfaProperty:valueType>
            <pdfaProperty:category>internal</pdfaProperty:category>
            <pdfaProperty:description>Indicates, which part of ISO 14289 standard is followed</pdfaProperty:description>
            </rdf:li></rdf:Seq></pdfaSchema:property>
            </rdf:li></rdf:Bag></pdfaExtension:schemas>
            </rdf:Description>
            <rdf:Description rdf:about="" xmlns:pdfuaid="http://www.aiim.org/pdfua/ns/id/"><pdfuaid:part>1</pdfuaid:part></rdf:Description>
            """;

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
