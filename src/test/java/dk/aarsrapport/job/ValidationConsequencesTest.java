package dk.aarsrapport.job;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import dk.aarsrapport.base.RollForwardMarker;
import dk.aarsrapport.support.CliRun;
import dk.aarsrapport.support.Pdfs;

/**
 * One injected error per rule into the sample: a FEJL of that rule at the right cell with the right
 * expected value, exit 1, and no final PDF for that politikområde while the other is rendered.
 */
class ValidationConsequencesTest {

    static final Path FIXTURE = Path.of("src/test/resources/sample-2015-csv");
    static final String AREA_10 = "politikomraader/10-arbejdsmarkeds-og-overfoerselsomraadet.pdf";
    static final String AREA_20 = "politikomraader/20-beskaeftigelsestilbud.pdf";

    @TempDir
    Path tmp;

    /** The sample as CSV in {@code tmp/input/2015}, with one replacement in one file. */
    private Path sampleWith(String file, String from, String to) throws IOException {
        Path in = tmp.resolve("input/2015");
        dk.aarsrapport.support.Samples.copy(FIXTURE, in);
        if (file != null) {
            Path target = in.resolve(file);
            String content = Files.readString(target, StandardCharsets.UTF_8);
            assertThat(content).as("fixture contains %s", from).contains(from);
            Files.writeString(target, content.replaceFirst(java.util.regex.Pattern.quote(from),
                    java.util.regex.Matcher.quoteReplacement(to)), StandardCharsets.UTF_8);
        }
        return in;
    }

    private static String withNewline(String s) {
        return s.endsWith("\n") ? s : s + "\r\n";
    }

    private CliRun generate(Path in, String... extra) {
        String[] args = Stream.concat(Stream.of("generate", "--input", in.toString(), "--output",
                tmp.resolve("output/2015").toString()), Stream.of(extra)).toArray(String[]::new);
        return CliRun.of(tmp.resolve("data"), args);
    }

    private List<String> csvRows() throws IOException {
        return Files.readAllLines(tmp.resolve("output/2015/validering.csv"), StandardCharsets.UTF_8);
    }

    private void assertBlocked10Rendered20(CliRun run) {
        assertThat(run.exit).as(run.toString()).isEqualTo(1);
        assertThat(tmp.resolve("output/2015").resolve(AREA_10)).doesNotExist();
        assertThat(tmp.resolve("output/2015").resolve(AREA_20)).isRegularFile();
    }

    /** Regression: a politikområde with no texts, lines or goals failed the render step (exit 3). */
    @Test
    void aPolitikomraadeWithNothingToPrintGetsItsPageAndAnS2() throws IOException {
        Path in = sampleWith("politikomraader.csv", "20;Beskæftigelsestilbud;Beskæftigelsesudvalget",
                "20;Beskæftigelsestilbud;Beskæftigelsesudvalget\r\n30;Tomt område;Beskæftigelsesudvalget");
        CliRun run = generate(in);
        assertThat(run.exit).as(run.toString()).isEqualTo(0);
        assertThat(run.out + run.err).doesNotContain("Exception").doesNotContain("at dk.");
        assertThat(csvRows()).anySatisfy(r -> assertThat(r).startsWith("ADVARSEL;S2;Tomt område;politikomraader.csv;"));
        Path pdf = tmp.resolve("output/2015/politikomraader/30-tomt-omraade.pdf");
        assertThat(Pdfs.text(pdf)).contains("Tomt område").contains("Der er hverken tekster, regnskabslinjer eller "
                + "effektmål for politikområdet i årets indberetning.");
    }

    @Test
    void r1LineAfvigelseOffBy5() throws IOException {
        CliRun run = generate(sampleWith("regnskab.csv", "137.236;569", "137.236;574"));
        assertBlocked10Rendered20(run);
        assertThat(csvRows()).anySatisfy(r -> assertThat(r)
                .startsWith("FEJL;R1;Arbejdsmarkeds- og overførselsområdet;regnskab.csv;regnskab;linje 5, kolonne Afvigelse;574;569;"));
        assertThat(run.out).contains("FEJL R1 Arbejdsmarkeds- og overførselsområdet, regnskab.csv linje 5, kolonne Afvigelse");
    }

    @Test
    void r2TotalOffBy40() throws IOException {
        CliRun run = generate(sampleWith("regnskab.csv", "771.184;784.804;13.620", "771.184;784.844;13.620"));
        assertBlocked10Rendered20(run);
        assertThat(csvRows()).anySatisfy(r -> assertThat(r)
                .startsWith("FEJL;R2;Arbejdsmarkeds- og overførselsområdet;regnskab.csv;regnskab;linje 19, kolonne Regnskab 2015;784.844;784.804;"));
    }

