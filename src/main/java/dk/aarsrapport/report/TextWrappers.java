package dk.aarsrapport.report;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.IdentityHashMap;
import java.util.Map;
import java.util.Set;

import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSBase;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSInteger;
import org.apache.pdfbox.cos.COSName;

/**
 * JasperReports tags each text element twice: the element the template names (a {@code TD}, {@code H1},
 * {@code Lbl}, …) and inside it a {@code Text} element that holds the marked content. Where that {@code Text}
 * is the only child and carries nothing of its own, its marked content moves up into the parent and the
 * {@code Text} goes. A screen reader hears the same text in the same element ("H1: Regnskab" instead of
 * "H1, paragraph: Regnskab"), and the finished PDF has about a third fewer objects (a 348-page whole report:
 * 29,926 instead of 48,696), so it is smaller and cheaper to join and read. The finishing pass itself still
 * parses the {@code Text} elements before it drops them (docs/performance.md, "Cost growth").
 */
final class TextWrappers {

    private static final COSName TEXT = COSName.getPDFName("Text");
    private static final COSName PG = COSName.getPDFName("Pg");
    private static final COSName P = COSName.getPDFName("P");
    /** What JasperReports writes on a plain {@code Text}; anything more (an /Alt, /Lang, /A) keeps it. */
    private static final Set<COSName> PLAIN = Set.of(COSName.TYPE, COSName.S, P, PG, COSName.K);

    private TextWrappers() {
    }

    /**
     * Collapses the plain {@code Text} children under {@code root} and points the pages' parent-tree entries
     * ({@code pageParents}: StructParents → the array indexed by MCID) at the elements that now hold their
     * marked content.
     */
    static void collapse(COSDictionary root, Map<Integer, COSArray> pageParents) {
        Map<COSDictionary, COSDictionary> moved = new IdentityHashMap<>();
        Deque<COSDictionary> todo = new ArrayDeque<>();
        todo.push(root);
        while (!todo.isEmpty()) {
            COSDictionary element = todo.pop();
            COSBase k = element.getDictionaryObject(COSName.K);
            COSArray kids = k instanceof COSArray a ? a : null;
            if (kids == null) {
                continue;
            }
            if (kids.size() == 1 && element != root && kids.getObject(0) instanceof COSDictionary text
                    && plainText(text)) {
                COSArray own = new COSArray();
                own.add(text.getItem(COSName.K));
                element.setItem(COSName.K, own);
                element.setItem(PG, text.getItem(PG));
                moved.put(text, element);
                continue;
            }
            for (int i = 0; i < kids.size(); i++) {
                if (kids.getObject(i) instanceof COSDictionary kid && kid.containsKey(COSName.S)) {
                    todo.push(kid);
                }
            }
        }
        if (moved.isEmpty()) {
            return;
        }
        for (COSArray parents : pageParents.values()) {
            for (int i = 0; i < parents.size(); i++) {
                COSDictionary holder = parents.getObject(i) instanceof COSDictionary d ? moved.get(d) : null;
                if (holder != null) {
                    parents.set(i, holder);
                }
            }
        }
    }

    private static boolean plainText(COSDictionary d) {
        return TEXT.equals(d.getCOSName(COSName.S)) && d.getDictionaryObject(COSName.K) instanceof COSInteger
                && d.getCOSDictionary(PG) != null && PLAIN.containsAll(d.keySet());
    }
}
