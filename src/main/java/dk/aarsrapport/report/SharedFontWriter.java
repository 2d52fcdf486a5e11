package dk.aarsrapport.report;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

import org.apache.fontbox.ttf.TTFSubsetter;
import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSBase;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSInteger;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSNumber;
import org.apache.pdfbox.cos.COSString;

/**
 * Writes one {@link SharedFonts.Shared} font: a subset of its face with the union of the parts' glyphs, a
 * CID-to-glyph map from the parts' CIDs (the face's glyph ids) to the subset's, the union of their widths and a
 * ToUnicode CMap of the union of their mappings, so every part's text reads and extracts as it did.
 */
final class SharedFontWriter {

    /** The tables a PDF's TrueType subset needs (as PDFBox's own embedder keeps them). */
    private static final List<String> TABLES = List.of("head", "hhea", "loca", "maxp", "cvt ", "prep", "glyf", "hmtx",
            "fpgm", "gasp");

    private SharedFontWriter() {
    }

    static void write(PdfStreamWriter w, SharedFonts.Shared s) throws IOException {
        TreeSet<Integer> glyphs = new TreeSet<>(s.widths.keySet());
        glyphs.add(0);
        byte[] program;
        Map<Integer, Integer> newToOld;
        synchronized (s.face) {
            TTFSubsetter subsetter = new TTFSubsetter(s.face.ttf(), TABLES);
            subsetter.addGlyphIds(glyphs);
            ByteArrayOutputStream out = new ByteArrayOutputStream(64 * 1024);
            subsetter.writeToStream(out);
            program = out.toByteArray();
            newToOld = subsetter.getGIDMap();
        }
        String name = tag(glyphs) + "+" + s.face.name();
        Map<COSBase, Integer> refs = new IdentityHashMap<>();

        COSDictionary fontFile = new COSDictionary();
        fontFile.setItem(COSName.FILTER, COSName.FLATE_DECODE);
        fontFile.setInt(COSName.LENGTH1, program.length);
        int fontFileNumber = w.reserve();
        w.writeStream(fontFileNumber, fontFile, PdfStreamWriter.deflate(program), v -> 0);

        byte[] map = new byte[2 * (glyphs.last() + 1)];
        for (Map.Entry<Integer, Integer> e : newToOld.entrySet()) {
            int old = e.getValue();
            if (old >= 0 && 2 * old + 1 < map.length) {
                map[2 * old] = (byte) (e.getKey() >> 8);
                map[2 * old + 1] = (byte) (int) e.getKey();
            }
        }
        COSDictionary mapDict = new COSDictionary();
        mapDict.setItem(COSName.FILTER, COSName.FLATE_DECODE);
        int mapNumber = w.reserve();
        w.writeStream(mapNumber, mapDict, PdfStreamWriter.deflate(map), v -> 0);

        COSDictionary toUnicode = new COSDictionary();
        toUnicode.setItem(COSName.FILTER, COSName.FLATE_DECODE);
        int toUnicodeNumber = w.reserve();
        w.writeStream(toUnicodeNumber, toUnicode, PdfStreamWriter.deflate(cmap(s.unicode)), v -> 0);

        COSDictionary descriptor = new COSDictionary();
        descriptor.addAll(s.descriptor);
        descriptor.setItem(COSName.TYPE, COSName.FONT_DESC);
        descriptor.setName(COSName.FONT_NAME, name);
        COSDictionary fontFileRef = ref(refs, fontFileNumber);
        descriptor.setItem(COSName.FONT_FILE2, fontFileRef);
        int descriptorNumber = w.reserve();
        w.write(descriptorNumber, descriptor, v -> refs.getOrDefault(v, 0));

        COSDictionary cid = new COSDictionary();
        cid.setItem(COSName.TYPE, COSName.FONT);
        cid.setItem(COSName.SUBTYPE, COSName.CID_FONT_TYPE2);
        cid.setName(COSName.BASE_FONT, name);
        COSDictionary info = new COSDictionary();
        info.setItem(COSName.REGISTRY, new COSString("Adobe"));
        info.setItem(COSName.ORDERING, new COSString("Identity"));
        info.setInt(COSName.SUPPLEMENT, 0);
        cid.setItem(COSName.CIDSYSTEMINFO, info);
        cid.setItem(COSName.FONT_DESC, ref(refs, descriptorNumber));
        if (s.defaultWidth != null) {
            cid.setItem(COSName.DW, s.defaultWidth);
        }
        cid.setItem(COSName.W, widths(s.widths));
        cid.setItem(COSName.CID_TO_GID_MAP, ref(refs, mapNumber));
        int cidNumber = w.reserve();
        w.write(cidNumber, cid, v -> refs.getOrDefault(v, 0));

        COSDictionary type0 = new COSDictionary();
        type0.setItem(COSName.TYPE, COSName.FONT);
        type0.setItem(COSName.SUBTYPE, COSName.TYPE0);
        type0.setName(COSName.BASE_FONT, name);
        type0.setItem(COSName.ENCODING, COSName.getPDFName("Identity-H"));
        COSArray descendants = new COSArray();
        descendants.add(ref(refs, cidNumber));
        type0.setItem(COSName.DESCENDANT_FONTS, descendants);
        type0.setItem(COSName.TO_UNICODE, ref(refs, toUnicodeNumber));
        w.write(s.number, type0, v -> refs.getOrDefault(v, 0));
    }

