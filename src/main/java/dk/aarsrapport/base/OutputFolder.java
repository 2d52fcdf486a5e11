package dk.aarsrapport.base;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.channels.FileChannel;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.DirectoryNotEmptyException;
import java.nio.file.FileSystemException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

/**
 * The year's output folder and its staging area. Files are rendered into a hidden work folder inside the
 * output folder, so it is on the file system of the published files even when the output folder is a mount
 * point or a symbolic link to another disk, and moved into place one by one with an atomic rename: a reader
 * never sees a half-written file, and a killed run leaves the previous output as it was. Where a rename
 * cannot be atomic after all (a subfolder that is a mount of its own), the file is copied to a hidden name
 * beside its target, forced to disk, and renamed from there.
 */
public final class OutputFolder {

    public static final String INTERNAL = ".intern/";
    /** Every hidden name a run makes in or beside the output folder contains this: the next run removes them. */
    public static final String WORK_MARK = ".arbejde-";

    private final Path root;
    private final Path work;
    private final String runKey;

    public OutputFolder(Path root, String runKey) {
        this.root = root.toAbsolutePath().normalize();
        this.runKey = runKey;
        this.work = this.root.resolve(WORK_MARK + runKey);
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

    /** The run's folder for scratch files (the PDF libraries' temp files): removed with the work folder. */
    public Path tempFolder() {
        return internalFile("tmp/x").getParent();
    }

    /** How many bytes the work folder holds now (what the run has written so far). */
    public long workSize() throws IOException {
        return size(work, false);
    }

    /** How many bytes the published files hold (the output folder without the hidden work of runs). */
    public long publishedSize() throws IOException {
        return size(root, true);
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
        Set<Path> folders = new LinkedHashSet<>();
        for (Path file : files) {
            String relative = work.relativize(file).toString().replace('\\', '/');
            if (relative.startsWith(INTERNAL)) {
                continue;
            }
            Path target = root.resolve(relative);
            Files.createDirectories(target.getParent());
            // on disk before the rename: after a power cut the new name holds the whole new file, not a hole
            force(file, false);
            try {
                Files.move(file, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } catch (AtomicMoveNotSupportedException e) {
                copyIntoPlace(file, target);
            }
            folders.add(target.getParent());
            published.add(relative);
        }
        for (Path folder : folders) {
            force(folder, true);
        }
        return published;
    }

    /**
     * Across file systems: a copy under a hidden name in the target's folder, forced to disk, then renamed
     * over the target. A failed copy (a full disk) removes the hidden name and leaves the old file as it was.
     */
    private void copyIntoPlace(Path file, Path target) throws IOException {
        Path hidden = target.resolveSibling("." + target.getFileName() + WORK_MARK + runKey);
        try {
            Files.copy(file, hidden, StandardCopyOption.REPLACE_EXISTING);
            force(hidden, false);
            Files.move(hidden, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException e) {
            Files.deleteIfExists(hidden);
            throw e;
        }
        Files.delete(file);
    }

    private static void force(Path path, boolean folder) throws IOException {
        try (FileChannel channel = FileChannel.open(path, StandardOpenOption.READ)) {
            channel.force(true);
        } catch (IOException e) {
            if (!folder) {
                throw e;
            }
            // a folder that cannot be opened for syncing (not every file system allows it): the files are synced
        }
    }

    /**
     * Removes the work folder of this run (after publishing, or when a run is given up), and the output
     * folder itself when the run had created it and left nothing in it.
     */
    public void discardWork() throws IOException {
        deleteTree(work);
        try {
            Files.deleteIfExists(root);
        } catch (DirectoryNotEmptyException e) {
            // the output folder has files: it stays
        } catch (FileSystemException e) {
            // a mount point, or no right to remove it: an empty folder is no harm
        }
    }

    /**
     * What earlier runs that were killed left: work folders (never published), hidden copies on their way
     * into place, the work folders of the version that kept them beside the output folder, and temp folders
     * of processes that are gone ({@link ProcessTemp}). Called under the output folder's lock.
     */
    public void discardAbandonedWork() throws IOException {
        Path parent = root.getParent();
        String besideMark = "." + root.getFileName() + WORK_MARK;
        try (Stream<Path> list = Files.list(parent)) {
            for (Path p : list.filter(p -> p.getFileName().toString().startsWith(besideMark)
                    && !p.getFileName().toString().startsWith(ProcessTemp.prefix(root))).toList()) {
                deleteTree(p);
            }
        } catch (NoSuchFileException e) {
            // nothing was ever written here
        }
        ProcessTemp.discardAbandoned(root);
        if (!Files.isDirectory(root)) {
            return;
        }
        List<Path> left;
        try (Stream<Path> walk = Files.walk(root)) {
            left = walk.filter(p -> !p.equals(root) && !p.startsWith(work)
                    && p.getFileName().toString().contains(WORK_MARK)).toList();
        }
        for (Path p : left) {
            deleteTree(p);
        }
    }

    private static long size(Path dir, boolean publishedOnly) throws IOException {
        if (!Files.isDirectory(dir)) {
            return 0;
        }
        try (Stream<Path> walk = Files.walk(dir)) {
            return walk.filter(p -> !publishedOnly || !dir.relativize(p).toString().contains(WORK_MARK))
                    .filter(Files::isRegularFile)
                    .mapToLong(p -> p.toFile().length()).sum();
        }
    }

    static void deleteTree(Path dir) throws IOException {
        if (!Files.exists(dir, java.nio.file.LinkOption.NOFOLLOW_LINKS)) {
            return;
        }
        Files.walkFileTree(dir, new SimpleFileVisitor<>() {
            @Override
            public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) throws IOException {
                Files.deleteIfExists(file);
                return FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult postVisitDirectory(Path d, IOException exc) throws IOException {
                Files.deleteIfExists(d);
                return FileVisitResult.CONTINUE;
            }
        });
    }
}
