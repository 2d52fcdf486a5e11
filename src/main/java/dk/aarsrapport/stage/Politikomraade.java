package dk.aarsrapport.stage;

public record Politikomraade(int nr, String navn, String udvalg, Origin origin) {
}
