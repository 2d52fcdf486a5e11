package dk.aarsrapport.report;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Path;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Set;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSBase;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.io.MemoryUsageSetting;
import org.apache.pdfbox.io.RandomAccessReadBufferedFile;
import org.apache.pdfbox.multipdf.PDFMergerUtility;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDStructureTreeRoot;
import org.apache.pdfbox.pdmodel.graphics.form.PDFormXObject;
import org.apache.pdfbox.pdmodel.interactive.action.PDActionGoTo;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotation;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotationLink;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.destination.PDNamedDestination;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.destination.PDPageDestination;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.outline.PDOutlineItem;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.outline.PDOutlineNode;

/**
 * Joins finished PDFs (a front of cover and contents, then the parts) into one document at the PDF level,
 * with PDFBox's merger, which carries the structure trees across: it renumbers each part's page and
 * annotation {@code StructParents} into one ParentTree and joins the trees, RoleMaps, IDTrees, {@code /Lang},
 * {@code /MarkInfo} and outlines; the first file's metadata and document information are the joined one's.
 * What it leaves, done here:
 * <ul>
 * <li>JasperReports names its page anchors {@code JR_PAGE_ANCHOR_<n>_<page>} in every export: each part's
 * named destinations are resolved into page destinations where its outline or links use them, and dropped,
 * so no two parts' names clash;</li>
 * <li>form XObjects' {@code StructParent(s)} are renumbered like their pages';</li>
 * <li>"side X af Y" is stamped over the whole document ({@link PageNumbers}), and the contents' {@code #page=N}
 * links become GoTos ({@link ContentsLinks#resolveAll}).</li>
 * </ul>
 * Each part is read, appended and closed in turn: its streams are copied into the joined document's temp
 * file in the work folder, so the heap holds dictionaries only.
 */
final class PdfJoiner {

    private static final COSName STRUCT_PARENT = COSName.getPDFName("StructParent");

    private PdfJoiner() {
    }

    static void join(List<Path> files, Path tempFolder, OutputStream out) throws IOException {
        PDFMergerUtility merger = new PDFMergerUtility();
        try (PDDocument dest = new PDDocument(MemoryUsageSetting.setupTempFileOnly()
                .setTempDir(tempFolder.toFile()).streamCache)) {
            for (Path file : files) {
                try (PDDocument src = Loader.loadPDF(new RandomAccessReadBufferedFile(file))) {
                    dropNamedDestinations(src);
                    int offset = nextKey(dest);
                    int before = dest.getNumberOfPages();
                    boolean tagged = src.getDocumentCatalog().getStructureTreeRoot() != null;
                    if (tagged && dest.getDocumentCatalog().getStructureTreeRoot() == null) {
                        startTree(dest);
                    }
                    merger.appendDocument(dest, src);
                    if (tagged && offset > 0) {
                        renumberXObjects(dest, before, offset);
                    }
                }
            }
            PageNumbers.stamp(dest);
            ContentsLinks.resolveAll(dest);
            PdfFinisher.save(dest, out);
        }
    }

    /**
     * A root over one {@code Document} with an empty ParentTree: the merger then puts each part's top elements
     * under it as {@code Part}s, one level deep, where it would otherwise nest a new {@code Document} per part
     * (a thousand parts, a thousand levels).
     */
    private static void startTree(PDDocument dest) {
        COSDictionary root = new COSDictionary();
        root.setItem(COSName.TYPE, COSName.STRUCT_TREE_ROOT);
        COSDictionary document = new COSDictionary();
        document.setItem(COSName.TYPE, COSName.getPDFName("StructElem"));
        document.setItem(COSName.S, COSName.DOCUMENT);
        document.setItem(COSName.P, root);
        document.setItem(COSName.K, new org.apache.pdfbox.cos.COSArray());
        root.setItem(COSName.K, document);
        COSDictionary parentTree = new COSDictionary();
        parentTree.setItem(COSName.NUMS, new org.apache.pdfbox.cos.COSArray());
        root.setItem(COSName.PARENT_TREE, parentTree);
        root.setInt(COSName.PARENT_TREE_NEXT_KEY, 0);
        dest.getDocumentCatalog().getCOSObject().setItem(COSName.STRUCT_TREE_ROOT, root);
    }

