package dk.aarsrapport.schedule;

import java.io.IOException;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

import dk.aarsrapport.base.Manifest;
import dk.aarsrapport.base.Sha256;
import dk.aarsrapport.ingest.InputFiles;

/**
 * Whether a year's input folder changed since the last successful run wrote its manifest: the same
 * files with the same sha256 means there is nothing to regenerate. No manifest, or an unreadable
 * one, counts as changed.
 */
final class InputChanges {

    private InputChanges() {
    }

    static boolean changed(Path input, Path output) {
        try {
            Optional<Manifest> manifest = Manifest.read(output);
            if (manifest.isEmpty() || !Manifest.COMPLETED.equals(manifest.get().status())) {
                return true;
            }
            Map<String, String> before = new HashMap<>();
            manifest.get().read().forEach(f -> before.put(f.file(), f.sha256()));
            Map<String, String> now = new HashMap<>();
            for (Map.Entry<String, Path> f : InputFiles.readable(input).entrySet()) {
                now.put(f.getKey(), Sha256.of(f.getValue()));
            }
            return !now.equals(before);
        } catch (Manifest.UnreadableException | IOException | RuntimeException e) {
            return true; // the run that follows says why, and draws everything again
        }
    }
}
