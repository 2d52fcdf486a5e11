package dk.aarsrapport.publish;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.time.LocalDateTime;
import java.util.List;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Optional;

import dk.aarsrapport.base.DanishTime;

/**
 * One run at a time per output folder (a lock file beside the folder), and one process at a time per
 * data folder (the embedded database). OS file locks, not lock files with heartbeats: the OS frees
 * them the moment a process dies, so the run after a kill -9 starts at once.
 */
public final class OutputLock implements AutoCloseable {

    private final FileChannel channel;
    private final FileLock lock;

    private OutputLock(FileChannel channel, FileLock lock) {
        this.channel = channel;
        this.lock = lock;
    }

    /** Who holds an output folder's lock and since when, as the holder wrote it into the lock file. */
    public record Holder(String who, LocalDateTime since) {
    }

    /** The output folder's lock; thrown {@link OutputFolderLockedException} when another run holds it. */
    public static OutputLock acquire(Path outputFolder) throws IOException {
        return tryAcquire(outputFolder, "kommandolinjen")
                .orElseThrow(() -> new OutputFolderLockedException(outputFolder));
    }

    /** The output folder's lock, or empty when another run holds it: for a caller to whom that is no failure. */
    public static Optional<OutputLock> tryAcquire(Path outputFolder) throws IOException {
        return tryAcquire(outputFolder, "en kørsel uden navn");
    }

    /**
     * As {@link #tryAcquire(Path)}, and writes {@code who} and the time into the lock file, so that a run refused
     * the lock can say who holds it ({@link #holder}). The OS lock is advisory: the file stays readable.
     */
    public static Optional<OutputLock> tryAcquire(Path outputFolder, String who) throws IOException {
        Optional<OutputLock> lock = tryAcquireFile(lockFile(outputFolder));
        if (lock.isPresent()) {
            FileChannel channel = lock.get().channel;
            channel.truncate(0);
            channel.write(ByteBuffer.wrap((who.replace('\n', ' ') + "\n" + LocalDateTime.now().withNano(0))
                    .getBytes(StandardCharsets.UTF_8)), 0);
            channel.force(false);
        }
        return lock;
    }

    /** Who holds the output folder's lock, as written when it was taken; empty when it cannot be told. */
    public static Optional<Holder> holder(Path outputFolder) {
        try {
            List<String> lines = Files.readAllLines(lockFile(outputFolder), StandardCharsets.UTF_8);
            return lines.size() < 2 ? Optional.empty()
                    : Optional.of(new Holder(lines.get(0), LocalDateTime.parse(lines.get(1).trim())));
        } catch (IOException | java.time.DateTimeException e) {
            return Optional.empty(); // an older program's empty lock file, or one being written
        }
    }

    /** ", startet af anna 2. december 2026 kl. 14.58" for a refusal to say whom to wait for; empty when not known. */
    public static String startedBy(Path outputFolder) {
        return holder(outputFolder).map(h -> ", startet af " + h.who() + " " + DanishTime.of(h.since())).orElse("");
    }

    private static Path lockFile(Path outputFolder) {
        Path root = outputFolder.toAbsolutePath().normalize();
        Path parent = root.getParent() == null ? root : root.getParent();
        return parent.resolve("." + root.getFileName() + ".laas");
    }

    /** The data folder's lock; thrown {@link DataFolderLockedException} when another process uses its database. */
    public static OutputLock acquireDataDir(Path dataDir) throws IOException {
        return tryAcquireFile(dataDir.toAbsolutePath().normalize().resolve(".laas"))
                .orElseThrow(() -> new DataFolderLockedException(dataDir));
    }

    private static Optional<OutputLock> tryAcquireFile(Path lockFile) throws IOException {
        Files.createDirectories(lockFile.getParent());
        FileChannel channel = FileChannel.open(lockFile, StandardOpenOption.CREATE, StandardOpenOption.WRITE);
        try {
            FileLock lock = channel.tryLock();
            if (lock == null) {
                channel.close();
                return Optional.empty();
            }
            return Optional.of(new OutputLock(channel, lock));
        } catch (OverlappingFileLockException e) {
            channel.close();
            return Optional.empty();
        }
    }

    @Override
    public void close() throws IOException {
        lock.release();
        channel.close();
    }
}
