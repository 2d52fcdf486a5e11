package dk.aarsrapport.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.IdentityHashMap;
import java.util.Map;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSBase;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSInteger;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSStream;
import org.apache.pdfbox.cos.COSString;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;

/** A PDF written front to back reads back whole: objects in several object streams, streams, references, the trailer. */
class PdfStreamWriterTest {

    @Test
    void aDocumentOfManyObjectsReadsBackWithEveryReferenceResolved() throws IOException {
        int pages = 3 * PdfStreamWriter.PER_OBJECT_STREAM / 2; // page dictionaries alone fill more than one object stream
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        PdfStreamWriter w = new PdfStreamWriter(out);
        Map<COSBase, Integer> refs = new IdentityHashMap<>();
        int catalog = w.reserve();
        int tree = w.reserve();
        int font = w.reserve();
        COSDictionary fontRef = ref(refs, font);
        COSDictionary treeRef = ref(refs, tree);
        StringBuilder kids = new StringBuilder();
        for (int i = 0; i < pages; i++) {
            int content = w.reserve();
            w.writeStream(content, new COSDictionary(),
                    ("BT /F1 12 Tf 72 720 Td (Side " + (i + 1) + ") Tj ET").getBytes(StandardCharsets.US_ASCII), v -> 0);
            COSDictionary page = new COSDictionary();
            page.setItem(COSName.TYPE, COSName.PAGE);
            page.setItem(COSName.PARENT, treeRef);
            COSArray box = new COSArray();
            for (int v : new int[] {0, 0, 595, 842}) {
                box.add(COSInteger.get(v));
            }
            page.setItem(COSName.MEDIA_BOX, box);
            COSDictionary fonts = new COSDictionary();
            fonts.setItem(COSName.getPDFName("F1"), fontRef);
            COSDictionary resources = new COSDictionary();
            resources.setItem(COSName.FONT, fonts);
            page.setItem(COSName.RESOURCES, resources);
            page.setItem(COSName.CONTENTS, ref(refs, content));
            page.setItem(COSName.getPDFName("Titel"), new COSString("æøå (" + i + ")"));
            int number = w.reserve();
            w.write(number, page, v -> refs.getOrDefault(v, 0));
            kids.append(number).append(" 0 R ");
        }
        w.writeObject(font, "<</Type/Font/Subtype/Type1/BaseFont/Helvetica>>".getBytes(StandardCharsets.US_ASCII));
        w.writeObject(tree, ("<</Type/Pages/Count " + pages + "/Kids[" + kids + "]>>").getBytes(StandardCharsets.US_ASCII));
        w.writeObject(catalog, ("<</Type/Catalog/Pages " + tree + " 0 R>>").getBytes(StandardCharsets.US_ASCII));
        w.finish(catalog, 0, new byte[16]);

        try (PDDocument doc = Loader.loadPDF(out.toByteArray())) {
            assertThat(doc.getNumberOfPages()).isEqualTo(pages);
            assertThat(doc.getPage(pages - 1).getCOSObject().getString(COSName.getPDFName("Titel")))
                    .isEqualTo("æøå (" + (pages - 1) + ")");
            assertThat(doc.getPage(0).getContents().readAllBytes()).asString(StandardCharsets.US_ASCII)
                    .contains("(Side 1)");
            PDFTextStripper stripper = new PDFTextStripper();
            stripper.setStartPage(pages);
            stripper.setEndPage(pages);
            assertThat(stripper.getText(doc).strip()).isEqualTo("Side " + pages);
            assertThat(doc.getDocument().getTrailer().getCOSArray(COSName.ID)).hasSize(2);
            // every object the cross-reference stream names is there (none is only a number)
            for (var key : doc.getDocument().getXrefTable().keySet()) {
                assertThat(doc.getDocument().getObjectFromPool(key).getObject()).as(key.toString()).isNotNull();
            }
        }
        assertThat(new String(out.toByteArray(), StandardCharsets.ISO_8859_1)).startsWith("%PDF-1.7\n%")
                .endsWith("%%EOF\n").contains("/Type /ObjStm");
    }

    @Test
    void aStreamKeepsItsFilterAndGetsItsLength() throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        PdfStreamWriter w = new PdfStreamWriter(out);
        byte[] plain = "hello, stream".repeat(50).getBytes(StandardCharsets.US_ASCII);
        COSDictionary dict = new COSDictionary();
        dict.setItem(COSName.FILTER, COSName.FLATE_DECODE);
        dict.setInt(COSName.LENGTH, 1); // wrong on purpose: the writer sets the length of what it writes
        int stream = w.reserve();
        w.writeStream(stream, dict, PdfStreamWriter.deflate(plain), v -> 0);
        int catalog = w.reserve();
        int pages = w.reserve();
        w.writeObject(pages, "<</Type/Pages/Count 0/Kids[]>>".getBytes(StandardCharsets.US_ASCII));
        w.writeObject(catalog, ("<</Type/Catalog/Pages " + pages + " 0 R/Data " + stream + " 0 R>>")
                .getBytes(StandardCharsets.US_ASCII));
        w.finish(catalog, 0, new byte[16]);
        try (PDDocument doc = Loader.loadPDF(out.toByteArray())) {
            COSStream read = (COSStream) doc.getDocumentCatalog().getCOSObject().getDictionaryObject(
                    COSName.getPDFName("Data"));
            try (var in = read.createInputStream()) {
                assertThat(in.readAllBytes()).isEqualTo(plain);
            }
        }
    }

    private static COSDictionary ref(Map<COSBase, Integer> refs, int number) {
        COSDictionary standIn = new COSDictionary();
        refs.put(standIn, number);
        return standIn;
    }
}
