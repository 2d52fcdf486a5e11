package dk.aarsrapport.report;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSBase;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSNumber;
import org.apache.pdfbox.cos.COSObject;

/**
 * The joined document's structure tree ({@link PdfJoiner}): one {@code Document} with a {@code Part} per file,
 * each part's elements as they were, its ParentTree entries moved past the keys of the parts before it, and the
 * parts' RoleMaps in one. Only numbers are kept between parts: the keys, the objects they point to, and the parts.
 */
final class JoinedStructure {

    private static final COSName ROLE_MAP = COSName.getPDFName("RoleMap");
    private static final COSName PART = COSName.getPDFName("Part");

    private final PdfStreamWriter w;
    private final int structRoot;
    private final int document;
    private final COSDictionary documentRef = new COSDictionary();
    private final COSDictionary roleMap = new COSDictionary();
    private int nextKey;
    private boolean tagged;
    private int[] treeKeys = new int[256];
    private int[] treeValues = new int[256];
    private int treeSize;
    private int[] kids = new int[64];
    private int kidCount;
    /** A Part made for a part with several top elements, written with them. */
    private COSDictionary madePart;
    private int madePartNumber;

    JoinedStructure(PdfStreamWriter w, int structRoot, int document) {
        this.w = w;
        this.structRoot = structRoot;
        this.document = document;
    }

    /** The first key of the next part's ParentTree entries. */
    int nextKey() {
        return nextKey;
    }

    /** Before anything of the part is written: its top elements, made the joined Document's Parts. */
    List<COSBase> prepare(PartCopy copy, COSDictionary root) {
        if (root == null) {
            return List.of();
        }
        tagged = true;
        copy.claimStandIn(documentRef, document);
        List<COSBase> top = topElements(copy, root);
        COSDictionary roles = root.getCOSDictionary(ROLE_MAP);
        if (roles != null) {
            for (Map.Entry<COSName, COSBase> e : roles.entrySet()) {
                roleMap.setItem(e.getKey(), e.getValue());
            }
        }
        nextKey += partKeys(root);
        return top;
    }

    /** Writes the part's top elements and its ParentTree entries (moved by {@code offset}). */
    void write(PartCopy copy, COSDictionary root, List<COSBase> top, int offset) throws IOException {
        for (COSBase element : top) {
            if (element == madePart) {
                w.write(madePartNumber, madePart, copy);
                addKid(madePartNumber);
            } else {
                addKid(copy.indirect(element));
            }
        }
        madePart = null;
        if (root != null) {
            parentTree(copy, root.getCOSDictionary(COSName.PARENT_TREE), offset, 0);
        }
    }

    /** Writes the tree, if any part had one; true if it did. */
    boolean finish() throws IOException {
        if (!tagged) {
            return false;
        }
        writeTree();
        return true;
    }

    /**
     * The part's element in the joined {@code Document}: its one top element (a Document or JasperReports'
     * {@code All}) becomes a {@code Part}; several are put in a new one. Returns what goes into the Document's kids.
     */
    private List<COSBase> topElements(PartCopy copy, COSDictionary root) {
        COSBase k = root.getItem(COSName.K);
        List<COSBase> raw = k instanceof COSArray a ? a.toList().stream().map(COSBase.class::cast).toList()
                : k == null ? List.of() : List.of(k);
        if (raw.size() == 1 && deref(raw.get(0)) instanceof COSDictionary single) {
            single.setItem(COSName.S, PART);
            single.setItem(COSName.P, documentRef);
            return raw;
        }
        COSDictionary part = new COSDictionary();
        part.setItem(COSName.TYPE, COSName.getPDFName("StructElem"));
        part.setItem(COSName.S, PART);
        part.setItem(COSName.P, documentRef);
        COSArray kidsOfPart = new COSArray();
        int number = w.reserve();
        COSDictionary partRef = copy.ref(number);
        for (COSBase element : raw) {
            if (deref(element) instanceof COSDictionary d) {
                d.setItem(COSName.P, partRef);
            }
            kidsOfPart.add(element);
        }
        part.setItem(COSName.K, kidsOfPart);
        madePart = part;
        madePartNumber = number;
        return List.of(part);
    }

