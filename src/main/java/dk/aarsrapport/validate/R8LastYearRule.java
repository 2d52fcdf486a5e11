package dk.aarsrapport.validate;

import org.springframework.stereotype.Component;

import dk.aarsrapport.base.Finding;
import dk.aarsrapport.base.FindingSink;
import dk.aarsrapport.base.PreviousYear;
import dk.aarsrapport.stage.DanishFormat;

/**
 * R8: each line's Regnskab Y-1 is what the year before published ({@link LastYearFigures}). A difference is an
 * ADVARSEL, not a FEJL: a restatement (omkontering) is real, but it must never pass unnoticed. A sibling
 * folder that cannot be read is said here too; what was not compared is said once in the report.
 */
@Component
class R8LastYearRule implements Rule {

    private final LastYearFigures lastYear;

    R8LastYearRule(LastYearFigures lastYear) {
        this.lastYear = lastYear;
    }

    @Override
    public String id() {
        return "R8";
    }

    @Override
    public void check(ValidationRun run, FindingSink findings) {
        int last = run.year() - 1;
        PreviousYear p = run.previous();
        if (p.state() == PreviousYear.State.UNREADABLE) {
            findings.add(Finding.advarsel(id(), null, p.folder(), null, null, null, null, "Forrige års input i "
                    + p.folder() + " kan ikke læses: " + p.problem() + " Regnskab " + last + " er derfor ikke "
                    + "sammenlignet med årsberetningen for " + last + "."));
            return;
        }
        lastYear.compare(run, d -> findings.add(Finding.advarsel(id(), d.line().politikomraade(),
                d.line().origin().file(), d.line().origin().sheet(), d.cell(), DanishFormat.amount(d.now()),
                DanishFormat.amount(d.published()), "Regnskab " + last + " for \"" + d.line().linje() + "\" er "
                        + DanishFormat.amount(d.now()) + (d.built() ? " (bygget af Konti)" : "")
                        + ", men årsberetningen for " + last + " viste " + published(d) + " (forskel "
                        + DanishFormat.amount(d.diff()) + (d.units().differ() ? " " + d.units().now()
                        + "; sammenlignet i kroner" : "") + "). Er beløbet omkonteret, så forklar det i teksten; "
                        + "ellers ret det.")));
    }

    /** Last year's figure; in another Beløbsenhed both as it was printed and in this year's unit. */
    private static String published(LastYearFigures.Difference d) {
        return !d.units().differ() ? DanishFormat.amount(d.published()) : DanishFormat.amount(d.then()) + " "
                + d.units().before() + ", det er " + DanishFormat.amount(d.published()) + " " + d.units().now();
    }
}
