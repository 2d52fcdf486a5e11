package dk.aarsrapport.plan;

/** What a run does with one of its reports or documents. */
public enum Decision {
    /** Validation blocked it and no draft was asked for: nothing is drawn or published. */
    NOT_PUBLISHED,
    /** Made from the same fingerprint as the file the last run published, which is still in place. */
    UNCHANGED,
    DRAW
}
