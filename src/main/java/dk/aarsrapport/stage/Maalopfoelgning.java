package dk.aarsrapport.stage;

/**
 * One row of the Målopfølgning sheet: one indsats of one goal of a goal framework (Ramme). The goal's
 * own fields (Nr, Målsætning, Målgruppe, Tema, Politikområde) may be given on its first row only;
 * {@link MaalRammer} puts the rows together into goals. Every field but Ramme may be null.
 */
public record Maalopfoelgning(String ramme, String tema, String temabeskrivelse, String nr, String maalsaetning,
                              String maalgruppe, String indsats, String beskrivelse, String samarbejdspartnere,
                              String status, String politikomraade, Origin origin) {

    /** Whether the row describes an indsats at all (a name, a description or partners). */
    public boolean hasIndsats() {
        return indsats != null || beskrivelse != null || samarbejdspartnere != null;
    }
}
