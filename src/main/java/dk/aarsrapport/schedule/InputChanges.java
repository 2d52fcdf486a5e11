package dk.aarsrapport.schedule;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.stream.Stream;

import dk.aarsrapport.base.Sha256;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;

/**
 * Whether a year's input folder changed since the last successful run wrote its manifest: the same
 * files with the same sha256 means there is nothing to regenerate. No manifest, or an unreadable
 * one, counts as changed.
 */
final class InputChanges {

    private InputChanges() {
    }

    static boolean changed(Path input, Path output) {
        Path manifest = output.resolve("manifest.json");
        if (!Files.isRegularFile(manifest)) {
            return true;
        }
        try {
            JsonNode root = new ObjectMapper().readTree(manifest.toFile());
            if (!"COMPLETED".equals(root.path("status").asString(""))) {
                return true;
            }
            Map<String, String> before = new HashMap<>();
            root.path("read").forEach(f -> before.put(f.path("file").asString(), f.path("sha256").asString()));
            Map<String, String> now = new HashMap<>();
            try (Stream<Path> files = Files.list(input)) {
                for (Path f : files.filter(Files::isRegularFile).toList()) {
                    String name = f.getFileName().toString();
                    if (!name.startsWith(".") && !name.startsWith("~$")) {
                        now.put(name, Sha256.of(f));
                    }
                }
            }
            return !now.equals(before);
        } catch (IOException | RuntimeException e) {
            return true;
        }
    }
}
