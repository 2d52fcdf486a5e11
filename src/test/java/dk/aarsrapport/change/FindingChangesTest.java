package dk.aarsrapport.change;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

import dk.aarsrapport.base.Finding;
import dk.aarsrapport.stage.StagingWriter;
import dk.aarsrapport.stage.TestStaging;

/** The findings new and resolved between two runs, compared by fingerprint and named up to a limit. */
class FindingChangesTest {

    private static Finding fejl(String rule, String area, String cell, String message) {
        return Finding.fejl(rule, area, "aarsregnskab.xlsx", "Regnskab", cell, null, null, message);
    }

    @Test
    void newAndResolvedFindingsAreNamedAndTheRestCounted() {
        TestStaging t = new TestStaging();
        t.store(List.of(fejl("R1", "A", "Regnskab!G2", "gammel"), fejl("R2", "B", "Regnskab!G3", "bliver")));
        StagingWriter now = t.staged.append(2, 0);
        now.add(fejl("R2", "B", "Regnskab!G3", "bliver"));
        now.add(fejl("R3", "B", "Regnskab!G4", "ny"));
        for (int i = 0; i < FindingChanges.MAX + 50; i++) {
            now.add(Finding.advarsel("K3", null, "kontoplan.csv", "kontoplan", "linje " + i, null, null, "ubrugt " + i));
        }
        now.flush();
        List<ChangeReport.Change> out = new ArrayList<>();
        new FindingChanges(t.findings).of(t.run, 2, out);
        assertThat(out).hasSize(FindingChanges.MAX + 2);
        assertThat(out.get(0)).isEqualTo(new ChangeReport.Change("B", "ny fejl R3: ny"));
        assertThat(out.get(1)).isEqualTo(new ChangeReport.Change(null, "ny advarsel K3: ubrugt 0"));
        assertThat(out.get(FindingChanges.MAX)).isEqualTo(new ChangeReport.Change(null,
                "og 51 nye fund mere (se validering.html)"));
        assertThat(out.get(FindingChanges.MAX + 1)).isEqualTo(new ChangeReport.Change("A", "løst: R1: gammel"));
    }

    @Test
    void theSameFindingInBothRunsIsNoChange() {
        TestStaging t = new TestStaging();
        Finding f = fejl("R1", "A", "Regnskab!G2", "samme");
        t.store(List.of(f));
        StagingWriter now = t.staged.append(2, 0);
        now.add(f);
        now.flush();
        List<ChangeReport.Change> out = new ArrayList<>();
        new FindingChanges(t.findings).of(t.run, 2, out);
        assertThat(out).isEmpty();
        assertThat(FindingChanges.fingerprint(f)).isNotEqualTo(FindingChanges.fingerprint(
                fejl("R1", "A", "Regnskab!G3", "samme")));
    }
}
