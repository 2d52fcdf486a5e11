package dk.aarsrapport.plan;

import java.util.Map;

import org.springframework.stereotype.Component;

import dk.aarsrapport.base.RunContext;
import dk.aarsrapport.content.FillInput;
import dk.aarsrapport.content.MaalopfoelgningContent;
import dk.aarsrapport.content.PolitikomraadeContent;
import dk.aarsrapport.stage.MaalRammer;
import dk.aarsrapport.stage.Politikomraade;
import dk.aarsrapport.stage.StagedData;
import dk.aarsrapport.validate.Verdict;

/**
 * The one way to get what fills a planned report: the planner fingerprints it, the render step fills it.
 * Both call this, so the fingerprint is always of what is drawn.
 */
@Component
public class Fills {

    private final PolitikomraadeContent content;
    private final StagedData staged;

    Fills(PolitikomraadeContent content, StagedData staged) {
        this.content = content;
        this.staged = staged;
    }

    /** What fills {@code item} of {@code plan}; {@code rapport} is the run's Rapport sheet, read once by the caller. */
    public FillInput of(RunPlan plan, Planned<?> item, Map<String, String> rapport) {
        return of(plan.run(), plan.verdict(), item.subject(), item.draft(), rapport);
    }

    public Map<String, String> rapport(long run) {
        return staged.rapport(run);
    }

    FillInput of(RunContext run, Verdict verdict, Object subject, boolean draft, Map<String, String> rapport) {
        if (subject instanceof Politikomraade p) {
            return content.fillInput(run.runId(), run.year(), p, rapport, verdict.rammer(), verdict.blockedRammer(),
                    draft);
        }
        if (subject instanceof MaalRammer.Ramme r) {
            return MaalopfoelgningContent.fillInput(run.year(), r, rapport, draft);
        }
        throw new IllegalArgumentException("not a report: " + subject);
    }
}
