package dk.aarsrapport.report;

import org.springframework.batch.infrastructure.item.Chunk;
import org.springframework.batch.infrastructure.item.ExecutionContext;
import org.springframework.batch.infrastructure.item.ItemWriter;

/**
 * Counts what the render steps drew and left alone, in the job's context, for the run's summary and history.
 * The files themselves are already in the work folder: publishing moves them.
 */
public class RenderOutcomeWriter implements ItemWriter<RenderOutcome> {

    public static final String DRAWN = "drawn.";
    public static final String UNCHANGED = "unchanged.";

    private final ExecutionContext job;
    private final String kind;

    /** {@code kind} names what is counted: "politikomraader", "rammer", "dokumenter". */
    public RenderOutcomeWriter(ExecutionContext job, String kind) {
        this.job = job;
        this.kind = kind;
    }

    @Override
    public void write(Chunk<? extends RenderOutcome> outcomes) {
        for (RenderOutcome o : outcomes) {
            if (o.file() != null) {
                String key = (o.unchanged() ? UNCHANGED : DRAWN) + kind;
                synchronized (job) { // the render threads share the job's context
                    job.putInt(key, job.getInt(key, 0) + 1);
                }
            }
        }
    }
}
