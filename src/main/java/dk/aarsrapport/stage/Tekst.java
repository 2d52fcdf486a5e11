package dk.aarsrapport.stage;

public record Tekst(String politikomraade, String afsnit, String tekst, Origin origin) {
}
