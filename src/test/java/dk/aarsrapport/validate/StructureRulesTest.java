package dk.aarsrapport.validate;

import dk.aarsrapport.base.Finding;
import dk.aarsrapport.base.Severity;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.util.List;

import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

import dk.aarsrapport.stage.TestStaging;

/** S1 (references, duplicates, e-mail) and S2 over staged data. */
class StructureRulesTest {

    @Nested
    class UnknownReferences {
        @Test
        void knownNamesPassWithOrWithoutDanishLetters() {
            TestStaging t = new TestStaging().area(1, "Ældreområdet").line("aeldreomraadet", "L", "1", "1", "1", "1", "0");
            assertThat(RuleTestSupport.run(new S1UnknownReferenceRule(t.staged), t)).isEmpty();
        }

        @Test
        void unknownPolitikomraade() {
            TestStaging t = new TestStaging().area(1, "A").line("Ukendt område", "L", "1", "1", "1", "1", "0");
            List<Finding> f = RuleTestSupport.run(new S1UnknownReferenceRule(t.staged), t);
            assertThat(f).singleElement().satisfies(x -> {
                assertThat(x.rule()).isEqualTo("S1");
                assertThat(x.politikomraade()).isEqualTo("Ukendt område");
                assertThat(x.cell()).isEqualTo("Regnskab!A2");
            });
        }

        @Test
        void maalingOfUnknownMaal() {
            TestStaging t = new TestStaging().area(1, "S").effektmaal("S", "Kendt").maaling("S", "Ukendt", null, null, "5", "%");
            assertThat(RuleTestSupport.run(new S1UnknownReferenceRule(t.staged), t)).singleElement()
                    .satisfies(x -> assertThat(x.message()).contains("Ukendt"));
        }
    }

    @Nested
    class Duplicates {
        @Test
        void duplicateLine() {
            TestStaging t = new TestStaging().area(1, "A").line("A", "L", "1", "1", "1", "1", "0")
                    .line("A", "L", "1", "1", "1", "1", "0");
            assertThat(RuleTestSupport.run(new S1DuplicateRule(t.staged, new AccountsByPolitikomraade(t.staged)), t)).singleElement()
                    .satisfies(x -> assertThat(x.cell()).isEqualTo("Regnskab!B3"));
        }

        @Test
        void duplicateNr() {
            TestStaging t = new TestStaging().area(1, "A").area(1, "B");
            assertThat(RuleTestSupport.run(new S1DuplicateRule(t.staged, new AccountsByPolitikomraade(t.staged)), t)).singleElement()
                    .satisfies(x -> assertThat(x.message()).contains("Nr 1"));
        }

        @Test
        void distinctRecordsPass() {
            TestStaging t = new TestStaging().area(1, "A").area(2, "B").line("A", "L", "1", "1", "1", "1", "0")
                    .line("B", "L", "1", "1", "1", "1", "0");
            assertThat(RuleTestSupport.run(new S1DuplicateRule(t.staged, new AccountsByPolitikomraade(t.staged)), t)).isEmpty();
        }
    }

    @Nested
    class Email {
        @Test
        void validAddress() {
            TestStaging t = new TestStaging().modtager("Direktør", "direktoer@example.org", "U");
            assertThat(RuleTestSupport.run(new S1EmailRule(t.staged), t)).isEmpty();
        }

        @Test
        void invalidAddress() {
            TestStaging t = new TestStaging().modtager("Direktør", "direktør at kommunen", "U");
            assertThat(RuleTestSupport.run(new S1EmailRule(t.staged), t)).singleElement()
                    .satisfies(x -> assertThat(x.rule()).isEqualTo("S1"));
        }

        @Test
        void findingNamesTheCellOfTheAddress() {
            TestStaging t = new TestStaging().modtager("Direktør", "direktoer@example.org", "U")
                    .modtager("Leder", "leder@example", null, "A").modtager("Chef", null, "U");
            List<Finding> found = RuleTestSupport.run(new S1EmailRule(t.staged), t);
            assertThat(found).extracting(Finding::severity, Finding::sheet, Finding::cell, Finding::found)
                    .containsExactly(tuple(Severity.FEJL, "Modtagere", "Modtagere!B3", "leder@example"),
                            tuple(Severity.FEJL, "Modtagere", "Modtagere!B4", ""));
            assertThat(found.get(0).message()).contains("leder@example", "Leder", "ikke gyldig");
            assertThat(found.get(1).message()).contains("Chef", "mangler en e-mailadresse");
        }

        @Test
        void commonShapesOfAddresses() {
            assertThat(List.of("a@b.dk", "fornavn.efternavn@kommune.dk", "a+b@sub.domæne.dk"))
                    .allMatch(EmailAddresses::valid);
            assertThat(java.util.Arrays.asList("", null, "a@b", "a b@c.dk", "a@b.dk; c@d.dk", "<a@b.dk>", "a@@b.dk",
                    "Navn <a@b.dk>")).noneMatch(EmailAddresses::valid);
        }

        @Test
        void aBadAddressDoesNotBlockThePolitikomraadeItsRowNames() {
            TestStaging t = new TestStaging().area(1, "A").area(2, "B").modtager("Leder", "leder at a", null, "A");
            List<Finding> found = RuleTestSupport.run(new S1EmailRule(t.staged), t);
            assertThat(found).singleElement().satisfies(x -> assertThat(x.politikomraade()).isEqualTo("A"));
            t.store(found);
            assertThat(new BlockedPolitikomraader(t.staged, t.findings).of(t.run)).isEmpty();
            // while a FEJL in the figures of B blocks B, as before
            t.store(List.of(Finding.fejl("R1", "B", "aarsregnskab.xlsx", "Regnskab", "Regnskab!G2", "1", "2", "x")));
            assertThat(new BlockedPolitikomraader(t.staged, t.findings).of(t.run)).containsExactly("b");
        }
    }

    @Nested
    class NoAccounts {
        @Test
        void areaWithoutLinesIsAWarning() {
            TestStaging t = new TestStaging().area(1, "A").area(2, "B").line("A", "L", "1", "1", "1", "1", "0");
            assertThat(RuleTestSupport.run(new S2NoAccountsRule(t.staged), t)).singleElement().satisfies(x -> {
                assertThat(x.severity()).isEqualTo(Severity.ADVARSEL);
                assertThat(x.politikomraade()).isEqualTo("B");
            });
        }
    }
}
