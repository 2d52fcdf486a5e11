package dk.aarsrapport.stage;

/**
 * One row of Kontoplan as typed: the pattern cells are kept as text, because a pattern that is no pattern
 * is a finding of its own (K2) that names what was written. {@code seq} is its place in reading order.
 */
public record KontoplanRaekke(int seq, String funktion, String dranst, String art, String sted,
                              String politikomraade, String linje, Origin origin) {
}
