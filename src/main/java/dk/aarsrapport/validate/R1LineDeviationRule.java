package dk.aarsrapport.validate;

import dk.aarsrapport.base.FindingSink;
import org.springframework.stereotype.Component;

import dk.aarsrapport.stage.StagedData;

/** R1: each accounts line's Afvigelse = Regnskab Y − Korr. budget Y, ±1. */
@Component
class R1LineDeviationRule implements Rule {

    private final StagedData staged;

    R1LineDeviationRule(StagedData staged) {
        this.staged = staged;
    }

    @Override
    public String id() {
        return "R1";
    }

    @Override
    public void check(ValidationRun run, FindingSink findings) {
        staged.forEachRegnskab(run.id(), l -> {
            if (!l.isTotal()) {
                DeviationCheck.check(id(), run, l, staged, findings);
            }
        });
    }
}
