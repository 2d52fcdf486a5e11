package dk.aarsrapport.validate;

import dk.aarsrapport.base.Finding;
import dk.aarsrapport.base.FindingSink;
import org.springframework.stereotype.Component;

import dk.aarsrapport.stage.Modtager;
import dk.aarsrapport.stage.StagedData;

/** S1: a recipient needs a usable e-mail address, or its pack would silently never arrive. */
@Component
class S1EmailRule implements Rule {

    private final StagedData staged;

    S1EmailRule(StagedData staged) {
        this.staged = staged;
    }

    @Override
    public String id() {
        return "S1";
    }

    @Override
    public void check(ValidationRun run, FindingSink findings) {
        for (Modtager m : staged.modtagere(run.id())) {
            String email = m.email() == null ? "" : m.email();
            if (!EmailAddresses.valid(email)) {
                findings.add(Finding.fejl(id(), m.politikomraade(), m.origin().file(), m.origin().sheet(),
                        staged.cell(run.id(), m.origin(), "email"), email, "en gyldig e-mailadresse",
                        email.isEmpty() ? "Modtageren " + m.navn() + " mangler en e-mailadresse."
                                : "E-mailadressen \"" + email + "\" for " + m.navn() + " er ikke gyldig."));
            }
        }
    }
}
