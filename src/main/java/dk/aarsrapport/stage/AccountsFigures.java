package dk.aarsrapport.stage;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import dk.aarsrapport.base.Texts;

/**
 * What a linked figure names in one politikområde's accounts table, as the table prints it: a figure word
 * ({@code forbrugsprocent}, {@code resultat}) or a cell ({@code LINJE.KOLONNE}), with {@code :mio} for mio. kr.
 * A reference that names nothing gets the reason a finance officer needs to correct it, never a guess.
 */
final class AccountsFigures {

    /** Either the figure as printed or why there is none. */
    record Figure(String value, String reason) {
        static Figure of(String value) {
            return new Figure(value, null);
        }

        static Figure none(String reason) {
            return new Figure(null, reason);
        }
    }

    private static final BigDecimal MILLION = BigDecimal.valueOf(1_000_000);
    private static final String[] COLUMNS = {"Regnskab Y-1", "Budget", "Korr. budget", "Regnskab", "Afvigelse"};
    private static final String MIO = ":mio";

    private final Accounts accounts;
    private final int year;
    private final BigDecimal kronerPerUnit;

    AccountsFigures(Accounts accounts, int year, BigDecimal kronerPerUnit) {
        this.accounts = accounts;
        this.year = year;
        this.kronerPerUnit = kronerPerUnit;
    }

    /** The figure {@code reference} (what stands between the braces) names. */
    Figure figure(String reference) {
        String word = Texts.key(reference);
        if (word.equals("forbrugsprocent")) {
            return needsTable().orElseGet(this::forbrugsprocent);
        }
        if (word.equals("resultat") || word.equals("resultat:udgift")) {
            return needsTable().orElseGet(() -> resultat(word.endsWith(":udgift") ? "udgift" : "forbrug"));
        }
        boolean mio = word.endsWith(MIO);
        String cell = mio ? reference.strip().substring(0, reference.strip().length() - MIO.length()) : reference;
        if (!cell.contains(".")) {
            return Figure.none("det er hverken forbrugsprocent, resultat, resultat:udgift eller LINJE.KOLONNE");
        }
        return needsTable().orElseGet(() -> cell(cell, mio));
    }

    private Optional<Figure> needsTable() {
        return accounts.isEmpty() ? Optional.of(Figure.none("politikområdet har ingen regnskabslinjer")) : Optional.empty();
    }

    private Figure forbrugsprocent() {
        return accounts.forbrugsprocent().map(p -> Figure.of(DanishFormat.number(p, 1)))
                .orElseGet(() -> Figure.none("forbrugsprocenten kan ikke beregnes, fordi Korr. budget " + year
                        + " i alt er 0 eller ikke kunne læses"));
    }

    /** "merforbrug på 13,6 mio. kr.": the word by the sign of Regnskab − Korr. budget of the totals, as R5 reads it. */
    private Figure resultat(String noun) {
        BigDecimal[] total = accounts.total();
        if (total[2] == null || total[3] == null) {
            return Figure.none("Regnskab " + year + " eller Korr. budget " + year + " i alt kunne ikke læses");
        }
        BigDecimal result = total[3].subtract(total[2]);
        return Figure.of((result.signum() >= 0 ? "mer" : "mindre") + noun + " på " + millions(result.abs()));
    }

    /**
     * A cell: the line and the column are split at the one dot where both are known, since a line name
     * ("… m.v.") and a column ("Korr. budget") may have dots of their own.
     */
    private Figure cell(String reference, boolean mio) {
        boolean lineKnown = false;
        String unknownColumn = null;
        String unknownLine = null;
        for (int dot = reference.indexOf('.'); dot >= 0; dot = reference.indexOf('.', dot + 1)) {
            String lineName = reference.substring(0, dot);
            String columnName = reference.substring(dot + 1);
            Optional<BigDecimal[]> line = line(lineName);
            int column = column(columnName);
            if (line.isPresent() && column >= 0) {
                BigDecimal value = line.get()[column];
                if (value == null) {
                    return Figure.none("cellen er tom eller kunne ikke læses");
                }
                return Figure.of(mio ? millions(value) : DanishFormat.amount(value));
            }
            if (line.isPresent() && !lineKnown) {
                lineKnown = true;
                unknownColumn = columnName.strip();
            } else if (column >= 0 && unknownLine == null) {
                unknownLine = lineName.strip();
            }
        }
        if (lineKnown) {
            return Figure.none("der er ingen kolonne «" + unknownColumn + "»; brug Regnskab " + (year - 1) + ", Budget "
                    + year + ", Korr. budget " + year + ", Regnskab " + year + " eller Afvigelse, med eller uden år");
        }
        String name = unknownLine != null ? unknownLine : reference.substring(0, reference.lastIndexOf('.')).strip();
        return Figure.none("der er ingen linje «" + name + "» i politikområdets regnskab");
    }

    /** The line's amounts as printed (Afvigelse computed where left out); {@code I alt} is the total row. */
    private Optional<BigDecimal[]> line(String name) {
        String key = Texts.key(name);
        if (key.equals(Texts.key(RegnskabLinje.I_ALT))) {
            return Optional.of(accounts.total());
        }
        List<RegnskabLinje> lines = accounts.lines();
        return lines.stream().filter(l -> Texts.key(l.linje()).equals(key)).findFirst().map(l -> new BigDecimal[] {
            l.regnskabForrige(), l.budget(), l.korrBudget(), l.regnskab(), Accounts.afvigelse(l)});
    }

    /** The column's index in the amounts, by its header with or without the year; -1 when none. */
    private int column(String name) {
        String key = compact(name);
        for (int i = 0; i < COLUMNS.length; i++) {
            String bare = compact(COLUMNS[i]);
            int columnYear = i == 0 ? year - 1 : year;
            String withYear = compact(i == 0 ? "Regnskab " + columnYear : COLUMNS[i] + " " + columnYear);
            if (key.equals(bare) || key.equals(withYear)) {
                return i;
            }
        }
        return -1;
    }

    private static String compact(String s) {
        return Texts.key(s).replace(" ", "").toLowerCase(Locale.ROOT);
    }

    private String millions(BigDecimal amount) {
        BigDecimal m = amount.multiply(kronerPerUnit).divide(MILLION, MathContext.DECIMAL64);
        return DanishFormat.number(m, 1) + " mio. kr.";
    }
}
