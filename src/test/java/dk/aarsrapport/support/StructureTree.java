package dk.aarsrapport.support;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSBase;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDMarkedContentReference;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDObjectReference;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDStructureElement;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDStructureNode;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDStructureTreeRoot;
import org.apache.pdfbox.pdmodel.documentinterchange.markedcontent.PDMarkedContent;
import org.apache.pdfbox.pdmodel.interactive.action.PDActionGoTo;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotation;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotationLink;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.destination.PDDestination;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.destination.PDNamedDestination;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.destination.PDPageDestination;
import org.apache.pdfbox.text.PDFMarkedContentExtractor;
import org.apache.pdfbox.text.TextPosition;

/**
 * A tagged PDF's logical structure as a screen reader meets it: every element's role mapped through the
 * RoleMap to a standard type, its {@code /Scope} where it has one, the text of its own marked content, and
 * for a {@code Link} the 1-based page its annotation goes to. {@link Node#outline()} prints a subtree as
 * {@code Table[TR[TH(Column)'Budget' TD'141.708']]}, for assertions and failure messages.
 */
public final class StructureTree {

    /**
     * One structure element: its standard role, {@code /Scope} (or null), its own text (marked content
     * directly under it), its element children, and the target pages of its link annotations.
     */
    public record Node(String role, String scope, String text, List<Node> kids, List<Integer> linkPages) {

        /** All text under this element, in tree order, words joined by single spaces. */
        public String allText() {
            StringBuilder sb = new StringBuilder(text);
            for (Node k : kids) {
                String t = k.allText();
                if (!t.isEmpty()) {
                    sb.append(sb.isEmpty() ? "" : " ").append(t);
                }
            }
            return sb.toString().replaceAll("\\s+", " ").strip();
        }

        /** Every element of this subtree (itself first) that matches, in tree order. */
        public List<Node> find(Predicate<Node> p) {
            List<Node> out = new ArrayList<>();
            collect(p, out);
            return out;
        }

        /** Every element of this subtree with the given standard role, in tree order. */
        public List<Node> all(String role) {
            return find(n -> n.role.equals(role));
        }

        private void collect(Predicate<Node> p, List<Node> out) {
            if (p.test(this)) {
                out.add(this);
            }
            for (Node k : kids) {
                k.collect(p, out);
            }
        }

        /** The children with the given role. */
        public List<Node> kids(String role) {
            return kids.stream().filter(k -> k.role.equals(role)).toList();
        }

        /** A readable one-line outline of this subtree; text is shortened to 40 characters. */
        public String outline() {
            StringBuilder sb = new StringBuilder(role);
            if (scope != null) {
                sb.append('(').append(scope).append(')');
            }
            String t = text.replaceAll("\\s+", " ").strip();
            if (!t.isEmpty()) {
                sb.append('\'').append(t.length() > 40 ? t.substring(0, 40) + "…" : t).append('\'');
            }
            if (!linkPages.isEmpty()) {
                sb.append("->").append(linkPages);
            }
            if (!kids.isEmpty()) {
                sb.append('[');
                for (int i = 0; i < kids.size(); i++) {
                    sb.append(i == 0 ? "" : " ").append(kids.get(i).outline());
                }
                sb.append(']');
            }
            return sb.toString();
        }
    }

    private final PDDocument doc;
    private final Map<String, Object> roleMap;
    private final Map<PDPage, Map<Integer, String>> textByPage = new HashMap<>();

    private StructureTree(PDDocument doc, Map<String, Object> roleMap) {
        this.doc = doc;
        this.roleMap = roleMap;
    }

    /** The document's structure tree root as a node of role "StructTreeRoot"; null when the PDF is not tagged. */
    public static Node of(Path pdf) throws IOException {
        try (PDDocument doc = Loader.loadPDF(pdf.toFile())) {
            PDStructureTreeRoot root = doc.getDocumentCatalog().getStructureTreeRoot();
            if (root == null) {
                return null;
            }
            StructureTree tree = new StructureTree(doc, root.getRoleMap());
            return tree.node(root, "StructTreeRoot", null, null);
        }
    }

