package dk.aarsrapport.validate;

import dk.aarsrapport.base.Finding;
import dk.aarsrapport.base.FindingSink;
import java.math.BigDecimal;
import java.math.MathContext;

import org.springframework.stereotype.Component;

import dk.aarsrapport.stage.DanishFormat;
import dk.aarsrapport.stage.Maaling;
import dk.aarsrapport.stage.StagedData;

/** R7: a share (a Målinger row with Tæller and Nævner, Enhed %) lies between 0 and 100 %. */
@Component
class R7ShareRangeRule implements Rule {

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    private final StagedData staged;

    R7ShareRangeRule(StagedData staged) {
        this.staged = staged;
    }

    @Override
    public String id() {
        return "R7";
    }

    @Override
    public void check(ValidationRun run, FindingSink findings) {
        for (Maaling m : staged.maalinger(run.id())) {
            if (!R6ShareValueRule.isShare(m)) {
                continue;
            }
            if (m.vaerdi() != null && outside(m.vaerdi())) {
                findings.add(Finding.fejl(id(), m.politikomraade(), m.origin().file(), m.origin().sheet(),
                        staged.cell(run.id(), m.origin(), "vaerdi"), m.vaerdiTekst(), "0–100",
                        "Andelen \"" + m.indikator() + "\" " + m.aar() + " er " + m.vaerdiTekst()
                                + " %, men en andel ligger mellem 0 og 100 %."));
            } else if (m.naevner().signum() != 0) {
                BigDecimal share = m.taeller().multiply(HUNDRED).divide(m.naevner(), MathContext.DECIMAL64);
                if (outside(share)) {
                    findings.add(Finding.fejl(id(), m.politikomraade(), m.origin().file(), m.origin().sheet(),
                            staged.cell(run.id(), m.origin(), "taeller"), DanishFormat.amount(m.taeller()),
                            "højst " + DanishFormat.amount(m.naevner()),
                            "Tælleren " + DanishFormat.amount(m.taeller()) + " og nævneren "
                                    + DanishFormat.amount(m.naevner()) + " for \"" + m.indikator() + "\" " + m.aar()
                                    + " giver " + DanishFormat.number(share, 1)
                                    + " %, men en andel ligger mellem 0 og 100 %."));
                }
            }
        }
    }

    private static boolean outside(BigDecimal v) {
        return v.signum() < 0 || v.compareTo(HUNDRED) > 0;
    }
}
