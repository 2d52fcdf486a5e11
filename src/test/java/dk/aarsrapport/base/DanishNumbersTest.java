package dk.aarsrapport.base;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;

import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class DanishNumbersTest {

    @Nested
    class Reads {
        @ParameterizedTest(name = "{0} → {1}")
        @CsvSource(delimiter = '|', value = {
                "10.632|10632",
                "-1.667|-1667",
                "\u2212609|-609",
                "101,8|101.8",
                "12,5 %|12.5",
                "12,5%|12.5",
                "0|0",
                "1.234.567,25|1234567.25",
                "\u00A0744.632\u00A0|744632",
                "+5|5",
                "– 3|-3",
        })
        void danishNotation(String text, String expected) {
            assertThat(DanishNumbers.parse(text)).contains(new BigDecimal(expected));
        }

        @Test
        void keepsShownPrecision() {
            assertThat(DanishNumbers.parse("5,30").orElseThrow().scale()).isEqualTo(2);
        }
    }

    @Nested
    class Rejects {
        @ParameterizedTest
        @ValueSource(strings = {"", "abc", "NaN", "Infinity", "-Infinity", "1,2,3", "10.63", "1.0000", "12 kr.",
                "#DIV/0!", "1e5", "--5", ",5", "5,"})
        void notADanishNumber(String text) {
            assertThat(DanishNumbers.parse(text)).isEmpty();
        }
    }

    @Test
    void percentSign() {
        assertThat(DanishNumbers.hasPercent("12,5 %")).isTrue();
        assertThat(DanishNumbers.hasPercent("12,5")).isFalse();
    }

    @Nested
    class KronerPerUnit {
        @ParameterizedTest(name = "{0} → {1}")
        @CsvSource(delimiter = '|', value = {"kr.|1", "1.000 kr.|1000", "1000 kr|1000", "mio. kr.|1000000", "Mio. kr|1000000"})
        void readsTheUnitsAReportOrALedgerStates(String unit, long kroner) {
            assertThat(DanishNumbers.kronerPerUnit(unit, BigDecimal.TEN)).isEqualByComparingTo(BigDecimal.valueOf(kroner));
        }

        @ParameterizedTest(name = "\"{0}\"")
        @ValueSource(strings = {"", "  ", "0 kr.", "-1.000 kr.", "tusind"})
        void fallsBackWhenNoneIsStatedOrItCannotBeRead(String unit) {
            assertThat(DanishNumbers.kronerPerUnit(unit, BigDecimal.TEN)).isEqualByComparingTo(BigDecimal.TEN);
            assertThat(DanishNumbers.kronerPerUnit(null, BigDecimal.TEN)).isEqualByComparingTo(BigDecimal.TEN);
        }
    }
}
