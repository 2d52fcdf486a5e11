package dk.aarsrapport.validate;

import dk.aarsrapport.base.Finding;
import dk.aarsrapport.base.FindingSink;
import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;

import org.springframework.stereotype.Component;

import dk.aarsrapport.base.Texts;
import dk.aarsrapport.stage.DanishFormat;
import dk.aarsrapport.stage.Maaling;
import dk.aarsrapport.stage.StagedData;

/**
 * R6: a share given with Tæller and Nævner (Enhed %) must show Tæller / Nævner × 100 at its shown
 * precision (±½ unit of the last shown digit). Nævner 0 is an error, never a division.
 */
@Component
class R6ShareValueRule implements Rule {

    private final StagedData staged;

    R6ShareValueRule(StagedData staged) {
        this.staged = staged;
    }

    @Override
    public String id() {
        return "R6";
    }

    static boolean isShare(Maaling m) {
        return m.taeller() != null && m.naevner() != null && m.enhed() != null && Texts.key(m.enhed()).equals("%");
    }

    @Override
    public void check(ValidationRun run, FindingSink findings) {
        for (Maaling m : staged.maalinger(run.id())) {
            if (!isShare(m)) {
                continue;
            }
            if (m.naevner().signum() == 0) {
                findings.add(Finding.fejl(id(), m.politikomraade(), m.origin().file(), m.origin().sheet(),
                        staged.cell(run.id(), m.origin(), "naevner"), "0", "et tal forskelligt fra 0",
                        "Nævneren er 0 for \"" + m.indikator() + "\" " + m.aar()
                                + ", så andelen kan ikke beregnes."));
                continue;
            }
            if (m.vaerdi() == null) {
                continue;
            }
            BigDecimal share = m.taeller().multiply(BigDecimal.valueOf(100)).divide(m.naevner(), MathContext.DECIMAL64);
            String shown = m.vaerdiTekst() == null ? m.vaerdi().toPlainString() : m.vaerdiTekst();
            int decimals = Math.max(0, m.vaerdi().stripTrailingZeros().scale());
            decimals = Math.max(decimals, Narrative.decimals(shown.replace("%", "").strip()));
            BigDecimal half = BigDecimal.valueOf(5, decimals + 1);
            if (m.vaerdi().subtract(share).abs().compareTo(half) > 0) {
                findings.add(Finding.fejl(id(), m.politikomraade(), m.origin().file(), m.origin().sheet(),
                        staged.cell(run.id(), m.origin(), "vaerdi"), shown,
                        DanishFormat.number(share.setScale(decimals, RoundingMode.HALF_UP), decimals),
                        "Værdien for \"" + m.indikator() + "\" " + m.aar() + " er " + shown + ", men Tæller / Nævner × 100 = "
                                + DanishFormat.amount(m.taeller()) + " / " + DanishFormat.amount(m.naevner()) + " × 100 = "
                                + DanishFormat.number(share, decimals + 1) + "."));
            }
        }
    }
}
