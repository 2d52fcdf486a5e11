package dk.aarsrapport.validate;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.stereotype.Component;

import dk.aarsrapport.base.Texts;
import dk.aarsrapport.stage.Accounts;
import dk.aarsrapport.stage.LinkedFigures;
import dk.aarsrapport.stage.RapportSettings;
import dk.aarsrapport.stage.StagedData;
import dk.aarsrapport.stage.Tekst;

/**
 * The Regnskabsresultat texts of a run by politikområde, filled as the report prints them, and the report's
 * amount unit in kroner.
 */
@Component
class NarrativeFigures {

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
        return RapportSettings.kronerPerUnit(staged.rapport(run));
    }

    /** A text as written and as filled from its politikområde's accounts: R4 and R5 read what is printed. */
    record FilledTekst(Tekst tekst, LinkedFigures.Filled filled) {

        String text() {
            return filled.text();
        }

        /** " Teksten «{forbrugsprocent}» blev til «101,8»." when {@code quoted} came from a reference, else "". */
        String explain(String quoted) {
            String how = filled.explain(quoted);
            return how.isEmpty() ? "" : " T" + how.substring(1) + ".";
        }
    }

    /** {@code texts} with their linked figures filled from {@code accounts}, as the report prints them. */
    static List<FilledTekst> filled(List<Tekst> texts, Accounts accounts, int year, BigDecimal kronerPerUnit) {
        LinkedFigures figures = LinkedFigures.of(accounts, year, kronerPerUnit);
        return texts.stream().map(t -> new FilledTekst(t, figures.fill(t.tekst()))).toList();
    }
}
