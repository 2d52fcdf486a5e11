package dk.aarsrapport.validate;

import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

import dk.aarsrapport.base.Finding;
import dk.aarsrapport.base.FindingSink;
import dk.aarsrapport.base.Texts;
import dk.aarsrapport.stage.KontoplanRaekke;
import dk.aarsrapport.stage.LedgerCodes;
import dk.aarsrapport.stage.LedgerData;
import dk.aarsrapport.stage.StagedData;

/**
 * K2: a Kontoplan that cannot place every krone once. A cell that is no pattern (the row matches nothing), a
 * politikområde not in Politikområder (its accounts reach no report), and two equally specific rows that both
 * match an account (which line it belongs to would be a guess): each a FEJL naming the rows, blocking the
 * politikområder concerned.
 */
@Component
@Order(2)
class K2KontoplanRule implements Rule {

    private final LedgerData ledger;
    private final StagedData staged;

    K2KontoplanRule(LedgerData ledger, StagedData staged) {
        this.ledger = ledger;
        this.staged = staged;
    }

    @Override
    public String id() {
        return "K2";
    }

    @Override
    public void check(ValidationRun run, FindingSink findings) {
        LedgerCells cells = new LedgerCells(ledger, run.id());
        Set<String> areas = new HashSet<>();
        staged.politikomraader(run.id()).forEach(p -> areas.add(Texts.key(p.navn())));
        Map<Integer, KontoplanRaekke> bySeq = new HashMap<>();
        for (KontoplanRaekke r : ledger.kontoplan(run.id())) {
            bySeq.put(r.seq(), r);
            if (LedgerCodes.funktionPattern(r.funktion()).isEmpty()) {
                pattern(r, "funktion", r.funktion(), "en funktion (5.57.72), en hovedfunktion (5.68) eller en "
                        + "hovedkonto (5)", cells, findings);
            }
            if (r.dranst() != null && LedgerCodes.dranst(r.dranst()).isEmpty()) {
                pattern(r, "dranst", r.dranst(), "en dranst fra 1 til 9 eller tom", cells, findings);
            }
            if (r.art() != null && LedgerCodes.artPattern(r.art()).isEmpty()) {
                pattern(r, "art", r.art(), "en art (4.0) eller en artsgruppe (4) eller tom", cells, findings);
            }
            if (!areas.isEmpty() && !areas.contains(Texts.key(r.politikomraade()))) {
                findings.add(Finding.fejl(id(), r.politikomraade(), r.origin().file(), r.origin().sheet(),
                        cells.of(r.origin(), "politikomraade"), r.politikomraade(), "et politikområde fra arket "
                                + "Politikområder", "Kontoplan-rækken " + r.origin().row() + " henviser til "
                                + "politikområdet \"" + r.politikomraade() + "\", som ikke findes i arket "
                                + "Politikområder; dens konti kommer ikke med i nogen rapport."));
            }
        }
        for (LedgerData.Rivalry rivalry : ledger.rivalries(run.id())) {
            KontoplanRaekke a = bySeq.get(rivalry.planSeq());
            KontoplanRaekke b = bySeq.get(rivalry.rivalSeq());
            String message = "Kontoplan-rækkerne " + a.origin().row() + " (" + a.linje() + ") og " + b.origin().row()
                    + " (" + b.linje() + ") er lige specifikke og passer begge på " + (rivalry.accounts() == 1
                    ? "kontoen " : TableNumbers.danish(rivalry.accounts()) + " konti, fx ") + rivalry.first().label()
                    + "; gør den ene mere specifik (Dranst, Art eller Sted) eller slet den.";
            findings.add(Finding.fejl(id(), a.politikomraade(), a.origin().file(), a.origin().sheet(),
                    cells.of(a.origin(), "funktion"), "række " + a.origin().row() + " og række " + b.origin().row(),
                    "én række pr. konto", message));
            if (!Texts.key(a.politikomraade()).equals(Texts.key(b.politikomraade()))) {
                findings.add(Finding.fejl(id(), b.politikomraade(), b.origin().file(), b.origin().sheet(),
                        cells.of(b.origin(), "funktion"), "række " + a.origin().row() + " og række "
                                + b.origin().row(), "én række pr. konto", message));
            }
        }
    }

    private void pattern(KontoplanRaekke r, String field, String found, String expected, LedgerCells cells,
                         FindingSink findings) {
        findings.add(Finding.fejl(id(), r.politikomraade(), r.origin().file(), r.origin().sheet(),
                cells.of(r.origin(), field), found, expected, "\"" + shorten(found) + "\" i Kontoplan-rækken "
                        + r.origin().row() + " er ikke et mønster; forventet " + expected
                        + ". Rækken bruges ikke, før den er rettet."));
    }

    private static String shorten(String s) {
        return s.length() > 60 ? s.substring(0, 57) + "…" : s;
    }
}
