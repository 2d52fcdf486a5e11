package dk.aarsrapport.report;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.contentstream.operator.Operator;
import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSBase;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSInteger;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdfparser.PDFStreamParser;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotation;

/**
 * Checks a PDF's ParentTree against its pages: every marked-content id drawn on a page (and in a form XObject
 * with its own StructParents) must lead, through the page's ParentTree entry, to a structure element that holds
 * that id on that page; every annotation with a StructParent to an element that holds it as an OBJR.
 */
final class JoinedParentTree {

    private static final COSName MCID = COSName.getPDFName("MCID");
    private static final COSName PG = COSName.getPDFName("Pg");
    private static final COSName OBJ = COSName.getPDFName("Obj");

    private JoinedParentTree() {
    }

    /** What does not resolve, one line each (empty when all does). */
    static List<String> unresolved(Path pdf) throws IOException {
        return check(pdf).problems;
    }

    /** How many marked contents and annotations resolved. */
    static int resolved(Path pdf) throws IOException {
        return check(pdf).resolved;
    }

    private record Result(List<String> problems, int resolved) {
    }

    private static Result check(Path pdf) throws IOException {
        List<String> problems = new ArrayList<>();
        int resolved = 0;
        try (PDDocument doc = Loader.loadPDF(pdf.toFile())) {
            COSDictionary root = doc.getDocumentCatalog().getCOSObject().getCOSDictionary(COSName.STRUCT_TREE_ROOT);
            Map<Integer, COSBase> tree = new HashMap<>();
            read(root.getCOSDictionary(COSName.PARENT_TREE), tree);
            int number = 0;
            for (PDPage page : doc.getPages()) {
                number++;
                List<Integer> mcids = mcids(new PDFStreamParser(page).parse(), page.getResources());
                if (!mcids.isEmpty()) {
                    COSBase entry = tree.get(page.getStructParents());
                    for (int mcid : mcids) {
                        if (entry instanceof COSArray parents && mcid < parents.size()
                                && parents.getObject(mcid) instanceof COSDictionary element
                                && holds(element, mcid, page.getCOSObject())) {
                            resolved++;
                        } else {
                            problems.add("page " + number + " MCID " + mcid + " (StructParents " + page.getStructParents() + ")");
                        }
                    }
                }
                for (PDAnnotation a : page.getAnnotations()) {
                    if (a.getStructParent() < 0) {
                        continue;
                    }
                    if (tree.get(a.getStructParent()) instanceof COSDictionary element
                            && holdsObject(element, a.getCOSObject())) {
                        resolved++;
                    } else {
                        problems.add("page " + number + " annotation with StructParent " + a.getStructParent());
                    }
                }
                PDResources res = page.getResources();
                for (COSName name : res.getXObjectNames()) {
                    COSDictionary x = res.getXObject(name).getCOSObject();
                    if (x.containsKey(COSName.STRUCT_PARENTS)
                            && !(tree.get(x.getInt(COSName.STRUCT_PARENTS)) instanceof COSArray)) {
                        problems.add("page " + number + " XObject " + name.getName() + " StructParents");
                    }
                }
            }
        }
        return new Result(problems, resolved);
    }

    private static List<Integer> mcids(List<Object> tokens, PDResources resources) throws IOException {
        List<Integer> out = new ArrayList<>();
        List<Object> operands = new ArrayList<>();
        for (Object t : tokens) {
            if (!(t instanceof Operator op)) {
                operands.add(t);
                continue;
            }
            if (op.getName().equals("BDC") && operands.size() == 2) {
                COSDictionary props = operands.get(1) instanceof COSDictionary d ? d
                        : operands.get(1) instanceof COSName n && resources != null && resources.getProperties(n) != null
                        ? resources.getProperties(n).getCOSObject() : null;
                if (props != null && props.containsKey(MCID)) {
                    out.add(props.getInt(MCID));
                }
            }
            operands.clear();
        }
        return out;
    }

    private static boolean holds(COSDictionary element, int mcid, COSDictionary page) {
        COSDictionary own = element.getCOSDictionary(PG);
        COSBase k = element.getDictionaryObject(COSName.K);
        List<COSBase> kids = new ArrayList<>();
        if (k instanceof COSArray a) {
            for (int i = 0; i < a.size(); i++) {
                kids.add(a.getObject(i));
            }
        } else if (k != null) {
            kids.add(k);
        }
        for (COSBase kid : kids) {
            if (kid instanceof COSInteger i && i.intValue() == mcid && own == page) {
                return true;
            }
            if (kid instanceof COSDictionary d && d.containsKey(MCID) && d.getInt(MCID) == mcid
                    && (d.getCOSDictionary(PG) != null ? d.getCOSDictionary(PG) : own) == page) {
                return true;
            }
        }
        return false;
    }

    private static boolean holdsObject(COSDictionary element, COSDictionary annotation) {
        COSBase k = element.getDictionaryObject(COSName.K);
        COSArray a = k instanceof COSArray arr ? arr : new COSArray(List.of(k));
        for (int i = 0; i < a.size(); i++) {
            if (a.getObject(i) instanceof COSDictionary d && d.getDictionaryObject(OBJ) == annotation) {
                return true;
            }
        }
        return false;
    }

    private static void read(COSDictionary node, Map<Integer, COSBase> out) {
        if (node == null) {
            return;
        }
        if (node.getDictionaryObject(COSName.NUMS) instanceof COSArray nums) {
            for (int i = 0; i + 1 < nums.size(); i += 2) {
                out.put(((COSInteger) nums.getObject(i)).intValue(), nums.getObject(i + 1));
            }
        }
        if (node.getDictionaryObject(COSName.KIDS) instanceof COSArray kids) {
            for (int i = 0; i < kids.size(); i++) {
                read((COSDictionary) kids.getObject(i), out);
            }
        }
    }
}
