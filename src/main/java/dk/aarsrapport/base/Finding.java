package dk.aarsrapport.base;

/**
 * One finding as validation.md describes it: what is wrong, where (file, sheet, cell), what was found
 * and what was expected, and one Danish sentence a finance officer can act on.
 * {@code politikomraade} is null for a finding about a whole sheet or file.
 */
public record Finding(Severity severity, String rule, String politikomraade, String file, String sheet,
                      String cell, String found, String expected, String message) {

    public static Finding fejl(String rule, String politikomraade, String file, String sheet, String cell,
                               String found, String expected, String message) {
        return new Finding(Severity.FEJL, rule, politikomraade, file, sheet, cell, found, expected, message);
    }

    public static Finding advarsel(String rule, String politikomraade, String file, String sheet, String cell,
                                   String found, String expected, String message) {
        return new Finding(Severity.ADVARSEL, rule, politikomraade, file, sheet, cell, found, expected, message);
    }

    /**
     * The console line: {@code FEJL R3 Ældreområdet, aarsregnskab.xlsx Regnskab!G41: …}, with what a cell
     * held that a terminal would act on shown as {@link Texts#visible}, and at most {@link Texts#CONSOLE_LINE}
     * characters: the validation report has the whole message.
     */
    public String line() {
        StringBuilder sb = new StringBuilder().append(severity).append(' ').append(rule);
        if (politikomraade != null) {
            sb.append(' ').append(politikomraade).append(',');
        }
        if (file != null) {
            sb.append(' ').append(file);
        }
        if (cell != null) {
            sb.append(' ').append(cell);
        }
        return Texts.consoleLine(Texts.visible(sb.append(": ").append(message).toString()),
                " (hele teksten i validering.csv)");
    }
}
