package dk.aarsrapport.validate;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Consumer;

import dk.aarsrapport.base.Finding;
import dk.aarsrapport.base.Severity;
import dk.aarsrapport.stage.StagedFindings;

/**
 * The findings a validation report is written from, read as often as the report needs and one at a time:
 * a run's are in the database ({@link #staged}), a million of them when no Kontoplan row maps a big ledger.
 */
public interface FindingSource {

    /** Per politikområde (null: about the whole input), in the order of each one's first finding. */
    List<StagedFindings.Count> counts();

    void forEach(Consumer<Finding> action);

    /** The findings about one politikområde, or with null those about the whole input. */
    void forEach(String politikomraade, Consumer<Finding> action);

    static FindingSource staged(StagedFindings findings, long run) {
        return new FindingSource() {
            @Override
            public List<StagedFindings.Count> counts() {
                return findings.counts(run);
            }

            @Override
            public void forEach(Consumer<Finding> action) {
                findings.forEach(run, action);
            }

            @Override
            public void forEach(String politikomraade, Consumer<Finding> action) {
                findings.forEach(run, politikomraade, action);
            }
        };
    }

    /** A few findings at hand (tests, and reports of what is small). */
    static FindingSource of(List<Finding> list) {
        return new FindingSource() {
            @Override
            public List<StagedFindings.Count> counts() {
                Map<String, long[]> by = new LinkedHashMap<>();
                for (Finding f : list) {
                    by.computeIfAbsent(f.politikomraade() == null ? "\u0000" : f.politikomraade(), k -> new long[2])
                            [f.severity() == Severity.FEJL ? 0 : 1]++;
                }
                return by.entrySet().stream().map(e -> new StagedFindings.Count(
                        e.getKey().equals("\u0000") ? null : e.getKey(), e.getValue()[0], e.getValue()[1])).toList();
            }

            @Override
            public void forEach(Consumer<Finding> action) {
                list.forEach(action);
            }

            @Override
            public void forEach(String politikomraade, Consumer<Finding> action) {
                list.stream().filter(f -> Objects.equals(f.politikomraade(), politikomraade)).forEach(action);
            }
        };
    }
}
