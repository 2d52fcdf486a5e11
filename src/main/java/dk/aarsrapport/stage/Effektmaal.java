package dk.aarsrapport.stage;

public record Effektmaal(String politikomraade, String gruppe, String maal, String beskrivelse, String maalsaetning,
                         String resultat, Origin origin) {
}
