package dk.aarsrapport.deliver;

import dk.aarsrapport.base.DeliveryMode;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.support.StaticListableBeanFactory;
import org.springframework.boot.mail.autoconfigure.MailProperties;
import org.springframework.util.unit.DataSize;

import dk.aarsrapport.base.InvalidSettingException;

/**
 * What delivery makes of its settings. How each one is written and refused when written wrong is
 * {@code cli.SettingsTest}'s; here the records are made directly.
 */
class DeliverySettingsTest {

    private static UdsendelseProperties udsendelse(String from, String policy) {
        return new UdsendelseProperties(from, policy, false, DataSize.ofMegabytes(10), 4, Duration.ofSeconds(2));
    }

    private static DeliverySettings settings(UdsendelseProperties udsendelse, String host, String user) {
        StaticListableBeanFactory beans = new StaticListableBeanFactory();
        beans.addBean("udsendelse", udsendelse);
        if (host != null) {
            MailProperties mail = new MailProperties();
            mail.setHost(host);
            mail.setUsername(user);
            beans.addBean("mail", mail);
        }
        ObjectProvider<MailProperties> mail = beans.getBeanProvider(MailProperties.class);
        return new DeliverySettings(beans.getBeanProvider(UdsendelseProperties.class), mail);
    }

    @Test
    void theRecordIsReadAsItIs() {
        DeliverySettings s = settings(new UdsendelseProperties("oe@x.dk", "altid", true, DataSize.ofKilobytes(20), 3,
                Duration.ofMillis(20)), "smtp.x.dk", null);
        assertThat(s.problems(DeliveryMode.SEND)).isEmpty();
        assertThat(s.policy()).isEqualTo(UdsendelseProperties.Policy.ALWAYS);
        assertThat(s.maxAttachmentBytes()).isEqualTo(20L * 1024);
        assertThat(s.attempts()).isEqualTo(3);
        assertThat(s.backoff()).isEqualTo(Duration.ofMillis(20));
        assertThat(s.scheduled()).isTrue();
    }

    @Test
    void thePolicyIsReadWithOrWithoutDanishLetters() {
        for (String written : new String[] {"ved-ændring", "ved-aendring", "Ved ændring", " VED-ÆNDRING "}) {
            assertThat(udsendelse("", written).policy()).as(written).isEqualTo(UdsendelseProperties.Policy.ON_CHANGE);
        }
        assertThat(udsendelse("", "Altid").policy()).isEqualTo(UdsendelseProperties.Policy.ALWAYS);
        assertThatThrownBy(() -> udsendelse("", "ugentlig")).isInstanceOfSatisfying(InvalidSettingException.class,
                e -> assertThat(e.component()).isEqualTo("hvornaar"));
    }

    @Test
    void sendingNeedsAServerAndASenderAndNamesBoth() {
        DeliverySettings none = settings(udsendelse("", "altid"), null, null);
        assertThat(String.join(" ", none.problems(DeliveryMode.SEND))).contains("spring.mail.host",
                "aarsrapport.udsendelse.fra");
        assertThat(none.problems(DeliveryMode.NONE)).isEmpty();
        assertThat(none.problems(DeliveryMode.DRY_RUN)).isEmpty();
    }

    @Test
    void aTrialNeedsNoServerAndTheSenderFallsBack() {
        assertThat(settings(udsendelse("", "altid"), null, null).from(true)).isEqualTo(DeliverySettings.DRY_RUN_FROM);
        assertThat(settings(udsendelse("", "altid"), "smtp.x.dk", null).problems(DeliveryMode.SEND)).singleElement()
                .satisfies(p -> assertThat(p).contains("afsenderadresse"));
        DeliverySettings user = settings(udsendelse("", "altid"), "smtp.x.dk", "rapport@kommune.dk");
        assertThat(user.problems(DeliveryMode.SEND)).isEmpty();
        assertThat(user.from(false)).isEqualTo("rapport@kommune.dk");
        assertThat(settings(udsendelse("", "altid"), "smtp.x.dk", "rapport").from(false)).as("a user name, no address")
                .isNull();
    }

    @Test
    void nothingIsReadUntilUsed() {
        // what the generate job relies on: making the settings binds nothing, so a run that mails nothing
        // is not stopped by a delivery setting it never uses
        StaticListableBeanFactory empty = new StaticListableBeanFactory();
        DeliverySettings s = new DeliverySettings(empty.getBeanProvider(UdsendelseProperties.class),
                empty.getBeanProvider(MailProperties.class));
        assertThat(s.problems(DeliveryMode.NONE)).isEmpty();
    }
}