    private static COSDictionary ref(Map<COSBase, Integer> refs, int number) {
        COSDictionary standIn = new COSDictionary();
        refs.put(standIn, number);
        return standIn;
    }

    /** {@code /W} in runs of consecutive CIDs: {@code c [w1 w2 …]}. */
    private static COSArray widths(Map<Integer, COSNumber> widths) {
        COSArray w = new COSArray();
        COSArray run = null;
        int next = -2;
        for (Map.Entry<Integer, COSNumber> e : widths.entrySet()) {
            if (e.getKey() != next) {
                run = new COSArray();
                w.add(COSInteger.get(e.getKey()));
                w.add(run);
            }
            run.add(e.getValue());
            next = e.getKey() + 1;
        }
        return w;
    }

    /** A ToUnicode CMap of two-byte codes, in blocks of at most 100 as the CMap format allows. */
    private static byte[] cmap(Map<Integer, String> unicode) {
        StringBuilder b = new StringBuilder(256 + unicode.size() * 16);
        b.append("/CIDInit /ProcSet findresource begin\n12 dict begin\nbegincmap\n")
                .append("/CIDSystemInfo << /Registry (Adobe) /Ordering (UCS) /Supplement 0 >> def\n")
                .append("/CMapName /Adobe-Identity-UCS def\n/CMapType 2 def\n")
                .append("1 begincodespacerange\n<0000> <FFFF>\nendcodespacerange\n");
        List<Map.Entry<Integer, String>> entries = new java.util.ArrayList<>(new java.util.TreeMap<>(unicode).entrySet());
        for (int from = 0; from < entries.size(); from += 100) {
            List<Map.Entry<Integer, String>> block = entries.subList(from, Math.min(entries.size(), from + 100));
            b.append(block.size()).append(" beginbfchar\n");
            for (Map.Entry<Integer, String> e : block) {
                b.append(String.format("<%04X> <", e.getKey()));
                for (byte x : e.getValue().getBytes(StandardCharsets.UTF_16BE)) {
                    b.append(String.format("%02X", x & 0xFF));
                }
                b.append(">\n");
            }
            b.append("endbfchar\n");
        }
        b.append("endcmap\nCMapName currentdict /CMap defineresource pop\nend\nend\n");
        return b.toString().getBytes(StandardCharsets.US_ASCII);
    }

    /** Six capitals from the glyph set, as a subset's name asks (ISO 32000-1, 9.6.4). */
    private static String tag(TreeSet<Integer> glyphs) {
        long h = 1125899906842597L;
        for (int g : glyphs) {
            h = 31 * h + g;
        }
        StringBuilder t = new StringBuilder(6);
        for (int i = 0; i < 6; i++) {
            t.append((char) ('A' + Math.floorMod(h, 26)));
            h /= 26;
        }
        return t.toString();
    }
}
