package dk.aarsrapport.bench;

import java.io.IOException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

import org.apache.poi.ss.usermodel.Sheet;

/**
 * A made-up municipality's input, as large as asked and the same for the same seed: N politikområder
 * of M accounts lines each, amounts rounded to 1.000 kr. from kroner as real reports are (so the
 * sums and Afvigelser show the usual rounding differences, inside validation.md's tolerances),
 * narrative with subheadings and bullets whose stated result and forbrugsprocent agree with the
 * figures, effektmål with Målinger (shares with Tæller and Nævner), Modtagere per udvalg.
 *
 * <p>Written as CSV files or as one xlsx workbook; the workbook is streamed (POI's SXSSF with a
 * shared-strings table, as Excel writes it), so a million rows never sit in memory.
 */
public final class DataGenerator {

    /** What to generate. */
    public record Spec(String kommune, int year, int areas, int linesPerArea, long seed) {
        long rows() {
            return (long) areas * linesPerArea;
        }
    }

    private static final String[] UDVALG = {"Økonomiudvalget", "Børne- og ungdomsudvalget",
            "Social- og sundhedsudvalget", "Teknisk udvalg", "Kultur- og fritidsudvalget", "Beskæftigelsesudvalget"};
    private static final String[] OMRAADER = {"Dagtilbud", "Skoler", "Ældre", "Handicap", "Psykiatri", "Veje",
            "Natur og miljø", "Kultur", "Idræt", "Sundhed", "Beskæftigelse", "Integration", "Administration",
            "Ejendomme", "Kollektiv trafik", "Forsyning", "Forebyggelse", "Familier", "Biblioteker",
            "Erhverv", "Turisme", "Redning", "Digitalisering", "Boliger", "Klima"};
    private static final String[] LINJER = {"Løn", "Driftsudgifter", "Tilskud", "Indtægter", "Bygninger",
            "Vedligeholdelse", "Takster", "Refusion", "Aktivitet", "Puljer", "Anlæg", "Administration",
            "IT", "Transport", "Forsikring", "Leje", "Rådgivning", "Kurser", "Materialer", "Energi"};

    private final Spec spec;

    public DataGenerator(Spec spec) {
        this.spec = spec;
    }

    /** Every sheet as {@code <stem>.csv} in {@code folder}: ';', UTF-8 with BOM, quoted where needed. */
    public void writeCsv(Path folder) throws IOException {
        Files.createDirectories(folder);
        GeneratedSheets.writeCsv(folder, sheets());
    }

    /** One workbook with every sheet; numbers as numeric cells, texts through the shared-strings table. */
    public void writeXlsx(Path file) throws IOException {
        Files.createDirectories(file.toAbsolutePath().getParent());
        GeneratedSheets.writeXlsx(file, sheets());
    }


    /** Numbers in CSV as finance staff export them: Danish thousands separator and decimal comma. */




