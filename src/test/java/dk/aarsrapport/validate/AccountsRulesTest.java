package dk.aarsrapport.validate;

import dk.aarsrapport.base.Finding;
import dk.aarsrapport.base.Severity;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

import dk.aarsrapport.stage.TestStaging;

/** R1, R2 and R3 on the accounts table, with the reference's rounding differences as good cases. */
class AccountsRulesTest {

    static final String A = "Beskæftigelsestilbud";

    /** The printed 2015 table of Beskæftigelsestilbud, rounding differences and all. */
    static TestStaging reference() {
        return new TestStaging().area(20, A)
                .line(A, "Faste ejendomme", "0", "0", "0", "100", "100")
                .line(A, "Ungdommens Uddannelsesvejledning", "6997", "7081", "8510", "8321", "-189")
                .line(A, "Produktionsskoler", "3922", "3797", "3772", "3709", "-63")
                .line(A, "Beskyttet beskæftigelse", "-1667", "-1393", "144", "-1442", "-1586")
                .line(A, "Løn til forsikrede ledige", "1250", "761", "2465", "1626", "-839")
                .line(A, "Servicejob", "0", "146", "-7", "0", "7")
                .line(A, "I alt", "10502", "10392", "14884", "12313", "-2571");
    }

    @Nested
    class R1 {
        R1LineDeviationRule rule(TestStaging t) {
            return new R1LineDeviationRule(t.staged);
        }

        @Test
        void referenceTablePasses() {
            TestStaging t = reference();
            assertThat(RuleTestSupport.run(rule(t), t)).isEmpty();
        }

        @Test
        void offByOneIsRounding() {
            TestStaging t = new TestStaging().area(1, "X").line("X", "L", "0", "0", "100", "150", "51");
            assertThat(RuleTestSupport.run(rule(t), t)).isEmpty();
        }

        @Test
        void offByFiveIsAnErrorAtTheAfvigelseCell() {
            TestStaging t = new TestStaging().area(10, "Arbejdsmarked")
                    .line("Arbejdsmarked", "Sygedagpenge", "141708", "131910", "136667", "137236", "564");
            List<Finding> f = RuleTestSupport.run(rule(t), t);
            assertThat(f).hasSize(1);
            assertThat(f.get(0).rule()).isEqualTo("R1");
            assertThat(f.get(0).severity()).isEqualTo(Severity.FEJL);
            assertThat(f.get(0).cell()).isEqualTo("Regnskab!G2");
            assertThat(f.get(0).found()).isEqualTo("564");
            assertThat(f.get(0).expected()).isEqualTo("569");
            assertThat(f.get(0).message()).contains("137.236 − 136.667 = 569").contains("forskel 5");
        }

        @Test
        void missingAfvigelseIsComputedNotChecked() {
            TestStaging t = new TestStaging().area(1, "X").line("X", "L", "0", "0", "100", "150", null);
            assertThat(RuleTestSupport.run(rule(t), t)).isEmpty();
        }

        @Test
        void totalRowIsLeftToR3() {
            TestStaging t = new TestStaging().area(1, "X").line("X", "I alt", "0", "0", "100", "150", "40");
            assertThat(RuleTestSupport.run(rule(t), t)).isEmpty();
        }
    }

    @Nested
    class R2 {
        R2ColumnSumRule rule(TestStaging t) {
            return new R2ColumnSumRule(t.staged, new AccountsByPolitikomraade(t.staged));
        }

        @Test
        void referenceTablePasses() {
            TestStaging t = reference();
            assertThat(RuleTestSupport.run(rule(t), t)).isEmpty();
        }

        @Test
        void differenceWithinHalfTheLineCountIsRounding() {
            // 4 lines: up to 2 units of rounding are normal
            TestStaging t = new TestStaging().area(1, "X")
                    .line("X", "a", "1", "1", "1", "1", "0").line("X", "b", "1", "1", "1", "1", "0")
                    .line("X", "c", "1", "1", "1", "1", "0").line("X", "d", "1", "1", "1", "1", "0")
                    .line("X", "I alt", "6", "2", "4", "4", "0");
            assertThat(RuleTestSupport.run(rule(t), t)).isEmpty();
        }

        @Test
        void totalOffBy40IsAnErrorNamingColumnAndSum() {
            TestStaging u = new TestStaging().area(20, A)
                    .line(A, "Faste ejendomme", "0", "0", "0", "100", "100")
                    .line(A, "Produktionsskoler", "3922", "3797", "3772", "3709", "-63")
                    .line(A, "I alt", "3922", "3797", "3772", "3849", "37");
            List<Finding> f = RuleTestSupport.run(rule(u), u);
            assertThat(f).extracting(Finding::rule).containsOnly("R2");
            Finding regnskab = f.stream().filter(x -> x.cell().equals("Regnskab!F4")).findFirst().orElseThrow();
            assertThat(regnskab.found()).isEqualTo("3.849");
            assertThat(regnskab.expected()).isEqualTo("3.809");
            assertThat(regnskab.message()).contains("Regnskab 2015").contains("forskel 40").contains("±1");
        }

        @Test
        void noStatedTotalNothingToCheck() {
            TestStaging t = new TestStaging().area(1, "X").line("X", "a", "1", "1", "1", "1", "0");
            assertThat(RuleTestSupport.run(rule(t), t)).isEmpty();
        }
    }

    @Nested
    class R3 {
        R3TotalDeviationRule rule(TestStaging t) {
            return new R3TotalDeviationRule(t.staged);
        }

        @Test
        void referenceTablePasses() {
            TestStaging t = reference();
            assertThat(RuleTestSupport.run(rule(t), t)).isEmpty();
        }

        @Test
        void totalAfvigelseOff() {
            TestStaging t = new TestStaging().area(30, "Ældreområdet")
                    .line("Ældreområdet", "I alt", "0", "0", "604505", "612930", "8412");
            List<Finding> f = RuleTestSupport.run(rule(t), t);
            assertThat(f).singleElement().satisfies(x -> {
                assertThat(x.rule()).isEqualTo("R3");
                assertThat(x.cell()).isEqualTo("Regnskab!G2");
                assertThat(x.message()).isEqualTo("I alt-afvigelsen er 8.412, men Regnskab 2015 − Korr. budget 2015 = "
                        + "612.930 − 604.505 = 8.425 (forskel 13).");
            });
        }
    }
}
