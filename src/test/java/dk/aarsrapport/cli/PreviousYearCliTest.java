package dk.aarsrapport.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import dk.aarsrapport.support.CliRun;

class PreviousYearCliTest {

    @TempDir
    Path tmp;

    private Path copy(String year) throws IOException {
        Path to = tmp.resolve("input").resolve(year);
        Files.createDirectories(to);
        try (var files = Files.list(Path.of("input", year))) {
            for (Path f : files.toList()) {
                Files.copy(f, to.resolve(f.getFileName()));
            }
        }
        return to;
    }

    @Test
    void explore() throws IOException {
        copy("2015");
        Path in = copy("2016");
        CliRun r = CliRun.of(tmp, "validate", "--input", in.toString(), "--output", tmp.resolve("out").toString());
        System.out.println(r);
        System.out.println(Files.readString(tmp.resolve("out/validering.csv")));
        String html = Files.readString(tmp.resolve("out/validering.html"));
        System.out.println(html.substring(html.indexOf("<h2>Oversigt")));
    }
}
