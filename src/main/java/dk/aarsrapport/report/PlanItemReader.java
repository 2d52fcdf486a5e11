package dk.aarsrapport.report;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;

import org.springframework.batch.infrastructure.item.ExecutionContext;
import org.springframework.batch.infrastructure.item.ItemReader;

import dk.aarsrapport.plan.Document;
import dk.aarsrapport.plan.Planned;
import dk.aarsrapport.plan.RunPlan;

/** Hands a render step the items of the run's plan that are its to do, in the plan's order. */
public class PlanItemReader<T> implements ItemReader<T> {

    private final Deque<T> items;

    PlanItemReader(List<T> items) {
        this.items = new ArrayDeque<>(items);
    }

    /** The politikområder dealt to one partition of the render step (see {@link RenderThreads}). */
    public static PlanItemReader<Planned<?>> politikomraader(RunPlan plan, ExecutionContext partition) {
        return new PlanItemReader<>(RenderThreads.positions(partition).stream()
                .<Planned<?>>map(plan.politikomraader()::get).toList());
    }

    public static PlanItemReader<Planned<?>> rammer(RunPlan plan) {
        return new PlanItemReader<>(List.copyOf(plan.rammer()));
    }

    /** The documents dealt to one partition of the assemble step (see {@link DocumentPartitioner}). */
    public static PlanItemReader<Document> documents(RunPlan plan, ExecutionContext partition) {
        return new PlanItemReader<>(RenderThreads.positions(partition).stream().map(plan.documents()::get).toList());
    }

    @Override
    public synchronized T read() {
        return items.pollFirst();
    }
}
