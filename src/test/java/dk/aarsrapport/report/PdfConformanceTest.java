package dk.aarsrapport.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.verapdf.pdfa.flavours.PDFAFlavour;

import dk.aarsrapport.support.CliRun;
import dk.aarsrapport.support.Samples;
import dk.aarsrapport.support.VeraPdf;

/**
 * Every PDF of the samples — each politikområde and goal framework, the whole report, each pack, and drafts — is
 * PDF/A-2a and PDF/UA-1 by veraPDF, with a failure listing each failed rule (clause-test) and its
 * count per file and flavour.
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
    void everyPdfOfTheSamplesIsPdfA2aAndPdfUa1() throws Exception {
        Map<String, Map<String, Integer>> failures = new LinkedHashMap<>();
        int checked = 0;
        for (String year : List.of("2015", "2016", "2017", "2021")) {
            Path in = Samples.copy(Path.of("input/" + year), tmp.resolve("input/" + year));
            Path out = tmp.resolve("output/" + year);
            assertThat(CliRun.of(tmp.resolve("data"), "generate", "--input", in.toString(), "--output", out.toString()).exit)
                    .isZero();
            checked += check(out, year, failures);
        }
        // 2016 and 2021: a goal framework and the whole report around it; 2015 and 2017: the recipient named
        // like its Udvalg shares the Udvalg's pack
        assertThat(checked).isEqualTo(6 + 2 + 4 + 2);
        assertThat(failures).as("veraPDF failures (flavour: clause-test → count) per file").isEmpty();
    }

    /** --no-pdfa writes plain, untagged PDFs; switching back redraws them conformant. */
    @Test
    void noPdfaWritesPlainPdfs() throws Exception {
        Path in = Samples.copy(Samples.CSV_2015, tmp.resolve("plain/input/2015"));
        Path out = tmp.resolve("plain/output/2015");
        Path pdf = out.resolve("politikomraader/20-beskaeftigelsestilbud.pdf");
        assertThat(CliRun.of(tmp.resolve("plain/data"), "generate", "--input", in.toString(), "--output", out.toString(),
                "--no-pdfa").exit).isZero();
        assertThat(VeraPdf.failedRules(pdf, "2a")).isNotEmpty();
        assertThat(CliRun.of(tmp.resolve("plain/data"), "generate", "--input", in.toString(), "--output",
                out.toString()).exit).isZero();
        assertThat(VeraPdf.failedRules(pdf, "2a")).isEmpty();
    }

    /** A draft, with its watermark, is just as conformant. */
    @Test
    void draftsAreConformantToo() throws Exception {
        Path in = Samples.copy(Samples.CSV_2015, tmp.resolve("draft/input/2015"));
        Path regnskab = in.resolve("regnskab.csv");
        Files.writeString(regnskab, Files.readString(regnskab, java.nio.charset.StandardCharsets.UTF_8)
                .replace("137.236;569", "137.236;574"), java.nio.charset.StandardCharsets.UTF_8);
        Path out = tmp.resolve("draft/output/2015");
        assertThat(CliRun.of(tmp.resolve("draft/data"), "generate", "--input", in.toString(), "--output", out.toString(),
                "--draft").exit).isEqualTo(1);
        Map<String, Map<String, Integer>> failures = new LinkedHashMap<>();
        assertThat(check(out.resolve("kladde"), "kladde", failures)).isPositive();

        // a goal framework's draft: one goal given two Målsætninger (S4)
        Path maalIn = Samples.copy(Path.of("src/test/resources/sample-2021-csv"), tmp.resolve("draft/input/2021"));
        Path maal = maalIn.resolve("maalopfoelgning.csv");
        Files.writeString(maal, Files.readString(maal, java.nio.charset.StandardCharsets.UTF_8)
                + "\"Sammenhængsmodellen\";\"\";\"5.2\";\"En anden\";\"\";\"x\";\"\";\"\";\"\";\"\"\r\n",
                java.nio.charset.StandardCharsets.UTF_8);
        Path maalOut = tmp.resolve("draft/output/2021");
        assertThat(CliRun.of(tmp.resolve("draft/data"), "generate", "--input", maalIn.toString(), "--output",
                maalOut.toString(), "--draft").exit).isEqualTo(1);
        assertThat(check(maalOut.resolve("kladde"), "kladde-2021", failures)).isEqualTo(2);
        assertThat(failures).as("veraPDF failures of the drafts").isEmpty();
    }

    /** PDF/A-2a, PDF/UA-1, and the WCAG 2.2 machine checks where this veraPDF has their profile (1.30 has not). */
    private static final List<PDFAFlavour> FLAVOURS = java.util.stream.Stream.of(PDFAFlavour.PDFA_2_A,
            PDFAFlavour.PDFUA_1, PDFAFlavour.WCAG_2_2_MACHINE).filter(VeraPdf::hasProfile).toList();

    @Test
    void pdfA2aAndPdfUa1AreChecked() {
        assertThat(FLAVOURS).contains(PDFAFlavour.PDFA_2_A, PDFAFlavour.PDFUA_1);
    }

    private static int check(Path folder, String label, Map<String, Map<String, Integer>> failures) throws Exception {
        int checked = 0;
        try (Stream<Path> files = Files.walk(folder)) {
            for (Path pdf : files.filter(p -> p.toString().endsWith(".pdf")).sorted().toList()) {
                checked++;
                for (PDFAFlavour flavour : FLAVOURS) {
                    Map<String, Integer> failed = VeraPdf.failedRules(pdf, flavour);
                    if (!failed.isEmpty()) {
                        failures.put(flavour.getId() + " " + label + "/" + folder.relativize(pdf), failed);
                    }
                }
            }
        }
        return checked;
    }
}
