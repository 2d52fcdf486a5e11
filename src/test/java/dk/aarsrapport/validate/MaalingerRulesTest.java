package dk.aarsrapport.validate;

import dk.aarsrapport.base.Finding;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

import dk.aarsrapport.stage.TestStaging;

/** R6 and R7 on measured shares. */
class MaalingerRulesTest {

    static List<Finding> r6(TestStaging t) {
        return RuleTestSupport.run(new R6ShareValueRule(t.staged), t);
    }

    static List<Finding> r7(TestStaging t) {
        return RuleTestSupport.run(new R7ShareRangeRule(t.staged), t);
    }

    static TestStaging one(String taeller, String naevner, String vaerdi) {
        return new TestStaging().area(1, "S").effektmaal("S", "M").maaling("S", "M", taeller, naevner, vaerdi, "%");
    }

    @Nested
    class R6 {
        @Test
        void referenceValuePasses() {
            assertThat(r6(one("203", "4045", "5"))).isEmpty(); // 5,02 % shown as 5
        }

        @Test
        void valueNotMatchingCountsAtItsCell() {
            List<Finding> f = r6(one("203", "4045", "6.0"));
            assertThat(f).singleElement().satisfies(x -> {
                assertThat(x.rule()).isEqualTo("R6");
                assertThat(x.cell()).isEqualTo("linje 2, kolonne vaerdi");
                assertThat(x.expected()).isEqualTo("5,0");
            });
        }

        @Test
        void naevnerZeroIsAnErrorNotACrash() {
            assertThat(r6(one("5", "0", "5"))).singleElement()
                    .satisfies(x -> assertThat(x.message()).contains("Nævneren er 0"));
        }

        @Test
        void notAShareWithoutCountsOrPercent() {
            TestStaging t = new TestStaging().area(1, "S").maaling("S", "M", "5", "10", "7", "antal");
            assertThat(r6(t)).isEmpty();
        }
    }

    @Nested
    class R7 {
        @Test
        void inRange() {
            assertThat(r7(one("203", "4045", "5"))).isEmpty();
        }

        @Test
        void valueAboveHundred() {
            assertThat(r7(one("203", "4045", "105"))).singleElement()
                    .satisfies(x -> assertThat(x.rule()).isEqualTo("R7"));
        }

        @Test
        void countsAboveHundredPercent() {
            assertThat(r7(one("50", "40", null))).singleElement()
                    .satisfies(x -> assertThat(x.cell()).isEqualTo("linje 2, kolonne taeller"));
        }
    }
}
