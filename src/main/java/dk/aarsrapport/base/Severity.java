package dk.aarsrapport.base;

/** FEJL blocks publication of the politikområde it concerns; ADVARSEL is reported and nothing more. */
public enum Severity {
    FEJL, ADVARSEL
}
