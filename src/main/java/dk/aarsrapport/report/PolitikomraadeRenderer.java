package dk.aarsrapport.report;

import dk.aarsrapport.content.ReportBlock;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;

import net.sf.jasperreports.engine.JRException;
import net.sf.jasperreports.engine.JRParameter;
import net.sf.jasperreports.engine.JasperFillManager;
import net.sf.jasperreports.engine.JasperPrint;
import net.sf.jasperreports.engine.JasperReport;
import net.sf.jasperreports.engine.data.JRBeanCollectionDataSource;
import net.sf.jasperreports.engine.util.JRLoader;
import net.sf.jasperreports.export.SimpleExporterInput;
import net.sf.jasperreports.export.SimpleOutputStreamExporterOutput;
import net.sf.jasperreports.pdf.JRPdfExporter;
import net.sf.jasperreports.pdf.SimplePdfExporterConfiguration;

/**
 * Fills the politikområde template with {@link ReportBlock}s and exports it as PDF.
 *
 * <p>The compiled report is loaded once from the class path ({@code templates/politikomraade.jasper},
 * produced at build time by {@link TemplateCompiler}) and shared: a {@link JasperReport} is
 * read-only during fills, so one instance serves all threads; each fill gets its own data
 * source and parameter map. Instances of this class are thread-safe.
 */
public final class PolitikomraadeRenderer {

    public static final String TEMPLATE_RESOURCE = "templates/politikomraade.jasper";

    public static final String P_POLITIKOMRAADE = "POLITIKOMRAADE";
    public static final String P_KOMMUNE = "KOMMUNE";
    public static final String P_TITEL = "TITEL";
    public static final String P_YEAR = "YEAR";
    /** Optional Integer, default 1: bookmark level of the section headings. */
    public static final String P_SECTION_BOOKMARK_LEVEL = "SECTION_BOOKMARK_LEVEL";

    private static final Locale DANISH = Locale.forLanguageTag("da-DK");

    private final JasperReport report;

    /** Loads the template from the class path of this class. */
    public PolitikomraadeRenderer() {
        this(loadFromClasspath(TEMPLATE_RESOURCE));
    }

    /** Uses an already loaded (or freshly compiled) report; for tests and callers with their own cache. */
    public PolitikomraadeRenderer(JasperReport report) {
        this.report = Objects.requireNonNull(report, "report");
    }

    /** The lazily loaded, process-wide instance. */
    public static PolitikomraadeRenderer shared() {
        return Holder.INSTANCE;
    }

    private static final class Holder {
        // Class-holder idiom: loaded on first use, exactly once, without locking afterwards.
        static final PolitikomraadeRenderer INSTANCE = new PolitikomraadeRenderer();
    }

