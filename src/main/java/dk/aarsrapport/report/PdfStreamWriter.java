package dk.aarsrapport.report;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Map;
import java.util.zip.Deflater;
import java.util.zip.DeflaterOutputStream;

import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSBase;
import org.apache.pdfbox.cos.COSBoolean;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSFloat;
import org.apache.pdfbox.cos.COSInteger;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSNull;
import org.apache.pdfbox.cos.COSObject;
import org.apache.pdfbox.cos.COSStream;
import org.apache.pdfbox.cos.COSString;
import org.apache.pdfbox.pdfwriter.COSWriter;

/**
 * A PDF written front to back as its objects arrive, so a document of any length is written with only its
 * cross-reference table in the heap (a {@code long} per object): PDFBox's own writer keeps the whole document.
 * Objects other than streams go into object streams of {@value #PER_OBJECT_STREAM}, compressed; the
 * cross-reference table is a compressed stream too (PDF 1.5, allowed by PDF/A-2). What an object refers to is
 * the caller's: {@link Refs} gives the number of each value written as a reference.
 */
final class PdfStreamWriter {

    /** Objects per object stream: large enough to compress well, small enough to stay a few kilobytes. */
    static final int PER_OBJECT_STREAM = 200;

    /** The number of a value to be written as a reference, or 0 to write it in place. */
    interface Refs {
        int number(COSBase value) throws IOException;
    }

    private final Counting out;
    /** Per object number: 1 = at an offset, 2 = in an object stream; 0 = free. */
    private byte[] types = new byte[1 << 12];
    /** The offset (type 1), or the object stream's number shifted 16 left plus the index in it (type 2). */
    private long[] places = new long[1 << 12];
    private int next = 1;
    private final ByteArrayOutputStream batch = new ByteArrayOutputStream(1 << 16);
    private final StringBuilder batchIndex = new StringBuilder();
    private final int[] batchNumbers = new int[PER_OBJECT_STREAM];
    private int batchSize;

    PdfStreamWriter(OutputStream out) throws IOException {
        this.out = new Counting(out);
        // the second line's bytes above 127 mark the file as binary (PDF/A-2, 6.1.2)
        this.out.write("%PDF-1.7\n%\u00e2\u00e3\u00cf\u00d3\n".getBytes(StandardCharsets.ISO_8859_1));
    }

    int reserve() {
        int n = next++;
        if (n >= types.length) {
            types = Arrays.copyOf(types, types.length * 2);
            places = Arrays.copyOf(places, places.length * 2);
        }
        return n;
    }

    /** Writes object {@code number}: a stream in the file, anything else into the current object stream. */
    void write(int number, COSBase body, Refs refs) throws IOException {
        if (body instanceof COSStream stream) {
            byte[] raw;
            try (var in = stream.createRawInputStream()) {
                raw = in.readAllBytes();
            }
            writeStream(number, stream, raw, refs);
            return;
        }
        ByteArrayOutputStream b = new ByteArrayOutputStream(128);
        value(body == null ? COSNull.NULL : body, b, refs, true);
        writeObject(number, b.toByteArray());
    }

    /** An object already serialised (a dictionary, array or number), into the current object stream. */
    void writeObject(int number, byte[] body) throws IOException {
        if (batchSize > 0) {
            batchIndex.append(' ');
        }
        batchIndex.append(number).append(' ').append(batch.size());
        batch.write(body);
        batch.write('\n');
        types[number] = 2;
        batchNumbers[batchSize++] = number;
        if (batchSize == PER_OBJECT_STREAM) {
            flushBatch();
        }
    }

    /** A stream with the given dictionary (its {@code /Length} set here) and raw, still encoded, bytes. */
    void writeStream(int number, COSDictionary dict, byte[] raw, Refs refs) throws IOException {
        types[number] = 1;
        places[number] = out.count;
        out.write((number + " 0 obj\n").getBytes(StandardCharsets.US_ASCII));
        ByteArrayOutputStream head = new ByteArrayOutputStream(128);
        head.write(COSWriter.DICT_OPEN);
        for (Map.Entry<COSName, COSBase> e : dict.entrySet()) {
            if (!COSName.LENGTH.equals(e.getKey())) {
                e.getKey().writePDF(head);
                head.write(' ');
                value(e.getValue(), head, refs, false);
            }
        }
        head.write(("/Length " + raw.length).getBytes(StandardCharsets.US_ASCII));
        head.write(COSWriter.DICT_CLOSE);
        head.writeTo(out);
        out.write("\nstream\n".getBytes(StandardCharsets.US_ASCII));
        out.write(raw);
        out.write("\nendstream\nendobj\n".getBytes(StandardCharsets.US_ASCII));
    }

