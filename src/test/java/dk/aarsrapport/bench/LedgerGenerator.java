package dk.aarsrapport.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.function.Consumer;

import org.apache.poi.ss.usermodel.Sheet;

/**
 * A made-up ledger as an ERP exports it, at funktion × art × sted: {@code Konti} of as many rows as asked and
 * a {@code Kontoplan} that maps every account, with the forms a real one has: exact funktioner, hovedfunktion
 * catch-alls with exact overrides, a Dranst row and an artsgruppe row. Plus the least a valid input needs
 * (Rapport with a control total, Politikområder). Every Kontoplan row gets accounts and no two rows rival, so
 * the K-rules find nothing; the same for the same size.
 */
public final class LedgerGenerator {

    /** 20 hovedfunktioner of 10 funktioner each: 200 funktioner. */
    private static final int HOVEDFUNKTIONER = 20;
    private static final int FUNKTIONER = 10;
    /** Arter: an income art, a statsrefusion art (booked on dranst 2), and an artsgruppe 4 of two arter. */
    private static final String[] ARTER = {"1.0", "2.2", "2.7", "4.0", "4.5", "5.2", "5.9", "7.1", "7.6", "8.6"};
    private static final String[] AREAS = {"Administration", "Dagtilbud", "Skoler", "Ældre", "Handicap", "Veje",
            "Beskæftigelse", "Sundhed"};

    private final int year;
    private final int steder;

    /** {@code rows} is rounded down to a multiple of 2,000 (funktioner × arter). */
    public LedgerGenerator(int year, int rows) {
        this.year = year;
        this.steder = Math.max(1, rows / (HOVEDFUNKTIONER * FUNKTIONER * ARTER.length));
    }

    public long rows() {
        return (long) HOVEDFUNKTIONER * FUNKTIONER * ARTER.length * steder;
    }

    /** rapport.csv, politikomraader.csv, konti.csv, kontoplan.csv: ';', UTF-8 with BOM, Danish numbers. */
    public void writeCsv(Path folder) throws IOException {
        Files.createDirectories(folder);
        GeneratedSheets.writeCsv(folder, sheets());
    }

    /** One workbook of the four sheets, streamed; texts through the shared-strings table as Excel writes them. */
    public void writeXlsx(Path file) throws IOException {
        Files.createDirectories(file.toAbsolutePath().getParent());
        GeneratedSheets.writeXlsx(file, sheets());
    }


    private List<GeneratedSheets.Sheet> sheets() {
        List<GeneratedSheets.Sheet> sheets = new ArrayList<>();
        long[] control = new long[1];
        konti(r -> control[0] += (Long) r[8]);
        sheets.add(new GeneratedSheets.Sheet("Rapport", "rapport", new Object[] {"Felt", "Værdi"}, out -> {
            out.accept(new Object[] {"Kommune", "Benchmark Kommune"});
            out.accept(new Object[] {"Titel", "Regnskab " + year});
            out.accept(new Object[] {"Beløbsenhed", "1.000 kr."});
            out.accept(new Object[] {"Kontobeløbsenhed", "kr."});
            out.accept(new Object[] {"Kontrolsum Regnskab " + year, String.valueOf(control[0])});
        }));
        sheets.add(new GeneratedSheets.Sheet("Politikområder", "politikomraader", new Object[] {"Nr", "Politikområde", "Udvalg"},
                out -> {
                    for (int a = 0; a < AREAS.length; a++) {
                        out.accept(new Object[] {(long) (a + 1) * 10, AREAS[a], "Udvalg " + (a % 3 + 1)});
                    }
                }));
        sheets.add(new GeneratedSheets.Sheet("Konti", "konti", new Object[] {"Funktion", "Dranst", "Art", "Sted", "Kontonavn",
                "Regnskab " + (year - 1), "Budget " + year, "Korr. budget " + year, "Regnskab " + year}, this::konti));
        sheets.add(new GeneratedSheets.Sheet("Kontoplan", "kontoplan", new Object[] {"Funktion", "Dranst", "Art", "Sted",
                "Politikområde", "Linje"}, this::kontoplan));
        return sheets;
    }

    private static String funktion(int h, int f) {
        return (h % 7) + "." + (10 + h) + "." + (10 + f);
    }

    private static String hovedfunktion(int h) {
        return (h % 7) + "." + (10 + h);
    }

    private static String area(int h) {
        return AREAS[h % AREAS.length];
    }

    /** Even hovedfunktioner are mapped funktion by funktion, odd ones by a catch-all with two overrides. */
    private void kontoplan(Consumer<Object[]> out) {
        for (int h = 0; h < HOVEDFUNKTIONER; h++) {
            String area = area(h);
            if (h % 2 == 0) {
                for (int f = 0; f < FUNKTIONER; f++) {
                    out.accept(new Object[] {funktion(h, f), null, null, null, area, "Funktion " + funktion(h, f)});
                }
                if (h == 0) {
                    out.accept(new Object[] {funktion(h, 0), 2L, null, null, area, "Statsrefusion"});
                    out.accept(new Object[] {funktion(h, 1), null, "4", null, area, "Køb af tjenesteydelser"});
                }
            } else {
                out.accept(new Object[] {hovedfunktion(h), null, null, null, area, "Hovedfunktion " + hovedfunktion(h)});
                out.accept(new Object[] {funktion(h, 0), null, null, null, area, "Funktion " + funktion(h, 0)});
                out.accept(new Object[] {funktion(h, 5), null, null, null, area, "Funktion " + funktion(h, 5)});
            }
        }
    }

    /** Every funktion × art × sted once; amounts in kroner, income arter negative. */
    private void konti(Consumer<Object[]> out) {
        SplittableRandom rnd = new SplittableRandom(17);
        for (int h = 0; h < HOVEDFUNKTIONER; h++) {
            for (int f = 0; f < FUNKTIONER; f++) {
                String funktion = funktion(h, f);
                for (String art : ARTER) {
                    boolean income = art.startsWith("7") || art.startsWith("8");
                    for (int s = 0; s < steder; s++) {
                        long forrige = (income ? -1 : 1) * (1000 + rnd.nextLong(5_000_000));
                        long budget = forrige + forrige / 100 * (rnd.nextInt(11) - 5);
                        long korr = budget + budget / 100 * (rnd.nextInt(21) - 10);
                        long regnskab = korr + korr / 100 * (rnd.nextInt(17) - 8) + rnd.nextInt(1000);
                        out.accept(new Object[] {funktion, art.equals("8.6") ? 2L : 1L, art,
                                String.valueOf(1000 + s), "Konto " + funktion + " art " + art, forrige, budget, korr,
                                regnskab});
                    }
                }
            }
        }
    }


    /** 1.234.567 and -1.234 as Danish exports write them. */
    static String danish(long v) {
        String digits = Long.toString(Math.abs(v));
        StringBuilder sb = new StringBuilder(v < 0 ? "-" : "");
        for (int i = 0; i < digits.length(); i++) {
            if (i > 0 && (digits.length() - i) % 3 == 0) {
                sb.append('.');
            }
            sb.append(digits.charAt(i));
        }
        return sb.toString();
    }

}
