package dk.aarsrapport.report;

import dk.aarsrapport.base.PdfSettings;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.springframework.stereotype.Component;

import dk.aarsrapport.base.OutputFolder;
import dk.aarsrapport.content.FillInput;
import dk.aarsrapport.plan.Part;
import net.sf.jasperreports.engine.JRException;
import net.sf.jasperreports.engine.JRPrintElement;
import net.sf.jasperreports.engine.JRPrintFrame;
import net.sf.jasperreports.engine.JRPrintPage;
import net.sf.jasperreports.engine.JRPrintText;
import net.sf.jasperreports.engine.JasperFillManager;
import net.sf.jasperreports.engine.JasperPrint;
import net.sf.jasperreports.engine.JasperReport;
import net.sf.jasperreports.engine.data.JRBeanCollectionDataSource;
import net.sf.jasperreports.engine.util.JRLoader;

/**
 * Joins finished politikområde PDFs (and the goal follow-ups after them) into one document — the whole
 * report, or a pack — behind a cover and contents, without filling or exporting them again: the pages are
 * appended as they are at the PDF level ({@link PdfJoiner}), and "side X af Y" is stamped so it counts the
 * whole document. The bookmarks of each politikområde come along, so the PDF's bookmarks nest
 * politikområde → section, and the contents link to the page where each starts.
 */
@Component
public class ReportAssembler {

    static final String PAGE_NUMBER_KEY = "sideXafY";
    static final String NOT_PUBLISHED = "ikke udgivet – se valideringsrapporten";
    private static final String COVER_TEMPLATE = FillInput.COVER_TEMPLATE;

    private volatile JasperReport cover;
    private final PdfSettings pdf;

    ReportAssembler(PdfSettings pdf) {
        this.pdf = pdf;
    }

    /** Cover texts: Kommune, Titel, year, the recipient line of a pack (or null), the draft mark (or null). */
    public record Cover(String kommune, String titel, int year, String modtager, String kladde) {
    }

    /**
     * Writes the document to {@code relative} in the work folder; returns what was written. The cover and
     * contents are filled and exported as a small document of their own; the politikområder's pages are joined
     * from their finished PDFs ({@link PdfJoiner}), not exported again: only their page counts are read in
     * advance, for the contents and "side X af Y".
     */
    public RenderedFile assemble(String label, String relative, Cover cover, List<Part> parts, OutputFolder out)
            throws IOException {
        Path front = null;
        try {
            List<Path> files = new ArrayList<>();
            List<Integer> pageCounts = new ArrayList<>();
            List<Part> published = new ArrayList<>();
            for (Part p : parts) {
                Path file = out.internalFile(p.printName());
                if (p.published() && Files.exists(file)) {
                    files.add(file);
                    pageCounts.add(pageCount(file));
                    published.add(p);
                }
            }
            int areaPages = pageCounts.stream().mapToInt(Integer::intValue).sum();
            JasperPrint print = front(cover, parts, published, pageCounts, 0);
            int frontPages = print.getPages().size();
            JasperPrint refilled = front(cover, parts, published, pageCounts, frontPages);
            if (refilled.getPages().size() == frontPages) {
                print = refilled;
            }
            int total = print.getPages().size() + areaPages;
            stampPageNumbers(print, 0, total);
            front = Files.createTempFile(out.tempFolder(), "forside-", ".pdf");
            try (OutputStream os = new java.io.BufferedOutputStream(Files.newOutputStream(front))) {
                PolitikomraadeRenderer.exportPdf(print, os, PolitikomraadeRenderer.pdfConfiguration(label, pdf.conformance()));
            }
            List<Path> joined = new ArrayList<>(files.size() + 1);
            joined.add(front);
            joined.addAll(files);
            try (OutputStream os = new java.io.BufferedOutputStream(Files.newOutputStream(out.workFile(relative)))) {
                PdfJoiner.join(joined, os);
            }
            return new RenderedFile(label, relative, total, cover.kladde() != null);
        } catch (JRException e) {
            throw new IOException("Dokumentet " + relative + " kunne ikke samles: " + e.getMessage(), e);
        } finally {
            if (front != null) {
                Files.deleteIfExists(front);
            }
        }
    }

    /** A part's page count, known for its file as it is now: each part is read once per run, not per document. */
    private final Map<Path, long[]> pageCounts = new java.util.concurrent.ConcurrentHashMap<>();

