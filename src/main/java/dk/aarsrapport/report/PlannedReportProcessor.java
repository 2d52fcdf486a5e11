package dk.aarsrapport.report;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Map;
import java.util.Optional;

import org.springframework.batch.infrastructure.item.ItemProcessor;

import dk.aarsrapport.base.OutputFolder;
import dk.aarsrapport.content.FillInput;
import dk.aarsrapport.plan.Decision;
import dk.aarsrapport.plan.Fills;
import dk.aarsrapport.plan.Planned;
import dk.aarsrapport.plan.RunPlan;

/**
 * Draws one planned politikområde or goal framework into the run's work folder, as the plan says: not at all
 * when validation blocked it (no draft asked for); from the print cache when it is unchanged, so the documents
 * that join it find its pages; otherwise filled from the same {@link FillInput} the plan fingerprinted.
 */
public class PlannedReportProcessor implements ItemProcessor<Planned<?>, RenderOutcome> {

    private final RunPlan plan;
    private final Fills fills;
    private final ReportWriter writer;
    private final PrintCache cache;
    private Map<String, String> rapport;

    public PlannedReportProcessor(RunPlan plan, Fills fills, ReportWriter writer, PrintCache cache) {
        this.plan = plan;
        this.fills = fills;
        this.writer = writer;
        this.cache = cache;
    }

    @Override
    public RenderOutcome process(Planned<?> item) throws IOException {
        if (item.decision() == Decision.NOT_PUBLISHED) {
            return new RenderOutcome(item.subject(), item.label(), item.decision(), null, false);
        }
        OutputFolder out = plan.run().outputFolder();
        Optional<Path> cached = cache.get(item.fingerprint());
        if (item.decision() == Decision.UNCHANGED && cached.isPresent()) {
            Files.copy(cached.get(), out.internalFile(item.printName()), StandardCopyOption.REPLACE_EXISTING);
            RenderedFile file = new RenderedFile(item.label(), item.relative(),
                    plan.previous().pages(item.relative()).orElse(0), item.draft());
            return new RenderOutcome(item.subject(), item.label(), item.decision(), file, true);
        }
        if (rapport == null) {
            rapport = fills.rapport(plan.run().runId());
        }
        RenderedFile file = writer.write(fills.of(plan, item, rapport), item.label(), item.relative(),
                item.printName(), item.draft(), out);
        cache.put(item.fingerprint(), out.internalFile(item.printName()));
        return new RenderOutcome(item.subject(), item.label(), item.decision(), file, false);
    }
}
