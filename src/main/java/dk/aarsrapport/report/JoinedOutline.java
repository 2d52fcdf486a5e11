package dk.aarsrapport.report;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Set;

import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSName;

/**
 * The joined document's bookmarks: each part's top items, in order, chained into one list under the joined
 * outline root. A part's last top item waits, serialised but for its {@code /Next}, until the next part's first
 * item has its number (or the document ends): the writer never goes back.
 */
final class JoinedOutline {

    private final PdfStreamWriter w;
    private final COSDictionary rootRef;
    private int first;
    private int last;
    private int count;
    private byte[] pending;
    private int pendingNumber;
    private COSDictionary partLast;

    JoinedOutline(PdfStreamWriter w, COSDictionary rootRef) {
        this.w = w;
        this.rootRef = rootRef;
    }

    /** Links the part's top items into the list; before anything of the part is written. */
    void prepare(PartCopy copy, COSDictionary root) throws IOException {
        partLast = null;
        List<COSDictionary> items = root == null ? List.of() : topItems(root);
        if (items.isEmpty()) {
            return;
        }
        for (COSDictionary item : items) {
            item.setItem(COSName.PARENT, rootRef);
        }
        COSDictionary head = items.get(0);
        COSDictionary tail = items.get(items.size() - 1);
        if (last != 0) {
            head.setItem(COSName.PREV, copy.ref(last));
        } else {
            head.removeItem(COSName.PREV);
        }
        tail.removeItem(COSName.NEXT);
        int tailNumber = w.reserve();
        copy.claim(tail, tailNumber);
        int headNumber = head == tail ? tailNumber : copy.number(head);
        if (pending != null) {
            writePending("/Next " + headNumber + " 0 R>>");
        }
        if (first == 0) {
            first = headNumber;
        }
        last = tailNumber;
        count += Math.max(Math.abs(root.getInt(COSName.COUNT, items.size())), items.size());
        partLast = tail;
        pendingNumber = tailNumber;
    }

    /** Serialises the part's last top item, but for its {@code /Next}; while the part is open. */
    void write(PartCopy copy) throws IOException {
        if (partLast == null) {
            return;
        }
        ByteArrayOutputStream b = new ByteArrayOutputStream(256);
        PdfStreamWriter.value(partLast, b, copy, true);
        byte[] body = b.toByteArray();
        pending = java.util.Arrays.copyOf(body, body.length - 2);
        partLast = null;
    }

    /** Writes the outline root as object {@code number}; false when no part had bookmarks. */
    boolean finish(int number) throws IOException {
        if (first == 0) {
            return false;
        }
        writePending(">>");
        w.writeObject(number, ("<</Type/Outlines/First " + first + " 0 R/Last " + last + " 0 R/Count " + count + ">>")
                .getBytes(StandardCharsets.US_ASCII));
        return true;
    }

    private void writePending(String end) throws IOException {
        ByteArrayOutputStream b = new ByteArrayOutputStream(pending.length + end.length());
        b.write(pending);
        b.write(end.getBytes(StandardCharsets.US_ASCII));
        w.writeObject(pendingNumber, b.toByteArray());
        pending = null;
    }

    private static List<COSDictionary> topItems(COSDictionary root) {
        List<COSDictionary> items = new ArrayList<>();
        Set<COSDictionary> seen = Collections.newSetFromMap(new IdentityHashMap<>());
        for (COSDictionary item = root.getCOSDictionary(COSName.FIRST); item != null && seen.add(item);
                item = item.getCOSDictionary(COSName.NEXT)) {
            items.add(item);
        }
        return items;
    }
}
