package dk.aarsrapport.deliver;

import dk.aarsrapport.base.DeliveryMode;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.mail.autoconfigure.MailProperties;
import org.springframework.stereotype.Component;

/**
 * What delivery needs to know of {@link UdsendelseProperties} and Boot's {@code spring.mail.*}, and what
 * stands in the way of a run that delivers. Both are read on first use, not when this is made: the generate
 * job wires delivery into every run, and a run that mails nothing must not be stopped by a delivery setting
 * it never uses. The command line reads them before a delivering run starts, so a wrong value is found then.
 */
@Component
public class DeliverySettings {

    /** The longest wait between two tries: a server down for minutes is not waited for. */
    static final Duration MAX_WAIT = Duration.ofMinutes(1);
    /** Sender address of a trial run when none is configured: a trial sends nothing, but an .eml needs a From. */
    static final String DRY_RUN_FROM = "aarsrapport@localhost";

    private final ObjectProvider<UdsendelseProperties> udsendelse;
    // Boot makes MailProperties only when spring.mail.host (or a JNDI session) is set: none means no server
    private final ObjectProvider<MailProperties> mail;

    DeliverySettings(ObjectProvider<UdsendelseProperties> udsendelse, ObjectProvider<MailProperties> mail) {
        this.udsendelse = udsendelse;
        this.mail = mail;
    }

    /**
     * What, beyond a wrong value (refused when the settings are bound), stands in the way of a run that delivers
     * in {@code mode}: Danish sentences naming the setting to set; empty when nothing does.
     */
    public List<String> problems(DeliveryMode mode) {
        List<String> problems = new ArrayList<>();
        if (mode != DeliveryMode.SEND) {
            return problems;
        }
        if (host().isEmpty()) {
            problems.add("Udsendelse kræver en SMTP-server: sæt spring.mail.host (miljøvariablen SPRING_MAIL_HOST) "
                    + "og evt. SPRING_MAIL_PORT, SPRING_MAIL_USERNAME og SPRING_MAIL_PASSWORD.");
        }
        if (from(false) == null) {
            problems.add("Udsendelse kræver en afsenderadresse: sæt aarsrapport.udsendelse.fra "
                    + "(miljøvariablen AARSRAPPORT_UDSENDELSE_FRA).");
        }
        return problems;
    }

    /** The sender: the configured one, else the SMTP user when that is an address; for a trial, a placeholder. */
    String from(boolean dryRun) {
        String from = udsendelse.getObject().fra();
        if (!from.isEmpty()) {
            return from;
        }
        String user = smtpUser();
        if (user.contains("@") && UdsendelseProperties.validAddress(user)) {
            return user;
        }
        return dryRun ? DRY_RUN_FROM : null;
    }

    UdsendelseProperties.Policy policy() {
        return udsendelse.getObject().policy();
    }

    /** Whether the nightly schedule mails the packs of each run ({@code aarsrapport.udsendelse.planlagt}). */
    public boolean scheduled() {
        return udsendelse.getObject().planlagt();
    }

    long maxAttachmentBytes() {
        return udsendelse.getObject().maxVedhaeftning().toBytes();
    }

    int attempts() {
        return udsendelse.getObject().forsoeg();
    }

    Duration backoff() {
        return udsendelse.getObject().ventetid();
    }

    private String host() {
        MailProperties m = mail.getIfAvailable();
        return m == null || m.getHost() == null ? "" : m.getHost().strip();
    }

    private String smtpUser() {
        MailProperties m = mail.getIfAvailable();
        return m == null || m.getUsername() == null ? "" : m.getUsername().strip();
    }
}
