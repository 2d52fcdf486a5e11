package dk.aarsrapport.report;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Arrays;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSBase;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSStream;
import org.apache.pdfbox.io.RandomAccessReadBufferedFile;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;

/**
 * Joins finished PDFs (a front of cover and contents, then the parts) into one document at the PDF level,
 * writing each part's objects out as it is read ({@link PdfStreamWriter}): the heap holds one part and a few
 * numbers per page, however long the document. Each part's pages, structure elements, parent-tree entries and
 * bookmarks are copied with their objects renumbered; the joined structure tree is one {@code Document} with a
 * {@code Part} per file, and the front's metadata, output intent, {@code /Lang} and document information are
 * the joined document's. What the parts cannot bring themselves is done on the way:
 * <ul>
 * <li>each part's {@code StructParent(s)}, of pages, annotations and form XObjects, move past the keys of the
 * parts before it, so the joined ParentTree resolves every marked content;</li>
 * <li>JasperReports names its page anchors {@code JR_PAGE_ANCHOR_<n>_<page>} in every export: the names a part's
 * bookmarks and links use become page destinations ({@link PartDestinations}), and the names are not copied;</li>
 * <li>"side X af Y" is stamped on every page with a slot ({@link PageStamp}), counting the joined document;</li>
 * <li>the contents' {@code #page=N} links become GoTos to page N of the joined document.</li>
 * </ul>
 */
final class PdfJoiner {

    private static final COSName STRUCT_PARENT = COSName.getPDFName("StructParent");
    private static final Set<COSName> NOT_FROM_FRONT = Set.of(COSName.PAGES, COSName.STRUCT_TREE_ROOT,
            COSName.OUTLINES, COSName.NAMES, COSName.DESTS, COSName.PAGE_LABELS, COSName.ACRO_FORM);

    private final PdfStreamWriter w;
    private final int[] pageNumbers;
    private final int catalog;
    private final int pages;
    private final int structRoot;
    private final int document;
    private final int outlines;
    /** Stand-ins for the joined document's own objects, written as references to them. */
    private final Map<COSBase, Integer> fixed = new IdentityHashMap<>();
    private final COSDictionary pagesRef = new COSDictionary();
    private final COSDictionary outlinesRef = new COSDictionary();
    private final JoinedOutline outline;
    private final JoinedStructure structure;
    private final PageStamp stamp;
    private final SharedFonts fonts;
    private int pageIndex;
    private byte[] catalogBody;
    private int info;

    private PdfJoiner(OutputStream out, int total) throws IOException {
        w = new PdfStreamWriter(out);
        catalog = w.reserve();
        pages = w.reserve();
        structRoot = w.reserve();
        document = w.reserve();
        outlines = w.reserve();
        pageNumbers = new int[total];
        for (int i = 0; i < total; i++) {
            pageNumbers[i] = w.reserve();
        }
        fixed.put(pagesRef, pages);
        fixed.put(outlinesRef, outlines);
        outline = new JoinedOutline(w, outlinesRef);
        structure = new JoinedStructure(w, structRoot, document);
        fonts = new SharedFonts(w);
        stamp = new PageStamp(w, total, fonts);
    }

    /** Joins {@code files}, in order, into {@code out}; the first is the front. */
    static void join(List<Path> files, OutputStream out) throws IOException {
        int total = 0;
        for (Path file : files) {
            try (PDDocument doc = load(file)) {
                total += doc.getNumberOfPages();
            }
        }
        PdfJoiner joiner = new PdfJoiner(out, total);
        for (int i = 0; i < files.size(); i++) {
            try (PDDocument src = load(files.get(i))) {
                joiner.append(src, i == 0);
            }
        }
        joiner.finish(files);
    }

    private static PDDocument load(Path file) throws IOException {
        return Loader.loadPDF(new RandomAccessReadBufferedFile(file));
    }

