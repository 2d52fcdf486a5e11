package dk.aarsrapport.job;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import dk.aarsrapport.support.CliRun;
import dk.aarsrapport.support.Samples;
import dk.aarsrapport.support.VeraPdf;

/**
 * Every PDF of both samples — each politikområde, the whole report, each pack — is PDF/A-2a by
 * veraPDF, with a failure listing each failed rule (clause-test) and its count per file.
 */
class PdfConformanceTest {

    @TempDir
    Path tmp;

    /** The checker itself: a plain PDF without PDF/A metadata or tags must not pass. */
    @Test
    void aPlainPdfIsNotPdfA() throws Exception {
        Path plain = tmp.resolve("plain.pdf");
        try (org.apache.pdfbox.pdmodel.PDDocument doc = new org.apache.pdfbox.pdmodel.PDDocument()) {
            doc.addPage(new org.apache.pdfbox.pdmodel.PDPage());
            doc.save(plain.toFile());
        }
        assertThat(VeraPdf.failedRules(plain, "2a")).isNotEmpty();
    }

    @Test
    void everyPdfOfBothSamplesIsPdfA2a() throws Exception {
        Map<String, Map<String, Integer>> failures = new LinkedHashMap<>();
        int checked = 0;
        for (String year : List.of("2015", "2017")) {
            Path in = Samples.copy(Path.of("input/" + year), tmp.resolve("input/" + year));
            Path out = tmp.resolve("output/" + year);
            assertThat(CliRun.of(tmp.resolve("data"), "generate", "--input", in.toString(), "--output", out.toString()).exit)
                    .isZero();
            try (Stream<Path> files = Files.walk(out)) {
                for (Path pdf : files.filter(p -> p.toString().endsWith(".pdf")).sorted().toList()) {
                    checked++;
                    Map<String, Integer> failed = VeraPdf.failedRules(pdf, "2a");
                    if (!failed.isEmpty()) {
                        failures.put(year + "/" + out.relativize(pdf), failed);
                    }
                }
            }
        }
        assertThat(checked).isEqualTo(7 + 5);
        assertThat(failures).as("veraPDF PDF/A-2a failures (clause-test → count) per file").isEmpty();
    }
}
