package dk.aarsrapport.validate;

import java.util.Map;

import org.springframework.stereotype.Component;

import dk.aarsrapport.base.Finding;
import dk.aarsrapport.base.FindingSink;
import dk.aarsrapport.base.Texts;
import dk.aarsrapport.stage.LedgerData;
import dk.aarsrapport.stage.Origin;
import dk.aarsrapport.stage.RapportSettings;
import dk.aarsrapport.stage.StagedData;

/**
 * S1 on the Rapport setting {@code Kontospecifikation}: a value other than ja or nej, and ja where the input has
 * no Konti to specify. Both are ADVARSEL, not FEJL: an optional appendix left out blocks no politikområde, but it
 * is never left out silently when asked for.
 */
@Component
class S1KontospecifikationRule implements Rule {

    private final StagedData staged;
    private final LedgerData ledger;

    S1KontospecifikationRule(StagedData staged, LedgerData ledger) {
        this.staged = staged;
        this.ledger = ledger;
    }

    @Override
    public String id() {
        return "S1";
    }

    @Override
    public void check(ValidationRun run, FindingSink findings) {
        String felt = RapportSettings.KONTOSPECIFIKATION;
        Map<String, String> rapport = staged.rapport(run.id());
        String value = rapport.get(Texts.key(felt));
        if (value == null || value.isBlank()) {
            return;
        }
        Origin o = ledger.rapportRows(run.id()).get(Texts.key(felt));
        String file = o == null ? null : o.file();
        String cell = o == null ? null : new LedgerCells(ledger, run.id()).of(o, "vaerdi");
        if (RapportSettings.yesNo(value).isEmpty()) {
            findings.add(Finding.advarsel(id(), null, file, "Rapport", cell, value, "ja eller nej", felt
                    + " skal være ja eller nej, men er \"" + value + "\"; rapporterne dannes uden specifikation af "
                    + "regnskabet."));
        } else if (RapportSettings.kontospecifikation(rapport) && !ledger.hasKonti(run.id())) {
            findings.add(Finding.advarsel(id(), null, file, "Rapport", cell, value, "et ark Konti", felt
                    + " er ja, men input har intet ark Konti med konti; rapporterne dannes uden specifikation af "
                    + "regnskabet."));
        }
    }
}