    @Test
    void r3TotalAfvigelse() throws IOException {
        CliRun run = generate(sampleWith("regnskab.csv", "12.313;-2.571", "12.313;-2.521"));
        assertThat(run.exit).isEqualTo(1);
        assertThat(tmp.resolve("output/2015").resolve(AREA_20)).doesNotExist();
        assertThat(tmp.resolve("output/2015").resolve(AREA_10)).isRegularFile();
        assertThat(csvRows()).anySatisfy(r -> assertThat(r)
                .startsWith("FEJL;R3;Beskæftigelsestilbud;regnskab.csv;regnskab;linje 26, kolonne Afvigelse;-2.521;-2.571;"));
    }

    @Test
    void r4AnotherForbrugsprocent() throws IOException {
        CliRun run = generate(sampleWith("tekster.csv", "forbrugsprocent på 101,8", "forbrugsprocent på 103,6"));
        assertBlocked10Rendered20(run);
        assertThat(csvRows()).anySatisfy(r -> assertThat(r)
                .startsWith("FEJL;R4;Arbejdsmarkeds- og overførselsområdet;tekster.csv;tekster;linje 2, kolonne Tekst;103,6;101,8;"));
    }

    @Test
    void r5AnotherAmountAndTheWrongWord() throws IOException {
        // the sample links its headline result ({resultat}): typed over by hand, R5 checks it
        CliRun amount = generate(sampleWith("tekster.csv", "et {resultat}, hvilket",
                "et merforbrug på 12,6 mio. kr., hvilket"));
        assertBlocked10Rendered20(amount);
        assertThat(csvRows()).anySatisfy(r -> assertThat(r).contains(";R5;").contains(";merforbrug på 13,6 mio. kr.;"));
    }

    @Test
    void r5WrongWord() throws IOException {
        CliRun run = generate(sampleWith("tekster.csv", "en {resultat:udgift}, hvilket",
                "en merudgift på 2,6 mio. kr., hvilket"));
        assertThat(run.exit).isEqualTo(1);
        assertThat(tmp.resolve("output/2015").resolve(AREA_20)).doesNotExist();
        assertThat(csvRows()).anySatisfy(r -> assertThat(r).contains(";R5;Beskæftigelsestilbud;")
                .contains(";merudgift;mindreudgift;"));
    }

    @Test
    void l1AnUnknownLineIsPrintedAsWrittenOnlyInTheDraft() throws IOException {
        CliRun run = generate(sampleWith("tekster.csv", "{Dagpenge til forsikrede ledige.Afvigelse:mio}",
                "{Dagpenge til ledige.Afvigelse:mio}"), "--draft");
        assertBlocked10Rendered20(run);
        assertThat(csvRows()).anySatisfy(r -> assertThat(r).startsWith("FEJL;L1;Arbejdsmarkeds- og overførselsområdet;"
                + "tekster.csv;tekster;linje 2, kolonne Tekst;{Dagpenge til ledige.Afvigelse:mio};")
                .contains("ingen linje «Dagpenge til ledige»"));
        assertThat(Pdfs.text(tmp.resolve("output/2015/kladde").resolve(AREA_10)).replaceAll("\\s+", " "))
                .contains("merforbrug på {Dagpenge til ledige.Afvigelse:mio}")
                .contains("integrationsloven på 7,7 mio. kr.");
    }

    @Test
    void s6ACarriedTextBlocksAndItsMarkerIsNeverPrinted() throws IOException {
        CliRun run = generate(sampleWith("tekster.csv", "Beskæftigelsestilbud;Regnskabsresultat;\"",
                "Beskæftigelsestilbud;Regnskabsresultat;\"" + RollForwardMarker.line(2014) + "\n"), "--draft");
        assertThat(run.exit).as(run.toString()).isEqualTo(1);
        assertThat(tmp.resolve("output/2015").resolve(AREA_20)).doesNotExist();
        assertThat(tmp.resolve("output/2015").resolve(AREA_10)).isRegularFile();
        assertThat(csvRows()).anySatisfy(r -> assertThat(r).startsWith("FEJL;S6;Beskæftigelsestilbud;tekster.csv;"
                + "tekster;linje 50, kolonne Tekst;[Fra 2014 …];"));
        String draft = Pdfs.text(tmp.resolve("output/2015/kladde").resolve(AREA_20));
        assertThat(draft).contains("KLADDE").contains("mindreudgift på 2,6 mio. kr.").doesNotContain("[Fra");
    }

