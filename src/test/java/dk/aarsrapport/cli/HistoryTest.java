package dk.aarsrapport.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import dk.aarsrapport.support.CliRun;
import dk.aarsrapport.support.CsvFixture;

class HistoryTest {

    @TempDir
    Path tmp;

    @Test
    void listsRunsNewestFirstWithTheirCounts() throws IOException {
        Path in = tmp.resolve("input/2031");
        CsvFixture.write(in.resolve("politikomraader.csv"), List.<String[]>of(
                new String[] {"Nr", "Politikområde", "Udvalg"}, new String[] {"1", "Alfa", "U"}));
        CsvFixture.write(in.resolve("tekster.csv"), List.<String[]>of(
                new String[] {"Politikområde", "Afsnit", "Tekst"}, new String[] {"Alfa", "Om politikområdet", "Tekst."}));
        Path data = tmp.resolve("data");
        String out = tmp.resolve("output/2031").toString();
        assertThat(CliRun.of(data, "history").out).contains("Ingen kørsler endnu.");
        assertThat(CliRun.of(data, "generate", "--input", in.toString(), "--output", out).exit).isZero();
        assertThat(CliRun.of(data, "generate", "--input", in.toString(), "--output", out).exit).isZero();
        CliRun h = CliRun.of(data, "history", "--last", "1");
        assertThat(h.exit).isZero();
        List<String> lines = h.out.lines().toList();
        assertThat(lines).hasSize(2);
        assertThat(lines.get(0)).contains("Id").contains("Status").contains("Uændret");
        assertThat(lines.get(1)).contains("generate").contains("2031").contains("færdig").contains(out);
        assertThat(lines.get(1).replaceAll("\\s+", " ")).contains("færdig 0 1 0 0 1");
        assertThat(CliRun.of(data, "history", "--last", "0").exit).isEqualTo(2);
    }
}
