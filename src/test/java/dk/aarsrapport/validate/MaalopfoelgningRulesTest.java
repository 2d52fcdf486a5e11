package dk.aarsrapport.validate;

import dk.aarsrapport.base.Finding;
import dk.aarsrapport.base.Severity;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

import dk.aarsrapport.stage.TestStaging;

/** S1, S4 and S5 on the Målopfølgning sheet, each with rows that must pass and rows that must not. */
class MaalopfoelgningRulesTest {

    static final String R = "Sammenhængsmodellen";

    static List<Finding> s1(TestStaging t) {
        return RuleTestSupport.run(new S1MaalopfoelgningRule(t.staged), t);
    }

    static List<Finding> s4(TestStaging t) {
        return RuleTestSupport.run(new S4MaalDisagreementRule(t.staged), t);
    }

    static List<Finding> s5(TestStaging t) {
        return RuleTestSupport.run(new S5MaalStatusRule(t.staged), t);
    }

    /** Two goals of two indsatser each, the goal's fields on its first row only: as the spec allows. */
    static TestStaging clean() {
        return new TestStaging()
                .maal(R, "Læring", "1.1", "Flere i uddannelse", "Unge", "Gratis psykologhjælp", "Samtaler", "Socialområdet", "i gang")
                .maal(R, null, "1.1", null, null, "K-møder", "Koordinering", null, "I GANG")
                .maal(R, "Sundhed", "5.1", "Færre rygere", null, "Rygestop", "Forløb", null, null)
                .maal(R, "Sundhed", null, null, null, "Rygestop", "Røgfri uddannelser", null, null);
    }

    @Nested
    class S1 {
        @Nested
        class Good {
            @Test
            void goalsWithMaalsaetningAndDistinctIndsatser() {
                assertThat(s1(clean())).isEmpty();
            }

            @Test
            void sameIndsatsNameWithAnotherDescriptionIsAnotherIndsats() {
                // the reference has two "Rygestopindsats" under one goal, each with its own description
                assertThat(s1(clean())).noneMatch(f -> f.message().contains("Rygestop"));
            }

            @Test
            void aLinkToAKnownPolitikomraade() {
                TestStaging t = new TestStaging().area(10, "Socialområdet")
                        .maal(R, null, "1", "Mål", null, "Indsats", null, null, null, "socialomraadet");
                assertThat(s1(t)).isEmpty();
            }
        }

        @Nested
        class Bad {
            @Test
            void aGoalWithoutMaalsaetningIsAnEmptyName() {
                TestStaging t = new TestStaging().maal(R, null, "2.1", null, null, "Boblberg", "Fællesskaber", null, null);
                assertThat(s1(t)).singleElement().satisfies(f -> {
                    assertThat(f.severity()).isEqualTo(Severity.FEJL);
                    assertThat(f.rule()).isEqualTo("S1");
                    assertThat(f.politikomraade()).isEqualTo("Målopfølgning: " + R);
                    assertThat(f.cell()).isEqualTo("linje 2, kolonne maalsaetning");
                    assertThat(f.message()).isEqualTo("Målsætning mangler for mål 2.1 i " + R
                            + "; skriv den på målets første række.");
                });
            }

            @Test
            void theSameIndsatsTwiceUnderOneGoal() {
                TestStaging t = clean().maal(R, null, "1.1", null, null, "K-møder", "Koordinering", null, null);
                assertThat(s1(t)).singleElement().satisfies(f -> {
                    assertThat(f.cell()).isEqualTo("linje 6, kolonne indsats");
                    assertThat(f.message()).contains("\"K-møder\" står to gange under mål 1.1")
                            .contains("linje 3, kolonne indsats");
                });
            }

            @Test
            void aLinkToAPolitikomraadeThatDoesNotExist() {
                TestStaging t = new TestStaging().area(10, "Socialområdet")
                        .maal(R, null, "1", "Mål", null, "Indsats", null, null, null, "Ældreområdet");
                assertThat(s1(t)).singleElement().satisfies(f -> {
                    assertThat(f.cell()).isEqualTo("linje 2, kolonne politikomraade");
                    assertThat(f.found()).isEqualTo("Ældreområdet");
                });
            }

            @Test
            void aLinkWhenThereAreNoPolitikomraaderAtAll() {
                TestStaging t = new TestStaging().maal(R, null, "1", "Mål", null, "Indsats", null, null, null, "Ældre");
                assertThat(s1(t)).hasSize(1);
            }
        }
    }

