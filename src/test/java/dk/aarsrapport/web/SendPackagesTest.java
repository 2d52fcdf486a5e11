package dk.aarsrapport.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;

import org.junit.jupiter.api.AfterAll;
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
import dk.aarsrapport.support.MailServer;
import dk.aarsrapport.support.Samples;

/**
 * Send pakker with an SMTP server set (GreenMail): offered on the year page, nothing sent without the
 * confirmation, the confirmed run mails every pack, and a second one sends nothing again (the rules of --send).
 */
@SpringBootTest(classes = AarsrapportApplication.class, properties = "spring.main.web-application-type=servlet")
@AutoConfigureMockMvc
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class SendPackagesTest {

    static final Path tmp = ConsoleTestContext.newFolder();
    static final MailServer mail = new MailServer();
    static final int YEAR = 2015;
    static final RequestPostProcessor ANNA = user("anna").roles("OEKONOMI");
    static final RequestPostProcessor LARS = user("lars").roles("LAESER");

    @DynamicPropertySource
    static void settings(DynamicPropertyRegistry registry) {
        ConsoleTestContext.register(registry, tmp);
        for (String s : mail.settings()) {
            String[] kv = s.substring(2).split("=", 2);
            registry.add(kv[0], () -> kv[1]);
        }
    }

    @AfterAll
    static void stop() {
        mail.close();
    }

    @Autowired
    MockMvc mvc;
    @Autowired
    GenerateRuns runs;
    @Autowired
    WebActions actions;

    private String page(String url) throws Exception {
        return mvc.perform(get(url).with(ANNA)).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
    }

    private WebRun confirmedSend() throws Exception {
        mvc.perform(post("/aar/" + YEAR + "/send").param("bekraeftet", "ja").with(csrf()).with(ANNA))
                .andExpect(redirectedUrl("/aar/" + YEAR + "/koersel"));
        WebRun run = runs.latest(YEAR).orElseThrow();
        for (int i = 0; i < 3000 && !run.done(); i++) {
            Thread.sleep(100); // a bound on the wait, not on the speed
        }
        assertThat(run.done()).isTrue();
        return run;
    }

    @Test
    @Order(1)
    void nothingIsSentWithoutTheConfirmation() throws Exception {
        Samples.copy(Samples.CSV_2015, tmp.resolve("input/" + YEAR));
        assertThat(page("/aar/" + YEAR)).contains("href=\"/aar/" + YEAR + "/send\"").contains("Send pakker");
        mvc.perform(post("/aar/" + YEAR + "/send").param("bekraeftet", "ja").with(csrf()).with(LARS))
                .andExpect(status().isForbidden());
        mvc.perform(post("/aar/" + YEAR + "/send").with(csrf()).with(ANNA)).andExpect(redirectedUrl("/aar/" + YEAR + "/send"));
        assertThat(page("/aar/" + YEAR + "/send")).contains("Send pakker for " + YEAR)
                .contains("name=\"bekraeftet\" value=\"ja\"").contains("Ja, send pakkerne").doesNotContain("disabled");
        assertThat(runs.latest(YEAR)).isEmpty();
        assertThat(mail.received()).isEmpty();
    }

    @Test
    @Order(2)
    void theConfirmedRunMailsThePacksAndASecondSendsNothingUnchanged() throws Exception {
        WebRun first = confirmedSend();
        int sent = mail.received().size();
        assertThat(sent).isPositive();
        assertThat(first.status()).startsWith("færdig: ").contains(", " + sent + " sendt, 0 fejlet, ");
        assertThat(page("/aar/" + YEAR + "/koersel")).contains("pakkerne sendes til modtagerne");
        assertThat(actions.last(10)).anyMatch(a -> a.user().equals("anna") && a.action().equals("send pakker")
                && a.runId() != null && a.detail().equals(first.status()));

        WebRun second = confirmedSend();
        assertThat(second).isNotSameAs(first);
        assertThat(mail.received()).hasSize(sent);
        assertThat(second.status()).startsWith("færdig: ").endsWith(", 0 sendt, 0 fejlet, " + sent + " ikke sendt");
    }
}
