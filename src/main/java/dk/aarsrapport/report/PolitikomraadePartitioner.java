package dk.aarsrapport.report;

import java.util.Map;

import org.springframework.batch.core.partition.Partitioner;
import org.springframework.batch.infrastructure.item.ExecutionContext;

import dk.aarsrapport.plan.RunPlan;

/** Deals the plan's politikområder out round-robin, so every render thread gets large and small ones alike. */
public class PolitikomraadePartitioner implements Partitioner {

    private final RunPlan plan;

    public PolitikomraadePartitioner(RunPlan plan) {
        this.plan = plan;
    }

    @Override
    public Map<String, ExecutionContext> partition(int gridSize) {
        return RenderThreads.deal(plan.politikomraader().size(), gridSize);
    }
}
