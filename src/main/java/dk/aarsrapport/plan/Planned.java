package dk.aarsrapport.plan;

/**
 * One politikområde or goal framework of the run, as planned: what it is, whether validation blocked it,
 * what the run does with it, where its PDF and its filled report go, and the fingerprint of what fills it.
 * {@code relative}, {@code printName} and {@code fingerprint} are null for {@link Decision#NOT_PUBLISHED}.
 */
public record Planned<T>(T subject, String label, boolean blocked, Decision decision, String relative,
                         String printName, String fingerprint) {

    /** Drawn or left alone as a draft: a blocked report drawn because drafts were asked for. */
    public boolean draft() {
        return blocked && decision != Decision.NOT_PUBLISHED;
    }
}
