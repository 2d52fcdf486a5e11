package dk.aarsrapport.plan;

import dk.aarsrapport.base.Sha256;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;

/**
 * What the last successful run left in the output folder, read from its manifest.json: its run id
 * and, per file, the sha256, the page count and the fingerprint it was made from. A file counts as
 * unchanged only when it is still there with that sha256.
 */
public record PreviousOutput(Long run, Map<String, FileState> files) {

    public record FileState(String sha256, Integer pages, String fingerprint) {
    }

    public static final PreviousOutput NONE = new PreviousOutput(null, Map.of());

    public static PreviousOutput read(Path outputRoot) {
        Path manifest = outputRoot.resolve("manifest.json");
        if (!Files.isRegularFile(manifest)) {
            return NONE;
        }
        try {
            JsonNode root = new ObjectMapper().readTree(manifest.toFile());
            Map<String, FileState> files = new HashMap<>();
            for (JsonNode f : root.path("files")) {
                files.put(f.path("file").asString(), new FileState(f.path("sha256").asString(null),
                        f.has("pages") ? f.path("pages").asInt() : null, f.path("fingerprint").asString(null)));
            }
            return new PreviousOutput(root.has("run") ? root.path("run").asLong() : null, files);
        } catch (RuntimeException e) {
            return NONE; // an unreadable manifest only means everything is drawn again
        }
    }

    /** Whether {@code relative} was made from {@code fingerprint} and is still there, byte for byte. */
    public boolean unchanged(Path outputRoot, String relative, String fingerprint) {
        FileState state = files.get(relative);
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
        return Optional.ofNullable(files.get(relative)).map(FileState::pages);
    }
}