    @Nested
    class S4 {
        @Nested
        class Good {
            @Test
            void givenOnceOrRepeatedAlike() {
                TestStaging t = clean().maal(R, "Læring", "1.1", "flere  i uddannelse", "UNGE", "Praktik", null, null, null);
                assertThat(s4(t)).isEmpty();
            }

            @Test
            void aNewMaalsaetningWithoutNrIsANewGoalNotAContradiction() {
                TestStaging t = new TestStaging().maal("Social mobilitet", null, null, "Mål A", "Børn", null, "Tekst", null, null)
                        .maal("Social mobilitet", null, null, "Mål B", "Unge", null, "Tekst", null, null);
                assertThat(s4(t)).isEmpty();
            }
        }

        @Nested
        class Bad {
            @Test
            void anotherMaalsaetningUnderTheSameNr() {
                TestStaging t = clean().maal(R, null, "5.1", "Flere rygere", null, "Kampagne", null, null, null);
                assertThat(s4(t)).singleElement().satisfies(f -> {
                    assertThat(f.severity()).isEqualTo(Severity.FEJL);
                    assertThat(f.rule()).isEqualTo("S4");
                    assertThat(f.cell()).isEqualTo("linje 6, kolonne maalsaetning");
                    assertThat(f.found()).isEqualTo("Flere rygere");
                    assertThat(f.expected()).isEqualTo("Færre rygere");
                    assertThat(f.message()).contains("Målsætning for mål 5.1 i " + R)
                            .contains("linje 4, kolonne maalsaetning");
                });
            }

            @Test
            void anotherMaalgruppeOnAFollowingRow() {
                TestStaging t = new TestStaging().maal("Social mobilitet", null, null, "Mål A", "Børn", null, "x", null, null)
                        .maal("Social mobilitet", null, null, null, "Voksne", null, "y", null, null);
                assertThat(s4(t)).singleElement().satisfies(f -> assertThat(f.cell()).isEqualTo("linje 3, kolonne maalgruppe"));
            }

            @Test
            void oneGoalUnderTwoTemaer() {
                TestStaging t = clean().maal(R, "Sundhed", "1.1", null, null, "Praktik", null, null, null);
                assertThat(s4(t)).singleElement().satisfies(f -> assertThat(f.cell()).isEqualTo("linje 6, kolonne tema"));
            }

            @Test
            void oneTemaWithTwoDescriptions() {
                TestStaging t = new TestStaging()
                        .maal(R, "Sundhed", "5.1", "a", null, "x", null, null, null, null, "Vi vil højne sundheden.")
                        .maal(R, "Sundhed", "5.2", "b", null, "y", null, null, null, null, "Noget andet.");
                assertThat(s4(t)).singleElement().satisfies(f -> assertThat(f.cell()).isEqualTo("linje 3, kolonne temabeskrivelse"));
            }
        }
    }

    @Nested
    class S5 {
        @Nested
        class Good {
            @Test
            void knownStatusWordsAndBlankPass() {
                TestStaging t = clean().maal(R, null, "6", "a", null, "x", null, null, "ikke startet")
                        .maal(R, null, "7", "b", null, "y", null, null, "Opnået")
                        .maal(R, null, "8", "c", null, "z", null, null, "ikke opnaaet");
                assertThat(s5(t)).isEmpty();
            }

            @Test
            void anIndsatsMayBeADescriptionWithoutName() {
                TestStaging t = new TestStaging().maal("Social mobilitet", null, null, "Mål", "Børn", null, "Vi gør sådan.", null, null);
                assertThat(s5(t)).isEmpty();
            }
        }

        @Nested
        class Bad {
            @Test
            void anUnknownStatusWordIsAWarning() {
                TestStaging t = clean().maal(R, null, "6", "a", null, "x", null, null, "delvist");
                assertThat(s5(t)).singleElement().satisfies(f -> {
                    assertThat(f.severity()).isEqualTo(Severity.ADVARSEL);
                    assertThat(f.rule()).isEqualTo("S5");
                    assertThat(f.cell()).isEqualTo("linje 6, kolonne status");
                    assertThat(f.message()).contains("Status \"delvist\" for mål 6 i " + R);
                });
            }

            @Test
            void aGoalWithNoIndsatsIsAWarning() {
                TestStaging t = clean().maal(R, "Læring", "1.2", "Flere uddannelser til kommunen", null, null, null, null, null);
                assertThat(s5(t)).singleElement().satisfies(f -> {
                    assertThat(f.severity()).isEqualTo(Severity.ADVARSEL);
                    assertThat(f.cell()).isEqualTo("linje 6, kolonne indsats");
                    assertThat(f.message()).startsWith("Mål 1.2 i " + R + " har ingen indsatser");
                });
            }
        }
    }
}
