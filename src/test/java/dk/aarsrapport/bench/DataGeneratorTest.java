package dk.aarsrapport.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import dk.aarsrapport.support.CliRun;

/** The benchmark's input must be valid data, or the benchmark would measure the error path. */
class DataGeneratorTest {

    @TempDir
    Path tmp;

    private static final DataGenerator.Spec SPEC = new DataGenerator.Spec("Prøve Kommune", 2031, 7, 23, 42);

    @Nested
    class Valid {

        @Test
        void csvPassesEveryRuleWithoutAFinding() {
            Path input = tmp.resolve("input/2031");
            run(() -> new DataGenerator(SPEC).writeCsv(input));
            CliRun run = CliRun.of(tmp.resolve("data"), "validate", "--year", "2031", "--input", input.toString(),
                    "--output", tmp.resolve("out").toString());
            assertThat(run.exit).as(run.toString()).isZero();
            assertThat(run.out).as(run.toString()).contains("0 fejl").contains("0 advarsler");
        }

        @Test
        void xlsxPassesEveryRuleAndRendersEveryPolitikomraade() throws Exception {
            Path input = tmp.resolve("input/2031");
            run(() -> new DataGenerator(SPEC).writeXlsx(input.resolve("bench.xlsx")));
            CliRun run = CliRun.of(tmp.resolve("data"), "generate", "--year", "2031", "--input", input.toString(),
                    "--output", tmp.resolve("out").toString(), "--no-pdfa");
            assertThat(run.exit).as(run.toString()).isZero();
            try (var pdfs = Files.list(tmp.resolve("out/politikomraader"))) {
                assertThat(pdfs.count()).isEqualTo(7);
            }
        }
    }

    @Nested
    class Deterministic {

        @Test
        void theSameSeedGivesTheSameFiles() throws Exception {
            run(() -> new DataGenerator(SPEC).writeCsv(tmp.resolve("a")));
            run(() -> new DataGenerator(SPEC).writeCsv(tmp.resolve("b")));
            assertThat(Files.readString(tmp.resolve("a/regnskab.csv")))
                    .isEqualTo(Files.readString(tmp.resolve("b/regnskab.csv")))
                    .contains("I alt");
        }

        @Test
        void anotherSeedGivesOtherAmounts() throws Exception {
            run(() -> new DataGenerator(SPEC).writeCsv(tmp.resolve("a")));
            run(() -> new DataGenerator(new DataGenerator.Spec("Prøve Kommune", 2031, 7, 23, 43)).writeCsv(tmp.resolve("b")));
            assertThat(Files.readString(tmp.resolve("a/regnskab.csv")))
                    .isNotEqualTo(Files.readString(tmp.resolve("b/regnskab.csv")));
        }
    }

    private interface IoAction {
        void run() throws Exception;
    }

    private static void run(IoAction action) {
        try {
            action.run();
        } catch (Exception e) {
            throw new AssertionError(e);
        }
    }
}
