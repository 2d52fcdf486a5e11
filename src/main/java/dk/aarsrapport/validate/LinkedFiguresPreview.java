package dk.aarsrapport.validate;

import java.util.ArrayList;
import java.util.List;

import org.springframework.stereotype.Component;

import dk.aarsrapport.base.RollForwardMarker;
import dk.aarsrapport.stage.LinkedFigures;
import dk.aarsrapport.stage.StagedData;

/**
 * Every narrative text of a staged run that holds a linked figure, as written and as the report prints it, for
 * the finance officer to read before generating: the same filling as the report's and L1's.
 */
@Component
public class LinkedFiguresPreview {

    /** One text: where it stands, as written, as printed, each reference's figure, and the ones that name nothing. */
    public record Text(String politikomraade, String file, String sheet, String cell, String written, String printed,
            List<LinkedFigures.Link> links, List<LinkedFigures.Unfilled> unfilled) {
    }

    private final StagedData staged;
    private final LinkingCells cells;

    LinkedFiguresPreview(StagedData staged, LinkingCells cells) {
        this.staged = staged;
        this.cells = cells;
    }

    public List<Text> of(long run, int year) {
        List<Text> texts = new ArrayList<>();
        cells.forEach(run, year, (c, figures) -> {
            LinkedFigures.Filled f = figures.fill(RollForwardMarker.without(c.text()));
            texts.add(new Text(c.politikomraade(), c.origin().file(), c.origin().sheet(),
                    staged.cell(run, c.origin(), c.field()), c.text(), f.text(), f.links(), f.unfilled()));
        });
        return texts;
    }
}