    static JasperReport loadFromClasspath(String resource) {
        ClassLoader cl = PolitikomraadeRenderer.class.getClassLoader();
        try (InputStream in = cl.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("compiled report not on the class path: " + resource
                        + " (is TemplateCompiler run in process-classes?)");
            }
            return (JasperReport) JRLoader.loadObject(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (JRException e) {
            throw new IllegalStateException("cannot load " + resource, e);
        }
    }

    public JasperReport report() {
        return report;
    }

    /**
     * Fills the report. {@code params} holds POLITIKOMRAADE (required), KOMMUNE, TITEL (may be
     * null or absent) and YEAR; the map is not modified.
     *
     * @throws IllegalArgumentException if there is no block or no politikområde name: an empty
     *         report has no pages and is never what the caller meant
     */
    public JasperPrint fill(Map<String, Object> params, List<ReportBlock> blocks) throws JRException {
        if (blocks == null || blocks.isEmpty()) {
            throw new IllegalArgumentException("a politikområde report needs at least one block");
        }
        Object name = params.get(P_POLITIKOMRAADE);
        if (!(name instanceof String s) || s.isBlank()) {
            throw new IllegalArgumentException("parameter " + P_POLITIKOMRAADE + " is required");
        }
        Map<String, Object> p = new HashMap<>(params);
        p.putIfAbsent(JRParameter.REPORT_LOCALE, DANISH);
        JasperPrint print = JasperFillManager.fillReport(report, p, new JRBeanCollectionDataSource(blocks, false));
        print.setName(s);
        return print;
    }

    /** Fills and writes the PDF to {@code out} (not closed). */
    public void render(Map<String, Object> params, List<ReportBlock> blocks, OutputStream out) throws JRException {
        exportPdf(fill(params, blocks), out);
    }

    /** Fills and returns the PDF. */
    public byte[] render(Map<String, Object> params, List<ReportBlock> blocks) throws JRException {
        ByteArrayOutputStream out = new ByteArrayOutputStream(64 * 1024);
        render(params, blocks, out);
        return out.toByteArray();
    }

    /** Exports with {@link #pdfConfiguration(String)} for the print's name as title. */
    public static void exportPdf(JasperPrint print, OutputStream out) throws JRException {
        exportPdf(print, out, pdfConfiguration(print.getName()));
    }

    /** Exports a print (possibly merged from several fills) with the given configuration. */
    public static void exportPdf(JasperPrint print, OutputStream out, SimplePdfExporterConfiguration config)
            throws JRException {
        if (config.isTagged() == null || !config.isTagged()) {
            export(new SimpleExporterInput(print), out, config);
            return;
        }
                ByteArrayOutputStream exported = new ByteArrayOutputStream(1 << 16);
        export(new SimpleExporterInput(print), exported, config);
        try {
            PdfFinisher.finish(exported.toByteArray(), out);
        } catch (java.io.IOException e) {
            throw new JRException("PDF'en kunne ikke færdiggøres: " + e.getMessage(), e);
        }
    }

    /** JasperReports' export alone, unfinished: the caller finishes it ({@link PdfFinisher#finishPart}). */
    static void exportOnly(JasperPrint print, OutputStream out, SimplePdfExporterConfiguration config)
            throws JRException {
        export(new SimpleExporterInput(print), out, config);
    }

    private static void export(net.sf.jasperreports.export.ExporterInput input, OutputStream out,
                               SimplePdfExporterConfiguration config) throws JRException {
        for (net.sf.jasperreports.export.ExporterInputItem item : input.getItems()) {
            Exports.exported(item.getJasperPrint().getName());
        }
        JRPdfExporter exporter = new JRPdfExporter();
        exporter.setExporterInput(input);
        exporter.setExporterOutput(new SimpleOutputStreamExporterOutput(out));
        exporter.setConfiguration(config);
        exporter.exportReport();
    }

    /**
     * Default PDF settings: the title shown by viewers instead of the file name, Danish as
     * document language (used once the export is tagged), compressed streams. Callers may
     * adjust the returned object (tagging, PDF/A) before {@link #exportPdf(JasperPrint, OutputStream,
     * SimplePdfExporterConfiguration)}.
     */
    static final String ICC_PROFILE = "icc/sRGB.icc";

    public static SimplePdfExporterConfiguration pdfConfiguration(String title) {
        return pdfConfiguration(title, true);
    }

    /** As {@link #pdfConfiguration(String)}; without {@code conformance}, a plain untagged PDF. */
    public static SimplePdfExporterConfiguration pdfConfiguration(String title, boolean conformance) {
        SimplePdfExporterConfiguration c = new SimplePdfExporterConfiguration();
        if (title != null) {
            c.setMetadataTitle(title);
            c.setDisplayMetadataTitle(true);
        }
        c.setMetadataCreator("aarsrapport");
        // JasperReports writes page streams uncompressed by default; deflate roughly halves the file.
        c.setCompressed(true);
        c.setTagLanguage("da-DK");
        if (!conformance) {
            return c;
        }
        // Archivable and accessible: tagged PDF/A-2a with the shipped sRGB profile as output intent.
        c.setTagged(true);
        c.setPdfaConformance(net.sf.jasperreports.pdf.type.PdfaConformanceEnum.PDFA_2A);
        c.setIccProfilePath(ICC_PROFILE);
        return c;
    }
}
