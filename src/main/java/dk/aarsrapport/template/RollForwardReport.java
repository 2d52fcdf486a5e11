package dk.aarsrapport.template;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import dk.aarsrapport.base.RollForwardMarker;
import dk.aarsrapport.base.SheetKind;
import dk.aarsrapport.base.Texts;

/**
 * What a roll-forward tells the finance officer, on the console and in the web console alike: what was carried,
 * what was odd, and what is left to do.
 */
public final class RollForwardReport {

    private RollForwardReport() {
    }

    /**
     * The lines, in order. {@code folder}: the old year's folder as the user named it; {@code written}: where the
     * workbook went; {@code validate}: the command or action that shows findings, with the year filled in.
     */
    public static List<String> lines(String folder, String written, int year, OldYearRead old,
                                     RollForward.Carried carried, java.util.function.IntFunction<String> validate) {
        List<String> out = new ArrayList<>();
        int from = old.year();
        folder = Texts.visible(folder);
        if (from != year - 1) {
            out.add("Bemærk: " + folder + " er input for " + from + " (efter " + old.namedBy()
                    + ") og er ikke året før " + year + "; kolonnen Regnskab " + (year - 1) + " får Regnskab " + from
                    + ".");
        } else if (old.namedBy() == null) {
            out.add("Bemærk: hverken mappens navn eller arket Rapport i " + folder + " nævner et år; det er læst "
                    + "som " + from + ", året før " + year + ".");
        }
        if (old.fejl() > 0 || old.advarsler() > 0) {
            out.add("Bemærk: input for " + from + " har " + count(old.fejl(), "fejl", "fejl") + " og "
                    + count(old.advarsler(), "advarsel", "advarsler") + "; det er ført over, som det er. Se dem med "
                    + validate.apply(from) + ".");
        }
        out.add(Texts.visible("Skabelonen for " + year + " er skrevet til " + written + ", rullet frem fra "
                + from + " (" + folder + "). Ført over:"));
        for (Map.Entry<SheetKind, Integer> e : carried.rows().entrySet()) {
            out.add("  " + e.getKey().displayName() + ": " + what(e.getKey(), e.getValue(), from, year));
        }
        out.add("  " + SheetKind.KONTI.displayName() + ": ikke ført over (næste års konti kommer fra "
                + "økonomisystemet).");
        out.add("Det skal du nu gøre:");
        out.add("  1. Udfyld Budget " + year + ", Korr. budget " + year + " og Regnskab " + year
                + " i arket Regnskab; Afvigelse og I alt regner selv. Tilføj og slet linjer efter behov.");
        out.add("  2. Skriv Målsætning og Resultat for " + year + " i arket Effektmål, og årets målinger i "
                + "Målinger.");
        out.add("  3. Læs og ret hver tekst i Tekster og hver Beskrivelse i Effektmål, og slet linjen "
                + RollForwardMarker.line(from) + ". Så længe linjen står der, er teksten en fejl (S6), og "
                + "politikområdet udgives ikke.");
        out.add("  4. Kontrollér Rapport, Politikområder, Modtagere, Målopfølgning og Kontoplan, og kør "
                + validate.apply(year) + ".");
        return out;
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
