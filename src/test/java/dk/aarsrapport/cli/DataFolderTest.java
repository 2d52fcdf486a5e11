package dk.aarsrapport.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import dk.aarsrapport.support.ChildJvm;
import dk.aarsrapport.support.CliRun;
import dk.aarsrapport.support.TestDatabase;

/**
 * The data folder as the operator names it (issue 15, cases 6 and 7): one that cannot be written to is a
 * settings error said in one line before anything starts, and its path reaches the database as it is,
 * never read as part of the database's address.
 */
class DataFolderTest {

    @TempDir
    Path tmp;

    /** Case 6. Root ignores permission bits, so the fixture is a file system mounted read-only by the test. */
    @Nested
    class ReadOnly {

        Path mount;

        /** A tmpfs at {@code tmp/ro} holding an existing data folder, remounted read-only. */
        Path readOnlyMount() throws Exception {
            mount = Files.createDirectories(tmp.resolve("ro"));
            Assumptions.assumeTrue(run("mount", "-t", "tmpfs", "-o", "size=1m", "tmpfs", mount.toString()) == 0,
                    "mounting a tmpfs is not allowed here");
            Files.createDirectories(mount.resolve("data/logs"));
            assertThat(run("mount", "-o", "remount,ro", mount.toString())).isZero();
            return mount;
        }

        @AfterEach
        void unmount() throws Exception {
            if (mount != null) {
                run("umount", mount.toString());
            }
        }

        @Test
        void anExistingReadOnlyFolderIsOneLineAndExit2() throws Exception {
            Path data = readOnlyMount().resolve("data");
            Result r = program(data, "history");
            assertThat(r.exit).as(r.output).isEqualTo(2);
            assertThat(r.output.lines().toList()).as("one line, no Logback errors").singleElement().satisfies(l -> {
                assertThat(l).contains(data.toString(), "aarsrapport.data-dir", "kan ikke skrives i", "skrivebeskyttet");
                assertThat(l.length()).isLessThanOrEqualTo(300);
            });
        }

        @Test
        void aFolderThatCannotBeCreatedIsOneLineAndExit2() throws Exception {
            Path data = readOnlyMount().resolve("ny/data");
            Result r = program(data, "generate", "--year", "2015", "--input", tmp.resolve("input/2015").toString());
            assertThat(r.exit).as(r.output).isEqualTo(2);
            assertThat(r.output.lines().toList()).as(r.output).singleElement().satisfies(l -> {
                assertThat(l).contains(data.toString(), "kan ikke oprettes", "skrivebeskyttet");
                assertThat(l.length()).isLessThanOrEqualTo(300);
            });
        }

        /** The program in a process of its own: what it prints is all there is on the console, Logback's too. */
        private Result program(Path data, String... args) throws Exception {
            Files.createDirectories(tmp.resolve("input/2015"));
            ProcessBuilder pb = ChildJvm.program(args).directory(tmp.toFile()).redirectErrorStream(true);
            pb.environment().put("AARSRAPPORT_DATA_DIR", data.toString());
            pb.environment().putAll(TestDatabase.environment());
            Process p = pb.start();
            byte[] output = p.getInputStream().readAllBytes();
            assertThat(p.waitFor(120, TimeUnit.SECONDS)).isTrue();
            return new Result(p.exitValue(), new String(output, StandardCharsets.UTF_8));
        }
    }

    record Result(int exit, String output) {
    }

    /** Case 7. */
    @Nested
    class Path_ {

        @Test
        void aSemicolonIsRefusedAndNothingIsWrittenBesideTheFolder() throws IOException {
            Assumptions.assumeFalse(TestDatabase.postgres(), "only the embedded database's address holds the path");
            Path data = tmp.resolve("drift;hsqldb.default_table_type=memory/data");
            CliRun r = CliRun.of(data, "history");
            assertThat(r.exit).as(r.toString()).isEqualTo(2);
            assertThat(r.err.lines().toList()).singleElement().satisfies(l -> {
                assertThat(l).contains("aarsrapport.data-dir", "semikolon", data.toString());
                assertThat(l.length()).isLessThanOrEqualTo(300);
            });
            assertThat(entries(tmp)).as("no database files beside it, nothing made").isEmpty();
        }

        @Test
        void equalsSpacesAndDanishLettersAreTakenAsTheyAre() throws IOException {
            Path parent = Files.createDirectories(tmp.resolve("Økonomi = drift 2015"));
            Path data = parent.resolve("data mappe");
            CliRun r = CliRun.of(data, "history");
            assertThat(r.exit).as(r.toString()).isZero();
            assertThat(r.err).isEmpty();
            assertThat(entries(parent)).containsExactly("data mappe");
            assertThat(entries(tmp)).containsExactly("Økonomi = drift 2015");
            if (!TestDatabase.postgres()) {
                assertThat(data.resolve("aarsrapport.script")).as("the database in the folder").exists();
                assertThat(CliRun.of(data, "history").exit).as("and opened again there").isZero();
            }
        }

        private static List<String> entries(Path folder) throws IOException {
            try (Stream<Path> files = Files.list(folder)) {
                return files.map(p -> p.getFileName().toString()).sorted().toList();
            }
        }
    }

    private static int run(String... command) throws Exception {
        Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
        p.getInputStream().readAllBytes();
        return p.waitFor(30, TimeUnit.SECONDS) ? p.exitValue() : -1;
    }
}
