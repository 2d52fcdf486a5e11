package dk.aarsrapport.stage;

public record Modtager(String navn, String email, String udvalg, String politikomraade, Origin origin) {
}
