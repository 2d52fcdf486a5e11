package dk.aarsrapport.support;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Inputs that walk a heading, a table and a chart across the foot of a page. Area i has
 * i more lines of filler before the probe than area 0, so over the set every probe lands at every height
 * above the page foot, in steps smaller than any gap a bad break leaves (a bullet line is 16 pt, a
 * heading 26 pt, a table row 20–24 pt). The filler counts are set so the sweep passes the page foot.
 */
public final class PageFootFixtures {

    /** How many politikområder the sweep has. */
    public static final int AREAS = 16;

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

    /** {@code n} one-line bullets: each a block of its own, 16 pt high. */
    private static String filler(int n) {
        StringBuilder sb = new StringBuilder();
        for (int k = 1; k <= n; k++) {
            sb.append(k == 1 ? "" : "\n").append("• Fyldpunkt ").append(k);
        }
        return sb.toString();
    }
}
