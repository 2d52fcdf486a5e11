package dk.aarsrapport.validate;

import dk.aarsrapport.base.Finding;
import dk.aarsrapport.base.FindingSink;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.stereotype.Component;

import dk.aarsrapport.stage.DanishFormat;
import dk.aarsrapport.stage.StagedData;
import dk.aarsrapport.stage.Tekst;

/**
 * R4: the forbrugsprocent (Regnskab Y / Korr. budget Y × 100 of the totals, unrounded) must equal the
 * one the Regnskabsresultat text states, within 0,05. A Korr. budget of 0 cannot give one: a warning,
 * or an error when the text states one all the same. The text is checked as printed, its linked figures filled.
 */
@Component
class R4ForbrugsprocentRule implements Rule {

    static final BigDecimal TOLERANCE = new BigDecimal("0.05");

    private final StagedData staged;
    private final AccountsByPolitikomraade accountsByArea;
    private final NarrativeFigures narrative;

    R4ForbrugsprocentRule(StagedData staged, AccountsByPolitikomraade accountsByArea, NarrativeFigures narrative) {
        this.staged = staged;
        this.accountsByArea = accountsByArea;
        this.narrative = narrative;
    }

    @Override
    public String id() {
        return "R4";
    }

    @Override
    public void check(ValidationRun run, FindingSink findings) {
        Map<String, List<Tekst>> texts = narrative.regnskabsresultat(run.id());
        BigDecimal perUnit = narrative.kronerPerUnit(run.id());
        accountsByArea.forEach(run.id(), (area, accounts) -> {
            if (accounts.isEmpty()) {
                return;
            }
            BigDecimal[] total = accounts.total();
            if (total[2] == null || total[3] == null) {
                return; // an unreadable total is reported under S1
            }
            Optional<BigDecimal> computed = accounts.forbrugsprocent();
            var totalRow = accounts.statedTotal().orElseGet(() -> accounts.lines().get(accounts.lines().size() - 1));
            if (computed.isEmpty()) {
                findings.add(Finding.advarsel(id(), totalRow.politikomraade(), totalRow.origin().file(),
                        totalRow.origin().sheet(), staged.cell(run.id(), totalRow.origin(), "korr_budget"), "0", null,
                        "Forbrugsprocenten kan ikke beregnes, fordi " + run.korrBudget() + " i alt er 0."));
            }
            for (NarrativeFigures.FilledTekst filled : NarrativeFigures.filled(texts.getOrDefault(area, List.of()),
                    accounts, run.year(), perUnit)) {
                Tekst t = filled.tekst();
                for (Narrative.Statement s : Narrative.statements(filled.text())) {
                    String cell = staged.cell(run.id(), t.origin(), "tekst");
                    String stated = s.forbrug().shown();
                    String how = filled.explain(stated);
                    if (computed.isEmpty()) {
                        findings.add(Finding.fejl(id(), t.politikomraade(), t.origin().file(), t.origin().sheet(), cell,
                                stated, "ingen (kan ikke beregnes)", "Teksten angiver en forbrugsprocent på " + stated
                                        + ", men den kan ikke beregnes, fordi " + run.korrBudget() + " i alt er 0." + how));
                        continue;
                    }
                    BigDecimal diff = s.forbrug().value().subtract(computed.get()).abs();
                    if (diff.compareTo(TOLERANCE) > 0) {
                        String exact = DanishFormat.number(computed.get(), 2);
                        findings.add(Finding.fejl(id(), t.politikomraade(), t.origin().file(), t.origin().sheet(), cell,
                                stated, DanishFormat.number(computed.get(), Math.max(1, Narrative.decimals(stated))),
                                "Teksten angiver en forbrugsprocent på " + stated + ", men " + run.regnskab() + " / "
                                        + run.korrBudget() + " × 100 = " + DanishFormat.amount(total[3]) + " / "
                                        + DanishFormat.amount(total[2]) + " × 100 = " + exact + " (forskel "
                                        + DanishFormat.number(diff.setScale(2, RoundingMode.HALF_UP), 2) + ")." + how));
                    }
                }
            }
        });
    }
}
