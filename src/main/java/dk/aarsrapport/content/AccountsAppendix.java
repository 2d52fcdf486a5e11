package dk.aarsrapport.content;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.springframework.stereotype.Component;

import dk.aarsrapport.base.Texts;
import dk.aarsrapport.stage.DanishFormat;
import dk.aarsrapport.stage.LedgerAccount;
import dk.aarsrapport.stage.LedgerData;
import dk.aarsrapport.stage.Politikomraade;
import dk.aarsrapport.stage.RapportSettings;
import dk.aarsrapport.stage.RegnskabLinje;

/**
 * "Specifikation af regnskabet", the appendix a politikområde's PDF ends with when {@code Rapport} says
 * {@code Kontospecifikation} = ja and the input has Konti: each line the ledger built, in table order, as a
 * heading with the accounts behind it as a table. The same lines and accounts, in the same order, as
 * sporbarhed.csv holds for the politikområde; amounts in kroner as the ledger holds them.
 */
@Component
class AccountsAppendix {

    static final String SECTION = ReportBlock.SPECIFIKATION;

    private final LedgerData ledger;

    AccountsAppendix(LedgerData ledger) {
        this.ledger = ledger;
    }

    /** The appendix's blocks, or none when it is not asked for or there is no ledger to specify. */
    List<ReportBlock> blocks(long run, int year, Politikomraade area, Map<String, String> rapport) {
        if (!RapportSettings.kontospecifikation(rapport) || !ledger.hasKonti(run)) {
            return List.of();
        }
        String areaKey = Texts.key(area.navn());
        List<ReportBlock> blocks = new ArrayList<>();
        String[] head = {"Funktion", "Dranst", "Art", "Sted", "Kontonavn", "Regnskab " + (year - 1), "Budget " + year,
            "Korr. budget " + year, "Regnskab " + year};
        for (RegnskabLinje line : ledger.builtLines(run)) {
            if (line.isTotal() || !Texts.key(line.politikomraade()).equals(areaKey)) {
                continue;
            }
            blocks.add(ReportBlock.subheading(SECTION, TextMarkup.escape(line.linje())));
            int before = blocks.size();
            blocks.add(spec(BlockKind.SPEC_HEAD, head));
            ledger.forEachAccountOf(run, areaKey, line.linje(), a -> blocks.add(spec(BlockKind.SPEC_ROW, cells(a))));
            if (blocks.size() == before + 1) {
                blocks.set(before, ReportBlock.paragraph(SECTION, "Ingen konti på linjen."));
            }
        }
        return blocks;
    }

    /**
     * One row of an account list: Funktion, Dranst, Art, Sted, Kontonavn and the four amounts, plain text. The
     * template prints Funktion from the block's text, Kontonavn from its second text and the rest from its cells.
     */
    private static ReportBlock spec(BlockKind kind, String[] c) {
        return new ReportBlock(SECTION, kind, c[0], c[4], c[1], c[2], c[3], c[5], c[6], c[7], c[8]);
    }

    private static String[] cells(LedgerAccount a) {
        BigDecimal[] amounts = a.amounts();
        return new String[] {a.funktion(), a.dranst() == null ? "" : a.dranst().toString(), text(a.art()),
            text(a.sted()), text(a.kontonavn()), DanishFormat.amount(amounts[0]), DanishFormat.amount(amounts[1]),
            DanishFormat.amount(amounts[2]), DanishFormat.amount(amounts[3])};
    }

    private static String text(String s) {
        return s == null ? "" : s;
    }
}
