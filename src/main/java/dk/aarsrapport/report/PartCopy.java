package dk.aarsrapport.report;

import java.io.IOException;
import java.util.ArrayDeque;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.Map;

import org.apache.pdfbox.cos.COSBase;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSObject;
import org.apache.pdfbox.cos.COSObjectKey;
import org.apache.pdfbox.cos.COSStream;

/**
 * One part's objects on their way into a joined document ({@link PdfJoiner}): each is numbered in the joined
 * document when it is first referred to and queued to be written, so what a part's pages, structure and bookmarks
 * reach is copied once, and nothing else of it. Stand-ins ({@link #ref}) are written as references to objects of
 * the joined document that are not the part's.
 */
final class PartCopy implements PdfStreamWriter.Refs {
    private final PdfStreamWriter w;
    private final Map<COSBase, Integer> fixed;
    private final Map<COSObjectKey, Integer> keys = new HashMap<>();
    private final Map<COSBase, Integer> local = new IdentityHashMap<>();
    private final ArrayDeque<Object[]> queue = new ArrayDeque<>();

    PartCopy(PdfStreamWriter w, Map<COSBase, Integer> fixed) {
        this.w = w;
        this.fixed = fixed;
    }

    @Override
    public int number(COSBase v) {
        Integer n = local.get(v);
        if (n == null) {
            n = fixed.get(v);
        }
        if (n != null) {
            return n;
        }
        COSObjectKey key = v instanceof COSObject o
                ? (o.getKey() != null ? o.getKey() : new COSObjectKey(o.getObjectNumber(), o.getGenerationNumber()))
                : v.getKey();
        if (key == null) {
            if (v instanceof COSStream) {
                int s = w.reserve();
                local.put(v, s);
                queue.add(new Object[] {s, v});
                return s;
            }
            return 0;
        }
        n = keys.get(key);
        if (n == null) {
            n = w.reserve();
            keys.put(key, n);
            queue.add(new Object[] {n, v});
        }
        return n;
    }

    /** {@code v} as a reference: its own number, or a new one when it is written in place in its part. */
    int indirect(COSBase v) throws IOException {
        int n = number(v);
        if (n == 0) {
            n = w.reserve();
            w.write(n, v, this);
        }
        return n;
    }

    /** Numbers {@code v} without queueing it: the caller writes it. */
    void claim(COSBase v, int n) {
        local.put(v, n);
        if (v.getKey() != null) {
            keys.put(v.getKey(), n);
        }
    }

    /** {@code standIn} written as a reference to object {@code n} of the joined document. */
    void claimStandIn(COSDictionary standIn, int n) {
        local.put(standIn, n);
    }

    /** A stand-in written as a reference to object {@code n} of the joined document. */
    COSDictionary ref(int n) {
        COSDictionary token = new COSDictionary();
        local.put(token, n);
        return token;
    }

    void drain() throws IOException {
        while (!queue.isEmpty()) {
            Object[] next = queue.poll();
            COSBase v = (COSBase) next[1];
            w.write((Integer) next[0], v instanceof COSObject o ? o.getObject() : v, this);
        }
    }
}
