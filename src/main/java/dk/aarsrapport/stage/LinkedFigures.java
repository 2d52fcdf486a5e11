package dk.aarsrapport.stage;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

import dk.aarsrapport.base.RollForwardMarker;

/**
 * The linked figures of a narrative text (input-format.md): {@code {forbrugsprocent}}, {@code {resultat}},
 * {@code {resultat:udgift}}, {@code {LINJE.KOLONNE}} with an optional {@code :mio}, and {@code {{ }}} for literal
 * braces, filled from one politikområde's accounts table as that table prints it. The report prints the filled
 * text and R4/R5 check the same filled text, so what is checked is what is read. A reference that names nothing
 * stays as written, and L1 names it.
 */
public final class LinkedFigures {

    /** A reference as written, with its braces, and the figure it became. */
    public record Link(String written, String filled) {
    }

    /** A reference as written that names nothing, and why (a Danish clause for L1's sentence). */
    public record Unfilled(String written, String reason) {
    }

    /** The text as written, as filled, and what each reference in it became. */
    public record Filled(String written, String text, List<Link> links, List<Unfilled> unfilled) {

        /**
         * How a passage a finding quotes from the filled text came about: "teksten «{forbrugsprocent}» blev til
         * «101,8»" for each reference whose figure is in the passage (or holds it); empty when none is.
         */
        public String explain(String quoted) {
            if (quoted == null || quoted.isEmpty()) {
                return "";
            }
            return links.stream().filter(l -> quoted.contains(l.filled()) || l.filled().contains(quoted))
                    .map(l -> "teksten «" + l.written() + "» blev til «" + l.filled() + "»")
                    .distinct().collect(Collectors.joining("; "));
        }
    }

    private final AccountsFigures figures;

    private LinkedFigures(AccountsFigures figures) {
        this.figures = figures;
    }

    /**
     * The figures of {@code accounts} (one politikområde's, empty when it has none) for {@code year}, amounts in
     * the Beløbsenhed ({@code kronerPerUnit} kroner each).
     */
    public static LinkedFigures of(Accounts accounts, int year, BigDecimal kronerPerUnit) {
        return new LinkedFigures(new AccountsFigures(accounts, year, kronerPerUnit));
    }

    /** Whether {@code text} may hold a reference or a literal brace; most texts hold none and are left alone. */
    public static boolean mayLink(String text) {
        return text != null && (text.indexOf('{') >= 0 || text.indexOf('}') >= 0);
    }

    /**
     * The text as the report prints it: the roll-forward marker line dropped (S6 keeps such a text from a final
     * report, and a draft must not show it either), the linked figures filled.
     */
    public String printed(String text) {
        return text == null ? null : fill(RollForwardMarker.without(text)).text();
    }

    public Filled fill(String text) {
        if (!mayLink(text)) {
            return new Filled(text, text, List.of(), List.of());
        }
        StringBuilder out = new StringBuilder(text.length());
        List<Link> links = new ArrayList<>();
        List<Unfilled> unfilled = new ArrayList<>();
        int i = 0;
        while (i < text.length()) {
            char c = text.charAt(i);
            boolean doubled = i + 1 < text.length() && text.charAt(i + 1) == c;
            if ((c == '{' || c == '}') && doubled) {
                out.append(c);
                i += 2;
            } else if (c == '{') {
                i = reference(text, i, out, links, unfilled);
            } else {
                out.append(c); // a lone '}' is harmless and read as the reader sees it
                i++;
            }
        }
        return new Filled(text, out.toString(), List.copyOf(links), List.copyOf(unfilled));
    }

    /** Fills the reference that opens at {@code open}; returns where the text goes on after it. */
    private int reference(String text, int open, StringBuilder out, List<Link> links, List<Unfilled> unfilled) {
        int close = closing(text, open);
        if (close < 0) {
            int end = unclosedEnd(text, open);
            String written = text.substring(open, end);
            unfilled.add(new Unfilled(written.stripTrailing(),
                    "den mangler sin afsluttende }; skriv {{ for en tuborgklamme i teksten"));
            out.append(written);
            return end;
        }
        String written = text.substring(open, close + 1);
        AccountsFigures.Figure figure = figures.figure(text.substring(open + 1, close));
        if (figure.value() == null) {
            unfilled.add(new Unfilled(written, figure.reason()));
            out.append(written);
        } else {
            links.add(new Link(written, figure.value()));
            out.append(figure.value());
        }
        return close + 1;
    }

    /** The '}' that closes a reference before the line ends or another opens; -1 when it is left open. */
    private static int closing(String text, int open) {
        for (int j = open + 1; j < text.length(); j++) {
            char c = text.charAt(j);
            if (c == '}') {
                return j;
            }
            if (c == '{' || c == '\n') {
                return -1;
            }
        }
        return -1;
    }

    /** An unclosed reference is quoted to the end of its line or the next brace, at most a few words. */
    private static int unclosedEnd(String text, int open) {
        int j = open + 1;
        while (j < text.length() && j - open < 60 && text.charAt(j) != '{' && text.charAt(j) != '\n') {
            j++;
        }
        return j;
    }
}