    private void append(PDDocument src, boolean front) throws IOException {
        PartCopy copy = new PartCopy(w, fixed);
        PartDestinations.resolve(src);
        fonts.startPart();
        var cat = src.getDocumentCatalog();
        int offset = structure.nextKey();
        int count = src.getNumberOfPages();
        int first = pageIndex;
        COSDictionary[] dicts = new COSDictionary[count];
        Set<COSBase> seen = Collections.newSetFromMap(new IdentityHashMap<>());
        for (int i = 0; i < count; i++) {
            PDPage page = src.getPage(i);
            dicts[i] = page.getCOSObject();
            copy.claim(dicts[i], pageNumbers[first + i]);
        }
        for (int i = 0; i < count; i++) {
            PDPage page = src.getPage(i);
            preparePage(copy, page, offset, seen);
            fonts.share(copy, page.getCOSObject().getCOSDictionary(COSName.RESOURCES), 0);
            stamp.stamp(copy, page, first + i + 1);
        }
        COSDictionary root = cat.getCOSObject().getCOSDictionary(COSName.STRUCT_TREE_ROOT);
        List<COSBase> topElements = structure.prepare(copy, root);
        outline.prepare(copy, cat.getCOSObject().getCOSDictionary(COSName.OUTLINES));
        if (front) {
            front(copy, src);
        }
        for (int i = 0; i < count; i++) {
            w.write(pageNumbers[first + i], dicts[i], copy);
        }
        pageIndex += count;
        structure.write(copy, root, topElements, offset);
        outline.write(copy);
        copy.drain();
    }

    /** A page's own attributes (none inherited from a pages tree that is not copied), its keys moved by {@code offset}. */
    private void preparePage(PartCopy copy, PDPage page, int offset, Set<COSBase> seen) throws IOException {
        COSDictionary d = page.getCOSObject();
        if (!d.containsKey(COSName.MEDIA_BOX)) {
            page.setMediaBox(page.getMediaBox());
        }
        if (!d.containsKey(COSName.RESOURCES)) {
            d.setItem(COSName.RESOURCES, page.getResources().getCOSObject());
        }
        if (!d.containsKey(COSName.ROTATE) && page.getRotation() != 0) {
            page.setRotation(page.getRotation());
        }
        d.setItem(COSName.PARENT, pagesRef);
        if (d.containsKey(COSName.STRUCT_PARENTS)) {
            d.setInt(COSName.STRUCT_PARENTS, d.getInt(COSName.STRUCT_PARENTS) + offset);
        }
        if (d.getDictionaryObject(COSName.ANNOTS) instanceof COSArray annots) {
            for (int i = 0; i < annots.size(); i++) {
                if (annots.getObject(i) instanceof COSDictionary a) {
                    if (a.containsKey(STRUCT_PARENT)) {
                        a.setInt(STRUCT_PARENT, a.getInt(STRUCT_PARENT) + offset);
                    }
                    linkToPage(copy, a);
                }
            }
        }
        if (offset > 0) {
            renumberXObjects(d.getCOSDictionary(COSName.RESOURCES), offset, seen, 0);
        }
    }

    /** A contents line's {@code #page=N} (ContentsLinks) as a GoTo to the top of page N of the joined document. */
    private void linkToPage(PartCopy copy, COSDictionary annotation) {
        if (!(annotation.getDictionaryObject(COSName.A) instanceof COSDictionary action)
                || !(action.getDictionaryObject(COSName.URI) instanceof org.apache.pdfbox.cos.COSString uri)
                || !uri.getString().startsWith(ContentsLinks.PAGE_REFERENCE)) {
            return;
        }
        int target;
        try {
            target = Integer.parseInt(uri.getString().substring(ContentsLinks.PAGE_REFERENCE.length()).strip());
        } catch (NumberFormatException e) {
            return;
        }
        if (target < 1 || target > pageNumbers.length) {
            return;
        }
        COSArray destination = new COSArray();
        destination.add(copy.ref(pageNumbers[target - 1]));
        destination.add(COSName.getPDFName("XYZ"));
        destination.add(org.apache.pdfbox.cos.COSInteger.ZERO);
        destination.add(org.apache.pdfbox.cos.COSNull.NULL);
        destination.add(org.apache.pdfbox.cos.COSNull.NULL);
        COSDictionary goTo = new COSDictionary();
        goTo.setItem(COSName.TYPE, COSName.getPDFName("Action"));
        goTo.setItem(COSName.S, COSName.getPDFName("GoTo"));
        goTo.setItem(COSName.D, destination);
        annotation.setItem(COSName.A, goTo);
    }