    private Node node(PDStructureNode n, String role, String scope, PDPage inherited) throws IOException {
        PDPage page = n instanceof PDStructureElement e && e.getPage() != null ? e.getPage() : inherited;
        StringBuilder text = new StringBuilder();
        List<Node> kids = new ArrayList<>();
        List<Integer> links = new ArrayList<>();
        for (Object kid : n.getKids()) {
            if (kid instanceof PDStructureElement e) {
                kids.add(node(e, standard(e.getStructureType()), scope(e), page));
            } else if (kid instanceof Integer mcid) {
                text.append(text(page, mcid));
            } else if (kid instanceof PDMarkedContentReference ref) {
                text.append(text(ref.getPage() != null ? ref.getPage() : page, ref.getMCID()));
            } else if (kid instanceof PDObjectReference obj && obj.getReferencedObject() instanceof PDAnnotation a) {
                links.add(targetPage(a));
            }
        }
        return new Node(role, scope, text.toString(), List.copyOf(kids), List.copyOf(links));
    }

    /** Follows the RoleMap until a name maps to nothing further (a standard type), guarding against cycles. */
    private String standard(String type) {
        String t = type;
        for (int i = 0; i < 10 && roleMap.get(t) instanceof String mapped && !mapped.equals(t); i++) {
            t = mapped;
        }
        return t;
    }

    private static String scope(PDStructureElement e) {
        COSBase a = e.getCOSObject().getDictionaryObject(COSName.A);
        List<COSDictionary> dicts = new ArrayList<>();
        if (a instanceof COSDictionary d) {
            dicts.add(d);
        } else if (a instanceof COSArray arr) {
            for (int i = 0; i < arr.size(); i++) {
                if (arr.getObject(i) instanceof COSDictionary d) {
                    dicts.add(d);
                }
            }
        }
        for (COSDictionary d : dicts) {
            String s = d.getNameAsString(COSName.getPDFName("Scope"));
            if (s != null) {
                return s;
            }
        }
        return null;
    }

    private String text(PDPage page, int mcid) throws IOException {
        if (page == null) {
            return "";
        }
        Map<Integer, String> texts = textByPage.get(page);
        if (texts == null) {
            texts = new HashMap<>();
            PDFMarkedContentExtractor extractor = new PDFMarkedContentExtractor();
            extractor.processPage(page);
            for (PDMarkedContent mc : extractor.getMarkedContents()) {
                collect(mc, texts);
            }
            textByPage.put(page, texts);
        }
        return texts.getOrDefault(mcid, "");
    }

    private static void collect(PDMarkedContent mc, Map<Integer, String> texts) {
        StringBuilder sb = new StringBuilder();
        float lastY = Float.NaN;
        for (Object o : mc.getContents()) {
            if (o instanceof TextPosition tp) {
                // a wrapped line goes on after a space, as a listener hears it
                if (!Float.isNaN(lastY) && Math.abs(tp.getYDirAdj() - lastY) > tp.getHeightDir() / 2
                        && !sb.isEmpty() && sb.charAt(sb.length() - 1) != ' ') {
                    sb.append(' ');
                }
                lastY = tp.getYDirAdj();
                sb.append(tp.getUnicode());
            } else if (o instanceof PDMarkedContent inner) {
                collect(inner, texts);
            }
        }
        if (mc.getMCID() >= 0) {
            texts.merge(mc.getMCID(), sb.toString(), (x, y) -> x + " " + y);
        }
    }

    /** The 1-based page a link annotation goes to, or -1. */
    private int targetPage(PDAnnotation a) throws IOException {
        if (!(a instanceof PDAnnotationLink link)) {
            return -1;
        }
        PDDestination d = link.getDestination();
        if (d == null && link.getAction() instanceof PDActionGoTo g) {
            d = g.getDestination();
        }
        if (d instanceof PDNamedDestination named) {
            d = doc.getDocumentCatalog().findNamedDestinationPage(named);
        }
        if (d instanceof PDPageDestination p) {
            return p.getPage() != null ? doc.getPages().indexOf(p.getPage()) + 1 : p.getPageNumber() + 1;
        }
        return -1;
    }
}
