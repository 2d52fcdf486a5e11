package dk.aarsrapport.report;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.springframework.stereotype.Component;

import dk.aarsrapport.base.OutputFolder;
import dk.aarsrapport.base.PdfSettings;
import dk.aarsrapport.content.FillInput;
import net.sf.jasperreports.engine.JRException;
import net.sf.jasperreports.engine.JRParameter;
import net.sf.jasperreports.engine.JasperFillManager;
import net.sf.jasperreports.engine.JasperPrint;
import net.sf.jasperreports.engine.JasperReport;
import net.sf.jasperreports.engine.data.JRBeanCollectionDataSource;
import net.sf.jasperreports.pdf.SimplePdfExporterConfiguration;

/**
 * Fills one report (a politikområde's or a goal framework's) from its {@link FillInput}, exports it into the
 * run's work folder as {@code relative}, and keeps the finished PDF, its pages not yet numbered, as
 * {@code printName} for the documents that join its pages: each part is exported once per run. Compiled templates are loaded once and shared by the render threads: they are read-only.
 */
@Component
public class ReportWriter {

    private static final Locale DANISH = Locale.forLanguageTag("da-DK");

    private final PdfSettings pdf;
    private final Map<String, JasperReport> templates = new ConcurrentHashMap<>();

    ReportWriter(PdfSettings pdf) {
        this.pdf = pdf;
    }

    public RenderedFile write(FillInput in, String label, String relative, String printName, boolean draft,
                              OutputFolder out) throws IOException {
        if (in.rows().isEmpty()) {
            throw new IllegalArgumentException("a report needs at least one block: " + in.name());
        }
        Map<String, Object> params = new HashMap<>(in.parameters());
        params.put(JRParameter.REPORT_LOCALE, DANISH);
        JasperPrint print;
        try {
            print = JasperFillManager.fillReport(template(in.template()), params,
                    new JRBeanCollectionDataSource(in.rows(), false));
            print.setName(in.name());
            // exported once, without its page numbers: they are stamped per document, this one's and every
            // joined one's (PageNumbers)
            List<PageNumbers.Slot> slots = PageNumbers.blank(print);
            SimplePdfExporterConfiguration config = PolitikomraadeRenderer.pdfConfiguration(in.name(), pdf.conformance());
            ByteArrayOutputStream exported = new ByteArrayOutputStream(1 << 16);
            PolitikomraadeRenderer.exportOnly(print, exported, config);
            try (OutputStream os = Files.newOutputStream(out.workFile(relative))) {
                PdfFinisher.finishPart(exported.toByteArray(), pdf.conformance(), slots,
                        out.internalFile(printName), os);
            }
        } catch (JRException e) {
            throw new IOException("PDF'en for " + in.name() + " kunne ikke dannes: " + e.getMessage(), e);
        }
        return new RenderedFile(label, relative, print.getPages().size(), draft);
    }

    private JasperReport template(String resource) {
        return templates.computeIfAbsent(resource, PolitikomraadeRenderer::loadFromClasspath);
    }
}
