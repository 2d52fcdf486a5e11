package dk.aarsrapport.report;

import java.io.IOException;

import org.springframework.batch.infrastructure.item.ItemProcessor;

import dk.aarsrapport.content.FillInput;
import dk.aarsrapport.plan.Decision;
import dk.aarsrapport.plan.Document;
import dk.aarsrapport.plan.RunPlan;

/**
 * Joins one planned document (the whole report or a pack) from the pages drawn before it, or leaves it as the
 * last run published it when the plan says it is unchanged.
 */
public class DocumentProcessor implements ItemProcessor<Document, RenderOutcome> {

    private final RunPlan plan;
    private final ReportAssembler assembler;

    public DocumentProcessor(RunPlan plan, ReportAssembler assembler) {
        this.plan = plan;
        this.assembler = assembler;
    }

    @Override
    public RenderOutcome process(Document d) throws IOException {
        if (d.decision() == Decision.UNCHANGED) {
            RenderedFile file = new RenderedFile(d.label(), d.relative(),
                    plan.previous().pages(d.relative()).orElse(0), d.kladde());
            return new RenderOutcome(d, d.relative(), d.decision(), file, true);
        }
        RunPlan.Cover c = plan.cover();
        ReportAssembler.Cover cover = new ReportAssembler.Cover(c.kommune(), c.titel(), c.year(), d.modtager(),
                d.kladde() ? FillInput.DRAFT_MARK : null);
        RenderedFile file = assembler.assemble(d.label(), d.relative(), cover, d.parts(), plan.run().outputFolder());
        return new RenderOutcome(d, d.relative(), d.decision(), file, false);
    }
}
