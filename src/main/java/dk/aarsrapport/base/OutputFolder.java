package dk.aarsrapport.base;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * The year's output folder and its staging area. Files are rendered into a work folder beside the
 * output folder (same file system, never inside the published names) and moved into place one by
 * one with an atomic rename, so a reader never sees a half-written file and a killed run leaves
 * the previous output as it was.
 */
public final class OutputFolder {

    public static final String INTERNAL = ".intern/";

    private final Path root;
    private final Path work;

    public OutputFolder(Path root, String runKey) {
        this.root = root.toAbsolutePath().normalize();
        Path parent = this.root.getParent() == null ? this.root : this.root.getParent();
        this.work = parent.resolve("." + this.root.getFileName() + ".arbejde-" + runKey);
    }

    public Path root() {
        return root;
    }

    /** Where a file to be published as {@code relative} is written first. */
    public Path workFile(String relative) {
        Path target = work.resolve(relative).normalize();
        if (!target.startsWith(work)) {
            throw new IllegalArgumentException("Filnavnet " + relative + " peger uden for outputmappen.");
        }
        try {
            Files.createDirectories(target.getParent());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return target;
    }

    /**
     * A file the run needs between its steps but never publishes (a filled report kept for the whole
     * report and the packs): in the work folder, so it goes when the work folder goes.
     */
    public Path internalFile(String relative) {
        return workFile(INTERNAL + relative);
    }

    /** Moves every finished file from the work folder into place; returns the published relative paths. */
    public List<String> publish() throws IOException {
        List<String> published = new ArrayList<>();
        if (!Files.isDirectory(work)) {
            return published;
        }
        List<Path> files;
        try (Stream<Path> walk = Files.walk(work)) {
            files = walk.filter(Files::isRegularFile).sorted().toList();
        }
        for (Path file : files) {
            String relative = work.relativize(file).toString().replace('\\', '/');
            if (relative.startsWith(INTERNAL)) {
                continue;
            }
            Path target = root.resolve(relative);
            Files.createDirectories(target.getParent());
            try {
                Files.move(file, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(file, target, StandardCopyOption.REPLACE_EXISTING);
            }
            published.add(relative);
        }
        return published;
    }

    /** Removes the work folder of this run (after publishing, or when a run is given up). */
    public void discardWork() throws IOException {
        deleteTree(work);
    }

    /** Work folders of earlier runs that were killed: never published, safe to remove. */
    public void discardAbandonedWork() throws IOException {
        Path parent = work.getParent();
        String prefix = "." + root.getFileName() + ".arbejde-";
        try (Stream<Path> list = Files.list(parent)) {
            for (Path p : list.filter(p -> p.getFileName().toString().startsWith(prefix)).toList()) {
                if (!p.equals(work)) {
                    deleteTree(p);
                }
            }
        } catch (java.nio.file.NoSuchFileException e) {
            // nothing was ever written here
        }
    }

    private static void deleteTree(Path dir) throws IOException {
        if (!Files.exists(dir)) {
            return;
        }
        Files.walkFileTree(dir, new SimpleFileVisitor<>() {
            @Override
            public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) throws IOException {
                Files.delete(file);
                return FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult postVisitDirectory(Path d, IOException exc) throws IOException {
                Files.delete(d);
                return FileVisitResult.CONTINUE;
            }
        });
    }
}
