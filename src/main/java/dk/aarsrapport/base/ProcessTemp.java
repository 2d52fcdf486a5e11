package dk.aarsrapport.base;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * The process's own temp folder, beside the output folder, with an OS lock held for as long as the process
 * lives: a folder whose lock is free belongs to a process that is gone, and the next run removes it with what
 * the process noted in it. It becomes the process's {@code java.io.tmpdir} for the code that reads the
 * property when it makes a file (POI, {@code File.createTempFile}).
 *
 * <p>The JDK's own temp files cannot be moved so (ImageIO's stream cache is kept in memory instead):
 * {@code Files.createTempFile} uses the temp folder the JVM
 * started with, and {@code Font.createFont} makes one there for every font JasperReports loads from its jar,
 * removed only when the JVM ends normally. So the process loads the fonts first thing, notes which copies
 * appeared ({@value #FONTS}), and the run after a kill removes exactly those. A process killed while loading
 * has noted only when it began: then the copies made in the next minute that were not there before go.
 */
public final class ProcessTemp implements AutoCloseable {

    private static final String MARK = OutputFolder.WORK_MARK + "proces-";
    private static final String LOCK = ".laas";
    static final String FONTS = "skrifter.txt";
    private static final String LOADING = "indlæser ";
    private static final Pattern JDK_COPY = Pattern.compile("\\+~JF\\d+\\.tmp|jr-font\\d+\\.ttf");
    private static final long LOAD_WINDOW_MS = 60_000;

    /** The claim whose font load waits for {@link #fontsNeeded()}; null when none does. */
    private static volatile ProcessTemp deferred;

    private final Path folder;
    private final FileChannel channel;
    private final Path systemTemp;
    private Runnable pendingFonts;

    private ProcessTemp(Path folder, FileChannel channel, Path systemTemp) {
        this.folder = folder;
        this.channel = channel;
        this.systemTemp = systemTemp;
    }

    /**
     * Makes {@code .<name>.arbejde-proces-<pid>} beside {@code outputFolder} this process's temp folder, after
     * removing those of processes that are gone, and loads the fonts with {@code loadFonts}, noting their copies.
     */
    public static ProcessTemp claim(Path outputFolder, Runnable loadFonts) throws IOException {
        ProcessTemp temp = open(outputFolder);
        temp.loadFonts(loadFonts);
        return temp;
    }

    private static ProcessTemp open(Path outputFolder) throws IOException {
        Path root = outputFolder.toAbsolutePath().normalize();
        discardAbandoned(root);
        Path folder = root.resolveSibling(prefix(root) + ProcessHandle.current().pid());
        Files.createDirectories(folder);
        FileChannel channel = FileChannel.open(folder.resolve(LOCK), StandardOpenOption.CREATE, StandardOpenOption.WRITE);
        if (channel.tryLock() == null) {
            channel.close();
            throw new IOException("temp folder held by another process: " + folder);
        }
        ProcessTemp temp = new ProcessTemp(folder, channel, Path.of(System.getProperty("java.io.tmpdir")).toAbsolutePath());
        System.setProperty("java.io.tmpdir", folder.toString());
        // ImageIO caches every image stream it reads or writes (JasperReports' images, the charts' PNGs) in a file
        // made with Files.createTempFile, in the JVM's first temp folder; a kill left it there (RandomKillTest).
        // The images are small, so the cache lives in memory.
        javax.imageio.ImageIO.setUseCache(false);
        return temp;
    }

    /**
     * As {@link #claim}, but the fonts are loaded only by {@link #fontsNeeded()}: loading them takes a good part
     * of a cold start, and an unchanged nightly run draws nothing, so it never needs them.
     */
    public static ProcessTemp claimDeferringFonts(Path outputFolder, Runnable loadFonts) throws IOException {
        ProcessTemp temp = open(outputFolder);
        temp.pendingFonts = loadFonts;
        deferred = temp;
        return temp;
    }

    /**
     * Loads the fonts of a {@link #claimDeferringFonts} claim, once, noting their copies; to be called before
     * anything is drawn. Without such a claim (a JVM shared with tests) it does nothing.
     */
    public static void fontsNeeded() throws IOException {
        ProcessTemp temp = deferred;
        if (temp != null) {
            temp.loadPendingFonts();
        }
    }

    private synchronized void loadPendingFonts() throws IOException {
        if (pendingFonts != null) {
            Runnable load = pendingFonts;
            pendingFonts = null;
            loadFonts(load);
        }
    }

    private void loadFonts(Runnable load) throws IOException {
        Set<String> before = Set.copyOf(copies(systemTemp));
        Path record = folder.resolve(FONTS);
        Files.writeString(record, LOADING + System.currentTimeMillis() + " " + systemTemp + "\n" + String.join("\n", before)
                + "\n", StandardCharsets.UTF_8);
        load.run();
        List<String> mine = new ArrayList<>(copies(systemTemp));
        mine.removeAll(before);
        Path written = folder.resolve(FONTS + ".ny");
        Files.writeString(written, systemTemp + "\n" + String.join("\n", mine) + "\n", StandardCharsets.UTF_8);
        Files.move(written, record, java.nio.file.StandardCopyOption.ATOMIC_MOVE,
                java.nio.file.StandardCopyOption.REPLACE_EXISTING);
    }

    private static List<String> copies(Path dir) throws IOException {
        try (Stream<Path> list = Files.list(dir)) {
            return list.map(p -> p.getFileName().toString()).filter(n -> JDK_COPY.matcher(n).matches()).toList();
        } catch (NoSuchFileException e) {
            return List.of();
        }
    }

    public Path folder() {
        return folder;
    }

    /** The temp folders beside {@code outputFolder} of processes that have ended, killed or not, with their font copies. */
    static void discardAbandoned(Path outputFolder) throws IOException {
        Path root = outputFolder.toAbsolutePath().normalize();
        if (root.getParent() == null) {
            return;
        }
        List<Path> candidates;
        try (Stream<Path> list = Files.list(root.getParent())) {
            candidates = list.filter(p -> p.getFileName().toString().startsWith(prefix(root))).toList();
        } catch (NoSuchFileException e) {
            return;
        }
        for (Path folder : candidates) {
            if (!alive(folder)) {
                discardFontCopies(folder.resolve(FONTS));
                OutputFolder.deleteTree(folder);
            }
        }
    }

    private static void discardFontCopies(Path record) throws IOException {
        if (!Files.isRegularFile(record)) {
            return;
        }
        List<String> lines = Files.readAllLines(record, StandardCharsets.UTF_8);
        if (lines.isEmpty()) {
            return;
        }
        String head = lines.get(0);
        if (!head.startsWith(LOADING)) {
            Path dir = Path.of(head);
            for (String name : lines.subList(1, lines.size())) {
                if (JDK_COPY.matcher(name).matches()) {
                    Files.deleteIfExists(dir.resolve(name));
                }
            }
            return;
        }
        // killed while loading: the copies that appeared in the minute after it began
        String[] parts = head.substring(LOADING.length()).split(" ", 2);
        long began = Long.parseLong(parts[0]);
        Path dir = Path.of(parts[1]);
        Set<String> before = Set.copyOf(lines.subList(1, lines.size()));
        for (String name : copies(dir)) {
            Path copy = dir.resolve(name);
            long made;
            try {
                made = Files.getLastModifiedTime(copy).toMillis();
            } catch (NoSuchFileException e) {
                continue;
            }
            if (!before.contains(name) && made >= began - 1_000 && made <= began + LOAD_WINDOW_MS) {
                Files.deleteIfExists(copy);
            }
        }
    }

    private static boolean alive(Path folder) throws IOException {
        Path lock = folder.resolve(LOCK);
        if (!Files.exists(lock)) {
            return false;
        }
        try (FileChannel channel = FileChannel.open(lock, StandardOpenOption.WRITE)) {
            FileLock held = channel.tryLock();
            if (held == null) {
                return true;
            }
            held.release();
            return false;
        } catch (OverlappingFileLockException e) {
            return true; // this very JVM holds it
        } catch (NoSuchFileException e) {
            return false;
        }
    }

    static String prefix(Path root) {
        return "." + root.getFileName() + MARK;
    }

    /**
     * Removes this process's font copies, then the folder. The JDK would remove the copies itself as the JVM
     * ends, but only after every shutdown hook has run: a kill in that window, once the folder and its record are
     * gone, left copies that no later run knew to be abandoned. Nothing draws after this; on POSIX a font file
     * still open is only unlinked.
     */
    @Override
    public void close() throws IOException {
        if (deferred == this) {
            deferred = null;
        }
        try {
            Path record = folder.resolve(FONTS);
            if (Files.isRegularFile(record) && !Files.readString(record, StandardCharsets.UTF_8).startsWith(LOADING)) {
                discardFontCopies(record);
            }
            OutputFolder.deleteTree(folder);
        } finally {
            channel.close();
        }
    }
}
