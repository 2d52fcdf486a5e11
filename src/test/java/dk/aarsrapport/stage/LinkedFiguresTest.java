package dk.aarsrapport.stage;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import dk.aarsrapport.base.RollForwardMarker;

/** The linked figures of input-format.md, filled from one politikområde's accounts as its table prints them. */
class LinkedFiguresTest {

    private static final BigDecimal THOUSAND = BigDecimal.valueOf(1000);

    private static RegnskabLinje line(String name, String... amounts) {
        BigDecimal[] a = new BigDecimal[5];
        for (int i = 0; i < amounts.length; i++) {
            a[i] = amounts[i] == null ? null : new BigDecimal(amounts[i]);
        }
        return new RegnskabLinje("A", name, a[0], a[1], a[2], a[3], a[4], new Origin("f.xlsx", "Regnskab", 2, false));
    }

    /** The sample's headline: Korr. budget 771.184, Regnskab 784.804, so 101,8 and a merforbrug of 13,6 mio. kr. */
    static LinkedFigures sample() {
        List<RegnskabLinje> lines = new ArrayList<>(List.of(
                line("Sygedagpenge", "141708", "131910", "136667", "137236", "569"),
                line("Kontanthjælp m.v.", "90285", "87232", "87083", "82362", "-4721"),
                line("Halv", "0", "0", "0", "-1650", "-1650"),
                line("Uden afvigelse", "1", "2", "300", "350", null),
                line("Tom", "1", "2", null, "350", null),
                line("I alt", "744632", "735265", "771184", "784804", "13620")));
        return LinkedFigures.of(Accounts.of(lines), 2015, THOUSAND);
    }

    static String filled(String text) {
        LinkedFigures.Filled f = sample().fill(text);
        assertThat(f.unfilled()).as("unfilled in %s", text).isEmpty();
        return f.text();
    }

    static LinkedFigures.Unfilled unfilled(LinkedFigures figures, String text) {
        LinkedFigures.Filled f = figures.fill(text);
        assertThat(f.text()).as("left as written").isEqualTo(text);
        assertThat(f.unfilled()).hasSize(1);
        return f.unfilled().get(0);
    }

    @Nested
    class Good {
        @ParameterizedTest(name = "{0} → {1}")
        @CsvSource(delimiter = '|', value = {
                "{forbrugsprocent}|101,8",
                "{Forbrugsprocent}|101,8",
                "{resultat}|merforbrug på 13,6 mio. kr.",
                "{resultat:udgift}|merudgift på 13,6 mio. kr.",
                "{I alt.Afvigelse}|13.620",
                "{i alt.afvigelse}|13.620",
                "{Sygedagpenge.Regnskab 2015}|137.236",
                "{Sygedagpenge.Regnskab}|137.236",
                "{Sygedagpenge.Regnskab 2014}|141.708",
                "{Sygedagpenge.Regnskab Y-1}|141.708",
                "{Sygedagpenge.Budget}|131.910",
                "{Sygedagpenge.Budget 2015}|131.910",
                "{Sygedagpenge.Korr. budget}|136.667",
                "{Sygedagpenge.Korr. budget 2015}|136.667",
                "{sygedagpenge.korr.budget}|136.667",
                "{Kontanthjælp m.v..Afvigelse}|-4.721",
                "{Uden afvigelse.Afvigelse}|50",
                "{I alt.Afvigelse:mio}|13,6 mio. kr.",
                "{Sygedagpenge.Regnskab:mio}|137,2 mio. kr.",
                "{Kontanthjælp m.v..Afvigelse:mio}|-4,7 mio. kr.",
                "{Halv.Afvigelse:mio}|-1,7 mio. kr.",
        })
        void eachForm(String reference, String figure) {
            assertThat(filled("Tal: " + reference + ".")).isEqualTo("Tal: " + figure + ".");
        }

        @Test
        void aMindreforbrugByTheSignOfTheTotals() {
            LinkedFigures less = LinkedFigures.of(Accounts.of(List.of(line("I alt", "0", "0", "14884", "12313",
                    "-2571"))), 2015, THOUSAND);
            assertThat(less.fill("en {resultat} og en {resultat:udgift}").text())
                    .isEqualTo("en mindreforbrug på 2,6 mio. kr. og en mindreudgift på 2,6 mio. kr.");
        }

        @Test
        void forbrugsprocentRoundsHalfAwayFromZeroAsTheTablePrintsIt() {
            LinkedFigures half = LinkedFigures.of(Accounts.of(List.of(line("L", "0", "0", "2000", "2001", "1"))), 2015,
                    THOUSAND);
            assertThat(half.fill("{forbrugsprocent}").text()).isEqualTo("100,1");
        }

        @Test
        void withoutAnITotalRowTheSumsAreTheTotal() {
            LinkedFigures sums = LinkedFigures.of(Accounts.of(List.of(line("L1", "0", "0", "100", "150", "50"),
                    line("L2", "0", "0", "100", "100", "0"))), 2015, THOUSAND);
            assertThat(sums.fill("{I alt.Korr. budget} og {forbrugsprocent}").text()).isEqualTo("200 og 125,0");
        }

