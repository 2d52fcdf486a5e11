package dk.aarsrapport.report;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSBase;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSInteger;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSObject;
import org.apache.pdfbox.pdmodel.PDDocument;

/**
 * Completes the structure tree JasperReports writes from the templates' tags (docs/accessibility.md). It
 * tags each cell, row, list item and contents line, but a table or list only as far as one band reaches,
 * and what spans bands is grouped here, one document at a time:
 * <ul>
 * <li>elements tagged "note" (running header and footer, a reprinted table head) and empty page anchors
 * become artifacts ({@link TaggedArtifacts});</li>
 * <li>consecutive rows ({@code TR}) become one {@code Table}; a row of only header cells starts a new one;
 * the first row's {@code TH} get {@code /Scope /Column}, the others' {@code /Scope /Row};</li>
 * <li>consecutive list items ({@code LI}) become one {@code L}; a second-level item, tagged as a list of
 * one, moves into the {@code LBody} of the item before it; an item's continuation on the next page (an
 * {@code LI} without {@code Lbl}) joins the item;</li>
 * <li>consecutive contents lines ({@code Reference}) become the {@code TOCI} of one {@code TOC};</li>
 * <li>the paragraph right after a {@code Figure} (a chart's caption) becomes its {@code Caption};</li>
 * <li>link annotations are joined to their {@code Link} elements ({@link ContentsLinks});</li>
 * <li>a text element's own {@code Text} child gives its marked content to it ({@link TextWrappers}).</li>
 * </ul>
 */
final class StructureFinisher {

    private static final COSName P = COSName.getPDFName("P");
    private static final COSName NUMS = COSName.getPDFName("Nums");
    private static final COSName PARENT_TREE = COSName.getPDFName("ParentTree");
    private static final COSName NEXT_KEY = COSName.getPDFName("ParentTreeNextKey");

    private final TaggedArtifacts artifacts = new TaggedArtifacts();

    private StructureFinisher() {
    }

    static void complete(PDDocument doc) throws IOException {
        COSDictionary root = doc.getDocumentCatalog().getCOSObject().getCOSDictionary(COSName.STRUCT_TREE_ROOT);
        if (root == null) {
            return;
        }
        StructureFinisher f = new StructureFinisher();
        f.regroup(root);
        Map<Integer, COSBase> parentTree = readParentTree(root.getCOSDictionary(PARENT_TREE));
        Map<Integer, COSArray> pageParents = new TreeMap<>();
        parentTree.forEach((k, v) -> {
            // JasperReports writes each page's array as an object of its own: a reference here
            COSBase value = v instanceof COSObject o ? o.getObject() : v;
            if (value instanceof COSArray a) {
                pageParents.put(k, a);
            }
        });
        f.artifacts.apply(doc, pageParents);
        int next = parentTree.keySet().stream().mapToInt(Integer::intValue).max().orElse(-1) + 1;
        next = ContentsLinks.join(doc, root, parentTree, next);
        TextWrappers.collapse(root, pageParents);
        writeParentTree(root, parentTree, next);
    }

    /**
     * Regroups the children of {@code element}, each child's first; returns whether taking out artifacts left
     * it empty (a heading over a reprinted table head), so that its parent drops it too.
     */
    private boolean regroup(COSDictionary element) {
        COSBase k = element.getDictionaryObject(COSName.K);
        if (k instanceof COSDictionary d && d.containsKey(COSName.S)) {
            COSArray single = new COSArray();
            single.add(element.getItem(COSName.K));
            element.setItem(COSName.K, single);
            k = single;
        }
        if (!(k instanceof COSArray)) {
            return false;
        }
        List<COSDictionary> kids = new ArrayList<>();
        List<COSBase> others = new ArrayList<>();
        COSArray arr = (COSArray) k;
        for (int i = 0; i < arr.size(); i++) {
            COSBase kid = arr.getObject(i);
            if (kid instanceof COSDictionary d && d.containsKey(COSName.S)) {
                if (isArtifact(d)) {
                    artifacts.add(d);
                } else {
                    kids.add(d);
                }
            } else {
                others.add(arr.get(i));
            }
        }
        boolean removed = kids.size() + others.size() < arr.size();
        List<COSDictionary> kept = new ArrayList<>();
        for (COSDictionary kid : kids) {
            if (regroup(kid)) {
                removed = true;
            } else {
                kept.add(kid);
            }
        }
        List<COSDictionary> grouped = Groups.group(element, kept);
        COSArray out = new COSArray();
        others.forEach(out::add);
        grouped.forEach(out::add);
        element.setItem(COSName.K, out);
        return removed && out.size() == 0;
    }

    private static boolean isArtifact(COSDictionary e) {
        String s = e.getNameAsString(COSName.S);
        return "Note".equals(s) || "Anchor".equals(s);
    }

    static void setParent(COSDictionary child, COSDictionary parent) {
        child.setItem(P, parent);
    }

    private static Map<Integer, COSBase> readParentTree(COSDictionary node) {
        Map<Integer, COSBase> out = new TreeMap<>();
        if (node != null) {
            read(node, out, 0);
        }
        return out;
    }

    private static void read(COSDictionary node, Map<Integer, COSBase> out, int depth) {
        if (depth > 32) {
            return;
        }
        if (node.getDictionaryObject(NUMS) instanceof COSArray nums) {
            for (int i = 0; i + 1 < nums.size(); i += 2) {
                if (nums.getObject(i) instanceof COSInteger key) {
                    out.put(key.intValue(), nums.get(i + 1));
                }
            }
        }
        if (node.getDictionaryObject(COSName.KIDS) instanceof COSArray kids) {
            for (int i = 0; i < kids.size(); i++) {
                if (kids.getObject(i) instanceof COSDictionary kid) {
                    read(kid, out, depth + 1);
                }
            }
        }
    }

    /** One flat number tree: a few entries per page, so even thousands of pages stay one small array. */
    private static void writeParentTree(COSDictionary root, Map<Integer, COSBase> entries, int next) {
        COSArray nums = new COSArray();
        entries.forEach((key, value) -> {
            nums.add(COSInteger.get(key));
            nums.add(value);
        });
        COSDictionary tree = new COSDictionary();
        tree.setItem(NUMS, nums);
        root.setItem(PARENT_TREE, tree);
        root.setInt(NEXT_KEY, next);
    }
}
