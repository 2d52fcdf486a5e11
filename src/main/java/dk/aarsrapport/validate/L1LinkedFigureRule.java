package dk.aarsrapport.validate;

import org.springframework.stereotype.Component;

import dk.aarsrapport.base.Finding;
import dk.aarsrapport.base.FindingSink;
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
    private final LinkingCells cells;

    L1LinkedFigureRule(StagedData staged, LinkingCells cells) {
        this.staged = staged;
        this.cells = cells;
    }

    @Override
    public String id() {
        return "L1";
    }

    @Override
    public void check(ValidationRun run, FindingSink findings) {
        cells.forEach(run.id(), run.year(), (c, figures) -> {
            for (LinkedFigures.Unfilled u : figures.fill(c.text()).unfilled()) {
                findings.add(Finding.fejl(id(), c.politikomraade(), c.origin().file(), c.origin().sheet(),
                        staged.cell(run.id(), c.origin(), c.field()), u.written(), null,
                        "Henvisningen «" + u.written() + "» kan ikke udfyldes: " + u.reason()
                                + ". Teksten trykkes med henvisningen, som den står."));
            }
        });
    }
}