    private static COSBase deref(COSBase v) {
        return v instanceof COSObject o ? o.getObject() : v;
    }

    /** How many keys the part's ParentTree takes: its next key, or one past its largest. */
    private static int partKeys(COSDictionary root) {
        int next = root.getInt(COSName.PARENT_TREE_NEXT_KEY, -1);
        return next >= 0 ? next : maxKey(root.getCOSDictionary(COSName.PARENT_TREE), 0) + 1;
    }

    private static int maxKey(COSDictionary node, int depth) {
        int max = -1;
        if (node == null || depth > 32) {
            return max;
        }
        if (node.getDictionaryObject(COSName.NUMS) instanceof COSArray nums) {
            for (int i = 0; i + 1 < nums.size(); i += 2) {
                if (nums.getObject(i) instanceof COSNumber n) {
                    max = Math.max(max, n.intValue());
                }
            }
        }
        if (node.getDictionaryObject(COSName.KIDS) instanceof COSArray kidsArray) {
            for (int i = 0; i < kidsArray.size(); i++) {
                if (kidsArray.getObject(i) instanceof COSDictionary kid) {
                    max = Math.max(max, maxKey(kid, depth + 1));
                }
            }
        }
        return max;
    }

    private void parentTree(PartCopy copy, COSDictionary node, int offset, int depth) throws IOException {
        if (node == null || depth > 32) {
            return;
        }
        if (node.getDictionaryObject(COSName.NUMS) instanceof COSArray nums) {
            for (int i = 0; i + 1 < nums.size(); i += 2) {
                if (nums.getObject(i) instanceof COSNumber key && nums.get(i + 1) != null) {
                    addEntry(key.intValue() + offset, copy.indirect(nums.get(i + 1)));
                }
            }
        }
        if (node.getDictionaryObject(COSName.KIDS) instanceof COSArray kidsArray) {
            for (int i = 0; i < kidsArray.size(); i++) {
                if (kidsArray.getObject(i) instanceof COSDictionary kid) {
                    parentTree(copy, kid, offset, depth + 1);
                }
            }
        }
    }

    private void addEntry(int key, int value) {
        if (treeSize == treeKeys.length) {
            treeKeys = Arrays.copyOf(treeKeys, treeSize * 2);
            treeValues = Arrays.copyOf(treeValues, treeSize * 2);
        }
        treeKeys[treeSize] = key;
        treeValues[treeSize++] = value;
    }

    private void addKid(int n) {
        if (kidCount == kids.length) {
            kids = Arrays.copyOf(kids, kidCount * 2);
        }
        kids[kidCount++] = n;
    }

    private void writeTree() throws IOException {
        Integer[] order = new Integer[treeSize];
        for (int i = 0; i < treeSize; i++) {
            order[i] = i;
        }
        Arrays.sort(order, (a, b) -> Integer.compare(treeKeys[a], treeKeys[b]));
        StringBuilder nums = new StringBuilder("<</Nums[");
        for (int i : order) {
            nums.append(treeKeys[i]).append(' ').append(treeValues[i]).append(" 0 R ");
        }
        int parentTree = w.reserve();
        w.writeObject(parentTree, ascii(nums.append("]>>")));
        StringBuilder doc = new StringBuilder("<</Type/StructElem/S/Document/P ").append(structRoot).append(" 0 R/K[");
        for (int i = 0; i < kidCount; i++) {
            doc.append(kids[i]).append(" 0 R ");
        }
        w.writeObject(document, ascii(doc.append("]>>")));
        ByteArrayOutputStream root = new ByteArrayOutputStream(256);
        root.write(ascii(new StringBuilder("<</Type/StructTreeRoot/K ").append(document).append(" 0 R/ParentTree ")
                .append(parentTree).append(" 0 R/ParentTreeNextKey ").append(nextKey)));
        if (roleMap.size() > 0) {
            root.write(ascii(new StringBuilder("/RoleMap ")));
            PdfStreamWriter.value(roleMap, root, v -> 0, true);
        }
        root.write(ascii(new StringBuilder(">>")));
        w.writeObject(structRoot, root.toByteArray());
    }

    private static byte[] ascii(CharSequence s) {
        return s.toString().getBytes(StandardCharsets.US_ASCII);
    }
}
