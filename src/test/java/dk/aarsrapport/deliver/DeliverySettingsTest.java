package dk.aarsrapport.deliver;

import dk.aarsrapport.base.DeliveryMode;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;

import org.junit.jupiter.api.Test;

/** The delivery settings as an operator writes them, and the Danish line for each one written wrong. */
class DeliverySettingsTest {

    private static DeliverySettings settings(String from, String user, String host, String policy, String scheduled,
                                             String max, String attempts, String backoff) {
        return new DeliverySettings(from, user, host, policy, scheduled, max, attempts, backoff);
    }

    private static DeliverySettings defaults(String from, String host) {
        return settings(from, "", host, "ved-ændring", "false", "10MB", "4", "2s");
    }

    @Test
    void theDefaultsAreReadAsDocumented() {
        DeliverySettings s = defaults("oe@x.dk", "smtp.x.dk");
        assertThat(s.problems(DeliveryMode.SEND)).isEmpty();
        assertThat(s.policy()).isEqualTo(DeliverySettings.Policy.ON_CHANGE);
        assertThat(s.maxAttachmentBytes()).isEqualTo(10L * 1024 * 1024);
        assertThat(s.attempts()).isEqualTo(4);
        assertThat(s.backoff()).isEqualTo(Duration.ofSeconds(2));
        assertThat(s.scheduled()).isFalse();
    }

    @Test
    void thePolicyIsReadWithOrWithoutDanishLetters() {
        for (String written : new String[] {"ved-ændring", "ved-aendring", "Ved ændring", " VED-ÆNDRING "}) {
            assertThat(settings("", "", "", written, "", "10MB", "4", "2s").policy()).as(written)
                    .isEqualTo(DeliverySettings.Policy.ON_CHANGE);
        }
        assertThat(settings("", "", "", "Altid", "", "10MB", "4", "2s").policy()).isEqualTo(DeliverySettings.Policy.ALWAYS);
        assertThat(settings("", "", "", "ugentlig", "", "10MB", "4", "2s").policy()).isNull();
    }

    @Test
    void everyWrongSettingIsNamed() {
        DeliverySettings s = settings("ikke en adresse", "", "", "ugentlig", "måske", "meget", "nul", "lidt");
        assertThat(String.join(" ", s.problems(DeliveryMode.SEND))).contains("aarsrapport.udsendelse.hvornaar",
                "aarsrapport.udsendelse.max-vedhaeftning", "aarsrapport.udsendelse.forsoeg",
                "aarsrapport.udsendelse.ventetid", "spring.mail.host", "aarsrapport.udsendelse.fra",
                "aarsrapport.udsendelse.planlagt");
        assertThat(s.problems(DeliveryMode.NONE)).isEmpty();
    }

    @Test
    void aTrialNeedsNoServerAndTheSenderFallsBack() {
        assertThat(defaults("", "").problems(DeliveryMode.DRY_RUN)).isEmpty();
        assertThat(defaults("", "").from(true)).isEqualTo(DeliverySettings.DRY_RUN_FROM);
        assertThat(defaults("", "smtp.x.dk").problems(DeliveryMode.SEND)).singleElement()
                .satisfies(p -> assertThat(p).contains("afsenderadresse"));
        DeliverySettings user = settings("", "rapport@kommune.dk", "smtp.x.dk", "altid", "true", "1MB", "1", "0s");
        assertThat(user.problems(DeliveryMode.SEND)).isEmpty();
        assertThat(user.from(false)).isEqualTo("rapport@kommune.dk");
        assertThat(user.scheduled()).isTrue();
    }
}
