package dk.aarsrapport.validate;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

import dk.aarsrapport.base.Finding;
import dk.aarsrapport.base.RollForwardMarker;
import dk.aarsrapport.base.Severity;
import dk.aarsrapport.base.Texts;
import dk.aarsrapport.stage.TestStaging;

/** L1 and S6, and R4/R5 reading a text as it is printed: its linked figures filled. */
class LinkedFigureRulesTest {

    static final String A = "Arbejdsmarked";

    static TestStaging area() {
        return new TestStaging().area(10, A)
                .line(A, "Sygedagpenge", "141708", "131910", "136667", "137236", "569")
                .line(A, "I alt", "744632", "735265", "771184", "784804", "13620");
    }

    static TestStaging text(String text) {
        return area().text(A, "Regnskabsresultat", text);
    }

    static List<Finding> l1(TestStaging t) {
        return RuleTestSupport.run(new L1LinkedFigureRule(t.staged, new LinkingCells(t.staged,
                new AccountsByPolitikomraade(t.staged), new NarrativeFigures(t.staged))), t);
    }

    static List<Finding> s6(TestStaging t) {
        return RuleTestSupport.run(new S6RollForwardMarkerRule(t.staged), t);
    }

    static List<Finding> r4(TestStaging t) {
        return NarrativeRulesTest.r4(t);
    }

    static List<Finding> r5(TestStaging t) {
        return NarrativeRulesTest.r5(t);
    }

    static void assertBlocks(TestStaging t, List<Finding> findings) {
        t.store(findings);
        assertThat(new BlockedPolitikomraader(t.staged, t.findings).of(t.run)).contains(Texts.key(A));
    }

    @Nested
    class L1Good {
        @Test
        void everyFormFilledIsNoFinding() {
            assertThat(l1(text("Et {resultat} ({resultat:udgift}), forbrugsprocent {forbrugsprocent}, "
                    + "{I alt.Afvigelse} = {I alt.Afvigelse:mio}, {Sygedagpenge.Regnskab 2015}, "
                    + "{Sygedagpenge.Regnskab Y-1}, {Sygedagpenge.Korr. budget}."))).isEmpty();
        }

        @Test
        void doubledBracesAreALiteralNotAnError() {
            assertThat(l1(text("Mængden {{a, b}} og {{forbrugsprocent}}."))).isEmpty();
        }

        @Test
        void effektmaalTextsAreFilledToo() {
            assertThat(l1(area().effektmaal(A, "Mål", "{ikke en henvisning i Beskrivelse", "{forbrugsprocent}",
                    "{I alt.Regnskab}"))).isEmpty();
        }
    }

    @Nested
    class L1Bad {
        private Finding only(TestStaging t) {
            List<Finding> f = l1(t);
            assertThat(f).singleElement().satisfies(x -> {
                assertThat(x.rule()).isEqualTo("L1");
                assertThat(x.severity()).isEqualTo(Severity.FEJL);
                assertThat(x.politikomraade()).isEqualTo(A);
                assertThat(x.file()).isEqualTo("aarsregnskab.xlsx");
            });
            return f.get(0);
        }

        @Test
        void anUnknownLine() {
            Finding f = only(text("Se {Ukendt.Afvigelse}."));
            assertThat(f.cell()).isEqualTo("Tekster!C5");
            assertThat(f.found()).isEqualTo("{Ukendt.Afvigelse}");
            assertThat(f.message()).contains("«{Ukendt.Afvigelse}»").contains("ingen linje «Ukendt»");
        }

        @Test
        void anUnknownColumn() {
            Finding f = only(text("Se {Sygedagpenge.Budget 2013}."));
            assertThat(f.cell()).isEqualTo("Tekster!C5");
            assertThat(f.message()).contains("ingen kolonne «Budget 2013»");
        }

        @Test
        void anUnclosedBrace() {
            Finding f = only(text("Afvigelsen er {I alt.Afvigelse"));
            assertThat(f.cell()).isEqualTo("Tekster!C5");
            assertThat(f.found()).isEqualTo("{I alt.Afvigelse");
            assertThat(f.message()).contains("afsluttende }");
        }

        @Test
        void anUnknownFigureWord() {
            assertThat(only(text("En {forbrugsprocenten}.")).found()).isEqualTo("{forbrugsprocenten}");
        }

