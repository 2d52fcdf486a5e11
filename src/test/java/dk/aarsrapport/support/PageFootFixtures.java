package dk.aarsrapport.support;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Inputs that walk a heading, a table and a chart across the foot of a page. Area (or framework) i has
 * i more lines of filler before the probe than area 0, so over the set every probe lands at every height
 * above the page foot, in steps smaller than any gap a bad break leaves (a bullet line is 16 pt, a
 * heading 26 pt, a table row 20–24 pt). The filler counts are set so the sweep passes the page foot.
 */
public final class PageFootFixtures {

    /** How many politikområder the sweep has. */
    public static final int AREAS = 16;
    /** How many goal frameworks each of the two framework sweeps has. */
    public static final int RAMMER = 12;

    private PageFootFixtures() {
    }

    public static String area(int i) {
        return String.format("Område %02d", i + 1);
    }

    /** The Målinger indicator of area i; a name no other area's contains. */
    public static String indicator(int i) {
        return String.format("Indikator nr. %02d", i + 1);
    }

    public static String maal(int i) {
        return String.format("Effektmål nr. %02d", i + 1);
    }

    /** The {@code ## } headings every area's texts have. */
    public static final List<String> TEXT_HEADINGS = List.of("Regnskabet i tal", "Første overskrift",
            "Anden overskrift", "Underoverskrift");

    /**
     * Politikområder whose Regnskabsresultat text ends in a heading over the accounts table, whose Om
     * politikområdet has two headings in a row over a paragraph, whose Fokusområder has one, and whose
     * Effektmål section has an effektmål with a Målinger table and chart; each after filler.
     */
    public static Path politikomraader(Path dir) throws IOException {
        List<String[]> areas = new ArrayList<>(List.<String[]>of(new String[] {"Nr", "Politikområde", "Udvalg"}));
        List<String[]> texts = new ArrayList<>(List.<String[]>of(new String[] {"Politikområde", "Afsnit", "Tekst"}));
        List<String[]> accounts = new ArrayList<>(List.<String[]>of(new String[] {"Politikområde", "Linje",
                "Regnskab 2014", "Budget 2015", "Korr. budget 2015", "Regnskab 2015", "Afvigelse"}));
        List<String[]> goals = new ArrayList<>(List.<String[]>of(new String[] {"Politikområde", "Gruppe", "Mål",
                "Beskrivelse", "Målsætning", "Resultat"}));
        List<String[]> measured = new ArrayList<>(List.<String[]>of(new String[] {"Politikområde", "Mål", "Indikator",
                "Serie", "År", "Periode", "Tæller", "Nævner", "Værdi", "Målværdi", "Enhed"}));
        for (int i = 0; i < AREAS; i++) {
            String a = area(i);
            areas.add(new String[] {String.valueOf(10 + i), a, "Testudvalget"});
            texts.add(new String[] {a, "Regnskabsresultat", filler(28 + i) + "\n\n## Regnskabet i tal"});
            texts.add(new String[] {a, "Om politikområdet", filler(32 + i)
                    + "\n\n## Første overskrift\n## Anden overskrift\n\nTekst under de to overskrifter."});
            texts.add(new String[] {a, "Fokusområder", filler(32 + i) + "\n\n## Underoverskrift\n\nTekst under den."});
            texts.add(new String[] {a, "Effektmål", filler(20 + i)});
            for (String line : List.of("Administration", "Drift", "Anlæg")) {
                accounts.add(new String[] {a, line, "100", "100", "100", "100", "0"});
            }
            goals.add(new String[] {a, "", maal(i), "Beskrivelse af målet.", "Målsætning for året.", "Resultat for året."});
            measured.add(new String[] {a, maal(i), indicator(i), "", "2014", "", "", "", "10", "12", "antal"});
            measured.add(new String[] {a, maal(i), indicator(i), "", "2015", "", "", "", "11", "12", "antal"});
        }
        CsvFixture.write(dir.resolve("politikomraader.csv"), areas);
        CsvFixture.write(dir.resolve("tekster.csv"), texts);
        CsvFixture.write(dir.resolve("regnskab.csv"), accounts);
        CsvFixture.write(dir.resolve("effektmaal.csv"), goals);
        CsvFixture.write(dir.resolve("maalinger.csv"), measured);
        CsvFixture.write(dir.resolve("rapport.csv"), List.of(new String[] {"Felt", "Værdi"},
                new String[] {"Kommune", "Testkommune"}, new String[] {"Titel", "Regnskab 2015 – Årsberetning"}));
        return dir;
    }

