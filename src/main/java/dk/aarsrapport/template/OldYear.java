package dk.aarsrapport.template;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import dk.aarsrapport.stage.Effektmaal;
import dk.aarsrapport.stage.KontoplanRaekke;
import dk.aarsrapport.stage.LedgerData;
import dk.aarsrapport.stage.Maaling;
import dk.aarsrapport.stage.Maalopfoelgning;
import dk.aarsrapport.stage.Modtager;
import dk.aarsrapport.stage.Politikomraade;
import dk.aarsrapport.stage.RegnskabLinje;
import dk.aarsrapport.stage.StagedData;
import dk.aarsrapport.stage.Tekst;

/**
 * The year a roll-forward starts from, as the engine read it: staged by the year's own readers, its accounts
 * table typed or built from its ledger (a run without a typed Regnskab has the built lines staged as its
 * Regnskab), so the template carries exactly what that year's report printed.
 *
 * @param rapport the Rapport sheet, keyed by {@link dk.aarsrapport.base.Texts#key}
 */
public record OldYear(int year, Map<String, String> rapport, List<Politikomraade> politikomraader,
                      List<RegnskabLinje> regnskab, List<Tekst> tekster, List<Effektmaal> effektmaal,
                      List<Maaling> maalinger, List<Modtager> modtagere, List<Maalopfoelgning> maalopfoelgning,
                      List<KontoplanRaekke> kontoplan) {

    /** Reads back what was staged under {@code run} for {@code year}. */
    public static OldYear of(StagedData staged, LedgerData ledger, long run, int year) {
        List<RegnskabLinje> lines = new ArrayList<>();
        staged.forEachRegnskab(run, (java.util.function.Consumer<RegnskabLinje>) lines::add);
        return new OldYear(year, staged.rapport(run), staged.politikomraader(run), lines, staged.tekster(run),
                staged.effektmaal(run), staged.maalinger(run), staged.modtagere(run), staged.maalopfoelgning(run),
                ledger.kontoplan(run));
    }
}
