package dk.aarsrapport.plan;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

import dk.aarsrapport.base.Manifest;
import dk.aarsrapport.base.Sha256;

/**
 * What the last successful run left in the output folder, from its manifest.json: its run id and, per
 * file, the sha256, the page count and the fingerprint it was made from. A file counts as unchanged only
 * when it is still there with that sha256. {@code unreadable} says why a manifest that exists could not be
 * used: then everything is drawn again, and the console says so.
 */
public record PreviousOutput(Long run, Map<String, Manifest.FileState> files, String unreadable) {

    public static final PreviousOutput NONE = new PreviousOutput(null, Map.of(), null);

    public static PreviousOutput read(Path outputRoot) {
        try {
            Optional<Manifest> manifest = Manifest.read(outputRoot);
            if (manifest.isEmpty()) {
                return NONE;
            }
            Map<String, Manifest.FileState> files = new HashMap<>();
            manifest.get().files().forEach(f -> files.put(f.file(), f));
            return new PreviousOutput(manifest.get().run(), files, null);
        } catch (Manifest.UnreadableException e) {
            return new PreviousOutput(null, Map.of(), e.getMessage());
        }
    }

    /** Whether {@code relative} was made from {@code fingerprint} and is still there, byte for byte. */
    public boolean unchanged(Path outputRoot, String relative, String fingerprint) {
        Manifest.FileState state = files.get(relative);
        if (state == null || fingerprint == null || !fingerprint.equals(state.fingerprint())) {
            return false;
        }
        Path file = outputRoot.resolve(relative);
        try {
            return Files.isRegularFile(file) && state.sha256() != null && state.sha256().equals(Sha256.of(file));
        } catch (IOException e) {
            return false;
        }
    }

    public Optional<Integer> pages(String relative) {
        return Optional.ofNullable(files.get(relative)).map(Manifest.FileState::pages);
    }
}
