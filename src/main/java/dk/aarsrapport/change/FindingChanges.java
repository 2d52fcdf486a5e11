package dk.aarsrapport.change;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;

import org.springframework.stereotype.Component;

import dk.aarsrapport.base.Finding;
import dk.aarsrapport.base.Severity;
import dk.aarsrapport.stage.StagedFindings;

/**
 * The validation findings new since the previous run, and those resolved. Either run may have a million (a
 * ledger no Kontoplan maps), so neither run's findings are held: each run is known by a sorted array of its
 * findings' 64-bit fingerprints, and the other read past it one at a time. At most {@link #MAX} each way are
 * named, then how many more: validering.html has them all.
 */
@Component
class FindingChanges {

    static final int MAX = 100;

    private final StagedFindings findings;

    FindingChanges(StagedFindings findings) {
        this.findings = findings;
    }

    void of(long previous, long current, List<ChangeReport.Change> out) {
        long[] before = fingerprints(previous);
        long[] after = fingerprints(current);
        long[] more = new long[1];
        findings.forEach(current, f -> {
            if (Arrays.binarySearch(before, fingerprint(f)) < 0 && more[0]++ < MAX) {
                out.add(new ChangeReport.Change(f.politikomraade(), "ny " + (f.severity() == Severity.FEJL ? "fejl"
                        : "advarsel") + " " + f.rule() + ": " + f.message()));
            }
        });
        if (more[0] > MAX) {
            out.add(new ChangeReport.Change(null, "og " + (more[0] - MAX) + " nye fund mere (se validering.html)"));
        }
        more[0] = 0;
        findings.forEach(previous, f -> {
            if (Arrays.binarySearch(after, fingerprint(f)) < 0 && more[0]++ < MAX) {
                out.add(new ChangeReport.Change(f.politikomraade(), "løst: " + f.rule() + ": " + f.message()));
            }
        });
        if (more[0] > MAX) {
            out.add(new ChangeReport.Change(null, "og " + (more[0] - MAX) + " løste fund mere"));
        }
    }

    private long[] fingerprints(long run) {
        long[][] all = {new long[1024]};
        int[] n = {0};
        findings.forEach(run, f -> {
            if (n[0] == all[0].length) {
                all[0] = Arrays.copyOf(all[0], n[0] * 2);
            }
            all[0][n[0]++] = fingerprint(f);
        });
        long[] sorted = Arrays.copyOf(all[0], n[0]);
        Arrays.sort(sorted);
        return sorted;
    }

    /** What makes two runs' findings the same one: severity, rule, politikområde, cell and message. */
    static long fingerprint(Finding f) {
        String key = f.severity() + "|" + f.rule() + "|" + f.politikomraade() + "|" + f.cell() + "|" + f.message();
        long h = 0xcbf29ce484222325L; // FNV-1a over the UTF-8 bytes: 1 in 10^7 to mistake one pair in a million
        for (byte b : key.getBytes(StandardCharsets.UTF_8)) {
            h = (h ^ (b & 0xff)) * 0x100000001b3L;
        }
        return h;
    }
}
