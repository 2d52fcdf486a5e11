package dk.aarsrapport.validate;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.stereotype.Component;

import dk.aarsrapport.base.Finding;
import dk.aarsrapport.base.FindingSink;
import dk.aarsrapport.base.Texts;
import dk.aarsrapport.stage.Accounts;
import dk.aarsrapport.stage.LinkedFigures;
import dk.aarsrapport.stage.StagedData;

/**
 * L1: a linked figure ({@code {I alt.Afvigelse}}) that names no line, column or figure of its politikområde's
 * accounts table, or whose brace is never closed. The report prints such a reference as written, so a reader
 * would see the braces: an error, and the politikområde is not published until it is corrected.
 */
@Component
class L1LinkedFigureRule implements Rule {

    private final StagedData staged;
    private final AccountsByPolitikomraade accountsByArea;
    private final NarrativeFigures narrative;

    L1LinkedFigureRule(StagedData staged, AccountsByPolitikomraade accountsByArea, NarrativeFigures narrative) {
        this.staged = staged;
        this.accountsByArea = accountsByArea;
        this.narrative = narrative;
    }

    @Override
    public String id() {
        return "L1";
    }

    @Override
    public void check(ValidationRun run, FindingSink findings) {
        Map<String, List<NarrativeCells.Cell>> byArea = new LinkedHashMap<>();
        for (NarrativeCells.Cell c : NarrativeCells.of(staged, run.id(), false)) {
            if (LinkedFigures.mayLink(c.text())) {
                byArea.computeIfAbsent(Texts.key(c.politikomraade()), k -> new ArrayList<>()).add(c);
            }
        }
        if (byArea.isEmpty()) {
            return; // most runs link nothing: the accounts are not read for nothing
        }
        BigDecimal perUnit = narrative.kronerPerUnit(run.id());
        accountsByArea.forEach(run.id(), (area, accounts) -> {
            List<NarrativeCells.Cell> cells = byArea.remove(area);
            if (cells != null) {
                check(run, cells, LinkedFigures.of(accounts, run.year(), perUnit), findings);
            }
        });
        // a politikområde without accounts lines has no figures to link to
        Accounts none = Accounts.of(List.of());
        byArea.values().forEach(cells -> check(run, cells, LinkedFigures.of(none, run.year(), perUnit), findings));
    }

    private void check(ValidationRun run, List<NarrativeCells.Cell> cells, LinkedFigures figures,
                       FindingSink findings) {
        for (NarrativeCells.Cell c : cells) {
            for (LinkedFigures.Unfilled u : figures.fill(c.text()).unfilled()) {
                findings.add(Finding.fejl(id(), c.politikomraade(), c.origin().file(), c.origin().sheet(),
                        staged.cell(run.id(), c.origin(), c.field()), u.written(), null,
                        "Henvisningen «" + u.written() + "» kan ikke udfyldes: " + u.reason()
                                + ". Teksten trykkes med henvisningen, som den står."));
            }
        }
    }
}
