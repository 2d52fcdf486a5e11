package dk.aarsrapport.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.io.TempDir;

import dk.aarsrapport.publish.OutputLock;
import dk.aarsrapport.support.CliRun;
import dk.aarsrapport.support.Samples;

/**
 * Exit status 4 means one thing: another run holds the folder. It is told by the lock itself, never by
 * what an exception's message happens to say (issue 14, defect 6).
 */
class LockedFolderTest {

    @TempDir
    Path tmp;

    /**
     * The fixture: a data folder that cannot be created, because a file stands where its parent folder
     * should be, and whose name holds the words the program once looked for in error messages. The
     * failure names the folder; that is no reason to tell the operator that another run is busy.
     */
    @ParameterizedTest
    @ValueSource(strings = {"lockfile", "lock acquisition"})
    void aDataFolderThatCannotBeCreatedIsNotAnotherRun(String name) throws IOException {
        Path inTheWay = Files.writeString(tmp.resolve("arkiv"), "en fil, ikke en mappe");
        CliRun r = CliRun.of(inTheWay.resolve(name), "history");
        // a folder the program cannot make is the operator's setting (issue 15, case 6): exit 2, one line
        assertThat(r.exit).as(r.toString()).isEqualTo(2);
        assertThat(r.err).doesNotContain("En anden kørsel").contains(name, "kan ikke oprettes");
    }

    /** The operator is told whom to wait for, as the console tells its users (the holder wrote it in the lock). */
    @Test
    void anOutputFolderInUseNamesWhoStartedTheRun() throws IOException {
        Path input = Samples.copy(Samples.CSV_2015, tmp.resolve("input/2015"));
        Path output = tmp.resolve("output/2015");
        try (OutputLock held = OutputLock.tryAcquire(output, "anna").orElseThrow()) {
            CliRun r = CliRun.of(tmp.resolve("data"), "generate", "--year", "2015", "--input", input.toString(),
                    "--output", output.toString());
            assertThat(r.exit).as(r.toString()).isEqualTo(4);
            assertThat(r.err).contains("En anden kørsel bruger allerede outputmappen", "startet af anna ")
                    .containsPattern("kl\\. \\d{2}\\.\\d{2}; intet er ændret");
        }
        assertThat(Files.exists(output.resolve("aarsberetning-2015.pdf"))).as("nothing written").isFalse();
    }

    @Test
    void aDataFolderInUseByAnotherProcessIsExit4() throws IOException {
        Path data = tmp.resolve("data");
        try (OutputLock held = OutputLock.acquireDataDir(data)) {
            CliRun r = CliRun.of(data, "history");
            assertThat(r.exit).as(r.toString()).isEqualTo(4);
            assertThat(r.err).contains("En anden kørsel bruger allerede programmets database").contains("data");
        }
        assertThat(CliRun.of(data, "history").exit).as("free again").isZero();
    }
}
