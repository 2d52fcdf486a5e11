package dk.aarsrapport.report;

import java.util.Map;

import org.springframework.batch.core.partition.Partitioner;
import org.springframework.batch.infrastructure.item.ExecutionContext;

import dk.aarsrapport.plan.Document;
import dk.aarsrapport.plan.RunPlan;

/**
 * Deals the plan's documents (the whole report and the packs) out to the assembling threads by their number of
 * parts ({@link RenderThreads#dealByWeight}): joining is copying, so a document costs about what its parts do.
 * A document the plan leaves unchanged weighs nothing to join.
 */
public class DocumentPartitioner implements Partitioner {

    private final RunPlan plan;

    public DocumentPartitioner(RunPlan plan) {
        this.plan = plan;
    }

    @Override
    public Map<String, ExecutionContext> partition(int gridSize) {
        int[] weights = plan.documents().stream()
                .mapToInt(d -> d.decision() == dk.aarsrapport.plan.Decision.UNCHANGED ? 0 : 1 + d.parts().size())
                .toArray();
        return RenderThreads.dealByWeight(weights, gridSize);
    }
}
