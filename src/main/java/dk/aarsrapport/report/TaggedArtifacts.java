package dk.aarsrapport.report;

import java.io.IOException;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.apache.pdfbox.contentstream.operator.Operator;
import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSBase;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSInteger;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSNull;
import org.apache.pdfbox.pdfparser.PDFStreamParser;
import org.apache.pdfbox.pdfwriter.ContentStreamWriter;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.common.PDStream;

/**
 * Turns tagged content into artifacts: the structure elements the templates mark with JasperReports' tag
 * "note" (running headers and footers, a table head reprinted on a continuation page) and JasperReports'
 * empty page anchors are decoration a screen reader should skip, but JasperReports can only tag them. Their
 * marked content becomes {@code /Artifact BMC}, their parent-tree entries are cleared, and the caller drops
 * the elements from the tree.
 */
final class TaggedArtifacts {

    private static final COSName MCID = COSName.getPDFName("MCID");
    private static final COSName PG = COSName.getPDFName("Pg");
    private static final COSName ARTIFACT = COSName.getPDFName("Artifact");

    /** Page dictionary → MCIDs on it that are to become artifacts. */
    private final Map<COSDictionary, Set<Integer>> byPage = new HashMap<>();

    /** Collects the marked content of {@code element} and everything under it. */
    void add(COSDictionary element) {
        collect(element, element.getCOSDictionary(PG));
    }

    private void collect(COSDictionary element, COSDictionary inheritedPage) {
        COSDictionary page = element.getCOSDictionary(PG) != null ? element.getCOSDictionary(PG) : inheritedPage;
        List<COSBase> kids = Groups.contents(element);
        for (COSBase kid : kids) {
            if (kid instanceof COSInteger mcid && page != null) {
                byPage.computeIfAbsent(page, p -> new HashSet<>()).add(mcid.intValue());
            } else if (kid instanceof COSDictionary d && d.containsKey(MCID)) {
                COSDictionary p = d.getCOSDictionary(PG) != null ? d.getCOSDictionary(PG) : page;
                if (p != null) {
                    byPage.computeIfAbsent(p, x -> new HashSet<>()).add(d.getInt(MCID));
                }
            } else if (kid instanceof COSDictionary d && d.containsKey(COSName.S)) {
                collect(d, page);
            }
        }
    }

    /** Rewrites the pages' content and clears the parent tree's entries for what was collected. */
    void apply(PDDocument doc, Map<Integer, COSArray> parentTree) throws IOException {
        for (PDPage page : doc.getPages()) {
            Set<Integer> mcids = byPage.get(page.getCOSObject());
            if (mcids == null || mcids.isEmpty()) {
                continue;
            }
            rewrite(doc, page, mcids);
            COSArray parents = parentTree.get(page.getStructParents());
            if (parents != null) {
                for (int mcid : mcids) {
                    if (mcid < parents.size()) {
                        parents.set(mcid, COSNull.NULL);
                    }
                }
            }
        }
    }

    private static void rewrite(PDDocument doc, PDPage page, Set<Integer> mcids) throws IOException {
        List<Object> tokens = new PDFStreamParser(page).parse();
        List<Object> out = new ArrayList<>(tokens.size());
        List<Object> operands = new ArrayList<>();
        for (Object token : tokens) {
            if (!(token instanceof Operator op)) {
                operands.add(token);
                continue;
            }
            if (op.getName().equals("BDC") && operands.size() == 2 && operands.get(1) instanceof COSDictionary props
                    && props.containsKey(MCID) && mcids.contains(props.getInt(MCID))) {
                out.add(ARTIFACT);
                out.add(Operator.getOperator("BMC"));
            } else {
                out.addAll(operands);
                out.add(op);
            }
            operands.clear();
        }
        out.addAll(operands);
        PDStream stream = new PDStream(doc);
        try (OutputStream os = stream.createOutputStream(COSName.FLATE_DECODE)) {
            new ContentStreamWriter(os).writeTokens(out);
        }
        page.setContents(stream);
    }
}