    /** Form XObjects' ParentTree keys, moved like their pages'. */
    private static void renumberXObjects(COSDictionary resources, int offset, Set<COSBase> seen, int depth) {
        if (resources == null || depth > 16
                || !(resources.getDictionaryObject(COSName.XOBJECT) instanceof COSDictionary xobjects)) {
            return;
        }
        for (COSName name : xobjects.keySet()) {
            if (xobjects.getDictionaryObject(name) instanceof COSStream form && seen.add(form)
                    && COSName.FORM.equals(form.getCOSName(COSName.SUBTYPE))) {
                for (COSName key : new COSName[] {STRUCT_PARENT, COSName.STRUCT_PARENTS}) {
                    if (form.containsKey(key)) {
                        form.setInt(key, form.getInt(key) + offset);
                    }
                }
                renumberXObjects(form.getCOSDictionary(COSName.RESOURCES), offset, seen, depth + 1);
            }
        }
    }

    /** The front's catalogue and document information, with what belongs to the joined document left out. */
    private void front(PartCopy copy, PDDocument src) throws IOException {
        COSDictionary c = new COSDictionary();
        for (Map.Entry<COSName, COSBase> e : src.getDocumentCatalog().getCOSObject().entrySet()) {
            if (!NOT_FROM_FRONT.contains(e.getKey())) {
                c.setItem(e.getKey(), e.getValue());
            }
        }
        c.setItem(COSName.PAGES, pagesRef);
        ByteArrayOutputStream b = new ByteArrayOutputStream(512);
        PdfStreamWriter.value(c, b, copy, true);
        byte[] body = b.toByteArray();
        catalogBody = Arrays.copyOf(body, body.length - 2); // without ">>": the tree and outline come last
        COSBase infoValue = src.getDocument().getTrailer().getItem(COSName.INFO);
        if (infoValue != null) {
            info = copy.indirect(infoValue);
        }
    }

    private void finish(List<Path> files) throws IOException {
        StringBuilder kidsOfPages = new StringBuilder("<</Type/Pages/Count ").append(pageNumbers.length).append("/Kids[");
        for (int n : pageNumbers) {
            kidsOfPages.append(n).append(" 0 R ");
        }
        w.writeObject(pages, ascii(kidsOfPages.append("]>>")));
        fonts.finish();
        StringBuilder tail = new StringBuilder();
        if (structure.finish()) {
            tail.append("/StructTreeRoot ").append(structRoot).append(" 0 R");
        }
        if (outline.finish(outlines)) {
            tail.append("/Outlines ").append(outlines).append(" 0 R");
        }
        ByteArrayOutputStream c = new ByteArrayOutputStream(catalogBody.length + tail.length() + 2);
        c.write(catalogBody);
        c.write(ascii(tail.append(">>")));
        w.writeObject(catalog, c.toByteArray());
        w.finish(catalog, info, id(files));
    }

    /** The file identifier PDF/A asks for: a digest of what was joined and when. */
    private static byte[] id(List<Path> files) {
        try {
            MessageDigest md5 = MessageDigest.getInstance("MD5");
            md5.update(Long.toString(System.nanoTime()).getBytes(StandardCharsets.US_ASCII));
            for (Path file : files) {
                md5.update(file.toString().getBytes(StandardCharsets.UTF_8));
            }
            return md5.digest();
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static byte[] ascii(CharSequence s) {
        return s.toString().getBytes(StandardCharsets.US_ASCII);
    }
}
