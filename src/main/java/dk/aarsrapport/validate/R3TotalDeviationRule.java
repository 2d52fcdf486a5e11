package dk.aarsrapport.validate;

import dk.aarsrapport.base.FindingSink;
import org.springframework.stereotype.Component;

import dk.aarsrapport.stage.StagedData;

/** R3: the I alt row's Afvigelse = Regnskab Y − Korr. budget Y, ±1. */
@Component
class R3TotalDeviationRule implements Rule {

    private final StagedData staged;

    R3TotalDeviationRule(StagedData staged) {
        this.staged = staged;
    }

    @Override
    public String id() {
        return "R3";
    }

    @Override
    public void check(ValidationRun run, FindingSink findings) {
        staged.forEachRegnskab(run.id(), l -> {
            if (l.isTotal()) {
                DeviationCheck.check(id(), run, l, staged, findings);
            }
        });
    }
}
