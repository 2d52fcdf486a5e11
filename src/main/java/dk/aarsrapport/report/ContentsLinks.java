package dk.aarsrapport.report;

import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSBase;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSInteger;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.documentinterchange.markedcontent.PDMarkedContent;
import org.apache.pdfbox.pdmodel.interactive.action.PDActionGoTo;
import org.apache.pdfbox.pdmodel.interactive.action.PDActionURI;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotation;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotationLink;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.destination.PDPageXYZDestination;
import org.apache.pdfbox.text.PDFMarkedContentExtractor;
import org.apache.pdfbox.text.TextPosition;

/**
 * The links of the contents. JasperReports 7.0.6 writes a link annotation for each line but leaves its
 * named destination unwritten (the GoTo points at a null object), and its {@code Link} element has no
 * reference to the annotation. So the contents link with a reference {@code #page=N} (forside.jrxml), made
 * here a GoTo to the top of page N; each link annotation of a page is joined, in order, to the page's
 * {@code Link} elements (an {@code OBJR}, the annotation's {@code /StructParent}), and gets the link's
 * text as {@code /Contents}, which PDF/UA asks of every annotation.
 */
final class ContentsLinks {

    static final String PAGE_REFERENCE = "#page=";

    private static final COSName PG = COSName.getPDFName("Pg");
    private static final COSName OBJ = COSName.getPDFName("Obj");
    private static final COSName OBJR = COSName.getPDFName("OBJR");
    private static final COSName STRUCT_PARENT = COSName.getPDFName("StructParent");

    private ContentsLinks() {
    }

    /** Joins links and annotations; returns the next free parent-tree key. */
    static int join(PDDocument doc, COSDictionary root, Map<Integer, COSBase> parentTree, int nextKey)
            throws IOException {
        Map<COSDictionary, List<COSDictionary>> linksByPage = new HashMap<>();
        collect(root, null, linksByPage);
        int next = nextKey;
        for (PDPage page : doc.getPages()) {
            List<PDAnnotationLink> annotations = new ArrayList<>();
            for (PDAnnotation a : page.getAnnotations()) {
                if (a instanceof PDAnnotationLink link) {
                    annotations.add(link);
                }
            }
            if (annotations.isEmpty()) {
                continue;
            }
            List<COSDictionary> links = linksByPage.getOrDefault(page.getCOSObject(), List.of());
            Map<Integer, String> texts = links.isEmpty() ? Map.of() : texts(page);
            for (int i = 0; i < annotations.size(); i++) {
                PDAnnotationLink annotation = annotations.get(i);
                resolve(doc, annotation);
                if (i >= links.size()) {
                    continue;
                }
                COSDictionary link = links.get(i);
                COSDictionary objr = new COSDictionary();
                objr.setItem(COSName.TYPE, OBJR);
                objr.setItem(OBJ, annotation.getCOSObject());
                objr.setItem(PG, page.getCOSObject());
                append(link, objr);
                annotation.getCOSObject().setInt(STRUCT_PARENT, next);
                parentTree.put(next, link);
                next++;
                String text = text(link, texts);
                if (!text.isEmpty()) {
                    annotation.setContents(text);
                }
            }
        }
        return next;
    }

    /** A {@code #page=N} reference becomes a GoTo to the top of page N. */
    private static void resolve(PDDocument doc, PDAnnotationLink annotation) {
        if (!(annotation.getAction() instanceof PDActionURI uri) || uri.getURI() == null
                || !uri.getURI().startsWith(PAGE_REFERENCE)) {
            return;
        }
        int page;
        try {
            page = Integer.parseInt(uri.getURI().substring(PAGE_REFERENCE.length()).strip());
        } catch (NumberFormatException e) {
            return;
        }
        if (page < 1 || page > doc.getNumberOfPages()) {
            return;
        }
        PDPage target = doc.getPage(page - 1);
        PDPageXYZDestination destination = new PDPageXYZDestination();
        destination.setPage(target);
        destination.setTop((int) target.getMediaBox().getUpperRightY());
        destination.setLeft(0);
        PDActionGoTo goTo = new PDActionGoTo();
        goTo.setDestination(destination);
        annotation.setAction(goTo);
    }

    private static void collect(COSDictionary element, COSDictionary page,
                                Map<COSDictionary, List<COSDictionary>> out) {
        COSDictionary own = element.getCOSDictionary(PG) != null ? element.getCOSDictionary(PG) : page;
        if ("Link".equals(element.getNameAsString(COSName.S)) && own != null) {
            out.computeIfAbsent(own, p -> new ArrayList<>()).add(element);
        }
        for (COSDictionary kid : Groups.kids(element)) {
            collect(kid, own, out);
        }
    }

    private static void append(COSDictionary parent, COSDictionary child) {
        COSBase k = parent.getDictionaryObject(COSName.K);
        COSArray arr = k instanceof COSArray a ? a : new COSArray();
        if (!(k instanceof COSArray) && k != null) {
            arr.add(k);
        }
        arr.add(child);
        parent.setItem(COSName.K, arr);
    }

    private static String text(COSDictionary link, Map<Integer, String> texts) {
        StringBuilder sb = new StringBuilder();
        List<COSBase> kids = Groups.contents(link);
        for (COSBase kid : kids) {
            if (kid instanceof COSInteger mcid) {
                sb.append(texts.getOrDefault(mcid.intValue(), ""));
            }
        }
        return sb.toString().replaceAll("\\s+", " ").strip();
    }

    private static Map<Integer, String> texts(PDPage page) throws IOException {
        PDFMarkedContentExtractor extractor = new PDFMarkedContentExtractor();
        extractor.processPage(page);
        Map<Integer, String> out = new HashMap<>();
        for (PDMarkedContent mc : extractor.getMarkedContents()) {
            StringBuilder sb = new StringBuilder();
            for (Object o : mc.getContents()) {
                if (o instanceof TextPosition tp) {
                    sb.append(tp.getUnicode());
                }
            }
            if (mc.getMCID() >= 0) {
                out.merge(mc.getMCID(), sb.toString(), String::concat);
            }
        }
        return out;
    }
}
