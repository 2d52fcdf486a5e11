package dk.aarsrapport.base;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ProcessTempTest {

    @TempDir
    Path tmp;

    private String systemTemp;

    @BeforeEach
    void ownSystemTemp() throws IOException {
        systemTemp = System.getProperty("java.io.tmpdir");
        Files.createDirectories(tmp.resolve("system"));
        System.setProperty("java.io.tmpdir", tmp.resolve("system").toString());
    }

    @AfterEach
    void restoreSystemTemp() {
        System.setProperty("java.io.tmpdir", systemTemp);
    }

    /**
     * Regression (RandomKillTest, a kill after the folder was removed and before the JVM's own deletion of its
     * font copies): closing removes the copies the process noted, and only those, then the folder.
     */
    @Test
    void closingRemovesTheProcessesOwnFontCopiesAndNoOthers() throws IOException {
        Path system = tmp.resolve("system");
        Path other = Files.createFile(system.resolve("+~JF111.tmp")); // another process's copy, there before
        Path output = tmp.resolve("output/2031");
        ProcessTemp temp = ProcessTemp.claim(output, () -> {
            try {
                Files.createFile(system.resolve("+~JF222.tmp"));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
        Path folder = temp.folder();
        assertThat(folder.resolve(ProcessTemp.FONTS)).isRegularFile();

        temp.close();

        assertThat(system.resolve("+~JF222.tmp")).doesNotExist();
        assertThat(other).exists();
        assertThat(folder).doesNotExist();
    }

    /**
     * An unchanged run draws nothing, so a deferred claim loads no fonts until asked; asked twice (two render
     * threads), it loads them once, and closing still removes the copies it noted.
     */
    @Test
    void deferredFontsLoadOnceWhenNeededAndAreRemovedOnClosing() throws IOException {
        Path system = tmp.resolve("system");
        java.util.concurrent.atomic.AtomicInteger loads = new java.util.concurrent.atomic.AtomicInteger();
        ProcessTemp temp = ProcessTemp.claimDeferringFonts(tmp.resolve("output/2031"), () -> {
            loads.incrementAndGet();
            try {
                Files.createFile(system.resolve("+~JF333.tmp"));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
        assertThat(temp.folder().resolve(ProcessTemp.FONTS)).doesNotExist();
        assertThat(loads).hasValue(0);

        ProcessTemp.fontsNeeded();
        ProcessTemp.fontsNeeded();

        assertThat(loads).hasValue(1);
        assertThat(temp.folder().resolve(ProcessTemp.FONTS)).isRegularFile();
        temp.close();
        assertThat(system.resolve("+~JF333.tmp")).doesNotExist();
        ProcessTemp.fontsNeeded(); // no claim left: nothing to load
        assertThat(loads).hasValue(1);
    }

    /**
     * Regression (RandomKillTest, seed 9943196635362): a kill left {@code imageio*.tmp} in the JVM's first temp
     * folder, where ImageIO caches the image streams it reads and writes and no later run knew to look.
     */
    @Test
    void imageStreamsAreCachedInMemoryOnceTheProcessHasItsFolder() throws IOException {
        javax.imageio.ImageIO.setUseCache(true);
        try (ProcessTemp temp = ProcessTemp.claim(tmp.resolve("output/2031"), () -> { })) {
            assertThat(javax.imageio.ImageIO.getUseCache()).isFalse();
        }
    }
}
