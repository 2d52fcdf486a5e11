package dk.aarsrapport.support;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.stream.Stream;

/** The bundled sample as test input: its CSV source of truth copied into a fresh input folder. */
public final class Samples {

    public static final Path CSV_2015 = Path.of("src/test/resources/sample-2015-csv");
    /** The 2015 sample's ledger (Konti and Kontoplan), which builds the same accounts tables as regnskab.csv. */
    public static final Path LEDGER_2015 = Path.of("src/test/resources/sample-2015-ledger-csv");

    private Samples() {
    }

    /** Copies every file of {@code fixture} into {@code inputDir} (created); returns {@code inputDir}. */
    public static Path copy(Path fixture, Path inputDir) throws IOException {
        Files.createDirectories(inputDir);
        try (Stream<Path> files = Files.list(fixture)) {
            for (Path f : files.toList()) {
                Files.copy(f, inputDir.resolve(f.getFileName()), StandardCopyOption.REPLACE_EXISTING);
            }
        }
        return inputDir;
    }
}
