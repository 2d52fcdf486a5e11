package dk.aarsrapport.stage;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.util.FileSystemUtils;

import dk.aarsrapport.support.CliRun;
import dk.aarsrapport.support.MailServer;
import dk.aarsrapport.support.Samples;
import dk.aarsrapport.support.TestDatabase;

/**
 * A data folder whose embedded database was damaged, as by a power cut or a full disk (issue 15, case 1),
 * and one deleted by hand, the operator's likely fix. The fixture: one {@code generate --send} that mailed
 * the sample's three packs and shut the database down cleanly; each test starts from a copy of it at the
 * same paths, damages one file, and runs {@code generate --send} again. That run must say in one line what
 * is damaged and what it does, finish, and mail nothing: every recipient already has its unchanged pack.
 */
class DamagedDatabaseTest {

    static final int PACKS = 3;

    @TempDir
    static Path tmp;

    static MailServer mail;
    static Path fixture;
    static Path input;
    static Path output;
    static Path data;

    @BeforeAll
    static void sentOnce() throws IOException {
        Assumptions.assumeFalse(TestDatabase.postgres(), "the embedded database's files; PostgreSQL keeps its own");
        mail = new MailServer();
        input = Samples.copy(Samples.CSV_2015, tmp.resolve("input/2015"));
        output = tmp.resolve("work/output/2015");
        data = tmp.resolve("work/data");
        CliRun first = generate();
        assertThat(first.exit).as(first.toString()).isZero();
        assertThat(mail.received()).hasSize(PACKS);
        assertThat(output.resolve("udsendelse.csv")).exists();
        fixture = tmp.resolve("fixture");
        FileSystemUtils.copyRecursively(tmp.resolve("work"), fixture);
    }

    @AfterAll
    static void stop() {
        if (mail != null) {
            mail.close();
        }
    }

    @BeforeEach
    void fromTheFixture() throws IOException {
        FileSystemUtils.deleteRecursively(tmp.resolve("work"));
        FileSystemUtils.copyRecursively(fixture, tmp.resolve("work"));
    }

    static CliRun generate() {
        return CliRun.with(mail.settings(), data, "generate", "--input", input.toString(), "--output", output.toString(),
                "--send");
    }

    @Test
    void aTruncatedScriptIsMovedAsideWithItsDataAndTheRunGoesOn() throws IOException {
        Path script = data.resolve("aarsrapport.script");
        byte[] cut = Arrays.copyOf(Files.readAllBytes(script), (int) Files.size(script) / 2);
        Files.write(script, cut);

        CliRun r = recoveredRun("aarsrapport.script");
        Path aside = aside();
        assertThat(aside.resolve("aarsrapport.script")).as("moved, not deleted").hasBinaryContent(cut);
        assertThat(aside.resolve("aarsrapport.data")).as("the script's data cannot be trusted without it").exists();
        assertThat(r.err).contains("kørslen fortsætter med en ny database");
    }

    @Test
    void garbageInTheDataFileIsMovedAsideWithItsScriptAndTheRunGoesOn() throws IOException {
        Path file = data.resolve("aarsrapport.data");
        byte[] bytes = Files.readAllBytes(file);
        byte[] garbage = new byte[bytes.length / 2];
        new Random(15).nextBytes(garbage);
        System.arraycopy(garbage, 0, bytes, bytes.length / 4, garbage.length);
        Files.write(file, bytes);

        CliRun r = recoveredRun("aarsrapport.data");
        assertThat(aside().resolve("aarsrapport.data")).as("moved, not deleted").hasBinaryContent(bytes);
        assertThat(aside().resolve("aarsrapport.script")).exists();
        assertThat(r.err).contains("kørslen fortsætter med en ny database");
    }

