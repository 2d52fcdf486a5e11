package dk.aarsrapport.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.util.unit.DataSize;

import dk.aarsrapport.base.Sha256;
import dk.aarsrapport.sample.SampleWorkbookBuilder;
import dk.aarsrapport.stage.RegnskabLinje;
import dk.aarsrapport.stage.StagedData;
import dk.aarsrapport.stage.StagingWriter;
import dk.aarsrapport.stage.TestStaging;
import dk.aarsrapport.support.Samples;

/**
 * Issue 15, case 14: a workbook replaced while the run reads it. The sha256 that the manifest records (the
 * staged file's) must be that of the bytes whose figures were staged. The replacement is made at the worst
 * moment, deterministically: right after the program has read the file once, before it parses anything.
 */
class InputSnapshotTest {

    private static final long RUN = 7;

    @TempDir
    Path tmp;

    /** Version A of the input, and version B with another Regnskab 2015 on the first line. */
    private Path[] versions() throws Exception {
        Path a = Samples.copy(Samples.CSV_2015, tmp.resolve("a"));
        Path b = Samples.copy(Samples.CSV_2015, tmp.resolve("b"));
        Path regnskab = b.resolve("regnskab.csv");
        String text = Files.readString(regnskab, StandardCharsets.UTF_8);
        assertThat(text).contains(";10.468;9.859;-609");
        Files.writeString(regnskab, text.replace(";10.468;9.859;-609", ";10.468;19.859;9.391"), StandardCharsets.UTF_8);
        return new Path[] {a, b};
    }

    private StagedData readReplacingAfterTheFirstRead(Path in, String name, Path replacement) {
        StagedData staged = new TestStaging().staged;
        StagingWriter out = staged.newRun(RUN);
        InputReader reader = new InputReader(new InputProperties(DataSize.ofMegabytes(200)), (entry, max) -> {
            InputSnapshot snapshot = InputSnapshot.of(entry, max);
            if (entry.name().equals(name)) {
                try {
                    Files.copy(replacement, in.resolve(name), StandardCopyOption.REPLACE_EXISTING);
                } catch (java.io.IOException e) {
                    throw new java.io.UncheckedIOException(e);
                }
            }
            return snapshot;
        });
        reader.read(in, 2015, out);
        out.flush();
        return staged;
    }

    private static BigDecimal firstRegnskab(StagedData staged) {
        List<RegnskabLinje> lines = new ArrayList<>();
        staged.forEachRegnskab(RUN, (java.util.function.Consumer<RegnskabLinje>) lines::add);
        return lines.get(0).regnskab();
    }

    @Test
    void aCsvFileReplacedAfterItWasReadGivesTheFiguresAndTheSha256OfOneVersion() throws Exception {
        Path[] v = versions();
        Path in = Samples.copy(v[0], tmp.resolve("input/2015"));
        String shaA = Sha256.of(in.resolve("regnskab.csv"));

        StagedData staged = readReplacingAfterTheFirstRead(in, "regnskab.csv", v[1].resolve("regnskab.csv"));

        assertThat(Sha256.of(in.resolve("regnskab.csv"))).as("the file was replaced").isNotEqualTo(shaA);
        assertThat(staged.files(RUN)).containsEntry("regnskab.csv", shaA);
        assertThat(firstRegnskab(staged)).isEqualByComparingTo("9859");
    }

    @Test
    void aWorkbookReplacedAfterItWasReadGivesTheFiguresAndTheSha256OfOneVersion() throws Exception {
        Path[] v = versions();
        Path in = Files.createDirectories(tmp.resolve("input/2015"));
        Path bookA = in.resolve("aarsregnskab.xlsx");
        SampleWorkbookBuilder.build(v[0], bookA);
        Path bookB = tmp.resolve("b.xlsx");
        SampleWorkbookBuilder.build(v[1], bookB);
        String shaA = Sha256.of(bookA);

        StagedData staged = readReplacingAfterTheFirstRead(in, "aarsregnskab.xlsx", bookB);

        assertThat(Sha256.of(bookA)).as("the workbook was replaced").isEqualTo(Sha256.of(bookB)).isNotEqualTo(shaA);
        assertThat(staged.files(RUN)).containsEntry("aarsregnskab.xlsx", shaA);
        assertThat(firstRegnskab(staged)).isEqualByComparingTo("9859");
    }

    @Test
    void theCopyIsGoneOnceTheFileIsParsed() throws Exception {
        Path in = Samples.copy(Samples.CSV_2015, tmp.resolve("input/2015"));
        List<Path> copies = new ArrayList<>();
        StagedData staged = new TestStaging().staged;
        InputReader reader = new InputReader(new InputProperties(DataSize.ofMegabytes(200)), (entry, max) -> {
            InputSnapshot snapshot = InputSnapshot.of(entry, max);
            copies.add(snapshot.file());
            return snapshot;
        });
        reader.read(in, 2015, staged.newRun(RUN));
        assertThat(copies).hasSize(7).allSatisfy(c -> assertThat(c).doesNotExist());
    }
}
