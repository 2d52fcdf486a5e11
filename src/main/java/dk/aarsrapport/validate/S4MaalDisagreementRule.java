package dk.aarsrapport.validate;

import dk.aarsrapport.base.FindingSink;
import dk.aarsrapport.base.Severity;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import org.springframework.stereotype.Component;

import dk.aarsrapport.base.Texts;
import dk.aarsrapport.stage.MaalRammer;
import dk.aarsrapport.stage.Maalopfoelgning;
import dk.aarsrapport.stage.StagedData;

/**
 * S4: the rows of one goal give its Målsætning and Målgruppe once (on the first row) or repeat them;
 * a row that says something else contradicts the goal, and the report cannot tell which is meant.
 * The same holds for a goal's Tema and Politikområde, and for the description of one Tema.
 */
@Component
class S4MaalDisagreementRule implements Rule {

    private record Field(String name, String header, Function<Maalopfoelgning, String> value) {
    }

    private static final List<Field> GOAL_FIELDS = List.of(
            new Field("maalsaetning", "Målsætning", Maalopfoelgning::maalsaetning),
            new Field("maalgruppe", "Målgruppe", Maalopfoelgning::maalgruppe),
            new Field("tema", "Tema", Maalopfoelgning::tema),
            new Field("politikomraade", "Politikområde", Maalopfoelgning::politikomraade));

    private final StagedData staged;

    S4MaalDisagreementRule(StagedData staged) {
        this.staged = staged;
    }

    @Override
    public String id() {
        return "S4";
    }

    @Override
    public void check(ValidationRun validationRun, FindingSink findings) {
        long run = validationRun.id();
        for (MaalRammer.Ramme ramme : staged.rammer(run)) {
            for (MaalRammer.Maal maal : ramme.maal()) {
                for (Field f : GOAL_FIELDS) {
                    String given = null;
                    Maalopfoelgning givenBy = null;
                    for (Maalopfoelgning r : maal.rows()) {
                        String v = f.value().apply(r);
                        if (v == null) {
                            continue;
                        }
                        if (given == null) {
                            given = v;
                            givenBy = r;
                        } else if (!Texts.key(v).equals(Texts.key(given))) {
                            findings.add(MaalFindings.at(Severity.FEJL, id(), staged, run, ramme.navn(), r.origin(),
                                    f.name(), MaalFindings.shorten(v), MaalFindings.shorten(given),
                                    f.header() + " for " + MaalFindings.goal(ramme, maal) + " er \""
                                            + MaalFindings.shorten(v) + "\" her, men \"" + MaalFindings.shorten(given)
                                            + "\" i " + staged.cell(run, givenBy.origin(), f.name())
                                            + "; lad feltet være tomt eller skriv det samme."));
                        }
                    }
                }
            }
            temaBeskrivelser(run, ramme, findings);
        }
    }

    private void temaBeskrivelser(long run, MaalRammer.Ramme ramme, FindingSink findings) {
        Map<String, Maalopfoelgning> first = new HashMap<>();
        for (Maalopfoelgning r : ramme.rows()) {
            if (r.tema() == null || r.temabeskrivelse() == null) {
                continue;
            }
            Maalopfoelgning given = first.putIfAbsent(Texts.key(r.tema()), r);
            if (given != null && !Texts.key(given.temabeskrivelse()).equals(Texts.key(r.temabeskrivelse()))) {
                findings.add(MaalFindings.at(Severity.FEJL, id(), staged, run, ramme.navn(), r.origin(),
                        "temabeskrivelse", MaalFindings.shorten(r.temabeskrivelse()),
                        MaalFindings.shorten(given.temabeskrivelse()), "Temaet \"" + r.tema() + "\" i " + ramme.navn()
                                + " har en anden beskrivelse her end i " + staged.cell(run, given.origin(),
                                "temabeskrivelse") + "; lad feltet være tomt eller skriv det samme."));
            }
        }
    }
}
