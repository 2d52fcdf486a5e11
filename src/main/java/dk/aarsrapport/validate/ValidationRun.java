package dk.aarsrapport.validate;

/** The run being validated: its staged data's id and the year reported (rules name columns by year). */
public record ValidationRun(long id, int year) {

    String regnskab() {
        return "Regnskab " + year;
    }

    String korrBudget() {
        return "Korr. budget " + year;
    }
}
