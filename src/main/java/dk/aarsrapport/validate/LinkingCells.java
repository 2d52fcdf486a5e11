package dk.aarsrapport.validate;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BiConsumer;

import org.springframework.stereotype.Component;

import dk.aarsrapport.base.Texts;
import dk.aarsrapport.stage.Accounts;
import dk.aarsrapport.stage.LinkedFigures;
import dk.aarsrapport.stage.StagedData;

/**
 * The narrative cells of a run that may hold a linked figure, each with the figures of its own politikområde's
 * accounts table: what L1 checks and what the console previews, read the same way so the preview shows what
 * the rule and the report see.
 */
@Component
class LinkingCells {

    private final StagedData staged;
    private final AccountsByPolitikomraade accountsByArea;
    private final NarrativeFigures narrative;

    LinkingCells(StagedData staged, AccountsByPolitikomraade accountsByArea, NarrativeFigures narrative) {
        this.staged = staged;
        this.accountsByArea = accountsByArea;
        this.narrative = narrative;
    }

    void forEach(long run, int year, BiConsumer<NarrativeCells.Cell, LinkedFigures> action) {
        Map<String, List<NarrativeCells.Cell>> byArea = new LinkedHashMap<>();
        for (NarrativeCells.Cell c : NarrativeCells.of(staged, run, false)) {
            if (LinkedFigures.mayLink(c.text())) {
                byArea.computeIfAbsent(Texts.key(c.politikomraade()), k -> new ArrayList<>()).add(c);
            }
        }
        if (byArea.isEmpty()) {
            return; // most runs link nothing: the accounts are not read for nothing
        }
        BigDecimal perUnit = narrative.kronerPerUnit(run);
        accountsByArea.forEach(run, (area, accounts) -> {
            List<NarrativeCells.Cell> cells = byArea.remove(area);
            if (cells != null) {
                LinkedFigures figures = LinkedFigures.of(accounts, year, perUnit);
                cells.forEach(c -> action.accept(c, figures));
            }
        });
        // a politikområde without accounts lines has no figures to link to
        LinkedFigures none = LinkedFigures.of(Accounts.of(List.of()), year, perUnit);
        byArea.values().forEach(cells -> cells.forEach(c -> action.accept(c, none)));
    }
}