    @Test
    void garbageInThePropertiesIsMovedAsideAndHsqldbKeepsTheHistory() throws IOException {
        byte[] garbage = new byte[120];
        new Random(6).nextBytes(garbage);
        Files.write(data.resolve("aarsrapport.properties"), garbage);

        CliRun r = recoveredRun("aarsrapport.properties");
        assertThat(aside().resolve("aarsrapport.properties")).as("moved, not deleted").hasBinaryContent(garbage);
        assertThat(aside().resolve("aarsrapport.script")).as("the script and data are sound: kept in place")
                .doesNotExist();
        assertThat(r.err).contains("med historik og udsendelseslog");
        CliRun history = CliRun.of(data, "history");
        assertThat(history.exit).as(history.toString()).isZero();
        assertThat(history.out.lines().filter(l -> l.contains(" generate ") && l.contains("færdig")))
                .as("the first run is still in the history, beside the two after the repair").hasSize(3);
        assertThat(history.out).contains(": sendt").contains(": ikke sendt: uændret");
    }

    /** HSQLDB would start a new database over a data file whose script and properties are gone. */
    @Test
    void aDataFileLeftWithoutItsScriptIsMovedAsideBeforeANewDatabaseIsMade() throws IOException {
        byte[] bytes = Files.readAllBytes(data.resolve("aarsrapport.data"));
        Files.move(data.resolve("aarsrapport.script"), tmp.resolve("work/aarsrapport.script"));
        Files.move(data.resolve("aarsrapport.properties"), tmp.resolve("work/aarsrapport.properties"));

        recoveredRun("aarsrapport.script og aarsrapport.properties mangler");
        assertThat(aside().resolve("aarsrapport.data")).as("moved, not written over").hasBinaryContent(bytes);
    }

    @Test
    void aDeletedDataFolderDoesNotMailThePacksAgain() throws IOException {
        FileSystemUtils.deleteRecursively(data);

        CliRun r = generate();
        assertThat(r.exit).as(r.toString()).isIn(0, 1);
        assertThat(r.out).contains("Udsendelse: 0 sendt, " + PACKS + " uændret");
        assertThat(r.out).contains("Ifølge udsendelse.csv har modtageren allerede pakken");
        assertThat(mail.received()).as("udsendelse.csv says they have their packs").hasSize(PACKS);
        CliRun next = generate();
        assertThat(next.out).as("the new delivery log and udsendelse.csv carry it on").contains("Udsendelse: 0 sendt, "
                + PACKS + " uændret");
        assertThat(mail.received()).hasSize(PACKS);
    }

    @Test
    void aSoundDatabaseIsLeftAsItIs() throws IOException {
        CliRun r = generate();
        assertThat(r.exit).as(r.toString()).isZero();
        assertThat(r.err).isEmpty();
        assertThat(r.out).contains("Udsendelse: 0 sendt, " + PACKS + " uændret").doesNotContain("udsendelse.csv har");
        try (Stream<Path> files = Files.list(data)) {
            assertThat(files.map(p -> p.getFileName().toString())).noneMatch(n -> n.startsWith("beskadiget-"));
        }
    }

    /**
     * The run after the damage: one line naming the damaged file, the rest of the run as usual, nothing mailed
     * twice, and the run after it quiet: the new database is sound.
     */
    private CliRun recoveredRun(String damaged) throws IOException {
        CliRun r = generate();
        assertThat(r.exit).as(r.toString()).isIn(0, 1);
        List<String> lines = r.err.lines().toList();
        assertThat(lines).as(r.toString()).singleElement().satisfies(line -> {
            assertThat(line).startsWith("Databasen i " + data).contains("beskadiget", damaged, "beskadiget-");
            assertThat(line.length()).isLessThanOrEqualTo(300);
        });
        assertThat(r.out).contains("Udsendelse: 0 sendt, " + PACKS + " uændret");
        assertThat(mail.received()).as("nothing mailed twice").hasSize(PACKS);
        CliRun next = generate();
        assertThat(next.exit).as(next.toString()).isZero();
        assertThat(next.err).as("the database is sound now").isEmpty();
        assertThat(mail.received()).hasSize(PACKS);
        return r;
    }

    private static Path aside() throws IOException {
        List<Path> folders = new ArrayList<>();
        try (Stream<Path> files = Files.list(data)) {
            files.filter(p -> p.getFileName().toString().startsWith("beskadiget-")).forEach(folders::add);
        }
        assertThat(folders).hasSize(1);
        assertThat(folders.get(0).getFileName().toString()).matches("beskadiget-\\d{8}-\\d{6}");
        return folders.get(0);
    }
}
