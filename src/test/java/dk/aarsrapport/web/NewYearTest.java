package dk.aarsrapport.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import dk.aarsrapport.AarsrapportApplication;
import dk.aarsrapport.support.Samples;

/**
 * Nyt år from the console: the sample's year rolled forward into the next year's input, which then validates with
 * S6 on every carried text, as `template --from` would have it; refused without an old year, into a folder with
 * other input, and to a laeser; a second roll-forward keeps the first workbook in the archive.
 */
@SpringBootTest(classes = AarsrapportApplication.class, properties = "spring.main.web-application-type=servlet")
@AutoConfigureMockMvc
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class NewYearTest {

    static final Path tmp = ConsoleTestContext.newFolder();
    static final RequestPostProcessor ANNA = user("anna").roles("OEKONOMI");
    static final RequestPostProcessor LARS = user("lars").roles("LAESER");

    @DynamicPropertySource
    static void settings(DynamicPropertyRegistry registry) {
        ConsoleTestContext.register(registry, tmp);
    }

    @Autowired
    MockMvc mvc;

    private MvcResult roll(int aar, int fra, RequestPostProcessor who) throws Exception {
        return mvc.perform(post("/nyt-aar").param("aar", String.valueOf(aar)).param("fra", String.valueOf(fra))
                .with(csrf()).with(who)).andReturn();
    }

    private String page(String url) throws Exception {
        return mvc.perform(get(url).with(ANNA)).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
    }

    @Test
    @Order(1)
    void theSampleIsRolledForwardIntoTheNextYearAndItsTextsAwaitRevision() throws Exception {
        Samples.copy(Samples.CSV_2015, tmp.resolve("input/2015"));
        assertThat(page("/nyt-aar")).contains("<option value=\"2015\">2015</option>").contains("value=\"2016\"");
        MvcResult r = roll(2016, 2015, ANNA);
        assertThat(r.getResponse().getRedirectedUrl()).isEqualTo("/aar/2016");
        assertThat(r.getFlashMap().get("info")).isEqualTo("Året 2016 er rullet frem fra 2015.");
        @SuppressWarnings("unchecked")
        List<String> lines = (List<String>) r.getFlashMap().get("rullet");
        assertThat(lines).anySatisfy(l -> assertThat(l).startsWith("Regnskab: ").contains("Regnskab 2015 i kolonnen Regnskab 2015"))
                .anySatisfy(l -> assertThat(l).contains("slet linjen [Fra 2015 – ret teksten og slet denne linje]"))
                .anySatisfy(l -> assertThat(l).contains("og kør Valider på siden for 2016."));
        assertThat(tmp.resolve("input/2016/aarsregnskab.xlsx")).isRegularFile();
        try (Stream<Path> left = Files.list(tmp.resolve("input/2016-arkiv"))) {
            assertThat(left.filter(p -> p.getFileName().toString().startsWith("."))).as("no work file left").isEmpty();
        }
        String year = page("/aar/2016");
        assertThat(year).contains("aarsregnskab.xlsx").contains("anna");
        MvcResult v = mvc.perform(post("/aar/2016/valider").with(csrf()).with(ANNA)).andReturn();
        assertThat((String) v.getFlashMap().get("info")).startsWith("Valideret:").doesNotContain(" 0 fejl");
        assertThat(page("/aar/2016?alvor=FEJL")).contains("<td>S6</td>").contains("Tekster");
        assertThat(page("/historik")).contains("nyt år").contains("rullet frem fra 2015");
    }

    @Test
    @Order(2)
    void aSecondRollForwardKeepsTheFirstWorkbookInTheArchive() throws Exception {
        assertThat(roll(2016, 2015, ANNA).getResponse().getRedirectedUrl()).isEqualTo("/aar/2016");
        try (Stream<Path> kept = Files.list(tmp.resolve("input/2016-arkiv"))) {
            assertThat(kept.map(p -> p.getFileName().toString())).anyMatch(n -> n.endsWith("-aarsregnskab.xlsx"));
        }
    }

    @Test
    @Order(3)
    void aYearWithoutInputOrAFolderWithOtherInputIsRefusedAndNothingIsWritten() throws Exception {
        MvcResult none = roll(2032, 2031, ANNA);
        assertThat(none.getResponse().getRedirectedUrl()).isEqualTo("/nyt-aar");
        assertThat((String) none.getFlashMap().get("fejl")).isEqualTo(
                "Der er intet input for 2031 at rulle frem fra (input/2031/ har ingen .xlsx- eller .csv-filer).");
        Files.writeString(Files.createDirectories(tmp.resolve("input/2017")).resolve("konti.csv"), "Funktion;Art\n");
        MvcResult other = roll(2017, 2016, ANNA);
        assertThat((String) other.getFlashMap().get("fejl")).startsWith("input/2017/ har allerede konti.csv;");
        assertThat(tmp.resolve("input/2017/aarsregnskab.xlsx")).doesNotExist();
        assertThat((String) roll(2015, 2015, ANNA).getFlashMap().get("fejl")).contains("et andet end 2015");
    }

    @Test
    @Order(4)
    void aLaeserIsRefusedAndShownNoForm() throws Exception {
        mvc.perform(post("/nyt-aar").param("aar", "2018").param("fra", "2015").with(csrf()).with(LARS))
                .andExpect(status().isForbidden());
        String html = mvc.perform(get("/nyt-aar").with(LARS)).andReturn().getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
        assertThat(html).doesNotContain("Rul frem</button>").contains("Kun brugere med rollen oekonomi");
        assertThat(tmp.resolve("input/2018")).doesNotExist();
    }
}
