package dk.aarsrapport.report;

import java.io.IOException;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;

import org.apache.fontbox.cmap.CMap;
import org.apache.fontbox.cmap.CMapParser;
import org.apache.fontbox.ttf.TTFParser;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSBase;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSNumber;
import org.apache.pdfbox.cos.COSObject;
import org.apache.pdfbox.cos.COSStream;
import org.apache.pdfbox.io.RandomAccessReadBuffer;

import net.sf.jasperreports.engine.DefaultJasperReportsContext;
import net.sf.jasperreports.engine.fonts.FontFace;
import net.sf.jasperreports.engine.fonts.FontFamily;

/**
 * One font per face in a joined document, where each part embeds its own subset of it: a thousand parts
 * would otherwise carry a thousand subsets of DejaVu Sans. JasperReports' export keeps the font's own glyph
 * ids as CIDs ({@code /CIDToGIDMap /Identity}), so every part's content streams address the same glyphs, and
 * one subset of the report font (from JasperReports' font extensions) holding the union of the parts' glyphs,
 * with the union of their widths and Unicode mappings, serves them all. A part's font is shared only when its
 * face is found by name, its widths are the face's own and its mappings agree with the parts' before it;
 * otherwise it keeps its own subset, as before.
 */
final class SharedFonts {

    private static final COSName IDENTITY = COSName.getPDFName("Identity");
    private static final COSName IDENTITY_H = COSName.getPDFName("Identity-H");
    private static final Set<COSName> NOT_COPIED = Set.of(COSName.FONT_FILE, COSName.FONT_FILE2, COSName.FONT_FILE3,
            COSName.CID_SET, COSName.FONT_NAME);
    /** The report fonts by PostScript name, read once per process. */
    private static final Map<String, Optional<Face>> FACES = new ConcurrentHashMap<>();

    private final PdfStreamWriter w;
    private final Map<String, Shared> shared = new TreeMap<>();
    /** The part's font dictionaries already decided: their stand-in, or the dictionary itself if not shared. */
    private Map<COSDictionary, COSDictionary> decided = new IdentityHashMap<>();

    SharedFonts(PdfStreamWriter w) {
        this.w = w;
    }

    /** A face of the report fonts: its program, parsed once, and the widths of its glyphs as a PDF gives them. */
    record Face(String name, TrueTypeFont ttf, float[] widths) {
    }

    /** One shared font of this document: the union of what the parts used of its face. */
    static final class Shared {
        final Face face;
        final int number;
        final TreeMap<Integer, COSNumber> widths = new TreeMap<>();
        final Map<Integer, String> unicode = new HashMap<>();
        final COSDictionary descriptor = new COSDictionary();
        COSBase defaultWidth;

        Shared(Face face, int number) {
            this.face = face;
            this.number = number;
        }
    }

    /** A new part: its font dictionaries are other objects than the last part's. */
    void startPart() {
        decided = new IdentityHashMap<>();
    }

    /** Points the fonts of {@code resources} (and of its forms, at any depth) at the shared fonts where they can be. */
    void share(PartCopy copy, COSDictionary resources, int depth) throws IOException {
        if (resources == null || depth > 16) {
            return;
        }
        COSDictionary fonts = resources.getCOSDictionary(COSName.FONT);
        if (fonts != null) {
            for (COSName name : fonts.keySet()) {
                if (fonts.getDictionaryObject(name) instanceof COSDictionary font) {
                    COSDictionary standIn = decided.get(font);
                    if (standIn == null) {
                        standIn = standIn(copy, font);
                        decided.put(font, standIn);
                    }
                    if (standIn != font) {
                        fonts.setItem(name, standIn);
                    }
                }
            }
        }
        COSDictionary xobjects = resources.getCOSDictionary(COSName.XOBJECT);
        if (xobjects != null) {
            for (COSName name : xobjects.keySet()) {
                if (xobjects.getDictionaryObject(name) instanceof COSStream form
                        && COSName.FORM.equals(form.getCOSName(COSName.SUBTYPE))) {
                    share(copy, form.getCOSDictionary(COSName.RESOURCES), depth + 1);
                }
            }
        }
    }

