package dk.aarsrapport.job;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import dk.aarsrapport.base.Sha256;
import dk.aarsrapport.support.CliRun;

/**
 * The nightly run's economy: an unchanged input writes no PDF (times and hashes stay), one changed
 * amount rewrites exactly its politikområde, the whole report and the packs that hold it, and the
 * change report names the line with its old and new amount. --force redraws everything.
 */
class IncrementalRunTest {

    static final Path FIXTURE = Path.of("src/test/resources/sample-2015-csv");

    @TempDir
    Path tmp;

    record State(String sha, FileTime modified) {
    }

    static Map<String, State> pdfs(Path out) throws IOException {
        Map<String, State> m = new TreeMap<>();
        try (Stream<Path> files = Files.walk(out)) {
            for (Path f : files.filter(p -> p.toString().endsWith(".pdf")).toList()) {
                m.put(out.relativize(f).toString(), new State(Sha256.of(f), Files.getLastModifiedTime(f)));
            }
        }
        return m;
    }

    static Set<String> rewritten(Map<String, State> before, Map<String, State> after) {
        Set<String> changed = new TreeSet<>();
        after.forEach((f, s) -> {
            if (!s.equals(before.get(f))) {
                changed.add(f);
            }
        });
        return changed;
    }

    @Test
    void onlyWhatChangedIsRedrawn() throws Exception {
        Path in = tmp.resolve("input/2015");
        dk.aarsrapport.support.Samples.copy(FIXTURE, in);
        Path out = tmp.resolve("output/2015");
        Path data = tmp.resolve("data");
        String[] generate = {"generate", "--input", in.toString(), "--output", out.toString()};
        assertThat(CliRun.of(data, generate).exit).isZero();
        Map<String, State> first = pdfs(out);
        assertThat(first).hasSize(6);
        Thread.sleep(1100); // so that a rewritten file would show a later modification time

        CliRun unchanged = CliRun.of(data, generate);
        assertThat(unchanged.exit).isZero();
        assertThat(rewritten(first, pdfs(out))).as("PDFs rewritten by an unchanged run").isEmpty();
        assertThat(unchanged.out).contains("0 af 2 politikområder dannet").contains("Ingen ændringer siden sidste kørsel.");

        Path regnskab = in.resolve("regnskab.csv");
        Files.writeString(regnskab, Files.readString(regnskab, StandardCharsets.UTF_8)
                .replace("16.375;7.489;6.831;-658", "16.375;7.489;6.832;-657"), StandardCharsets.UTF_8);
        CliRun changed = CliRun.of(data, generate);
        assertThat(changed.exit).as(changed.toString()).isZero();
        assertThat(rewritten(first, pdfs(out))).containsExactlyInAnyOrder(
                "politikomraader/10-arbejdsmarkeds-og-overfoerselsomraadet.pdf", "aarsberetning-2015.pdf",
                "pakker/beskaeftigelsesudvalget.pdf",
                "pakker/direktoer-for-job-velfaerd.pdf");
        String report = Files.readString(out.resolve("aendringer.html"), StandardCharsets.UTF_8);
        assertThat(report).contains("Arbejdsmarkeds- og overførselsområdet")
                .contains("\"Revalidering\", Regnskab 2015: 6.831 → 6.832")
                .contains("\"Revalidering\", Afvigelse: -658 → -657");
        assertThat(changed.out).contains("\"Revalidering\", Regnskab 2015: 6.831 → 6.832");

        Map<String, State> second = pdfs(out);
        Thread.sleep(1100);
        CliRun forced = CliRun.of(data, "generate", "--input", in.toString(), "--output", out.toString(), "--force");
        assertThat(forced.exit).isZero();
        assertThat(rewritten(second, pdfs(out))).hasSize(6);
    }
}
