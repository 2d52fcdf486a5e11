package dk.aarsrapport.base;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import dk.aarsrapport.support.Tmpfs;

/**
 * Publishing onto another file system than the output folder's parent (a mount point, a link to another
 * disk): every file is renamed into place on one file system, and where that cannot be, a full disk leaves
 * the old file as it was instead of deleting it first.
 */
class OutputFolderTest {

    @TempDir
    Path tmp;

    private static byte[] bytes(int size, int seed) {
        byte[] b = new byte[size];
        Arrays.fill(b, (byte) seed);
        return b;
    }

    private static Object inode(Path p) throws IOException {
        return Files.readAttributes(p, BasicFileAttributes.class).fileKey();
    }

    private static List<String> names(Path dir) throws IOException {
        try (Stream<Path> walk = Files.walk(dir)) {
            return walk.filter(p -> !p.equals(dir)).map(p -> dir.relativize(p).toString()).sorted().toList();
        }
    }

    @Test
    void anOutputFolderThatIsAMountPointIsPublishedByRenaming() throws Exception {
        Path root = tmp.resolve("output/2015");
        try (Tmpfs disk = Tmpfs.mount(root, "8m")) {
            OutputFolder out = new OutputFolder(root, "7");
            Path work = out.workFile("aarsberetning-2015.pdf");
            Files.write(work, bytes(100_000, 1));
            Object before = inode(work);
            assertThat(Files.getFileStore(work)).as("the work folder's disk").isEqualTo(Files.getFileStore(root));
            assertThat(out.publish()).containsExactly("aarsberetning-2015.pdf");
            assertThat(inode(root.resolve("aarsberetning-2015.pdf"))).as("the same file, renamed, not a copy")
                    .isEqualTo(before);
            out.discardWork();
            assertThat(names(root)).containsExactly("aarsberetning-2015.pdf");
        }
    }

    @Test
    void aFullOutputDiskOnAMountLeavesTheOldFileAsItWas() throws Exception {
        Path root = tmp.resolve("output/2015");
        try (Tmpfs disk = Tmpfs.mount(root, "4m")) {
            byte[] old = bytes(1_000_000, 2);
            Files.write(root.resolve("aarsberetning-2015.pdf"), old);
            OutputFolder out = new OutputFolder(root, "8");
            assertThatThrownBy(() -> {
                Files.write(out.workFile("aarsberetning-2015.pdf"), bytes(4_500_000, 3));
                out.publish();
            }).isInstanceOf(IOException.class);
            out.discardWork();
            assertThat(Files.readAllBytes(root.resolve("aarsberetning-2015.pdf"))).as("the old file, whole")
                    .isEqualTo(old);
            assertThat(names(root)).containsExactly("aarsberetning-2015.pdf");
        }
    }

    @Test
    void aSubfolderOnAnotherDiskGetsACopyRenamedIntoPlace() throws Exception {
        Path root = tmp.resolve("output/2015");
        try (Tmpfs disk = Tmpfs.mount(root.resolve("politikomraader"), "8m")) {
            OutputFolder out = new OutputFolder(root, "9");
            byte[] now = bytes(200_000, 4);
            Files.write(out.workFile("politikomraader/10-skoler.pdf"), now);
            assertThat(out.publish()).containsExactly("politikomraader/10-skoler.pdf");
            assertThat(Files.readAllBytes(root.resolve("politikomraader/10-skoler.pdf"))).isEqualTo(now);
            out.discardWork();
            assertThat(names(root.resolve("politikomraader"))).as("no hidden copy left").containsExactly("10-skoler.pdf");
        }
    }

    @Test
    void aFullSubfolderDiskLeavesTheOldFileAsItWas() throws Exception {
        Path root = tmp.resolve("output/2015");
        try (Tmpfs disk = Tmpfs.mount(root.resolve("politikomraader"), "2m")) {
            byte[] old = bytes(1_000_000, 5);
            Path published = root.resolve("politikomraader/10-skoler.pdf");
            Files.write(published, old);
            OutputFolder out = new OutputFolder(root, "10");
            Files.write(out.workFile("politikomraader/10-skoler.pdf"), bytes(2_500_000, 6));
            assertThatThrownBy(out::publish).isInstanceOf(IOException.class);
            assertThat(Files.readAllBytes(published)).as("the old file, whole").isEqualTo(old);
            assertThat(names(root.resolve("politikomraader"))).as("no hidden copy left").containsExactly("10-skoler.pdf");
        }
    }

    @Test
    void whatKilledRunsLeftIsRemovedButNotTheTempFolderOfALiveProcess() throws Exception {
        Path root = tmp.resolve("output/2015");
        Files.createDirectories(root.resolve("politikomraader"));
        Files.writeString(root.resolve("aarsberetning-2015.pdf"), "gammel");
        Files.writeString(root.resolve("politikomraader/.10-skoler.pdf.arbejde-3"), "halv kopi");
        Files.createDirectories(root.resolve(".arbejde-3/politikomraader"));
        Files.writeString(root.resolve(".arbejde-3/politikomraader/10-skoler.pdf"), "halv");
        Files.createDirectories(tmp.resolve("output/.2015.arbejde-2"));
        Path dead = Files.createDirectories(tmp.resolve("output/.2015.arbejde-proces-1"));
        Files.writeString(dead.resolve(".laas"), "");
        Files.writeString(dead.resolve("+~JF123.tmp"), "font");
        Path alive = Files.createDirectories(tmp.resolve("output/.2015.arbejde-proces-2"));
        try (FileChannel lock = FileChannel.open(alive.resolve(".laas"), StandardOpenOption.CREATE,
                StandardOpenOption.WRITE)) {
            lock.lock();
            new OutputFolder(root, "4").discardAbandonedWork();
            assertThat(names(root)).containsExactly("aarsberetning-2015.pdf", "politikomraader");
            assertThat(names(tmp.resolve("output"))).filteredOn(n -> !n.startsWith("2015"))
                    .containsExactly(".2015.arbejde-proces-2", ".2015.arbejde-proces-2/.laas");
        }
    }
}
