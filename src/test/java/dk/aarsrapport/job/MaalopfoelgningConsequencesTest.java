package dk.aarsrapport.job;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import dk.aarsrapport.base.Sha256;
import dk.aarsrapport.support.CliRun;
import dk.aarsrapport.support.CsvFixture;
import dk.aarsrapport.support.Outline;
import dk.aarsrapport.support.Pdfs;
import dk.aarsrapport.support.Samples;

/**
 * Målopfølgning beside the politikområder: its chapter after them in the whole report, goals linked
 * to a politikområde listed in that politikområde's report; a framework with a FEJL not published
 * (drafted with --draft) while the rest is; and the nightly economy — an unchanged input redraws
 * nothing, a changed status redraws its framework and the whole report only.
 */
class MaalopfoelgningConsequencesTest {

    static final String[] HEADER = {"Ramme", "Tema", "Nr", "Målsætning", "Målgruppe", "Indsats", "Beskrivelse",
        "Samarbejdspartnere", "Status", "Politikområde"};
    static final String A20 = "Beskæftigelsestilbud";

    @TempDir
    Path tmp;

    /** The 2015 sample with two small frameworks; the first goal of "Job" is linked to politikområde 20. */
    private Path input(String name, String... statusOfJob2) throws IOException {
        Path in = Samples.copy(Samples.CSV_2015, tmp.resolve(name + "/input/2015"));
        String status = statusOfJob2.length == 0 ? "i gang" : statusOfJob2[0];
        CsvFixture.write(in.resolve("maalopfoelgning.csv"), List.of(HEADER,
                new String[] {"Job", "Beskæftigelse", "1", "Flere i skånejob", "Førtidspensionister", "Løntilskud",
                    "Job med løntilskud.", "Jobcentret", "opnået", A20},
                new String[] {"Job", "Beskæftigelse", "2", "Færre på sygedagpenge", "", "Tidlig indsats", "", "", status, ""},
                new String[] {"Fællesskab", "", "", "Færre ensomme", "Alle", "Besøgsvenner", "Frivillige besøger.",
                    "Frivilligcenter", "", ""}));
        // a recipient of the whole report, beside the sample's recipients of an Udvalg or a politikområde
        Files.writeString(in.resolve("modtagere.csv"), Files.readString(in.resolve("modtagere.csv"), StandardCharsets.UTF_8)
                + "Byrådet;byraadet@example.org;;\n", StandardCharsets.UTF_8);
        return in;
    }

    private CliRun generate(String name, Path in, String... extra) {
        List<String> args = new java.util.ArrayList<>(List.of("generate", "--input", in.toString(), "--output",
                tmp.resolve(name + "/output/2015").toString()));
        args.addAll(List.of(extra));
        return CliRun.of(tmp.resolve(name + "/data"), args.toArray(String[]::new));
    }

    @Test
    void chapterAfterThePolitikomraaderAndLinkedGoalsUnderTheirPolitikomraade() throws IOException {
        CliRun run = generate("link", input("link"));
        assertThat(run.exit).as(run.toString()).isZero();
        Path out = tmp.resolve("link/output/2015");
        assertThat(run.out).contains("2 af 2 politikområder dannet").contains("2 af 2 målopfølgninger dannet");
        assertThat(out.resolve("maalopfoelgning/job.pdf")).isRegularFile();
        assertThat(out.resolve("maalopfoelgning/faellesskab.pdf")).isRegularFile();

        String area20 = Pdfs.text(out.resolve("politikomraader/20-beskaeftigelsestilbud.pdf"));
        assertThat(area20).contains("Målopfølgning").contains("Job").contains("• 1 Flere i skånejob – status: opnået");
        assertThat(area20).doesNotContain("Færre på sygedagpenge");
        assertThat(Pdfs.text(out.resolve("politikomraader/10-arbejdsmarkeds-og-overfoerselsomraadet.pdf")))
                .doesNotContain("Flere i skånejob");
        assertThat(Pdfs.text(out.resolve("maalopfoelgning/job.pdf"))).contains("Politikområde: " + A20);

        Path whole = out.resolve("aarsberetning-2015.pdf");
        List<String> top = Outline.of(whole).stream().filter(b -> b.level() == 1).map(Outline.Bookmark::title).toList();
        assertThat(top).containsExactly("Indhold", "Arbejdsmarkeds- og overførselsområdet", A20, "Målopfølgning: Job",
                "Målopfølgning: Fællesskab");
        String contents = WholeReportAndPacksTest.pageText(whole, 2).replaceAll("\\s+", " ");
        assertThat(contents).containsSubsequence("10 Arbejdsmarkeds", "20 " + A20, "Målopfølgning: Job",
                "Målopfølgning: Fællesskab");
        assertThat(Pdfs.pages(whole)).isEqualTo(2 + Pdfs.pages(out.resolve("politikomraader/10-arbejdsmarkeds-og-overfoerselsomraadet.pdf"))
                + Pdfs.pages(out.resolve("politikomraader/20-beskaeftigelsestilbud.pdf"))
                + Pdfs.pages(out.resolve("maalopfoelgning/job.pdf")) + Pdfs.pages(out.resolve("maalopfoelgning/faellesskab.pdf")));
        // packs per Udvalg hold their politikområder only; the whole-report recipient gets the frameworks too
        assertThat(Pdfs.text(out.resolve("pakker/beskaeftigelsesudvalget.pdf"))).doesNotContain("Færre ensomme");
        assertThat(Pdfs.text(out.resolve("pakker/direktoer-for-job-velfaerd.pdf"))).doesNotContain("Færre ensomme");
        assertThat(Pdfs.text(out.resolve("pakker/byraadet.pdf"))).contains("Færre ensomme").contains(A20);
    }