        @Test
        void theBeloebsenhedScalesMio() {
            LinkedFigures kroner = LinkedFigures.of(Accounts.of(List.of(line("I alt", "0", "0", "0", "2550000",
                    "2550000"))), 2015, BigDecimal.ONE);
            assertThat(kroner.fill("{I alt.Afvigelse:mio}").text()).isEqualTo("2,6 mio. kr.");
        }

        @Test
        void doubledBracesAreLiteral() {
            LinkedFigures.Filled f = sample().fill("{{forbrugsprocent}} og {{ }} men {forbrugsprocent}");
            assertThat(f.text()).isEqualTo("{forbrugsprocent} og { } men 101,8");
            assertThat(f.unfilled()).isEmpty();
            assertThat(f.links()).singleElement().isEqualTo(new LinkedFigures.Link("{forbrugsprocent}", "101,8"));
        }

        @Test
        void aTextWithoutBracesIsLeftAlone() {
            LinkedFigures.Filled f = sample().fill("Der er et merforbrug på 13,6 mio. kr.");
            assertThat(f.text()).isSameAs(f.written());
            assertThat(f.links()).isEmpty();
        }

        @Test
        void explainQuotesTheReferenceAndItsFigure() {
            LinkedFigures.Filled f = sample().fill("et {resultat}, en forbrugsprocent på {forbrugsprocent}");
            assertThat(f.explain("101,8")).isEqualTo("teksten «{forbrugsprocent}» blev til «101,8»");
            assertThat(f.explain("merforbrug på 13,6 mio. kr."))
                    .isEqualTo("teksten «{resultat}» blev til «merforbrug på 13,6 mio. kr.»");
            assertThat(f.explain("99,9")).isEmpty();
        }

        @Test
        void printedDropsTheRollForwardMarkerLine() {
            String carried = RollForwardMarker.line(2014) + "\nForbrugsprocenten er {forbrugsprocent}.";
            assertThat(sample().printed(carried)).isEqualTo("Forbrugsprocenten er 101,8.");
            assertThat(sample().printed(null)).isNull();
        }
    }

    @Nested
    class Bad {
        @Test
        void anUnknownLine() {
            LinkedFigures.Unfilled u = unfilled(sample(), "Se {Ukendt linje.Afvigelse} her.");
            assertThat(u.written()).isEqualTo("{Ukendt linje.Afvigelse}");
            assertThat(u.reason()).contains("ingen linje «Ukendt linje»");
        }

        @Test
        void anUnknownColumn() {
            LinkedFigures.Unfilled u = unfilled(sample(), "Se {Sygedagpenge.Regnskab 2013} her.");
            assertThat(u.written()).isEqualTo("{Sygedagpenge.Regnskab 2013}");
            assertThat(u.reason()).contains("ingen kolonne «Regnskab 2013»").contains("Korr. budget 2015");
        }

        @Test
        void anUnknownFigureWord() {
            assertThat(unfilled(sample(), "{forbrugsprocenten}").reason()).contains("hverken forbrugsprocent");
            assertThat(unfilled(sample(), "{}").written()).isEqualTo("{}");
            assertThat(unfilled(sample(), "{forbrugsprocent:mio}").written()).isEqualTo("{forbrugsprocent:mio}");
        }

        @Test
        void anUnclosedBrace() {
            LinkedFigures.Unfilled u = unfilled(sample(), "Afvigelsen er {I alt.Afvigelse\nNæste linje.");
            assertThat(u.written()).isEqualTo("{I alt.Afvigelse");
            assertThat(u.reason()).contains("afsluttende }");
            LinkedFigures.Filled f = sample().fill("{I alt.Afvigelse og {forbrugsprocent}");
            assertThat(f.text()).isEqualTo("{I alt.Afvigelse og 101,8");
            assertThat(f.unfilled()).singleElement().satisfies(x -> assertThat(x.written()).isEqualTo("{I alt.Afvigelse og"));
        }

        @Test
        void anEmptyCell() {
            assertThat(unfilled(sample(), "{Tom.Korr. budget}").reason()).contains("tom");
        }

        @Test
        void noForbrugsprocentWhenKorrBudgetIsZero() {
            LinkedFigures zero = LinkedFigures.of(Accounts.of(List.of(line("I alt", "0", "0", "0", "5", "5"))), 2015,
                    THOUSAND);
            assertThat(unfilled(zero, "{forbrugsprocent}").reason()).contains("Korr. budget 2015 i alt er 0");
        }

        @Test
        void noFiguresWithoutAccounts() {
            LinkedFigures none = LinkedFigures.of(Accounts.of(List.of()), 2015, THOUSAND);
            assertThat(unfilled(none, "{resultat}").reason()).contains("ingen regnskabslinjer");
            assertThat(unfilled(none, "{I alt.Afvigelse}").reason()).contains("ingen regnskabslinjer");
        }
    }
}