    /** The stand-in for {@code font} if it is shared, or {@code font}. */
    private COSDictionary standIn(PartCopy copy, COSDictionary font) throws IOException {
        if (!COSName.TYPE0.equals(font.getCOSName(COSName.SUBTYPE))
                || !IDENTITY_H.equals(font.getDictionaryObject(COSName.ENCODING))
                || !(font.getDictionaryObject(COSName.DESCENDANT_FONTS) instanceof COSArray descendants)
                || !(descendants.getObject(0) instanceof COSDictionary cid)
                || !COSName.CID_FONT_TYPE2.equals(cid.getCOSName(COSName.SUBTYPE))
                || !(cid.getDictionaryObject(COSName.CID_TO_GID_MAP) == null
                        || IDENTITY.equals(cid.getDictionaryObject(COSName.CID_TO_GID_MAP)))
                || !(font.getDictionaryObject(COSName.TO_UNICODE) instanceof COSStream toUnicode)
                || cid.getCOSDictionary(COSName.FONT_DESC) == null) {
            return font;
        }
        String base = font.getNameAsString(COSName.BASE_FONT, "");
        String name = base.indexOf('+') == 6 ? base.substring(7) : base;
        Face face = face(name);
        Map<Integer, COSNumber> widths = widths(cid.getCOSArray(COSName.W));
        if (face == null || widths == null || widths.isEmpty()) {
            return font;
        }
        Shared s = shared.get(name);
        CMap cmap;
        try (var in = toUnicode.createInputStream()) {
            cmap = new CMapParser().parse(new RandomAccessReadBuffer(in));
        }
        Map<Integer, String> unicode = new HashMap<>();
        for (Map.Entry<Integer, COSNumber> e : widths.entrySet()) {
            int glyph = e.getKey();
            float width = e.getValue().floatValue();
            String text = cmap.toUnicode(new byte[] {(byte) (glyph >> 8), (byte) glyph});
            if (glyph >= face.widths().length || Math.abs(face.widths()[glyph] - width) > 1
                    || s != null && s.widths.containsKey(glyph) && Math.abs(s.widths.get(glyph).floatValue() - width) > 1
                    || s != null && text != null && s.unicode.containsKey(glyph) && !text.equals(s.unicode.get(glyph))) {
                return font;
            }
            if (text != null) {
                unicode.put(glyph, text);
            }
        }
        if (s == null) {
            s = new Shared(face, w.reserve());
            for (Map.Entry<COSName, COSBase> e : cid.getCOSDictionary(COSName.FONT_DESC).entrySet()) {
                COSBase v = e.getValue() instanceof COSObject o ? o.getObject() : e.getValue();
                if (!NOT_COPIED.contains(e.getKey()) && direct(v)) {
                    s.descriptor.setItem(e.getKey(), v);
                }
            }
            COSBase dw = cid.getDictionaryObject(COSName.DW);
            s.defaultWidth = dw instanceof COSNumber ? dw : null;
            shared.put(name, s);
        }
        s.widths.putAll(widths);
        s.unicode.putAll(unicode);
        return copy.ref(s.number);
    }

    /** A shared font lent to text of the join's own: its number, the text's codes and its width in 1/1000 em. */
    record Lent(int number, String codes, float width) {
    }

    /**
     * The shared font of face {@code name} with the glyphs of {@code text} added (their widths the face's own),
     * or null if no part shares that face or it lacks a glyph of the text.
     */
    Lent lend(String name, String text) throws IOException {
        Shared s = shared.get(name);
        if (s == null) {
            return null;
        }
        StringBuilder codes = new StringBuilder(text.length() * 4);
        float width = 0;
        for (char c : text.toCharArray()) {
            int glyph;
            synchronized (s.face) {
                glyph = s.face.ttf().getUnicodeCmapLookup().getGlyphId(c);
            }
            if (glyph <= 0 || glyph >= s.face.widths().length) {
                return null;
            }
            s.widths.putIfAbsent(glyph, new org.apache.pdfbox.cos.COSFloat(s.face.widths()[glyph]));
            s.unicode.putIfAbsent(glyph, String.valueOf(c));
            width += s.widths.get(glyph).floatValue();
            codes.append(String.format("%04X", glyph));
        }
        return new Lent(s.number, codes.toString(), width);
    }

