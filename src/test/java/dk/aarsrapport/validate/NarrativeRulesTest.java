package dk.aarsrapport.validate;

import dk.aarsrapport.base.Finding;
import dk.aarsrapport.base.Severity;
import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;

import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import dk.aarsrapport.stage.TestStaging;

/** R4 and R5: the figures the Regnskabsresultat text states against the accounts table. */
class NarrativeRulesTest {

    static final String A = "Arbejdsmarked";

    static TestStaging area(String text) {
        return new TestStaging().area(10, A)
                .line(A, "Sygedagpenge", "1", "1", "771184", "784804", "13620")
                .line(A, "I alt", "1", "1", "771184", "784804", "13620")
                .text(A, "Regnskabsresultat", text);
    }

    static List<Finding> r4(TestStaging t) {
        return RuleTestSupport.run(new R4ForbrugsprocentRule(t.staged, new AccountsByPolitikomraade(t.staged),
                new NarrativeFigures(t.staged)), t);
    }

    static List<Finding> r5(TestStaging t) {
        return RuleTestSupport.run(new R5HeadlineResultRule(t.staged, new AccountsByPolitikomraade(t.staged),
                new NarrativeFigures(t.staged)), t);
    }

    @Nested
    class Reading {
        @ParameterizedTest(name = "{0}")
        @CsvSource(delimiter = '|', value = {
                "Der er et merforbrug på 13,6 mio. kr., hvilket svarer til en forbrugsprocent på 101,8.|101.8|mer|13.6",
                "Forbrugsprocenten på politikområdet på 103,6 svarer til et merudgift på 13,6 mio.kr.|103.6|mer|13.6",
                "Der er en mindreudgift på 2,6 mio. kr. Det svarer til en forbrugsprocent på 100,2%.|100.2|mindre|2.6",
                "Forbrugsprocenten for 2015 er 98,2 %, et mindreforbrug på 1 mio kr.|98.2|mindre|1",
                "Resultatet giver en forbrugsprocent: 99,1 procent.|99.1||",
        })
        void variants(String text, String percent, String word, String millions) {
            List<Narrative.Statement> s = Narrative.statements(text);
            assertThat(s).hasSize(1);
            assertThat(s.get(0).forbrug().value()).isEqualByComparingTo(percent);
            if (word == null) {
                assertThat(s.get(0).result()).isEmpty();
            } else {
                assertThat(s.get(0).result()).hasValueSatisfying(r -> {
                    assertThat(r.more()).isEqualTo(word.equals("mer"));
                    assertThat(r.millions()).isEqualByComparingTo(new BigDecimal(millions));
                });
            }
        }

        @Test
        void aSentenceWithoutAPercentageIsNotRead() {
            assertThat(Narrative.statements("Forbrugsprocenten er steget siden 2014. Merforbrug på 3 mio. kr.")).isEmpty();
            assertThat(Narrative.statements("Der er et merforbrug på 7,7 mio. kr. vedrørende introduktion.")).isEmpty();
        }

        @Test
        void resultTwoSentencesBeforeDoesNotCount() {
            List<Narrative.Statement> s = Narrative.statements(
                    "Merforbrug på 9 mio. kr. Noget andet skete. Forbrugsprocenten blev 101,8.");
            assertThat(s).singleElement().satisfies(x -> assertThat(x.result()).isEmpty());
        }
    }

    @Nested
    class R4 {
        @Test
        void referenceSentencePasses() {
            assertThat(r4(area("Der er på politikområdet et merforbrug på 13,6 mio. kr., hvilket svarer til\n"
                    + "en forbrugsprocent på 101,8."))).isEmpty();
        }

        @Test
        void anotherPercentageIsAnErrorInTheTextCell() {
            List<Finding> f = r4(area("Forbrugsprocent på politikområdet på 103,6."));
            assertThat(f).singleElement().satisfies(x -> {
                assertThat(x.rule()).isEqualTo("R4");
                assertThat(x.cell()).isEqualTo("Tekster!C5");
                assertThat(x.found()).isEqualTo("103,6");
                assertThat(x.expected()).isEqualTo("101,8");
                assertThat(x.message()).contains("784.804 / 771.184 × 100 = 101,77");
            });
        }

        @Test
        void korrBudgetZeroIsAWarningAndAnErrorWhenTheTextStatesOne() {
            TestStaging quiet = new TestStaging().area(1, "X").line("X", "I alt", "0", "0", "0", "5", "5");
            assertThat(r4(quiet)).singleElement().satisfies(x -> assertThat(x.severity()).isEqualTo(Severity.ADVARSEL));
            TestStaging stated = new TestStaging().area(1, "X").line("X", "I alt", "0", "0", "0", "5", "5")
                    .text("X", "Regnskabsresultat", "En forbrugsprocent på 100,0.");
            assertThat(r4(stated)).extracting(Finding::severity).contains(Severity.FEJL, Severity.ADVARSEL);
        }

        @Test
        void usesLineSumsWhenNoTotalIsStated() {
            TestStaging t = new TestStaging().area(1, "X").line("X", "a", "0", "0", "100", "50", "-50")
                    .line("X", "b", "0", "0", "100", "100", "0").text("X", "Regnskabsresultat", "forbrugsprocent på 75,0");
            assertThat(r4(t)).isEmpty();
        }
    }

    @Nested
    class R5 {
        @Test
        void referenceSentencesPass() {
            assertThat(r5(area("Der er på politikområdet et merforbrug på 13,6 mio. kr., hvilket svarer til en "
                    + "forbrugsprocent på 101,8."))).isEmpty();
            TestStaging b = new TestStaging().area(20, "B").line("B", "I alt", "0", "0", "14884", "12313", "-2571")
                    .text("B", "Regnskabsresultat", "Der er på politikområdet en mindreudgift på 2,6 mio. kr., hvilket "
                            + "svarer til en forbrugsprocent på 82,7.");
            assertThat(r5(b)).isEmpty();
        }

        @Test
        void anotherAmount() {
            List<Finding> f = r5(area("Et merforbrug på 12,6 mio. kr., hvilket svarer til en forbrugsprocent på 101,8."));
            assertThat(f).singleElement().satisfies(x -> {
                assertThat(x.rule()).isEqualTo("R5");
                assertThat(x.expected()).isEqualTo("merforbrug på 13,6 mio. kr.");
                assertThat(x.message()).contains("784.804 − 771.184 = 13.620");
            });
        }

        @Test
        void wrongWord() {
            List<Finding> f = r5(area("Et mindreforbrug på 13,6 mio. kr. giver en forbrugsprocent på 101,8."));
            assertThat(f).singleElement().satisfies(x -> {
                assertThat(x.found()).isEqualTo("mindreforbrug");
                assertThat(x.expected()).isEqualTo("merforbrug");
            });
        }

        @Test
        void wholeMillionsHaveHalfAMillionTolerance() {
            assertThat(r5(area("Merforbrug på 14 mio. kr. og forbrugsprocent på 101,8."))).isEmpty();
            assertThat(r5(area("Merforbrug på 15 mio. kr. og forbrugsprocent på 101,8."))).hasSize(1);
        }

        @Test
        void unitFromRapportSheet() {
            TestStaging t = new TestStaging().rapport("Beløbsenhed", "kr.").area(1, "X")
                    .line("X", "I alt", "0", "0", "1000000", "1500000", "500000")
                    .text("X", "Regnskabsresultat", "Merforbrug på 0,5 mio. kr. og en forbrugsprocent på 150,0.");
            assertThat(r5(t)).isEmpty();
        }
    }
}
