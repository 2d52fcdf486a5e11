package dk.aarsrapport.stage;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/** How Målopfølgning rows become Rammer, goals and indsatser, in print order (input-format.md). */
class MaalRammerTest {

    private final List<Maalopfoelgning> rows = new ArrayList<>();

    private MaalRammerTest row(String ramme, String tema, String nr, String maalsaetning, String indsats, String status) {
        rows.add(new Maalopfoelgning(ramme, tema, null, nr, maalsaetning, null, indsats, null, null, status, null,
                new Origin("m.csv", "m", rows.size() + 2, true)));
        return this;
    }

    private List<MaalRammer.Ramme> rammer() {
        return MaalRammer.of(rows);
    }

    @Nested
    class Order {
        @Test
        void nrSortsByItsNumbers() {
            assertThat(MaalRammer.compareNr("1.2", "1.10")).isNegative();
            assertThat(MaalRammer.compareNr("1.10", "2.1")).isNegative();
            assertThat(MaalRammer.compareNr("2", "2.1")).isNegative();
            assertThat(MaalRammer.compareNr("10", "9")).isPositive();
            assertThat(MaalRammer.compareNr("1,1", "1.1")).isNotZero(); // another text, another goal
        }

        @Test
        void goalsWithNrFirstInNrOrderThenTheOthersInRowOrder() {
            row("R", null, "1.10", "c", "x", null).row("R", null, null, "uden nr", "y", null)
                    .row("R", null, "1.2", "b", "z", null).row("R", null, null, "også uden", "w", null);
            assertThat(rammer().get(0).maal()).extracting(MaalRammer.Maal::maalsaetning)
                    .containsExactly("b", "c", "uden nr", "også uden");
        }

        @Test
        void temaerInTheOrderOfTheirFirstGoal() {
            row("R", "B", "2.1", "b1", "x", null).row("R", "A", "1.1", "a1", "y", null)
                    .row("R", "B", "2.2", "b2", "z", null);
            assertThat(rammer().get(0).temaer()).extracting(MaalRammer.Tema::navn).containsExactly("A", "B");
            assertThat(rammer().get(0).temaer().get(1).maal()).extracting(MaalRammer.Maal::nr).containsExactly("2.1", "2.2");
        }

        @Test
        void rammerInOrderOfFirstAppearanceMatchedAsNames() {
            row("Social mobilitet", null, null, "m", "x", null).row("Sammenhæng", null, "1", "n", "y", null)
                    .row("SOCIAL  MOBILITET", null, null, "o", "z", null);
            assertThat(rammer()).extracting(MaalRammer.Ramme::navn).containsExactly("Social mobilitet", "Sammenhæng");
            assertThat(rammer().get(0).maal()).hasSize(2);
        }
    }

    @Nested
    class Goals {
        @Test
        void sameNrIsOneGoalWhereverItsRowsStand() {
            row("R", null, "1.1", "a", "x", null).row("R", null, "1.2", "b", "y", null)
                    .row("R", null, "1.1", null, "z", null);
            MaalRammer.Maal first = rammer().get(0).maal().get(0);
            assertThat(first.indsatser()).extracting(Maalopfoelgning::indsats).containsExactly("x", "z");
        }

        @Test
        void followingRowsWithBlankOrEqualMaalsaetningBelongToTheGoalAbove() {
            row("R", null, null, "a", "x", null).row("R", null, null, null, "y", null)
                    .row("R", null, null, "a", "z", null).row("R", null, null, "b", "w", null);
            assertThat(rammer().get(0).maal()).extracting(m -> m.indsatser().size()).containsExactly(3, 1);
        }

        @Test
        void aRowWithOnlyTheGoalDescribesNoIndsats() {
            row("R", null, "1", "a", null, null);
            assertThat(rammer().get(0).maal().get(0).indsatser()).isEmpty();
            assertThat(rammer().get(0).indsatser()).isZero();
        }
    }

    @Nested
    class Status {
        @Test
        void knownWordsMatchLikeNamesAndPrintInTheSpecsSpelling() {
            assertThat(MaalStatus.printed("I GANG")).isEqualTo("i gang");
            assertThat(MaalStatus.printed("Opnaaet")).isEqualTo("opnået");
            assertThat(MaalStatus.printed("delvist")).isEqualTo("delvist");
            assertThat(MaalStatus.known("delvist")).isEmpty();
        }

        @Test
        void eachGoalCountedOnceUnderItsStatus() {
            row("R", null, "1", "a", "x", "i gang").row("R", null, "1", null, "y", "I gang")
                    .row("R", null, "2", "b", "z", "opnået").row("R", null, "3", "c", "w", null)
                    .row("R", null, "4", "d", "v", "i gang").row("R", null, "4", null, "u", "opnået")
                    .row("R", null, "5", "e", "t", "delvist");
            MaalRammer.Ramme r = rammer().get(0);
            assertThat(r.maal().get(0).status()).isEqualTo("i gang");
            assertThat(r.maal().get(3).status()).isEqualTo("i gang, opnået");
            Map<String, Integer> counts = r.statusCounts();
            assertThat(counts).containsExactly(Map.entry("ikke startet", 0), Map.entry("i gang", 1),
                    Map.entry("opnået", 1), Map.entry("ikke opnået", 0), Map.entry("i gang, opnået", 1),
                    Map.entry("delvist", 1), Map.entry("ikke angivet", 1));
            assertThat(counts.values().stream().mapToInt(Integer::intValue).sum()).isEqualTo(r.maal().size());
        }
    }
}
