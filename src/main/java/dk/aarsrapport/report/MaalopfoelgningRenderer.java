package dk.aarsrapport.report;

import dk.aarsrapport.base.PdfSettings;
import dk.aarsrapport.content.MaalopfoelgningContent;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.springframework.stereotype.Component;

import dk.aarsrapport.base.Texts;
import dk.aarsrapport.base.OutputFolder;
import dk.aarsrapport.plan.Slugs;
import dk.aarsrapport.stage.MaalRammer;
import dk.aarsrapport.stage.StagedData;
import net.sf.jasperreports.engine.JRException;
import net.sf.jasperreports.engine.JRParameter;
import net.sf.jasperreports.engine.JasperFillManager;
import net.sf.jasperreports.engine.JasperPrint;
import net.sf.jasperreports.engine.JasperReport;
import net.sf.jasperreports.engine.data.JRBeanCollectionDataSource;
import net.sf.jasperreports.engine.util.JRSaver;

/**
 * Renders one goal framework (a Ramme of Målopfølgning) into the run's work folder:
 * {@code maalopfoelgning/<slug>.pdf}, or with validation errors (drafts only)
 * {@code kladde/maalopfoelgning/<slug>.pdf}, every page marked. The filled report is kept, like a
 * politikområde's, for the whole report, which joins it after the politikområder.
 */
@Component
public class MaalopfoelgningRenderer {

    public static final String TEMPLATE_RESOURCE = "templates/maalopfoelgning.jasper";
    private static final Locale DANISH = Locale.forLanguageTag("da-DK");

    private final StagedData staged;
    private final PdfSettings pdf;
    private volatile JasperReport report;

    MaalopfoelgningRenderer(StagedData staged, PdfSettings pdf) {
        this.staged = staged;
        this.pdf = pdf;
    }

    /** Each Ramme's slug, by {@link MaalRammer.Ramme#key()}: two names with one slug get -2, -3 in order. */
    public static Map<String, String> slugs(List<MaalRammer.Ramme> rammer) {
        Slugs.Registry registry = new Slugs.Registry();
        Map<String, String> out = new LinkedHashMap<>();
        rammer.forEach(r -> out.put(r.key(), registry.unique(r.navn())));
        return out;
    }

    public static String relativePath(String slug, boolean draft) {
        return (draft ? "kladde/" : "") + "maalopfoelgning/" + slug + ".pdf";
    }

    /** Where the filled report is kept for the whole report (never published). */
    public static String printName(String slug, boolean draft) {
        return "prints/" + (draft ? "kladde-" : "") + "maal-" + slug + ".jrprint";
    }

    /** The anchor of a Ramme's title, which the whole report's contents link to. */
    public static String anchor(String ramme) {
        return MaalRammer.unit(ramme);
    }

    public RenderedFile render(long run, int year, MaalRammer.Ramme ramme, String slug, boolean draft,
                               OutputFolder out) throws IOException {
        Map<String, String> rapport = staged.rapport(run);
        Map<String, Object> params = new HashMap<>();
        params.put("RAMME", ramme.navn());
        params.put("ANCHOR", anchor(ramme.navn()));
        params.put("KOMMUNE", rapport.get(Texts.key("Kommune")));
        params.put("YEAR", year);
        params.put(JRParameter.REPORT_LOCALE, DANISH);
        if (draft) {
            params.put("KLADDE", PolitikomraadeWriter.DRAFT_MARK);
        }
        String relative = relativePath(slug, draft);
        try {
            JasperPrint print = JasperFillManager.fillReport(report(), params,
                    new JRBeanCollectionDataSource(MaalopfoelgningContent.blocks(ramme), false));
            print.setName(ramme.navn());
            try (OutputStream os = Files.newOutputStream(out.workFile(relative))) {
                PolitikomraadeRenderer.exportPdf(print, os,
                        PolitikomraadeRenderer.pdfConfiguration(ramme.navn(), pdf.conformance()));
            }
            JRSaver.saveObject(print, out.internalFile(printName(slug, draft)).toFile());
            return new RenderedFile(MaalRammer.unit(ramme.navn()), relative, print.getPages().size(), draft);
        } catch (JRException e) {
            throw new IOException("PDF'en for " + ramme.navn() + " kunne ikke dannes: " + e.getMessage(), e);
        }
    }

    /** The template, loaded from the class path once (compiled at build time) and shared: it is read-only. */
    private JasperReport report() {
        JasperReport r = report;
        if (r == null) {
            r = PolitikomraadeRenderer.loadFromClasspath(TEMPLATE_RESOURCE);
            report = r;
        }
        return r;
    }
}
