package dk.aarsrapport.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import dk.aarsrapport.AarsrapportApplication;
import dk.aarsrapport.support.Samples;

/**
 * Et år through MockMvc: upload (safe names, content checks, the size limit, the archive of a replaced file),
 * Valider with the findings table and its filters, and hostile workbooks getting the command line's messages.
 */
@SpringBootTest(classes = AarsrapportApplication.class, properties = {"spring.main.web-application-type=servlet",
        "aarsrapport.web.max-upload=1MB"})
@AutoConfigureMockMvc
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class YearPageTest {

    static final Path tmp = ConsoleTestContext.newFolder();

    @DynamicPropertySource
    static void settings(DynamicPropertyRegistry registry) {
        ConsoleTestContext.register(registry, tmp);
    }

    @Autowired
    MockMvc mvc;

    static final RequestPostProcessor ANNA = user("anna").roles("OEKONOMI");
    static final RequestPostProcessor LARS = user("lars").roles("LAESER");

    private MvcResult upload(int year, String name, byte[] content) throws Exception {
        return mvc.perform(multipart("/aar/" + year + "/upload").file(new MockMultipartFile("fil", name,
                "application/octet-stream", content)).with(csrf()).with(ANNA))
                .andExpect(redirectedUrl("/aar/" + year)).andReturn();
    }

    private static String flash(MvcResult r, String key) {
        return (String) r.getFlashMap().get(key);
    }

    private String page(String url, RequestPostProcessor who) throws Exception {
        return mvc.perform(get(url).with(who)).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
    }

    @Test
    @Order(1)
    void aWorkbookWithAnErrorInATotalShowsTheFindingWithItsCellAndWhoUploaded() throws Exception {
        for (Path csv : Files.list(Samples.CSV_2015).sorted().toList()) {
            byte[] bytes = Files.readAllBytes(csv);
            if (csv.getFileName().toString().equals("regnskab.csv")) {
                bytes = new String(bytes, StandardCharsets.UTF_8).replace("141.708;131.910;136.667;137.236;569",
                        "141.708;131.910;136.667;137.999;569").getBytes(StandardCharsets.UTF_8);
            }
            assertThat(flash(upload(2015, csv.getFileName().toString(), bytes), "info")).contains("er gemt");
        }
        MvcResult v = mvc.perform(post("/aar/2015/valider").with(csrf()).with(ANNA)).andExpect(redirectedUrl("/aar/2015"))
                .andReturn();
        assertThat(flash(v, "info")).startsWith("Valideret:").doesNotContain(" 0 fejl");
        String html = page("/aar/2015", ANNA);
        assertThat(html).contains("regnskab.csv").contains("anna").contains("Fejl").contains("137.999")
                .contains("Arbejdsmarkeds- og overførselsområdet");
        assertThat(page("/aar/2015?alvor=ADVARSEL", ANNA)).doesNotContain("137.999");
        assertThat(page("/aar/2015?alvor=FEJL&politikomraade=Beskæftigelsestilbud", ANNA)).doesNotContain("137.999");
        assertThat(page("/aar/2015?alvor=FEJL", ANNA)).contains("137.999");
        assertThat(page("/", ANNA)).contains("href=\"/aar/2015\"").contains("anna");
    }

    /** The texts with linked figures, as written and as printed, from the validation above; a laeser may read them. */
    @Test
    @Order(2)
    void theLinkedFiguresArePreviewedAsTheReportPrintsThem() throws Exception {
        assertThat(page("/aar/2015", LARS)).contains("href=\"/aar/2015/tal\"");
        String html = page("/aar/2015/tal", LARS);
        assertThat(html).contains("<caption>Tekster med sammenkædede tal</caption>").contains("tekster.csv")
                .contains("Arbejdsmarkeds- og overførselsområdet").contains("Der er på politikområdet et {resultat}")
                .containsPattern("\\{forbrugsprocent\\} blev til \\d+,\\d<")
                .containsPattern("\\{Dagpenge til forsikrede ledige\\.Afvigelse:mio\\} blev til \\d+,\\d mio\\. kr\\.");
        // the printed column holds the sentence with its figure, no brace left
        assertThat(html).containsPattern("<td class=\"tekst\">Der er på politikområdet et [^{<]*forbrugsprocent på");
        assertThat(page("/aar/2031/tal", ANNA)).contains("Året er ikke valideret endnu");
    }

    @Test
    @Order(2)
    void replacingAFileKeepsThePreviousVersionInTheArchive() throws Exception {
        byte[] old = Files.readAllBytes(tmp.resolve("input/2015/regnskab.csv"));
        upload(2015, "regnskab.csv", Files.readAllBytes(Samples.CSV_2015.resolve("regnskab.csv")));
        assertThat(Files.readAllBytes(tmp.resolve("input/2015/regnskab.csv")))
                .isEqualTo(Files.readAllBytes(Samples.CSV_2015.resolve("regnskab.csv")));
        try (var archived = Files.list(tmp.resolve("input/2015-arkiv"))) {
            assertThat(archived.filter(p -> p.getFileName().toString().endsWith("-regnskab.csv"))
                    .anyMatch(p -> java.util.Arrays.equals(readAll(p), old))).isTrue();
        }
    }

    @Test
    @Order(3)
    void aNameThatTriesToLeaveTheYearLandsSafelyInsideIt() throws Exception {
        byte[] book = Files.readAllBytes(Path.of("input/2015/konti.xlsx"));
        MvcResult r = upload(2016, "../../x.xlsx", book);
        assertThat(flash(r, "info")).contains("Filen x.xlsx er gemt i input/2016/.");
        assertThat(tmp.resolve("input/2016/x.xlsx")).exists();
        assertThat(tmp.resolve("x.xlsx")).doesNotExist();
        assertThat(tmp.getParent().resolve("x.xlsx")).doesNotExist();
        upload(2016, "..\\..\\.skjult.csv", "a;b\n".getBytes(StandardCharsets.UTF_8));
        assertThat(tmp.resolve("input/2016/skjult.csv")).exists();
    }

    @Test
    @Order(4)
    void onlyWorkbooksByContentAndCsvAreAccepted() throws Exception {
        assertThat(flash(upload(2017, "noter.txt", "x".getBytes(StandardCharsets.UTF_8)), "fejl"))
                .isEqualTo("Kun regneark (.xlsx) og CSV-filer (.csv) kan uploades, ikke \"noter.txt\".");
        assertThat(flash(upload(2017, "falsk.xlsx", "ikke et regneark".getBytes(StandardCharsets.UTF_8)), "fejl"))
                .contains("er ikke et Excel-regneark (.xlsx), selv om den hedder sådan");
        assertThat(flash(upload(2017, "zip.xlsx", zip("noter.txt", "ikke et regneark")), "fejl"))
                .contains("er en zip-fil, men ikke et Excel-regneark");
        assertThat(tmp.resolve("input/2017")).satisfiesAnyOf(p -> assertThat(p).doesNotExist(),
                p -> assertThat(p).isEmptyDirectory());
    }

    @Test
    @Order(5)
    void anOversizeUploadGetsAClearDanishMessage() throws Exception {
        byte[] big = new byte[1024 * 1024 + 1];
        java.util.Arrays.fill(big, (byte) 'a');
        assertThat(flash(upload(2018, "stor.csv", big), "fejl")).isEqualTo("Filen stor.csv er for stor: højst 1 MB "
                + "kan uploades (indstillingen aarsrapport.web.max-upload). Intet er gemt.");
        assertThat(tmp.resolve("input/2018/stor.csv")).doesNotExist();
    }

    @Test
    @Order(5)
    void anXxeWorkbookUploadedAndValidatedGetsTheCommandLinesMessage() throws Exception {
        byte[] xxe = HostileWorkbooks.xxe();
        assertThat(flash(upload(2019, "aarsregnskab.xlsx", xxe), "info")).contains("er gemt");
        MvcResult v = mvc.perform(post("/aar/2019/valider").with(csrf()).with(ANNA)).andReturn();
        assertThat(flash(v, "fejl")).contains("aarsregnskab.xlsx").contains("DOCTYPE").doesNotContain("root:");
    }

    @Test
    @Order(6)
    void aRenamedZipBombUploadedAndValidatedGetsTheCommandLinesMessage() throws Exception {
        byte[] bomb = HostileWorkbooks.zipBomb();
        assertThat(bomb.length).isLessThan(1024 * 1024);
        assertThat(flash(upload(2020, "aarsregnskab.xlsx", bomb), "info")).contains("er gemt");
        MvcResult v = mvc.perform(post("/aar/2020/valider").with(csrf()).with(ANNA)).andReturn();
        assertThat(flash(v, "fejl")).contains("aarsregnskab.xlsx").contains("zip-bombe");
    }

    @Test
    @Order(7)
    void aLaeserSeesNoUploadOrRunControls() throws Exception {
        String html = page("/aar/2015", LARS);
        assertThat(html).contains("Fund").doesNotContain("type=\"file\"").doesNotContain("action=\"/aar/2015/valider\"")
                .contains("href=\"/aar/2015/filer/validering.html\"");
        assertThat(page("/aar/2015", ANNA)).contains("type=\"file\"").contains("/aar/2015/valider");
    }

    private static byte[] readAll(Path p) {
        try {
            return Files.readAllBytes(p);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private static byte[] zip(String entry, String text) throws Exception {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
            zip.putNextEntry(new ZipEntry(entry));
            zip.write(text.getBytes(StandardCharsets.UTF_8));
            zip.closeEntry();
        }
        return bytes.toByteArray();
    }
}
