package dk.aarsrapport.cli;

import java.io.PrintStream;
import java.util.Map;

import dk.aarsrapport.base.RollForwardMarker;
import dk.aarsrapport.base.SheetKind;
import dk.aarsrapport.base.Texts;
import dk.aarsrapport.template.RollForward;

/** What {@code template --from} tells the finance officer: what was carried, what was odd, and what is left to do. */
final class RollForwardReport {

    private RollForwardReport() {
    }

    static void print(PrintStream out, Commands.Template t, OldYearRead old, RollForward.Carried carried) {
        int from = old.year();
        int year = t.year;
        String folder = Texts.visible(t.from.toString());
        if (from != year - 1) {
            out.println("Bemærk: " + folder + " er input for " + from + " (efter " + old.namedBy()
                    + ") og er ikke året før " + year + "; kolonnen Regnskab " + (year - 1) + " får Regnskab " + from
                    + ".");
        } else if (old.namedBy() == null) {
            out.println("Bemærk: hverken mappens navn eller arket Rapport i " + folder + " nævner et år; det er læst "
                    + "som " + from + ", året før " + year + ".");
        }
        if (old.fejl() > 0 || old.advarsler() > 0) {
            out.println("Bemærk: input for " + from + " har " + count(old.fejl(), "fejl", "fejl") + " og "
                    + count(old.advarsler(), "advarsel", "advarsler") + "; det er ført over, som det er. Se dem med "
                    + "aarsrapport validate --year " + from + " --input " + folder + ".");
        }
        out.println(Texts.visible("Skabelonen for " + year + " er skrevet til " + t.output + ", rullet frem fra "
                + from + " (" + folder + "). Ført over:"));
        for (Map.Entry<SheetKind, Integer> e : carried.rows().entrySet()) {
            out.println("  " + e.getKey().displayName() + ": " + what(e.getKey(), e.getValue(), from, year));
        }
        out.println("  " + SheetKind.KONTI.displayName() + ": ikke ført over (næste års konti kommer fra "
                + "økonomisystemet).");
        out.println("Det skal du nu gøre:");
        out.println("  1. Udfyld Budget " + year + ", Korr. budget " + year + " og Regnskab " + year
                + " i arket Regnskab; Afvigelse og I alt regner selv. Tilføj og slet linjer efter behov.");
        out.println("  2. Skriv Målsætning og Resultat for " + year + " i arket Effektmål, og årets målinger i "
                + "Målinger.");
        out.println("  3. Læs og ret hver tekst i Tekster og hver Beskrivelse i Effektmål, og slet linjen "
                + RollForwardMarker.line(from) + ". Så længe linjen står der, er teksten en fejl (S6), og "
                + "politikområdet udgives ikke.");
        out.println("  4. Kontrollér Rapport, Politikområder, Modtagere, Målopfølgning og Kontoplan, og kør "
                + "aarsrapport validate --year " + year + ".");
    }

    private static String what(SheetKind kind, int rows, int from, int year) {
        return switch (kind) {
            case RAPPORT -> count(rows, "felt", "felter") + " (Titel og Prisniveau flyttet til " + year + ")";
            case REGNSKAB -> count(rows, "linje", "linjer") + " med Regnskab " + from + " i kolonnen Regnskab "
                    + (year - 1) + ", og en I alt-række pr. politikområde";
            case TEKSTER -> count(rows, "tekst", "tekster") + ", hver med markeringslinjen øverst";
            case EFFEKTMAAL -> count(rows, "effektmål", "effektmål") + " uden Målsætning og Resultat";
            default -> count(rows, "række", "rækker");
        };
    }

    private static String count(long n, String one, String many) {
        return n + " " + (n == 1 ? one : many);
    }
}
