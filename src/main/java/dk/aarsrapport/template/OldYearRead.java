package dk.aarsrapport.template;

/**
 * The year a roll-forward starts from, as {@link OldYearReader} read it, with what validation found in it.
 *
 * @param namedBy how its year was found: "mappens navn", "arket Rapport", or null when it was taken to be the
 *                year before (neither says otherwise)
 */
public record OldYearRead(OldYear data, long fejl, long advarsler, String namedBy) {

    public int year() {
        return data.year();
    }
}