    /** Writes each shared font: its subset, widths, Unicode mappings and CID-to-glyph map. */
    void finish() throws IOException {
        for (Shared s : shared.values()) {
            SharedFontWriter.write(w, s);
        }
    }

    /** A value that holds no reference into the part it came from, so it outlives the part. */
    private static boolean direct(COSBase v) {
        if (v instanceof COSArray a) {
            for (int i = 0; i < a.size(); i++) {
                if (!direct(a.get(i))) {
                    return false;
                }
            }
            return true;
        }
        if (v instanceof COSDictionary d) {
            return !(d instanceof COSStream) && d.getValues().stream().allMatch(SharedFonts::direct);
        }
        return v != null && !(v instanceof COSObject);
    }

    /** A {@code /W} array's widths by CID; null if it is not one. */
    private static Map<Integer, COSNumber> widths(COSArray w) {
        Map<Integer, COSNumber> out = new TreeMap<>();
        if (w == null) {
            return out;
        }
        int i = 0;
        while (i < w.size()) {
            if (!(w.getObject(i) instanceof COSNumber first)) {
                return null;
            }
            if (i + 1 < w.size() && w.getObject(i + 1) instanceof COSArray list) {
                for (int j = 0; j < list.size(); j++) {
                    if (!(list.getObject(j) instanceof COSNumber width)) {
                        return null;
                    }
                    out.put(first.intValue() + j, width);
                }
                i += 2;
            } else if (i + 2 < w.size() && w.getObject(i + 1) instanceof COSNumber last
                    && w.getObject(i + 2) instanceof COSNumber width) {
                for (int c = first.intValue(); c <= last.intValue() && c - first.intValue() < 65536; c++) {
                    out.put(c, width);
                }
                i += 3;
            } else {
                return null;
            }
        }
        return out;
    }

    /** The report font face with PostScript name {@code name}, from JasperReports' font extensions; null if none. */
    private static Face face(String name) {
        return FACES.computeIfAbsent(name, SharedFonts::find).orElse(null);
    }

    private static Optional<Face> find(String name) {
        var context = DefaultJasperReportsContext.getInstance();
        var repository = net.sf.jasperreports.repo.RepositoryUtil.getInstance(context);
        for (FontFamily family : context.getExtensions(FontFamily.class)) {
            for (FontFace f : new FontFace[] {family.getNormalFace(), family.getBoldFace(), family.getItalicFace(),
                    family.getBoldItalicFace()}) {
                String location = f == null ? null : f.getPdf() != null ? f.getPdf() : f.getTtf();
                if (location == null || !location.toLowerCase(java.util.Locale.ROOT).endsWith(".ttf")) {
                    continue;
                }
                try {
                    byte[] bytes = repository.getBytesFromLocation(location);
                    TrueTypeFont ttf = new TTFParser().parse(new RandomAccessReadBuffer(bytes));
                    if (name.equals(ttf.getName())) {
                        float[] widths = new float[ttf.getNumberOfGlyphs()];
                        float scale = 1000f / ttf.getUnitsPerEm();
                        for (int g = 0; g < widths.length; g++) {
                            widths[g] = ttf.getAdvanceWidth(g) * scale;
                        }
                        return Optional.of(new Face(name, ttf, widths));
                    }
                    ttf.close();
                } catch (IOException | net.sf.jasperreports.engine.JRException e) {
                    // a face that cannot be read is not shared: its parts keep their own subsets
                }
            }
        }
        return Optional.empty();
    }
}
