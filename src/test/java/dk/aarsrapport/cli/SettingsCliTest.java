package dk.aarsrapport.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import dk.aarsrapport.support.CliRun;
import dk.aarsrapport.support.CsvFixture;

/**
 * A wrong setting, as the operator meets it: exit status 2 and one Danish line naming the setting and its
 * value, before the command does anything; a setting the command does not use stops nothing.
 */
class SettingsCliTest {

    @TempDir
    Path tmp;

    private Path in;
    private Path out;

    @BeforeEach
    void oneYear() throws IOException {
        in = tmp.resolve("input/2032");
        CsvFixture.write(in.resolve("politikomraader.csv"), List.<String[]>of(
                new String[] {"Nr", "Politikområde", "Udvalg"}, new String[] {"1", "Alfa", "U"}));
        CsvFixture.write(in.resolve("tekster.csv"), List.<String[]>of(
                new String[] {"Politikområde", "Afsnit", "Tekst"}, new String[] {"Alfa", "Om politikområdet", "Tekst."}));
        out = tmp.resolve("output/2032");
    }

    private CliRun run(String setting, String... args) {
        return CliRun.with(List.of("--" + setting), tmp.resolve("data"), args);
    }

    private void refusedBeforeAnything(CliRun r, String line) {
        assertThat(r.exit).as(r.toString()).isEqualTo(2);
        assertThat(r.err).isEqualTo(line + " Intet er kørt." + System.lineSeparator());
        assertThat(r.out).as("nothing started").isEmpty();
        assertThat(out).doesNotExist();
    }

    @Test
    void renderThreadsThatAreNoNumber() {
        refusedBeforeAnything(run("aarsrapport.render.threads=abc", "generate", "--input", in.toString(), "--output",
                out.toString()), "aarsrapport.render.threads skal være et helt tal, ikke \"abc\".");
    }

    @Test
    void pdfaNeitherTrueNorFalseStopsValidateToo() {
        // validate builds the same jobs as generate, so it reads the same settings
        refusedBeforeAnything(run("aarsrapport.pdfa=måske", "validate", "--input", in.toString(), "--output",
                out.toString()), "aarsrapport.pdfa skal være true eller false, ikke \"måske\".");
    }

    @Test
    void aDeliverySettingStopsARunThatDelivers() {
        refusedBeforeAnything(run("aarsrapport.udsendelse.forsoeg=x", "generate", "--dry-run", "--input", in.toString(),
                "--output", out.toString()), "aarsrapport.udsendelse.forsoeg skal være et helt tal på mindst 1, ikke \"x\".");
    }

    @Test
    void aDeliverySettingDoesNotStopARunThatMailsNothing() {
        CliRun r = run("aarsrapport.udsendelse.forsoeg=x", "generate", "--input", in.toString(), "--output", out.toString());
        assertThat(r.exit).as(r.toString()).isZero();
        assertThat(out.resolve("manifest.json")).exists();
    }

    @Test
    void theScheduleReadsItsDeliverySettingsAtStart() {
        CliRun r = run("aarsrapport.udsendelse.planlagt=måske", "schedule");
        assertThat(r.exit).as(r.toString()).isEqualTo(2);
        assertThat(r.err).isEqualTo("aarsrapport.udsendelse.planlagt skal være true eller false, ikke \"måske\". "
                + "Intet er kørt." + System.lineSeparator());
        assertThat(r.out).doesNotContain("Planlagt kørsel");
    }
}