    /** Serialises {@code v}; below the top, what {@code refs} numbers is written as a reference. */
    static void value(COSBase v, ByteArrayOutputStream b, Refs refs, boolean top) throws IOException {
        if (!top || v instanceof COSObject) {
            int n = refs.number(v);
            if (n > 0) {
                b.write((n + " 0 R").getBytes(StandardCharsets.US_ASCII));
                return;
            }
        }
        if (v instanceof COSObject o) {
            value(o.getObject() == null ? COSNull.NULL : o.getObject(), b, refs, true);
        } else if (v instanceof COSDictionary d) {
            b.write(COSWriter.DICT_OPEN);
            for (Map.Entry<COSName, COSBase> e : d.entrySet()) {
                if (e.getValue() != null) {
                    e.getKey().writePDF(b);
                    b.write(' ');
                    value(e.getValue(), b, refs, false);
                }
            }
            b.write(COSWriter.DICT_CLOSE);
        } else if (v instanceof COSArray a) {
            b.write('[');
            for (int i = 0; i < a.size(); i++) {
                if (i > 0) {
                    b.write(' ');
                }
                COSBase item = a.get(i);
                value(item == null ? COSNull.NULL : item, b, refs, false);
            }
            b.write(']');
        } else if (v instanceof COSName n) {
            n.writePDF(b);
        } else if (v instanceof COSString s) {
            COSWriter.writeString(s, b);
        } else if (v instanceof COSInteger i) {
            i.writePDF(b);
        } else if (v instanceof COSFloat f) {
            f.writePDF(b);
        } else if (v instanceof COSBoolean bool) {
            bool.writePDF(b);
        } else {
            COSNull.NULL.writePDF(b);
        }
    }

    private void flushBatch() throws IOException {
        if (batchSize == 0) {
            return;
        }
        int number = reserve();
        byte[] index = batchIndex.append('\n').toString().getBytes(StandardCharsets.US_ASCII);
        ByteArrayOutputStream plain = new ByteArrayOutputStream(index.length + batch.size());
        plain.write(index);
        batch.writeTo(plain);
        COSDictionary dict = new COSDictionary();
        dict.setItem(COSName.TYPE, COSName.OBJ_STM);
        dict.setInt(COSName.N, batchSize);
        dict.setInt(COSName.FIRST, index.length);
        dict.setItem(COSName.FILTER, COSName.FLATE_DECODE);
        writeStream(number, dict, deflate(plain.toByteArray()), v -> 0);
        for (int i = 0; i < batchSize; i++) {
            places[batchNumbers[i]] = ((long) number << 16) | i;
        }
        batch.reset();
        batchIndex.setLength(0);
        batchSize = 0;
    }

    /** Ends the file: the last object stream, then the cross-reference stream, which is also the trailer. */
    void finish(int root, int info, byte[] id) throws IOException {
        flushBatch();
        int xref = reserve();
        types[xref] = 1;
        places[xref] = out.count;
        int offsetBytes = Math.max(4, (64 - Long.numberOfLeadingZeros(Math.max(out.count, 1)) + 7) / 8);
        int size = next;
        ByteArrayOutputStream rows = new ByteArrayOutputStream(size * (offsetBytes + 3));
        for (int n = 0; n < size; n++) {
            if (types[n] == 1) {
                rows.write(1);
                put(rows, places[n], offsetBytes);
                put(rows, 0, 2);
            } else if (types[n] == 2) {
                rows.write(2);
                put(rows, places[n] >>> 16, offsetBytes);
                put(rows, places[n] & 0xFFFF, 2);
            } else {
                rows.write(0);
                put(rows, 0, offsetBytes);
                put(rows, n == 0 ? 0xFFFF : 0, 2);
            }
        }
        COSDictionary trailer = new COSDictionary();
        trailer.setItem(COSName.TYPE, COSName.XREF);
        trailer.setInt(COSName.SIZE, size);
        COSArray w = new COSArray();
        w.add(COSInteger.ONE);
        w.add(COSInteger.get(offsetBytes));
        w.add(COSInteger.TWO);
        trailer.setItem(COSName.W, w);
        trailer.setItem(COSName.FILTER, COSName.FLATE_DECODE);
        COSArray ids = new COSArray();
        ids.add(new COSString(id, true));
        ids.add(new COSString(id, true));
        trailer.setItem(COSName.ID, ids);
        COSDictionary rootRef = new COSDictionary();
        COSDictionary infoRef = new COSDictionary();
        trailer.setItem(COSName.ROOT, rootRef);
        if (info > 0) {
            trailer.setItem(COSName.INFO, infoRef);
        }
        long start = out.count;
        writeStream(xref, trailer, deflate(rows.toByteArray()), v -> v == rootRef ? root : v == infoRef ? info : 0);
        out.write(("startxref\n" + start + "\n%%EOF\n").getBytes(StandardCharsets.US_ASCII));
        out.flush();
    }

    private static void put(ByteArrayOutputStream b, long v, int bytes) {
        for (int i = bytes - 1; i >= 0; i--) {
            b.write((int) (v >>> (8 * i)) & 0xFF);
        }
    }

    static byte[] deflate(byte[] plain) throws IOException {
        ByteArrayOutputStream b = new ByteArrayOutputStream(plain.length / 3 + 64);
        Deflater deflater = new Deflater(Deflater.BEST_SPEED);
        try (DeflaterOutputStream d = new DeflaterOutputStream(b, deflater, 8192)) {
            d.write(plain);
        } finally {
            deflater.end();
        }
        return b.toByteArray();
    }

    /** Counts what has been written, for the offsets of the cross-reference table. */
    private static final class Counting extends java.io.FilterOutputStream {
        long count;

        Counting(OutputStream out) {
            super(out);
        }

        @Override
        public void write(int b) throws IOException {
            out.write(b);
            count++;
        }

        @Override
        public void write(byte[] b, int off, int len) throws IOException {
            out.write(b, off, len);
            count += len;
        }
    }
}
