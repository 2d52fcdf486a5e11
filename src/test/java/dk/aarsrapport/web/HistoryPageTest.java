package dk.aarsrapport.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.servlet.MockMvc;

import dk.aarsrapport.AarsrapportApplication;

/** Historik with who did what, Skabelon as the blank workbook, and the year page's links to its output. */
@SpringBootTest(classes = AarsrapportApplication.class, properties = "spring.main.web-application-type=servlet")
@AutoConfigureMockMvc
class HistoryPageTest {

    static final Path tmp = ConsoleTestContext.newFolder();

    @DynamicPropertySource
    static void settings(DynamicPropertyRegistry registry) {
        ConsoleTestContext.register(registry, tmp);
    }

    @Autowired
    MockMvc mvc;

    @Autowired
    WebActions actions;

    private String page(String url) throws Exception {
        return mvc.perform(get(url).with(user("lars").roles("LAESER"))).andExpect(status().isOk()).andReturn()
                .getResponse().getContentAsString(StandardCharsets.UTF_8);
    }

    @Test
    void historyShowsEveryActionWithItsUser() throws Exception {
        actions.record("anna", "upload", 2015, "regnskab.csv", null);
        String html = page("/historik");
        assertThat(html).contains("<h1>Historik</h1>").contains("anna").contains("upload").contains("regnskab.csv");
    }

    @Test
    void theTemplateIsTheBlankWorkbookOfTheYear() throws Exception {
        assertThat(page("/skabelon")).contains("<label for=\"aar\">Regnskabsår</label>");
        byte[] book = mvc.perform(get("/skabelon/hent?aar=2031").with(user("lars").roles("LAESER")))
                .andExpect(status().isOk())
                .andExpect(header().string("Content-Disposition", "attachment; filename=\"aarsregnskab-2031.xlsx\""))
                .andReturn().getResponse().getContentAsByteArray();
        try (XSSFWorkbook wb = new XSSFWorkbook(new ByteArrayInputStream(book))) {
            assertThat(wb.getSheet("Vejledning")).isNotNull();
            assertThat(wb.getSheet("Regnskab").getRow(0).toString()).isNotEmpty();
        }
        mvc.perform(get("/skabelon/hent?aar=12").with(user("lars").roles("LAESER"))).andExpect(status().isBadRequest());
    }

    @Test
    void theYearPageLinksEveryPublishedFileButNoWorkFile() throws Exception {
        Path out = tmp.resolve("output/2022");
        Files.createDirectories(out.resolve("politikomraader"));
        Files.createDirectories(out.resolve(".arbejde-3"));
        Files.writeString(out.resolve("politikomraader/10-alfa.pdf"), "%PDF");
        Files.writeString(out.resolve("validering.html"), "<html></html>");
        Files.writeString(out.resolve(".arbejde-3/halv.pdf"), "%PDF");
        String html = page("/aar/2022");
        assertThat(html).contains("href=\"/aar/2022/filer/politikomraader/10-alfa.pdf\"")
                .contains("href=\"/aar/2022/filer/validering.html\"").doesNotContain("halv.pdf");
    }
}
