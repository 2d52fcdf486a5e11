package dk.aarsrapport.base;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class RollForwardMarkerTest {

    @Nested
    class Found {
        @Test
        void theLineItWrites() {
            assertThat(RollForwardMarker.find(RollForwardMarker.line(2015) + "\nDer er en mindreudgift.")).hasValue(2015);
        }

        @Test
        void aRetypedDashOrAShortenedLine() {
            assertThat(RollForwardMarker.find("Første afsnit.\n\n[Fra 2019 - ret teksten]")).hasValue(2019);
        }
    }

    @Nested
    class NotFound {
        @Test
        void aTextThatOnlyMentionsAYearInBrackets() {
            assertThat(RollForwardMarker.find("Udgifterne steg (fra 2015 til 2016) [se bilag]")).isEmpty();
        }

        @Test
        void noText() {
            assertThat(RollForwardMarker.find(null)).isEmpty();
            assertThat(RollForwardMarker.find("")).isEmpty();
        }
    }

    @Nested
    class Without {
        @Test
        void theMarkerLineIsDroppedAndTheTextKept() {
            assertThat(RollForwardMarker.without(RollForwardMarker.line(2015) + "\nDer er en mindreudgift."))
                    .isEqualTo("Der er en mindreudgift.");
            assertThat(RollForwardMarker.without("[Fra 2019 - ret teksten] Skrevet på samme linje."))
                    .isEqualTo("Skrevet på samme linje.");
        }

        @Test
        void aTextWithoutAMarkerIsUnchanged() {
            String text = "Udgifterne steg (fra 2015 til 2016) [se bilag]";
            assertThat(RollForwardMarker.without(text)).isSameAs(text);
            assertThat(RollForwardMarker.without(null)).isNull();
        }
    }
}
