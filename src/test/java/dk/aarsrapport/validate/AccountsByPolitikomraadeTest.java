package dk.aarsrapport.validate;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

import dk.aarsrapport.stage.RegnskabLinje;
import dk.aarsrapport.stage.TestStaging;

/** The one-pass grouping of accounts lines must give each politikområde all its lines, however they are ordered. */
class AccountsByPolitikomraadeTest {

    private static Map<String, List<String>> linesByArea(TestStaging t) {
        t.flush();
        Map<String, List<String>> result = new LinkedHashMap<>();
        new AccountsByPolitikomraade(t.staged).forEachLines(t.run, (key, lines) ->
                result.put(key, lines.stream().map(RegnskabLinje::linje).toList()));
        return result;
    }

    @Nested
    class Contiguous {

        @Test
        void eachPolitikomraadeInReadingOrderWithItsOwnLines() {
            TestStaging t = new TestStaging().area(1, "A").area(2, "B")
                    .line("A", "a1", "1", "1", "1", "1", "0").line("A", "a2", "1", "1", "1", "1", "0")
                    .line("B", "b1", "1", "1", "1", "1", "0").line("B", "I alt", "1", "1", "1", "1", "0");
            assertThat(linesByArea(t)).containsExactly(Map.entry("a", List.of("a1", "a2")),
                    Map.entry("b", List.of("b1", "I alt")));
        }
    }

    @Nested
    class Spread {

        @Test
        void aPolitikomraadeWhoseLinesAreSplitStillGetsThemAllOnce() {
            TestStaging t = new TestStaging().area(1, "A").area(2, "B")
                    .line("A", "a1", "1", "1", "1", "1", "0")
                    .line("B", "b1", "1", "1", "1", "1", "0")
                    .line("A", "a2", "1", "1", "1", "1", "0")
                    .line("B", "b2", "1", "1", "1", "1", "0")
                    .line("C", "c1", "1", "1", "1", "1", "0");
            Map<String, List<String>> result = linesByArea(t);
            assertThat(result).containsOnlyKeys("a", "b", "c");
            assertThat(result.get("a")).containsExactly("a1", "a2");
            assertThat(result.get("b")).containsExactly("b1", "b2");
            assertThat(result.get("c")).containsExactly("c1");
        }
    }
}