    @Test
    void r6ValueNotMatchingCounts() throws IOException {
        Path in = sampleWith(null, null, null);
        Path maal = in.resolve("maalinger.csv");
        String lastMaal = Files.readAllLines(maal, StandardCharsets.UTF_8).stream()
                .filter(l -> l.startsWith("Arbejdsmarkeds")).findFirst().orElseThrow().split(";")[1];
        Files.writeString(maal, withNewline(Files.readString(maal, StandardCharsets.UTF_8))
                + "Arbejdsmarkeds- og overførselsområdet;" + lastMaal + ";Testandel;;2016;;203;4045;7;;%\r\n",
                StandardCharsets.UTF_8);
        CliRun run = generate(in);
        assertBlocked10Rendered20(run);
        assertThat(csvRows()).anySatisfy(r -> assertThat(r).contains(";R6;").contains("kolonne Værdi;7;5;"));
    }

    @Test
    void s1WrongYearHeaderBlocksEveryAreaInTheSheet() throws IOException {
        CliRun run = generate(sampleWith("regnskab.csv", "Regnskab 2014", "Regnskab 2013"));
        assertThat(run.exit).isEqualTo(1);
        assertThat(tmp.resolve("output/2015").resolve(AREA_10)).doesNotExist();
        assertThat(tmp.resolve("output/2015").resolve(AREA_20)).doesNotExist();
        assertThat(csvRows()).anySatisfy(r -> assertThat(r)
                .startsWith("FEJL;S1;;regnskab.csv;regnskab;linje 1, kolonne Regnskab 2013;Regnskab 2013;Regnskab 2014"));
    }

    @Test
    void s1NonNumberAmount() throws IOException {
        CliRun run = generate(sampleWith("regnskab.csv", "141.708;131.910", "141.708;ca. 132 mio"));
        assertBlocked10Rendered20(run);
        assertThat(csvRows()).anySatisfy(r -> assertThat(r)
                .startsWith("FEJL;S1;Arbejdsmarkeds- og overførselsområdet;regnskab.csv;regnskab;linje 5, kolonne Budget 2015;ca. 132 mio;"));
    }

    @Test
    void s1UnknownPolitikomraade() throws IOException {
        Path in = sampleWith(null, null, null);
        Path regnskab = in.resolve("regnskab.csv");
        Files.writeString(regnskab, withNewline(Files.readString(regnskab, StandardCharsets.UTF_8))
                + "Ukendt område;Noget;1;1;1;1;0\r\n", StandardCharsets.UTF_8);
        CliRun run = generate(in);
        assertThat(run.exit).isEqualTo(1);
        assertThat(tmp.resolve("output/2015").resolve(AREA_10)).isRegularFile();
        assertThat(tmp.resolve("output/2015").resolve(AREA_20)).isRegularFile();
        assertThat(csvRows()).anySatisfy(r -> assertThat(r)
                .startsWith("FEJL;S1;Ukendt område;regnskab.csv;regnskab;linje 27, kolonne Politikområde;Ukendt område;"));
    }

    @Test
    void previousFinalPdfStaysUntouchedAndDraftGoesToKladde() throws IOException {
        Path in = sampleWith(null, null, null);
        CliRun clean = generate(in);
        assertThat(clean.exit).as(clean.toString()).isZero();
        Path final10 = tmp.resolve("output/2015").resolve(AREA_10);
        byte[] before = Files.readAllBytes(final10);
        Path regnskab = in.resolve("regnskab.csv");
        Files.writeString(regnskab, Files.readString(regnskab, StandardCharsets.UTF_8)
                .replace("137.236;569", "137.236;574"), StandardCharsets.UTF_8);

        CliRun draft = generate(in, "--draft");

        assertThat(draft.exit).isEqualTo(1);
        assertThat(Files.readAllBytes(final10)).isEqualTo(before);
        Path kladde = tmp.resolve("output/2015/kladde").resolve(AREA_10);
        assertThat(kladde).isRegularFile();
        String text = Pdfs.text(kladde);
        int pages = Pdfs.pages(kladde);
        assertThat(text.split("KLADDE – indeholder valideringsfejl", -1)).hasSize(pages + 1);
        assertThat(tmp.resolve("output/2015/kladde").resolve(AREA_20)).doesNotExist();
    }

    @Test
    void validateWritesOnlyTheValidationReport() throws IOException {
        Path in = sampleWith("regnskab.csv", "137.236;569", "137.236;574");
        CliRun run = CliRun.of(tmp.resolve("data"), "validate", "--input", in.toString(), "--output",
                tmp.resolve("output/2015").toString());
        assertThat(run.exit).isEqualTo(1);
        try (Stream<Path> files = Files.walk(tmp.resolve("output/2015"))) {
            assertThat(files.filter(Files::isRegularFile).map(p -> p.getFileName().toString()))
                    .containsExactlyInAnyOrder("validering.html", "validering.csv");
        }
    }
}
