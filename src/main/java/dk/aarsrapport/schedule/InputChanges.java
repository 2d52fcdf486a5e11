package dk.aarsrapport.schedule;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

import dk.aarsrapport.base.Manifest;
import dk.aarsrapport.base.PreviousYear;
import dk.aarsrapport.base.Sha256;
import dk.aarsrapport.ingest.InputFiles;

/**
 * Whether a year's input folder changed since the last successful run wrote its manifest: the same
 * files with the same sha256 means there is nothing to regenerate. The previous year's folder beside it
 * counts too, under the names the manifest gives its files: its figures are this year's R8 findings. No manifest, or an unreadable
 * one, counts as changed.
 */
final class InputChanges {

    private InputChanges() {
    }

    /** The sibling {@code input/<Y-1>/} a run of the year in {@code input} compares with (R8), if it is named so. */
    private static Path lastYear(Path input) {
        Path name = input.toAbsolutePath().normalize().getFileName();
        return name == null || !name.toString().matches("\\d{4}") ? null
                : PreviousYear.folderFor(input, Integer.parseInt(name.toString()), null);
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
            Path lastYear = lastYear(input);
            if (lastYear != null && Files.isDirectory(lastYear)) {
                for (Map.Entry<String, Path> f : InputFiles.readable(lastYear).entrySet()) {
                    now.put(PreviousYear.manifestName(lastYear, f.getKey()), Sha256.of(f.getValue()));
                }
            }
            return !now.equals(before);
        } catch (Manifest.UnreadableException | IOException | RuntimeException e) {
            return true; // the run that follows says why, and draws everything again
        }
    }
}
