package dk.aarsrapport.plan;

import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

import org.springframework.stereotype.Component;

/**
 * The plans of the runs in progress, by run id: the plan step puts one, every later step reads it. In memory
 * only: a restarted run plans again (its plan step runs on every start), since the plan depends on what the
 * output folder holds at that moment.
 */
@Component
public class RunPlans {

    private final Map<Long, RunPlan> plans = new ConcurrentHashMap<>();

    void put(RunPlan plan) {
        plans.put(plan.run().runId(), plan);
    }

    public RunPlan of(long run) {
        RunPlan plan = plans.get(run);
        if (plan == null) {
            throw new IllegalStateException("Kørsel " + run + " har ingen plan: planlægningen er ikke kørt");
        }
        return plan;
    }

    /** The plan of a run in progress, if it was planned (a validate run never is). */
    public Optional<RunPlan> find(long run) {
        return Optional.ofNullable(plans.get(run));
    }

    /** Forgets a finished run's plan: a scheduler running for years must not collect them all. */
    public void forget(long run) {
        plans.remove(run);
    }
}
