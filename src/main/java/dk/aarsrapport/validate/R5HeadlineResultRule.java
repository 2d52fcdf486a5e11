package dk.aarsrapport.validate;

import dk.aarsrapport.base.Finding;
import dk.aarsrapport.base.FindingSink;
import java.math.BigDecimal;
import java.math.MathContext;
import java.util.List;
import java.util.Map;

import org.springframework.stereotype.Component;

import dk.aarsrapport.stage.DanishFormat;
import dk.aarsrapport.stage.StagedData;
import dk.aarsrapport.stage.Tekst;

/**
 * R5: the headline result the text states beside the forbrugsprocent ("merforbrug på 13,6 mio. kr.")
 * must equal Regnskab Y − Korr. budget Y of the totals, in mio. kr. at the shown precision (±½ unit of
 * the last shown digit), and its word must match the sign: mer- for more spent, mindre- for less. The text is
 * checked as printed, its linked figures filled.
 */
@Component
class R5HeadlineResultRule implements Rule {

    private static final BigDecimal MILLION = BigDecimal.valueOf(1_000_000);

    private final StagedData staged;
    private final AccountsByPolitikomraade accountsByArea;
    private final NarrativeFigures narrative;

    R5HeadlineResultRule(StagedData staged, AccountsByPolitikomraade accountsByArea, NarrativeFigures narrative) {
        this.staged = staged;
        this.accountsByArea = accountsByArea;
        this.narrative = narrative;
    }

    @Override
    public String id() {
        return "R5";
    }

    @Override
    public void check(ValidationRun run, FindingSink findings) {
        Map<String, List<Tekst>> texts = narrative.regnskabsresultat(run.id());
        BigDecimal perUnit = narrative.kronerPerUnit(run.id());
        accountsByArea.forEach(run.id(), (area, accounts) -> {
            BigDecimal[] total = accounts.total();
            if (accounts.isEmpty() || total[2] == null || total[3] == null) {
                return;
            }
            BigDecimal result = total[3].subtract(total[2]);
            BigDecimal millions = result.multiply(perUnit).divide(MILLION, MathContext.DECIMAL64);
            for (NarrativeFigures.FilledTekst filled : NarrativeFigures.filled(texts.getOrDefault(area, List.of()),
                    accounts, run.year(), perUnit)) {
                Tekst t = filled.tekst();
                for (Narrative.Statement s : Narrative.statements(filled.text())) {
                    if (s.result().isEmpty()) {
                        continue;
                    }
                    Narrative.Result r = s.result().get();
                    String cell = staged.cell(run.id(), t.origin(), "tekst");
                    String arithmetic = run.regnskab() + " − " + run.korrBudget() + " = "
                            + DanishFormat.amount(total[3]) + " − " + DanishFormat.amount(total[2]) + " = "
                            + DanishFormat.amount(result);
                    String expectedWord = result.signum() >= 0 ? "mer" : "mindre";
                    BigDecimal diff = r.millions().subtract(millions.abs()).abs();
                    String rightWord = expectedWord + r.word().substring(r.more() ? 3 : 6);
                    String expected = rightWord + " på "
                            + DanishFormat.number(millions.abs(), Narrative.decimals(r.shown())) + " mio. kr.";
                    String found = r.word() + " på " + r.shown() + " mio. kr.";
                    if (diff.compareTo(Narrative.halfUnit(r.shown())) > 0) {
                        findings.add(Finding.fejl(id(), t.politikomraade(), t.origin().file(), t.origin().sheet(), cell,
                                found, expected,
                                "Teksten angiver et " + r.word() + " på " + r.shown() + " mio. kr., men " + arithmetic
                                        + " (" + beloebsenhed(perUnit) + ") = "
                                        + DanishFormat.number(millions, Math.max(2, Narrative.decimals(r.shown()) + 1))
                                        + " mio. kr." + filled.explain(found)));
                    } else if (result.signum() != 0 && r.more() != result.signum() > 0) {
                        findings.add(Finding.fejl(id(), t.politikomraade(), t.origin().file(), t.origin().sheet(), cell,
                                r.word(), rightWord,
                                "Teksten kalder resultatet et " + r.word() + ", men " + arithmetic + " er "
                                        + (result.signum() > 0 ? "positivt (mer-)" : "negativt (mindre-)") + "."
                                        + filled.explain(found)));
                    }
                }
            }
        });
    }

    private static String beloebsenhed(BigDecimal perUnit) {
        return "i " + DanishFormat.amount(perUnit) + " kr.";
    }
}
