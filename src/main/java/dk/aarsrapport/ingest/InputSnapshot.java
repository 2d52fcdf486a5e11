package dk.aarsrapport.ingest;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.HexFormat;

import dk.aarsrapport.base.Sha256;
import dk.aarsrapport.base.Texts;

/**
 * A private copy of one input file, made in the one read of the original that also hashes it. The parsers
 * read the copy, however often they need to (a workbook is a zip read by random access, a CSV file is read
 * once for its encoding and once for its rows), so a file replaced while the run reads it cannot give the
 * figures of one version and the sha256 of another: the manifest names exactly the bytes that were used.
 */
final class InputSnapshot implements AutoCloseable {

    private final Path copy;
    private final String sha256;
    private final long size;

    private InputSnapshot(Path copy, String sha256, long size) {
        this.copy = copy;
        this.sha256 = sha256;
        this.size = size;
    }

    /** Copies {@code entry}; more than {@code maxBytes} (the file grew since it was listed) stops the run. */
    static InputSnapshot of(InputFolder.Entry entry, long maxBytes) {
        String name = TableSheet.shorten(Texts.visible(entry.name()));
        Path copy = null;
        try {
            // the folder named now, not the one the JVM started with (Files.createTempFile's default): the
            // program's process has pointed java.io.tmpdir at its own temp folder, which the run after a kill
            // removes, so a copy left by a SIGKILL does not stay in /tmp
            copy = Files.createTempFile(Path.of(System.getProperty("java.io.tmpdir")), "aarsrapport-input-",
                    entry.workbook() ? ".xlsx" : ".csv");
            MessageDigest md = Sha256.digest();
            long size = 0;
            byte[] buf = new byte[1 << 16];
            try (InputStream in = Files.newInputStream(entry.file(), LinkOption.NOFOLLOW_LINKS);
                 OutputStream out = Files.newOutputStream(copy)) {
                int n;
                while ((n = in.read(buf)) > 0) {
                    size += n;
                    if (size > maxBytes) {
                        throw new UnreadableInputException("Filen " + name + " er vokset til mere end grænsen på "
                                + InputFolder.megabytes(maxBytes) + " (aarsrapport.input.max-filstoerrelse), mens den "
                                + "blev læst; den bliver ikke læst.");
                    }
                    md.update(buf, 0, n);
                    out.write(buf, 0, n);
                }
            }
            InputSnapshot snapshot = new InputSnapshot(copy, HexFormat.of().formatHex(md.digest()), size);
            copy = null;
            return snapshot;
        } catch (IOException e) {
            throw new UnreadableInputException("Filen " + name + " kan ikke læses: " + e.getMessage(), e);
        } finally {
            if (copy != null) {
                delete(copy);
            }
        }
    }

    /** The copy to parse. */
    Path file() {
        return copy;
    }

    String sha256() {
        return sha256;
    }

    long size() {
        return size;
    }

    @Override
    public void close() {
        delete(copy);
    }

    private static void delete(Path file) {
        try {
            Files.deleteIfExists(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
