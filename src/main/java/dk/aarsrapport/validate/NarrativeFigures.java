package dk.aarsrapport.validate;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.stereotype.Component;

import dk.aarsrapport.base.DanishNumbers;
import dk.aarsrapport.base.Texts;
import dk.aarsrapport.stage.StagedData;
import dk.aarsrapport.stage.Tekst;

/** The Regnskabsresultat texts of a run by politikområde, and the report's amount unit in kroner. */
@Component
class NarrativeFigures {

    private static final BigDecimal THOUSAND = BigDecimal.valueOf(1000);

    private final StagedData staged;

    NarrativeFigures(StagedData staged) {
        this.staged = staged;
    }

    Map<String, List<Tekst>> regnskabsresultat(long run) {
        Map<String, List<Tekst>> byArea = new LinkedHashMap<>();
        for (Tekst t : staged.tekster(run)) {
            if (Texts.key(t.afsnit()).equals(Texts.key("Regnskabsresultat"))) {
                byArea.computeIfAbsent(Texts.key(t.politikomraade()), k -> new ArrayList<>()).add(t);
            }
        }
        return byArea;
    }

    /** Kroner per unit of the amounts: "1.000 kr." → 1000 (the default), "kr." → 1, "mio. kr." → 1.000.000. */
    BigDecimal kronerPerUnit(long run) {
        return DanishNumbers.kronerPerUnit(staged.rapport(run).get(Texts.key("Beløbsenhed")), THOUSAND);
    }
}