    /**
     * Goal frameworks of two kinds. "Oversigt 01…": a first Tema of more and more goals pushes the other
     * Temaer's rows of the overview down its page. "Indsatser 01…": a first goal of more and more
     * indsatser pushes a Tema with a long description, and goals with a long Målsætning and Målgruppe, down
     * the goals section.
     */
    public static Path rammer(Path dir) throws IOException {
        List<String[]> rows = new ArrayList<>(List.<String[]>of(new String[] {"Ramme", "Tema", "Nr", "Målsætning",
                "Målgruppe", "Indsats", "Beskrivelse", "Samarbejdspartnere", "Status", "Temabeskrivelse"}));
        for (int i = 0; i < RAMMER; i++) {
            String ramme = String.format("Oversigt %02d", i + 1);
            for (int g = 0; g < 18 + i; g++) {
                rows.add(goal(ramme, "Tema A", "A." + (g + 1), "Mål " + (g + 1) + " i tema A.", "", "Indsats", "", ""));
            }
            for (String tema : List.of("Tema B", "Tema C")) {
                for (int g = 0; g < 3; g++) {
                    rows.add(goal(ramme, tema, tema.substring(5) + "." + (g + 1), "Mål i " + tema + ".", "", "Indsats",
                            "", ""));
                }
            }
        }
        String description = ("Temaet beskrives her så udførligt, at beskrivelsen fylder mange linjer under temaets "
                + "overskrift. ").repeat(12);
        String longGoal = "En målsætning, der er så lang, at den fylder flere linjer i målets overskrift. ".repeat(3);
        String longGroup = "Borgere i alle aldre, deres pårørende, frivillige og foreninger i kommunen. ".repeat(3);
        for (int i = 0; i < RAMMER; i++) {
            String ramme = String.format("Indsatser %02d", i + 1);
            rows.add(goal(ramme, "Tema A", "A.1", "Det første mål.", "", "Indsats 1", "Partner", ""));
            for (int k = 2; k <= 12 + i; k++) {
                rows.add(goal(ramme, "Tema A", "A.1", "", "", "Indsats " + k, "Partner", ""));
            }
            rows.add(goal(ramme, "Tema B", "B.1", longGoal, longGroup, "Indsats B", "Partner", description));
            for (int g = 2; g <= 6; g++) {
                rows.add(goal(ramme, "Tema B", "B." + g, longGoal, longGroup, "Indsats B" + g, "Partner", ""));
            }
        }
        CsvFixture.write(dir.resolve("maalopfoelgning.csv"), rows);
        CsvFixture.write(dir.resolve("rapport.csv"), List.of(new String[] {"Felt", "Værdi"},
                new String[] {"Kommune", "Testkommune"}));
        return dir;
    }

    private static String[] goal(String ramme, String tema, String nr, String maalsaetning, String maalgruppe,
                                 String indsats, String partner, String temaBeskrivelse) {
        return new String[] {ramme, tema, nr, maalsaetning, maalgruppe, indsats, "", partner, "I gang", temaBeskrivelse};
    }

    /** {@code n} one-line bullets: each a block of its own, 16 pt high. */
    private static String filler(int n) {
        StringBuilder sb = new StringBuilder();
        for (int k = 1; k <= n; k++) {
            sb.append(k == 1 ? "" : "\n").append("• Fyldpunkt ").append(k);
        }
        return sb.toString();
    }
}
