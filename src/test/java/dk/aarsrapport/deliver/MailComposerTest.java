package dk.aarsrapport.deliver;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDateTime;
import java.util.List;
import java.util.Properties;

import org.junit.jupiter.api.Test;

import dk.aarsrapport.support.Mails;
import jakarta.mail.Session;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;

/** Subject and body of a pack's mail, in Danish, for the shapes a Rapport sheet and a pack can have. */
class MailComposerTest {

    static final LocalDateTime RUN = LocalDateTime.of(2031, 3, 4, 2, 5);

    @Test
    void subjectNamesKommuneReportAndYear() {
        assertThat(MailComposer.subject(new MailComposer.Letterhead("Alfa Kommune", "Regnskab 2031 – Årsberetning",
                2031, RUN, 0, 0), false)).isEqualTo("Alfa Kommune: Regnskab 2031 – Årsberetning");
        assertThat(MailComposer.subject(new MailComposer.Letterhead("Alfa Kommune", "Årsberetning", 2031, RUN, 0, 0),
                false)).isEqualTo("Alfa Kommune: Årsberetning 2031");
        assertThat(MailComposer.subject(new MailComposer.Letterhead(null, null, 2031, RUN, 0, 0), true))
                .isEqualTo("KLADDE – Årsberetning 2031");
    }

    @Test
    void bodyListsThePolitikomraaderTheRunTimeAndTheValidation() {
        MailComposer.Pack pack = new MailComposer.Pack("pakker/x.pdf", "ab12", List.of("1 Alfa", "2 Beta"), List.of(),
                false);
        String body = MailComposer.body("Chef", pack, new MailComposer.Letterhead("Alfa Kommune", "Regnskab 2031",
                2031, RUN, 0, 1), 2048);
        assertThat(body).startsWith("Til Chef\n\n")
                .contains("Vedhæftet er Regnskab 2031 for Alfa Kommune. Pakken indeholder 2 politikområder:\n\n"
                        + "  • 1 Alfa\n  • 2 Beta\n")
                .contains("Dannet: 4. marts 2031 kl. 02.05\n")
                .contains("Validering: alle politikområder i pakken er valideret uden fejl. Kørslen som helhed: "
                        + "0 fejl, 1 advarsel.\n")
                .contains("Fil: x.pdf (2 kB, SHA-256 ab12)");
    }

    @Test
    void aDraftSaysSoAndNamesWhatHasErrors() {
        MailComposer.Pack pack = new MailComposer.Pack("kladde/pakker/x.pdf", "ab12", List.of("1 Alfa"),
                List.of("1 Alfa"), true);
        String body = MailComposer.body("Chef", pack, new MailComposer.Letterhead(null, null, 2031, RUN, 3, 0),
                5L * 1024 * 1024);
        assertThat(body).contains("Vedhæftet er en kladde til årsberetningen 2031. Pakken indeholder politikområdet:")
                .contains("Validering: KLADDE – indeholder valideringsfejl i 1 Alfa.")
                .contains("3 fejl, 0 advarsler").contains("(5,0 MB,");
    }

    @Test
    void theMailCarriesThePdfAndDanishNamesSurviveEncoding() throws Exception {
        byte[] pdf = "%PDF-1.7 test".getBytes(java.nio.charset.StandardCharsets.US_ASCII);
        MimeMessage m = new MailComposer().compose(Session.getInstance(new Properties()), "Økonomi <oe@x.dk>",
                "Ærø Æble", "ærø@kommune.dk", new MailComposer.Pack("pakker/ae.pdf", "00", List.of("1 Å"), List.of(),
                        false), new MailComposer.Letterhead("Å Kommune", null, 2031, RUN, 0, 0), pdf);
        InternetAddress to = (InternetAddress) m.getAllRecipients()[0];
        assertThat(to.getPersonal()).isEqualTo("Ærø Æble");
        assertThat(to.getAddress()).isEqualTo("ærø@kommune.dk");
        assertThat(m.getSubject()).isEqualTo("Å Kommune: Årsberetning 2031");
        assertThat(m.getHeader("Auto-Submitted")).containsExactly("auto-generated");
        assertThat(Mails.attachments(m)).singleElement().satisfies(a -> {
            assertThat(a.name()).isEqualTo("ae.pdf");
            assertThat(a.bytes()).isEqualTo(pdf);
        });
        assertThat(Mails.text(m)).contains("Til Ærø Æble", "• 1 Å");
    }

    @Test
    void aDomainInDanishLettersIsWrittenInItsAsciiForm() throws Exception {
        MimeMessage m = new MailComposer().compose(Session.getInstance(new Properties()), "oe@x.dk", "Chef",
                "chef@æblø.dk", new MailComposer.Pack("pakker/ae.pdf", "00", List.of("1 Å"), List.of(), false),
                new MailComposer.Letterhead(null, null, 2031, RUN, 0, 0), new byte[] {1});
        assertThat(((InternetAddress) m.getAllRecipients()[0]).getAddress()).isEqualTo("chef@xn--bl-0ia8e.dk");
    }
}
