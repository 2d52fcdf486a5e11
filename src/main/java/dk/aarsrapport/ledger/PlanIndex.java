package dk.aarsrapport.ledger;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import dk.aarsrapport.base.Texts;
import dk.aarsrapport.stage.Konto;
import dk.aarsrapport.stage.KontoplanRaekke;
import dk.aarsrapport.stage.LedgerCodes;

/**
 * The Kontoplan as patterns, looked up by funktion: an account is tried against the rows of its funktion,
 * its hovedfunktion and its hovedkonto, and belongs to the most specific row that matches (input-format.md):
 * a longer Funktion first, then a row that names Dranst, then Art (a whole art before an artsgruppe), then
 * Sted. A row whose cells are no pattern matches nothing; K2 names it.
 */
final class PlanIndex {

    /** A Kontoplan row as a pattern. */
    record Row(KontoplanRaekke source, String funktion, Integer dranst, String art, String stedKey) {

        boolean matches(Konto k) {
            return (dranst == null || dranst.equals(k.dranst()))
                    && (art == null || (k.art() != null && (art.equals(k.art()) || k.art().startsWith(art + "."))))
                    && (stedKey == null || (k.sted() != null && stedKey.equals(Texts.key(k.sted()))));
        }

        /** Larger is more specific; compared as a whole, which orders Funktion, Dranst, Art, Sted in that order. */
        int specificity() {
            int level = funktion.length() == 1 ? 1 : funktion.length() == 4 ? 2 : 3;
            int artLevel = art == null ? 0 : art.length() == 1 ? 1 : 2;
            return level << 4 | (dranst == null ? 0 : 1) << 3 | artLevel << 1 | (stedKey == null ? 0 : 1);
        }
    }

    /** The row an account belongs to, and an equally specific row that matches it as well (null if none). */
    record Match(Row row, Row rival) {
    }

    private final Map<String, List<Row>> byFunktion = new HashMap<>();

    private PlanIndex() {
    }

    static PlanIndex of(List<KontoplanRaekke> rows) {
        PlanIndex index = new PlanIndex();
        for (KontoplanRaekke r : rows) {
            pattern(r).ifPresent(p -> index.byFunktion.computeIfAbsent(p.funktion(), f -> new ArrayList<>()).add(p));
        }
        return index;
    }

    /** The row as a pattern; empty when one of its cells is none (which K2 reports). */
    static Optional<Row> pattern(KontoplanRaekke r) {
        Optional<String> funktion = LedgerCodes.funktionPattern(r.funktion());
        Optional<Integer> dranst = r.dranst() == null ? Optional.empty() : LedgerCodes.dranst(r.dranst());
        Optional<String> art = r.art() == null ? Optional.empty() : LedgerCodes.artPattern(r.art());
        if (funktion.isEmpty() || (r.dranst() != null && dranst.isEmpty()) || (r.art() != null && art.isEmpty())) {
            return Optional.empty();
        }
        return Optional.of(new Row(r, funktion.get(), dranst.orElse(null), art.orElse(null),
                r.sted() == null ? null : Texts.key(r.sted())));
    }

    Optional<Match> match(Konto k) {
        String f = k.funktion();
        Row best = null;
        Row rival = null;
        for (String prefix : new String[] {f, f.substring(0, 4), f.substring(0, 1)}) {
            for (Row r : byFunktion.getOrDefault(prefix, List.of())) {
                if (!r.matches(k)) {
                    continue;
                }
                if (best == null || r.specificity() > best.specificity()) {
                    best = r;
                    rival = null;
                } else if (r.specificity() == best.specificity() && rival == null) {
                    rival = r;
                }
            }
        }
        return best == null ? Optional.empty() : Optional.of(new Match(best, rival));
    }
}
