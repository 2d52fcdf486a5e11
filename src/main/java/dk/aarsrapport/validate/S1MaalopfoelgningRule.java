package dk.aarsrapport.validate;

import dk.aarsrapport.base.FindingSink;
import dk.aarsrapport.base.Severity;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

import org.springframework.stereotype.Component;

import dk.aarsrapport.base.Texts;
import dk.aarsrapport.stage.MaalRammer;
import dk.aarsrapport.stage.Maalopfoelgning;
import dk.aarsrapport.stage.Origin;
import dk.aarsrapport.stage.StagedData;

/**
 * S1 for the Målopfølgning sheet, once its rows are put together into goals: a goal without a
 * Målsætning (an empty name: the report would print a goal without words), the same indsats twice
 * under one goal (a duplicate line: it would print twice), and a link to a politikområde that the
 * Politikområder sheet does not have (an unknown politikområde: the goal could not be listed there).
 */
@Component
class S1MaalopfoelgningRule implements Rule {

    private final StagedData staged;

    S1MaalopfoelgningRule(StagedData staged) {
        this.staged = staged;
    }

    @Override
    public String id() {
        return "S1";
    }

    @Override
    public void check(ValidationRun validationRun, FindingSink findings) {
        long run = validationRun.id();
        Set<String> areas = new HashSet<>();
        staged.politikomraader(run).forEach(p -> areas.add(Texts.key(p.navn())));
        for (MaalRammer.Ramme ramme : staged.rammer(run)) {
            for (MaalRammer.Maal maal : ramme.maal()) {
                if (maal.maalsaetning() == null) {
                    Origin o = maal.first().origin();
                    findings.add(MaalFindings.at(Severity.FEJL, id(), staged, run, ramme.navn(), o, "maalsaetning", "",
                            "en målsætning", "Målsætning mangler for " + MaalFindings.goal(ramme, maal)
                                    + "; skriv den på målets første række."));
                }
                duplicates(run, ramme, maal, findings);
                String area = maal.politikomraade();
                if (area != null && !areas.contains(Texts.key(area))) {
                    Maalopfoelgning row = maal.rows().stream().filter(r -> r.politikomraade() != null).findFirst()
                            .orElseThrow();
                    findings.add(MaalFindings.at(Severity.FEJL, id(), staged, run, ramme.navn(), row.origin(),
                            "politikomraade", area, "et politikområde fra arket Politikområder",
                            "Politikområdet \"" + area + "\", som " + MaalFindings.goal(ramme, maal)
                                    + " hører til, findes ikke i arket Politikområder."));
                }
            }
        }
    }

    private void duplicates(long run, MaalRammer.Ramme ramme, MaalRammer.Maal maal, FindingSink findings) {
        Map<String, Origin> seen = new HashMap<>();
        for (Maalopfoelgning r : maal.indsatser()) {
            String key = String.join("\u0000", Texts.key(Objects.toString(r.indsats(), "")),
                    Texts.key(Objects.toString(r.beskrivelse(), "")), Texts.key(Objects.toString(r.samarbejdspartnere(), "")));
            Origin first = seen.putIfAbsent(key, r.origin());
            if (first != null) {
                String what = r.indsats() != null ? "Indsatsen \"" + r.indsats() + "\"" : "Samme indsatsbeskrivelse";
                findings.add(MaalFindings.at(Severity.FEJL, id(), staged, run, ramme.navn(), r.origin(),
                        r.indsats() != null ? "indsats" : "beskrivelse", r.indsats(), "én forekomst",
                        what + " står to gange under " + MaalFindings.goal(ramme, maal) + " (også i " + first.file()
                                + " " + staged.cell(run, first, r.indsats() != null ? "indsats" : "beskrivelse")
                                + ")."));
            }
        }
    }
}