    private List<GeneratedSheets.Sheet> sheets() {
        int y = spec.year();
        List<GeneratedSheets.Sheet> sheets = new ArrayList<>();
        sheets.add(new GeneratedSheets.Sheet("Rapport", "rapport", new Object[] {"Felt", "Værdi"}, out -> {
            out.accept(new Object[] {"Kommune", spec.kommune()});
            out.accept(new Object[] {"Titel", "Regnskab " + y + " – Årsberetning"});
            out.accept(new Object[] {"Beløbsenhed", "1.000 kr."});
            out.accept(new Object[] {"Prisniveau", y + " P/L"});
        }));
        sheets.add(new GeneratedSheets.Sheet("Politikområder", "politikomraader", new Object[] {"Nr", "Politikområde", "Udvalg"},
                out -> {
                    for (int a = 0; a < spec.areas(); a++) {
                        out.accept(new Object[] {(long) nr(a), areaName(a), udvalg(a)});
                    }
                }));
        sheets.add(new GeneratedSheets.Sheet("Regnskab", "regnskab", new Object[] {"Politikområde", "Linje", "Regnskab " + (y - 1),
                "Budget " + y, "Korr. budget " + y, "Regnskab " + y, "Afvigelse"}, out -> {
                    for (int a = 0; a < spec.areas(); a++) {
                        Accounts acc = accounts(a);
                        for (int l = 0; l < spec.linesPerArea(); l++) {
                            long[] k = acc.lines.get(l);
                            out.accept(new Object[] {areaName(a), lineName(l), thousands(k[0]), thousands(k[1]),
                                    thousands(k[2]), thousands(k[3]), thousands(k[3] - k[2])});
                        }
                        long[] t = acc.total;
                        out.accept(new Object[] {areaName(a), "I alt", thousands(t[0]), thousands(t[1]),
                                thousands(t[2]), thousands(t[3]), thousands(t[3] - t[2])});
                    }
                }));
        sheets.add(new GeneratedSheets.Sheet("Tekster", "tekster", new Object[] {"Politikområde", "Afsnit", "Tekst"}, out -> {
            for (int a = 0; a < spec.areas(); a++) {
                out.accept(new Object[] {areaName(a), "Regnskabsresultat", resultText(accounts(a))});
                out.accept(new Object[] {areaName(a), "Fokusområder", fokusText(a)});
            }
        }));
        sheets.add(new GeneratedSheets.Sheet("Effektmål", "effektmaal", new Object[] {"Politikområde", "Gruppe", "Mål", "Beskrivelse",
                "Målsætning", "Resultat"}, out -> {
                    for (int a = 0; a < spec.areas(); a++) {
                        for (int g = 1; g <= 2; g++) {
                            out.accept(new Object[] {areaName(a), g == 1 ? "Byrådets mål" : null, goal(g),
                                    "Borgerne i " + areaName(a).toLowerCase() + " skal opleve en bedre indsats. "
                                            + "Målet følges med en fast indikator hvert år.",
                                    "Andelen skal øges med 2 procentpoint i " + y + ".",
                                    "Andelen blev øget som ventet, jf. målingerne."});
                        }
                    }
                }));
        sheets.add(new GeneratedSheets.Sheet("Målinger", "maalinger", new Object[] {"Politikområde", "Mål", "Indikator", "Serie", "År",
                "Periode", "Tæller", "Nævner", "Værdi", "Målværdi", "Enhed"}, out -> {
                    for (int a = 0; a < spec.areas(); a++) {
                        SplittableRandom rnd = random(a, 7);
                        for (int g = 1; g <= 2; g++) {
                            for (int year = y - 3; year <= y; year++) {
                                long naevner = 200 + rnd.nextInt(5000);
                                long taeller = naevner * (40 + rnd.nextInt(50)) / 100;
                                BigDecimal vaerdi = BigDecimal.valueOf(taeller * 100).divide(BigDecimal.valueOf(naevner),
                                        1, RoundingMode.HALF_UP);
                                out.accept(new Object[] {areaName(a), goal(g), "Andel borgere med et godt forløb",
                                        spec.kommune(), (long) year, null, taeller, naevner, vaerdi, null, "%"});
                            }
                        }
                    }
                }));
        sheets.add(new GeneratedSheets.Sheet("Modtagere", "modtagere", new Object[] {"Navn", "E-mail", "Udvalg", "Politikområde"},
                out -> {
                    for (int u = 0; u < Math.min(UDVALG.length, spec.areas()); u++) {
                        out.accept(new Object[] {UDVALG[u], "udvalg" + (u + 1) + "@example.org", UDVALG[u], null});
                    }
                    for (int a = 0; a < spec.areas(); a += 5) {
                        out.accept(new Object[] {"Leder af " + areaName(a), "leder" + nr(a) + "@example.org", null,
                                areaName(a)});
                    }
                }));
        return sheets;
    }

    private static int nr(int area) {
        return 10 * (area + 1);
    }

    private static String areaName(int area) {
        String base = OMRAADER[area % OMRAADER.length];
        return area < OMRAADER.length ? base : base + " " + (area / OMRAADER.length + 1);
    }

    private static String udvalg(int area) {
        return UDVALG[area % UDVALG.length];
    }

    private static String lineName(int line) {
        String base = LINJER[line % LINJER.length];
        return line < LINJER.length ? base : base + " " + (line / LINJER.length + 1);
    }

