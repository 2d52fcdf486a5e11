package dk.aarsrapport.base;

/**
 * A settings record refused a value that its type reads well enough (no tries at all, a negative wait).
 * Names the component, not a sentence: the command line says it in Danish with the setting's full name and
 * the value as the operator wrote it, which only the environment knows.
 */
public final class InvalidSettingException extends IllegalArgumentException {

    private final String component;

    public InvalidSettingException(String component) {
        super("Invalid value of setting " + component);
        this.component = component;
    }

    /** The record component, as the record names it ({@code maxVedhaeftning}). */
    public String component() {
        return component;
    }
}
