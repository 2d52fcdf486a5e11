package dk.aarsrapport.validate;

import java.util.OptionalInt;

import org.springframework.stereotype.Component;

import dk.aarsrapport.base.Finding;
import dk.aarsrapport.base.FindingSink;
import dk.aarsrapport.base.RollForwardMarker;
import dk.aarsrapport.stage.StagedData;

/**
 * S6: a text that {@code template --from} carried over from last year still has its marker line, so nobody has
 * read and revised it yet. An error: last year's narrative must never be published as this year's by accident.
 */
@Component
class S6RollForwardMarkerRule implements Rule {

    private final StagedData staged;

    S6RollForwardMarkerRule(StagedData staged) {
        this.staged = staged;
    }

    @Override
    public String id() {
        return "S6";
    }

    @Override
    public void check(ValidationRun run, FindingSink findings) {
        for (NarrativeCells.Cell c : NarrativeCells.of(staged, run.id(), true)) {
            OptionalInt year = RollForwardMarker.find(c.text());
            if (year.isEmpty()) {
                continue;
            }
            String marker = "[Fra " + year.getAsInt() + " …]";
            findings.add(Finding.fejl(id(), c.politikomraade(), c.origin().file(), c.origin().sheet(),
                    staged.cell(run.id(), c.origin(), c.field()), marker, "teksten rettet og linjen slettet",
                    "Teksten er sidste års tekst fra " + year.getAsInt() + " og er endnu ikke rettet til "
                            + run.year() + ": læs og ret den, og slet linjen " + marker
                            + ". Indtil da udgives politikområdet ikke."));
        }
    }
}
