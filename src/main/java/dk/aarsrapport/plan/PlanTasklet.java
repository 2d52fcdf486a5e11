package dk.aarsrapport.plan;

import java.io.IOException;

import org.springframework.batch.core.scope.context.ChunkContext;
import org.springframework.batch.core.step.StepContribution;
import org.springframework.batch.core.step.tasklet.Tasklet;
import org.springframework.batch.infrastructure.repeat.RepeatStatus;
import org.springframework.stereotype.Component;

import dk.aarsrapport.base.ProcessTemp;
import dk.aarsrapport.base.RunContext;

/**
 * Plans the run once, after validation. The reason a previous manifest could not be used is left in the
 * step's context under {@link #UNREADABLE_MANIFEST}, for the console.
 */
@Component
public class PlanTasklet implements Tasklet {

    public static final String UNREADABLE_MANIFEST = "unreadableManifest";

    private final RunPlanner planner;
    private final RunPlans plans;

    PlanTasklet(RunPlanner planner, RunPlans plans) {
        this.planner = planner;
        this.plans = plans;
    }

    @Override
    public RepeatStatus execute(StepContribution contribution, ChunkContext chunk) throws IOException {
        RunPlan plan = planner.plan(RunContext.of(contribution.getStepExecution().getJobExecution()));
        if (plan.drawsAnything()) {
            // here, on one thread before the render threads start, so the font copies are noted as the process's own
            ProcessTemp.fontsNeeded();
        }
        plans.put(plan);
        if (plan.previous().unreadable() != null) {
            contribution.getStepExecution().getExecutionContext().putString(UNREADABLE_MANIFEST,
                    plan.previous().unreadable());
        }
        return RepeatStatus.FINISHED;
    }
}