    /** The key the merger adds to the next part's StructParents (as it computes it). */
    private static int nextKey(PDDocument dest) throws IOException {
        PDStructureTreeRoot root = dest.getDocumentCatalog().getStructureTreeRoot();
        if (root == null) {
            return 0;
        }
        if (root.getParentTreeNextKey() >= 0) {
            return root.getParentTreeNextKey();
        }
        if (root.getParentTree() == null) {
            return 0;
        }
        Integer max = Collections.max(numberKeys(root), Integer::compare);
        return max == null ? 0 : max + 1;
    }

    private static List<Integer> numberKeys(PDStructureTreeRoot root) throws IOException {
        java.util.Map<Integer, ?> numbers = root.getParentTree().getNumbers();
        List<Integer> keys = numbers == null ? new java.util.ArrayList<>() : new java.util.ArrayList<>(numbers.keySet());
        if (keys.isEmpty()) {
            keys.add(-1);
        }
        return keys;
    }

    /** The merger renumbers pages and annotations only; a form XObject's ParentTree entry moved by the same offset. */
    private static void renumberXObjects(PDDocument dest, int firstPage, int offset) throws IOException {
        Set<COSBase> seen = Collections.newSetFromMap(new IdentityHashMap<>());
        for (int i = firstPage; i < dest.getNumberOfPages(); i++) {
            renumber(dest.getPage(i).getResources(), offset, seen, 0);
        }
    }

    private static void renumber(PDResources resources, int offset, Set<COSBase> seen, int depth) throws IOException {
        if (resources == null || depth > 16) {
            return;
        }
        for (COSName name : resources.getXObjectNames()) {
            if (resources.getXObject(name) instanceof PDFormXObject form && seen.add(form.getCOSObject())) {
                COSDictionary d = form.getCOSObject();
                for (COSName key : new COSName[] {STRUCT_PARENT, COSName.STRUCT_PARENTS}) {
                    if (d.containsKey(key)) {
                        d.setInt(key, d.getInt(key) + offset);
                    }
                }
                renumber(form.getResources(), offset, seen, depth + 1);
            }
        }
    }

    /**
     * Named destinations that the part's own outline or links use become page destinations; then the part's
     * name trees of destinations are removed, JasperReports' names being the same in every part.
     */
    private static void dropNamedDestinations(PDDocument src) throws IOException {
        var catalog = src.getDocumentCatalog();
        if (catalog.getDocumentOutline() != null) {
            resolveOutline(src, catalog.getDocumentOutline(), 0);
        }
        for (PDPage page : src.getPages()) {
            for (PDAnnotation a : page.getAnnotations()) {
                if (a instanceof PDAnnotationLink link) {
                    if (link.getDestination() instanceof PDNamedDestination named) {
                        link.setDestination(catalog.findNamedDestinationPage(named));
                    } else if (link.getAction() instanceof PDActionGoTo goTo
                            && goTo.getDestination() instanceof PDNamedDestination named) {
                        goTo.setDestination(catalog.findNamedDestinationPage(named));
                    }
                }
            }
        }
        COSDictionary names = catalog.getCOSObject().getCOSDictionary(COSName.NAMES);
        if (names != null) {
            names.removeItem(COSName.DESTS);
            if (names.size() == 0) {
                catalog.getCOSObject().removeItem(COSName.NAMES);
            }
        }
        catalog.getCOSObject().removeItem(COSName.DESTS);
    }

    private static void resolveOutline(PDDocument src, PDOutlineNode node, int depth) throws IOException {
        if (depth > 32) {
            return;
        }
        for (PDOutlineItem item : node.children()) {
            if (item.getDestination() instanceof PDNamedDestination named) {
                PDPageDestination page = src.getDocumentCatalog().findNamedDestinationPage(named);
                item.setDestination(page);
            } else if (item.getAction() instanceof PDActionGoTo goTo
                    && goTo.getDestination() instanceof PDNamedDestination named) {
                goTo.setDestination(src.getDocumentCatalog().findNamedDestinationPage(named));
            }
            resolveOutline(src, item, depth + 1);
        }
    }
}
