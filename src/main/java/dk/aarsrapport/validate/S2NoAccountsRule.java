package dk.aarsrapport.validate;

import dk.aarsrapport.base.Finding;
import dk.aarsrapport.base.FindingSink;
import java.util.HashSet;
import java.util.Set;

import org.springframework.stereotype.Component;

import dk.aarsrapport.base.Texts;
import dk.aarsrapport.stage.Politikomraade;
import dk.aarsrapport.stage.StagedData;

/** S2: a politikområde without accounts lines is published without a Regnskabsresultat table — say so. */
@Component
class S2NoAccountsRule implements Rule {

    private final StagedData staged;

    S2NoAccountsRule(StagedData staged) {
        this.staged = staged;
    }

    @Override
    public String id() {
        return "S2";
    }

    @Override
    public void check(ValidationRun run, FindingSink findings) {
        Set<String> withLines = new HashSet<>();
        withLines.addAll(staged.regnskabAreaKeys(run.id()));
        for (Politikomraade p : staged.politikomraader(run.id())) {
            if (!withLines.contains(Texts.key(p.navn()))) {
                findings.add(Finding.advarsel(id(), p.navn(), p.origin().file(), p.origin().sheet(),
                        staged.cell(run.id(), p.origin(), "politikomraade"), null, "linjer i arket Regnskab",
                        "Politikområdet " + p.navn() + " har ingen linjer i arket Regnskab; dets rapport får "
                                + "ingen regnskabstabel."));
            }
        }
    }
}
