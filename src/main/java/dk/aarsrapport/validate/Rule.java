package dk.aarsrapport.validate;

import dk.aarsrapport.base.FindingSink;

/** One rule of validation.md, run over a run's staged data; it reports findings and never throws for bad data. */
public interface Rule {

    /** The rule id of validation.md (R1 … S5). */
    String id();

    void check(ValidationRun run, FindingSink findings);
}
