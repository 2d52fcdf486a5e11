package dk.aarsrapport.validate;

import dk.aarsrapport.base.FindingSink;
import dk.aarsrapport.base.Severity;
import org.springframework.stereotype.Component;

import dk.aarsrapport.stage.MaalRammer;
import dk.aarsrapport.stage.MaalStatus;
import dk.aarsrapport.stage.Maalopfoelgning;
import dk.aarsrapport.stage.StagedData;

/**
 * S5, warnings about a goal follow-up that is printable but probably not what was meant: a Status
 * that is none of the four words (it is printed as written and counted on its own), and a goal with
 * no indsats (it is printed with none).
 */
@Component
class S5MaalStatusRule implements Rule {

    private final StagedData staged;

    S5MaalStatusRule(StagedData staged) {
        this.staged = staged;
    }

    @Override
    public String id() {
        return "S5";
    }

    @Override
    public void check(ValidationRun validationRun, FindingSink findings) {
        long run = validationRun.id();
        for (MaalRammer.Ramme ramme : staged.rammer(run)) {
            for (MaalRammer.Maal maal : ramme.maal()) {
                for (Maalopfoelgning r : maal.rows()) {
                    if (r.status() != null && MaalStatus.known(r.status()).isEmpty()) {
                        findings.add(MaalFindings.at(Severity.ADVARSEL, id(), staged, run, ramme.navn(), r.origin(),
                                "status", r.status(), String.join(", ", MaalStatus.KNOWN), "Status \"" + r.status()
                                        + "\" for " + MaalFindings.goal(ramme, maal) + " er ikke et af ordene "
                                        + String.join(", ", MaalStatus.KNOWN) + "; den trykkes som skrevet."));
                    }
                }
                if (maal.indsatser().isEmpty()) {
                    findings.add(MaalFindings.at(Severity.ADVARSEL, id(), staged, run, ramme.navn(),
                            maal.first().origin(), "indsats", null, "mindst én indsats",
                            capitalise(MaalFindings.goal(ramme, maal)) + " har ingen indsatser; det trykkes med "
                                    + "\"Ingen indsatser angivet\"."));
                }
            }
        }
    }

    private static String capitalise(String s) {
        return s.isEmpty() ? s : Character.toUpperCase(s.charAt(0)) + s.substring(1);
    }
}