    private static String goal(int g) {
        return "Mål " + g + ": flere borgere i et godt forløb";
    }

    /** Amounts in kroner per line: Regnskab Y-1, Budget Y, Korr. budget Y, Regnskab Y; and their totals. */
    private record Accounts(List<long[]> lines, long[] total) {
    }

    private Accounts accounts(int area) {
        SplittableRandom rnd = random(area, 1);
        List<long[]> lines = new ArrayList<>(spec.linesPerArea());
        long[] total = new long[4];
        for (int l = 0; l < spec.linesPerArea(); l++) {
            // mostly expenses of very different size, some income lines (negative), as in real accounts
            long scale = (long) Math.pow(10, 5 + rnd.nextInt(4));
            long prev = (rnd.nextInt(10) == 0 ? -1 : 1) * (scale + rnd.nextLong(scale * 9));
            long budget = prev + prev / 100 * (rnd.nextInt(11) - 5);
            long korr = budget + budget / 100 * (rnd.nextInt(21) - 10);
            long regnskab = korr + korr / 100 * (rnd.nextInt(17) - 8) + rnd.nextInt(1000);
            long[] line = {prev, budget, korr, regnskab};
            lines.add(line);
            for (int i = 0; i < 4; i++) {
                total[i] += line[i];
            }
        }
        return new Accounts(lines, total);
    }

    private static long thousands(long kroner) {
        return BigDecimal.valueOf(kroner).divide(BigDecimal.valueOf(1000), 0, RoundingMode.HALF_UP).longValue();
    }

    /** The Regnskabsresultat text states the result and forbrugsprocent that R4 and R5 check. */
    private static String resultText(Accounts acc) {
        long korr = thousands(acc.total[2]);
        long regnskab = thousands(acc.total[3]);
        long diff = regnskab - korr;
        String word = diff >= 0 ? "merforbrug" : "mindreforbrug";
        String mio = GeneratedSheets.danish(BigDecimal.valueOf(Math.abs(diff)).divide(BigDecimal.valueOf(1000), 1, RoundingMode.HALF_UP), 1);
        String sentence = "Der er på politikområdet et " + word + " på " + mio + " mio. kr.";
        if (korr != 0) {
            String pct = GeneratedSheets.danish(BigDecimal.valueOf(regnskab * 100).divide(BigDecimal.valueOf(korr), 1,
                    RoundingMode.HALF_UP), 1);
            sentence = "Der er på politikområdet et " + word + " på " + mio
                    + " mio. kr., hvilket svarer til en forbrugsprocent på " + pct + ".";
        }
        return sentence + "\n\nAfvigelsen skyldes primært **flere borgere** end forudsat i budgettet og "
                + "*forsinkede* anlægsprojekter, der overføres til næste år.";
    }

    private static String fokusText(int area) {
        return "## Sammenhængende forløb\nI året har området arbejdet med at gøre forløbene mere sammenhængende "
                + "for borgerne i " + areaName(area).toLowerCase() + ".\n\n"
                + "• Nye samarbejdsaftaler med civilsamfundet\n"
                + "• Digital selvbetjening\n  - booking af tider\n  - status på sager\n"
                + "• Kompetenceudvikling af medarbejderne\n\n"
                + "## Økonomisk styring\nDer er fulgt tæt op på forbruget hver måned.";
    }

    private SplittableRandom random(int area, int stream) {
        return new SplittableRandom(spec.seed() * 1_000_003L + area * 31L + stream);
    }

    /** {@code DataGenerator <csv|xlsx> <target> <areas> <lines per area> [year] [seed]}: for trying by hand. */
    public static void main(String[] args) throws IOException {
        Spec spec = new Spec("Benchmark Kommune", args.length > 4 ? Integer.parseInt(args[4]) : 2015,
                Integer.parseInt(args[2]), Integer.parseInt(args[3]), args.length > 5 ? Long.parseLong(args[5]) : 1);
        DataGenerator generator = new DataGenerator(spec);
        if (args[0].equals("csv")) {
            generator.writeCsv(Path.of(args[1]));
        } else {
            generator.writeXlsx(Path.of(args[1]));
        }
    }
}
