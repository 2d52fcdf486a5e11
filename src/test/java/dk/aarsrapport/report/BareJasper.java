package dk.aarsrapport.report;

import dk.aarsrapport.content.PolitikomraadeContent;
import dk.aarsrapport.content.ReportBlock;
import dk.aarsrapport.content.SampleBlocks;
import java.io.ByteArrayOutputStream;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.springframework.context.ApplicationContext;

import dk.aarsrapport.base.Texts;
import dk.aarsrapport.stage.Politikomraade;
import dk.aarsrapport.stage.StagedData;
import net.sf.jasperreports.engine.JasperFillManager;
import net.sf.jasperreports.engine.JasperPrint;
import net.sf.jasperreports.engine.JasperReport;
import net.sf.jasperreports.engine.data.JRBeanCollectionDataSource;
import net.sf.jasperreports.pdf.JRPdfExporter;
import net.sf.jasperreports.export.SimpleExporterInput;
import net.sf.jasperreports.export.SimpleOutputStreamExporterOutput;

/**
 * The benchmark's floor: JasperReports alone filling the project's compiled template with the data
 * of a politikområde and exporting the PDF, nothing of the program around it. The data (the blocks)
 * is prepared before timing starts, from a staged run, so the floor fills exactly what the program
 * filled.
 */
public final class BareJasper {

    /** One politikområde's fill input: parameters and blocks. */
    public record Input(Map<String, Object> params, List<ReportBlock> blocks) {
    }

    private final JasperReport report;

    public BareJasper() {
        this.report = PolitikomraadeRenderer.loadFromClasspath(PolitikomraadeRenderer.TEMPLATE_RESOURCE);
    }

    /** The blocks the program fills for every politikområde of a staged run. */
    public static List<Input> inputsOf(ApplicationContext spring, long run, int year) {
        StagedData staged = spring.getBean(StagedData.class);
        PolitikomraadeContent content = spring.getBean(PolitikomraadeContent.class);
        Map<String, String> rapport = staged.rapport(run);
        List<Input> inputs = new ArrayList<>();
        for (Politikomraade area : staged.politikomraader(run)) {
            Map<String, Object> params = new HashMap<>();
            params.put("POLITIKOMRAADE", area.navn());
            params.put("KOMMUNE", rapport.get(Texts.key("Kommune")));
            params.put("TITEL", rapport.get(Texts.key("Titel")));
            params.put("YEAR", year);
            params.put(net.sf.jasperreports.engine.JRParameter.REPORT_LOCALE, java.util.Locale.forLanguageTag("da-DK"));
            inputs.add(new Input(params, content.blocks(run, year, area, rapport, java.util.Set.of())));
        }
        return inputs;
    }

    /** The invented politikområde of the renderer tests, for a JVM that has no staged data. */
    public static Input typical() {
        Map<String, Object> params = new HashMap<>(SampleBlocks.params());
        params.put(net.sf.jasperreports.engine.JRParameter.REPORT_LOCALE, java.util.Locale.forLanguageTag("da-DK"));
        return new Input(params, SampleBlocks.typical());
    }

    public JasperPrint fill(Input input) throws Exception {
        return JasperFillManager.fillReport(report, new HashMap<>(input.params()),
                new JRBeanCollectionDataSource(input.blocks(), false));
    }

    /** Fill and a plain PDF export, as a JasperReports sample does it; returns the PDF's size. */
    public int fillAndExport(Input input) throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream(1 << 16);
        JRPdfExporter exporter = new JRPdfExporter();
        exporter.setExporterInput(new SimpleExporterInput(fill(input)));
        exporter.setExporterOutput(new SimpleOutputStreamExporterOutput(out));
        exporter.exportReport();
        return out.size();
    }

    /** Fill, Jasper's tagged PDF/A-2a export and the finishing pass PDF/UA needs: the floor with conformance. */
    public int fillAndExportPdfA(Input input) throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream(1 << 16);
        JasperPrint print = fill(input);
        PolitikomraadeRenderer.exportPdf(print, out, PolitikomraadeRenderer.pdfConfiguration(print.getName(), true));
        return out.size();
    }

    /** {@code BareJasper <pdf>}: a bare JVM that loads the precompiled report, fills it once and exports it. */
    public static void main(String[] args) throws Exception {
        BareJasper bare = new BareJasper();
        try (OutputStream out = java.nio.file.Files.newOutputStream(java.nio.file.Path.of(args[0]))) {
            JRPdfExporter exporter = new JRPdfExporter();
            exporter.setExporterInput(new SimpleExporterInput(bare.fill(typical())));
            exporter.setExporterOutput(new SimpleOutputStreamExporterOutput(out));
            exporter.exportReport();
        }
    }
}
