package dk.aarsrapport.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import dk.aarsrapport.bench.DataGenerator;
import dk.aarsrapport.support.CliRun;
import dk.aarsrapport.support.Pdfs;


/**
 * A politikområde's pages are exported by JasperReports once per run, however many documents hold them: the
 * whole report and every pack join the finished PDFs. Counted through {@link Exports}, the one seam every export
 * passes; the fronts (cover and contents) are exported once per document.
 */
class ExportOnceFunctionalTest {

    /** The name of the cover template's prints. */
    private static final String FRONT = "forside";

    @TempDir
    Path tmp;

    @Test
    void eachPolitikomraadeIsExportedOnceWhateverTheNumberOfDocumentsHoldingIt() throws IOException {
        Path in = tmp.resolve("in");
        new DataGenerator(new DataGenerator.Spec("Testby Kommune", 2031, 6, 8, 3)).writeCsv(in);
        Path out = tmp.resolve("out");
        Exports.clear();
        CliRun run = CliRun.of(tmp.resolve("data"), "generate", "--year", "2031", "--input", in.toString(),
                "--output", out.toString());
        assertThat(run.exit).as(run.toString()).isZero();
        List<String> exported = Exports.names();

        List<Path> areas = pdfs(out.resolve("politikomraader"));
        List<Path> documents = Stream.concat(Stream.of(out.resolve("aarsberetning-2031.pdf")),
                pdfs(out.resolve("pakker")).stream()).toList();
        assertThat(areas).hasSize(6);
        assertThat(documents).hasSizeGreaterThan(2);
        Map<String, Long> counts = exported.stream().collect(Collectors.groupingBy(Function.identity(),
                Collectors.counting()));
        // the fronts (cover and contents), one per document
        assertThat(counts.remove(FRONT)).as(exported.toString()).isEqualTo(documents.size());
        // the rest are the politikområder, each exported once though each is in at least two documents
        assertThat(counts).as(exported.toString()).hasSize(areas.size()).allSatisfy((name, n) -> {
            assertThat(n).as("exports of %s", name).isEqualTo(1);
            assertThat(documents.stream().filter(d -> text(d).contains(name)).count())
                    .as("documents holding %s", name).isGreaterThanOrEqualTo(2);
        });
    }

    private static String text(Path pdf) {
        try {
            return Pdfs.text(pdf);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private static List<Path> pdfs(Path folder) throws IOException {
        try (Stream<Path> files = Files.list(folder)) {
            return files.filter(p -> p.toString().endsWith(".pdf")).sorted().toList();
        }
    }
}
