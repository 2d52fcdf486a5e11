package dk.aarsrapport.report;

import dk.aarsrapport.base.PdfSettings;
import dk.aarsrapport.content.PolitikomraadeContent;
import dk.aarsrapport.content.ReportBlock;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.springframework.stereotype.Component;

import net.sf.jasperreports.engine.JRException;
import net.sf.jasperreports.engine.JasperPrint;
import net.sf.jasperreports.engine.util.JRSaver;

import dk.aarsrapport.base.Texts;
import dk.aarsrapport.base.OutputFolder;
import dk.aarsrapport.plan.Slugs;
import dk.aarsrapport.stage.Politikomraade;
import dk.aarsrapport.stage.StagedData;

/**
 * Renders one politikområde into the run's work folder: {@code politikomraader/<nr>-<slug>.pdf}, or for
 * a politikområde with validation errors (drafts only) {@code kladde/politikomraader/<nr>-<slug>.pdf},
 * every page marked as a draft.
 */
@Component
public class PolitikomraadeWriter {

    public static final String DRAFT_MARK = "KLADDE – indeholder valideringsfejl";

    private final PolitikomraadeContent content;
    private final PolitikomraadeRenderer renderer;
    private final StagedData staged;

    private final PdfSettings pdf;

    PolitikomraadeWriter(PolitikomraadeContent content, PolitikomraadeRenderer renderer, StagedData staged, PdfSettings pdf) {
        this.pdf = pdf;
        this.content = content;
        this.renderer = renderer;
        this.staged = staged;
    }

    /** Where a politikområde's PDF is published: politikomraader/<nr>-<slug>.pdf, drafts under kladde/. */
    public static String relativePath(Politikomraade area, boolean draft) {
        return (draft ? "kladde/" : "") + "politikomraader/" + area.nr() + "-" + Slugs.slug(area.navn()) + ".pdf";
    }

    /** Where the filled report is kept for the whole report and the packs (never published). */
    public static String printName(int nr, boolean draft) {
        return "prints/" + (draft ? "kladde-" : "") + nr + ".jrprint";
    }

    /** Renders {@code area}; the goals it lists leave out those of the Rammer in {@code blockedRammer}. */
    public RenderedFile render(long run, int year, Politikomraade area, boolean draft, Set<String> blockedRammer,
                               OutputFolder out) throws IOException {
        Map<String, String> rapport = staged.rapport(run);
        List<ReportBlock> blocks = content.blocks(run, year, area, rapport, blockedRammer);
        Map<String, Object> params = new HashMap<>();
        params.put("POLITIKOMRAADE", area.navn());
        params.put("KOMMUNE", rapport.get(Texts.key("Kommune")));
        params.put("TITEL", rapport.get(Texts.key("Titel")));
        params.put("YEAR", year);
        if (draft) {
            params.put("KLADDE", DRAFT_MARK);
        }
        String relative = relativePath(area, draft);
        JasperPrint print;
        try {
            print = renderer.fill(params, blocks);
            try (OutputStream os = Files.newOutputStream(out.workFile(relative))) {
                PolitikomraadeRenderer.exportPdf(print, os,
                        PolitikomraadeRenderer.pdfConfiguration(area.navn(), pdf.conformance()));
            }
        } catch (JRException e) {
            throw new IOException("PDF'en for " + area.navn() + " kunne ikke dannes: " + e.getMessage(), e);
        }
        try {
            // kept for the whole report and the packs, which join these pages instead of filling again
            JRSaver.saveObject(print, out.internalFile(printName(area.nr(), draft)).toFile());
        } catch (JRException e) {
            throw new IOException("Den udfyldte rapport for " + area.navn() + " kunne ikke gemmes: " + e.getMessage(), e);
        }
        int pages = print.getPages().size();
        return new RenderedFile(area.nr() + " " + area.navn(), relative, pages, draft);
    }
}
