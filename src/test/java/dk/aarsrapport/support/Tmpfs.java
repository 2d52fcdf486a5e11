package dk.aarsrapport.support;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Assumptions;

/**
 * A tmpfs of a given size mounted on a folder the test owns: a second file system (the output folder on
 * another disk) or a small one (a full disk). The test is skipped, with the reason, where mounting is not
 * allowed (not root, a container without the right); CI runs as root and mounts. Close unmounts it.
 */
public final class Tmpfs implements AutoCloseable {

    private final Path dir;

    private Tmpfs(Path dir) {
        this.dir = dir;
    }

    public static Tmpfs mount(Path dir, String size) throws IOException, InterruptedException {
        Files.createDirectories(dir);
        Result r = run("mount", "-t", "tmpfs", "-o", "size=" + size, "tmpfs", dir.toString());
        Assumptions.assumeTrue(r.exit == 0, () -> "no tmpfs can be mounted here (" + r.output.strip()
                + "); the test needs a second file system and is skipped");
        return new Tmpfs(dir);
    }

    public Path dir() {
        return dir;
    }

    /** Fills the file system until about {@code leave} bytes are free; returns the filler to delete later. */
    public Path fill(long leave) throws IOException {
        Path filler = dir.resolve("fyld");
        long free = Files.getFileStore(dir).getUsableSpace();
        byte[] block = new byte[64 * 1024];
        try (var out = Files.newOutputStream(filler)) {
            for (long written = 0; written + block.length <= free - leave; written += block.length) {
                out.write(block);
            }
        }
        return filler;
    }

    @Override
    public void close() throws IOException, InterruptedException {
        if (run("umount", dir.toString()).exit != 0) {
            run("umount", "-l", dir.toString());
        }
    }

    private record Result(int exit, String output) {
    }

    private static Result run(String... command) throws IOException, InterruptedException {
        Process p;
        try {
            p = new ProcessBuilder(command).redirectErrorStream(true).start();
        } catch (IOException e) {
            return new Result(127, e.getMessage());
        }
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (!p.waitFor(30, TimeUnit.SECONDS)) {
            p.destroyForcibly();
            return new Result(124, "timed out");
        }
        return new Result(p.exitValue(), out);
    }
}
