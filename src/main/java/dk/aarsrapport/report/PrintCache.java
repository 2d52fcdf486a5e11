package dk.aarsrapport.report;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Optional;

import org.springframework.stereotype.Component;

import dk.aarsrapport.base.DataDirProperties;

/**
 * Finished politikområde PDFs (their pages not yet numbered) by fingerprint, in the data folder. An unchanged
 * politikområde is not filled or exported again: its cached pages go into the whole report and the packs as
 * they are. The fingerprint holds the PDF conformance, so a plain part never joins a PDF/A document.
 */
@Component
public class PrintCache {

    private final Path dir;

    PrintCache(DataDirProperties settings) {
        this.dir = settings.dataDir().toAbsolutePath().resolve("prints");
    }

    public Optional<Path> get(String fingerprint) {
        Path p = dir.resolve(fingerprint + ".pdf");
        return Files.isRegularFile(p) ? Optional.of(p) : Optional.empty();
    }

    /** Copies a finished part into the cache under a temporary name first, so a cache entry is never half. */
    public void put(String fingerprint, Path print) throws IOException {
        Files.createDirectories(dir);
        Path target = dir.resolve(fingerprint + ".pdf");
        if (Files.exists(target)) {
            return;
        }
        Path tmp = Files.createTempFile(dir, fingerprint, ".tmp");
        Files.copy(print, tmp, StandardCopyOption.REPLACE_EXISTING);
        Files.move(tmp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
    }
}
