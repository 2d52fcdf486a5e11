package dk.aarsrapport.validate;

import dk.aarsrapport.base.PreviousYear;

/**
 * The run being validated: its staged data's id, the year reported (rules name columns by year), and what
 * came of looking for the previous year's input (R8).
 */
public record ValidationRun(long id, int year, PreviousYear previous) {

    public ValidationRun(long id, int year) {
        this(id, year, PreviousYear.NONE);
    }

    String regnskab() {
        return "Regnskab " + year;
    }

    String korrBudget() {
        return "Korr. budget " + year;
    }
}
