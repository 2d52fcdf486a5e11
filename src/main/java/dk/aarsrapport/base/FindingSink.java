package dk.aarsrapport.base;

/** Where findings go; every finding of a run is kept, none stops the run. */
@FunctionalInterface
public interface FindingSink {
    void add(Finding finding);
}