        @Test
        void inMaalsaetningAndResultatTheirCellsAreNamed() {
            List<Finding> f = l1(area().effektmaal(A, "Mål", null, "Mindst {Ukendt.Budget}", "Nået {resultat:mio}"));
            assertThat(f).extracting(Finding::cell).containsExactly("Effektmål!E3", "Effektmål!F3");
        }

        @Test
        void aPolitikomraadeWithoutAccountsHasNoFigures() {
            TestStaging t = new TestStaging().area(20, "B").text("B", "Regnskabsresultat", "{forbrugsprocent}");
            assertThat(l1(t)).singleElement().satisfies(x -> {
                assertThat(x.politikomraade()).isEqualTo("B");
                assertThat(x.message()).contains("ingen regnskabslinjer");
            });
        }

        @Test
        void blocksThePolitikomraade() {
            TestStaging t = text("Se {Ukendt.Afvigelse}.");
            assertBlocks(t, l1(t));
        }
    }

    @Nested
    class S6Good {
        @Test
        void aRevisedTextIsNoFinding() {
            assertThat(s6(text("Fra 2015 er der et merforbrug. [Fra 2015 er ikke en markering midt i en linje]")))
                    .isEmpty();
            assertThat(s6(area().effektmaal(A, "Mål", "Beskrivelse", "Målsætning", "Resultat"))).isEmpty();
        }
    }

    @Nested
    class S6Bad {
        @Test
        void aCarriedTextNamesItsCell() {
            List<Finding> f = s6(text(RollForwardMarker.line(2014) + "\nSidste års tekst."));
            assertThat(f).singleElement().satisfies(x -> {
                assertThat(x.rule()).isEqualTo("S6");
                assertThat(x.severity()).isEqualTo(Severity.FEJL);
                assertThat(x.cell()).isEqualTo("Tekster!C5");
                assertThat(x.found()).isEqualTo("[Fra 2014 …]");
                assertThat(x.message()).contains("sidste års tekst fra 2014").contains("ikke rettet til 2015");
            });
        }

        @Test
        void aCarriedEffektmaalNamesEachCell() {
            String m = RollForwardMarker.line(2014) + "\n";
            List<Finding> f = s6(area().effektmaal(A, "Mål", m + "B", m + "M", m + "R"));
            assertThat(f).extracting(Finding::cell).containsExactly("Effektmål!D3", "Effektmål!E3", "Effektmål!F3");
        }

        @Test
        void blocksThePolitikomraade() {
            TestStaging t = text(RollForwardMarker.line(2014) + "\nSidste års tekst.");
            assertBlocks(t, s6(t));
        }
    }

    @Nested
    class FilledTextsGood {
        @Test
        void linkedHeadlineFiguresCannotDisagree() {
            TestStaging t = text("Der er et {resultat}, hvilket svarer til en forbrugsprocent på {forbrugsprocent}.");
            assertThat(r4(t)).isEmpty();
            assertThat(r5(t)).isEmpty();
        }
    }

    @Nested
    class FilledTextsBad {
        @Test
        void r4ShowsTheTextAsWrittenAndTheFigureItBecame() {
            List<Finding> f = r4(text("En forbrugsprocent på {Sygedagpenge.Afvigelse}."));
            assertThat(f).singleElement().satisfies(x -> {
                assertThat(x.cell()).isEqualTo("Tekster!C5");
                assertThat(x.found()).isEqualTo("569");
                assertThat(x.message()).contains("Teksten «{Sygedagpenge.Afvigelse}» blev til «569».");
            });
        }

        @Test
        void r5ShowsTheTextAsWrittenAndTheFigureItBecame() {
            TestStaging t = new TestStaging().area(10, A).line(A, "I alt", "0", "0", "771184", "784804", "12620")
                    .text(A, "Regnskabsresultat", "Et merforbrug på {I alt.Afvigelse:mio}, hvilket svarer til en "
                            + "forbrugsprocent på 101,8.");
            assertThat(r5(t)).singleElement().satisfies(x -> {
                assertThat(x.cell()).isEqualTo("Tekster!C5");
                assertThat(x.found()).isEqualTo("merforbrug på 12,6 mio. kr.");
                assertThat(x.expected()).isEqualTo("merforbrug på 13,6 mio. kr.");
                assertThat(x.message()).contains("Teksten «{I alt.Afvigelse:mio}» blev til «12,6 mio. kr.».");
            });
        }
    }
}