    @Test
    void aFrameworkWithAnErrorIsNotPublishedTheOthersAre() throws IOException {
        Path in = input("fejl");
        // goal 2 of Job twice with two Målsætninger: S4
        Files.writeString(in.resolve("maalopfoelgning.csv"), Files.readString(in.resolve("maalopfoelgning.csv"),
                StandardCharsets.UTF_8) + "\"Job\";\"\";\"2\";\"Flere på sygedagpenge\";\"\";\"Kampagne\";\"\";\"\";\"\";\"\"\r\n",
                StandardCharsets.UTF_8);
        CliRun run = generate("fejl", in);
        assertThat(run.exit).as(run.toString()).isEqualTo(1);
        Path out = tmp.resolve("fejl/output/2015");
        assertThat(run.out).contains("FEJL S4 Målopfølgning: Job, maalopfoelgning.csv linje 5, kolonne Målsætning")
                .contains("Ikke udgivet på grund af valideringsfejl: Målopfølgning: Job.");
        assertThat(out.resolve("maalopfoelgning/job.pdf")).doesNotExist();
        assertThat(out.resolve("maalopfoelgning/faellesskab.pdf")).isRegularFile();
        assertThat(out.resolve("politikomraader/20-beskaeftigelsestilbud.pdf")).isRegularFile();
        // nothing of a blocked framework is published, not even its goals under a politikområde
        assertThat(Pdfs.text(out.resolve("politikomraader/20-beskaeftigelsestilbud.pdf"))).doesNotContain("Flere i skånejob");
        assertThat(WholeReportAndPacksTest.pageText(out.resolve("aarsberetning-2015.pdf"), 2).replaceAll("\\s+", " "))
                .contains("Målopfølgning: Job ikke udgivet – se valideringsrapporten");
        assertThat(Files.readString(out.resolve("validering.html"), StandardCharsets.UTF_8))
                .contains("Målopfølgning: Job").contains("udgives ikke");

        CliRun draft = generate("fejl", in, "--draft");
        assertThat(draft.exit).isEqualTo(1);
        Path kladde = out.resolve("kladde/maalopfoelgning/job.pdf");
        assertThat(Pdfs.text(kladde)).contains("KLADDE – indeholder valideringsfejl").contains("Flere i skånejob");
        assertThat(out.resolve("maalopfoelgning/job.pdf")).doesNotExist();
        assertThat(Outline.of(out.resolve("kladde/aarsberetning-2015.pdf")).stream().map(Outline.Bookmark::title))
                .contains("Målopfølgning: Job");
    }

    @Test
    void onlyAChangedFrameworkIsRedrawn() throws Exception {
        Path in = input("nat");
        CliRun first = generate("nat", in);
        assertThat(first.exit).as(first.toString()).isZero();
        Path out = tmp.resolve("nat/output/2015");
        Map<String, String> before = pdfs(out);
        assertThat(before).containsKeys("maalopfoelgning/job.pdf", "maalopfoelgning/faellesskab.pdf");
        Thread.sleep(1100);

        CliRun unchanged = generate("nat", in);
        assertThat(unchanged.exit).isZero();
        assertThat(pdfs(out)).isEqualTo(before);
        assertThat(unchanged.out).contains("0 af 2 målopfølgninger dannet").contains("Målopfølgning: Job: uændret");

        Path changedIn = input("nat", "ikke opnået");
        assertThat(changedIn).isEqualTo(in);
        CliRun changed = generate("nat", in);
        assertThat(changed.exit).as(changed.toString()).isZero();
        Map<String, String> after = pdfs(out);
        List<String> rewritten = after.keySet().stream().filter(f -> !after.get(f).equals(before.get(f))).toList();
        // goal 2 is linked to no politikområde: its status prints in its framework and the documents holding it
        assertThat(rewritten).containsExactlyInAnyOrder("maalopfoelgning/job.pdf", "aarsberetning-2015.pdf",
                "pakker/byraadet.pdf");
        assertThat(Pdfs.text(out.resolve("maalopfoelgning/job.pdf"))).contains("ikke opnået 1");
        assertThat(changed.out).contains("Målopfølgning: Job: mål 2: status i gang → ikke opnået");
        assertThat(Files.readString(out.resolve("aendringer.html"), StandardCharsets.UTF_8))
                .contains("<h2>Målopfølgning: Job</h2>").contains("mål 2: status i gang → ikke opnået")
                .doesNotContain("Fællesskab");
    }

    private static Map<String, String> pdfs(Path out) throws IOException {
        Map<String, String> m = new TreeMap<>();
        try (Stream<Path> files = Files.walk(out)) {
            for (Path f : files.filter(p -> p.toString().endsWith(".pdf")).toList()) {
                FileTime t = Files.getLastModifiedTime(f);
                m.put(out.relativize(f).toString().replace('\\', '/'), Sha256.of(f) + " " + t);
            }
        }
        return m;
    }
}