    private int pageCount(Path file) throws IOException {
        long modified = Files.getLastModifiedTime(file).toMillis();
        long size = Files.size(file);
        long[] known = pageCounts.get(file);
        if (known != null && known[0] == modified && known[1] == size) {
            return (int) known[2];
        }
        int pages;
        try (org.apache.pdfbox.pdmodel.PDDocument doc = org.apache.pdfbox.Loader.loadPDF(
                new org.apache.pdfbox.io.RandomAccessReadBufferedFile(file))) {
            pages = doc.getNumberOfPages();
        }
        if (pageCounts.size() > 100_000) {
            pageCounts.clear(); // each run has its own work folder: a scheduler running for years must not collect them all
        }
        pageCounts.put(file, new long[] {modified, size, pages});
        return pages;
    }

    /** Cover and contents, with each published politikområde's start page counted after {@code frontPages}. */
    private JasperPrint front(Cover cover, List<Part> parts, List<Part> published, List<Integer> pageCounts,
                              int frontPages) throws JRException {
        Map<Part, Integer> startPage = new java.util.IdentityHashMap<>();
        int page = frontPages + 1;
        for (int i = 0; i < published.size(); i++) {
            startPage.put(published.get(i), page);
            page += pageCounts.get(i);
        }
        List<ContentsEntry> entries = new ArrayList<>();
        for (Part p : parts) {
            Integer start = startPage.get(p);
            entries.add(start == null ? new ContentsEntry(p.label(), null, NOT_PUBLISHED)
                    : new ContentsEntry(p.label(), p.anchor(), String.valueOf(start)));
        }
        Map<String, Object> params = new HashMap<>();
        params.put("KOMMUNE", cover.kommune());
        params.put("TITEL", cover.titel());
        params.put("YEAR", cover.year());
        params.put("MODTAGER", cover.modtager());
        params.put("KLADDE", cover.kladde());
        // the contents' links are made whole after the join: joined to their Link elements by the front's finishing
        // pass (tagged), made GoTos to the page once the parts are there (PdfJoiner)
        params.put("LINKS", Boolean.TRUE);
        params.put(net.sf.jasperreports.engine.JRParameter.REPORT_LOCALE, java.util.Locale.forLanguageTag("da-DK"));
        return JasperFillManager.getInstance(net.sf.jasperreports.engine.DefaultJasperReportsContext.getInstance())
                .fill(coverReport(), params, new JRBeanCollectionDataSource(entries));
    }

    /** The cover template, loaded from the class path once (it is compiled at build time). */
    private JasperReport coverReport() throws JRException {
        JasperReport r = cover;
        if (r == null) {
            synchronized (this) {
                if (cover == null) {
                    try (InputStream in = ReportAssembler.class.getClassLoader().getResourceAsStream(COVER_TEMPLATE)) {
                        if (in == null) {
                            throw new JRException("Skabelonen " + COVER_TEMPLATE + " mangler; byg programmet med mvn package.");
                        }
                        cover = (JasperReport) JRLoader.loadObject(in);
                    } catch (IOException e) {
                        throw new JRException(e);
                    }
                }
                r = cover;
            }
        }
        return r;
    }

    /** "side X af Y" on every page that has a page-number field, counting the whole document. */
    static void stampPageNumbers(JasperPrint print) {
        stampPageNumbers(print, 0, print.getPages().size());
    }

    /** As above for a part of a document whose first page is page {@code pagesBefore + 1} of {@code total}. */
    static void stampPageNumbers(JasperPrint print, int pagesBefore, int total) {
        List<JRPrintPage> pages = print.getPages();
        for (int i = 0; i < pages.size(); i++) {
            stamp(pages.get(i).getElements(), "side " + (pagesBefore + i + 1) + " af " + total);
        }
    }

    private static void stamp(List<JRPrintElement> elements, String text) {
        for (JRPrintElement e : elements) {
            if (e instanceof JRPrintText t && PAGE_NUMBER_KEY.equals(t.getKey())) {
                t.setText(text);
                t.setTextTruncateIndex(null);
                t.setLineBreakOffsets(null);
            } else if (e instanceof JRPrintFrame f) {
                stamp(f.getElements(), text);
            }
        }
    }
}
