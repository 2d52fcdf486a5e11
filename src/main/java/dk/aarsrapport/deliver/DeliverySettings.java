package dk.aarsrapport.deliver;

import dk.aarsrapport.base.DeliveryMode;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.convert.DurationStyle;
import org.springframework.stereotype.Component;
import org.springframework.util.unit.DataSize;

import dk.aarsrapport.base.Texts;

/**
 * The settings of delivery, {@code aarsrapport.udsendelse.*}, beside Boot's own {@code spring.mail.*} for the
 * SMTP server. Read as text and checked by {@link #problems}, so that a wrong value is one Danish line and
 * exit 2 before anything runs, rather than a failed start.
 */
@Component
public class DeliverySettings {

    /** Which packs a run mails: every correct one, or only those whose content changed since they were last sent. */
    public enum Policy {
        ALWAYS("altid"), ON_CHANGE("ved-ændring");

        private final String word;

        Policy(String word) {
            this.word = word;
        }

        public String word() {
            return word;
        }

        static Policy parse(String text) {
            String key = Texts.key(text).replace(" ", "-");
            for (Policy p : values()) {
                if (Texts.key(p.word).equals(key)) {
                    return p;
                }
            }
            return null;
        }
    }

    /** The longest wait between two tries: a server down for minutes is not waited for. */
    static final Duration MAX_WAIT = Duration.ofMinutes(1);
    /** Sender address of a trial run when none is configured: a trial sends nothing, but an .eml needs a From. */
    static final String DRY_RUN_FROM = "aarsrapport@localhost";

    private final String from;
    private final String smtpUser;
    private final String host;
    private final String policy;
    private final String scheduled;
    private final String maxAttachment;
    private final String attempts;
    private final String backoff;

    DeliverySettings(@Value("${aarsrapport.udsendelse.fra:}") String from,
                     @Value("${spring.mail.username:}") String smtpUser,
                     @Value("${spring.mail.host:}") String host,
                     @Value("${aarsrapport.udsendelse.hvornaar:ved-ændring}") String policy,
                     @Value("${aarsrapport.udsendelse.planlagt:false}") String scheduled,
                     @Value("${aarsrapport.udsendelse.max-vedhaeftning:10MB}") String maxAttachment,
                     @Value("${aarsrapport.udsendelse.forsoeg:4}") String attempts,
                     @Value("${aarsrapport.udsendelse.ventetid:2s}") String backoff) {
        this.from = from.strip();
        this.smtpUser = smtpUser.strip();
        this.host = host.strip();
        this.policy = policy;
        this.scheduled = scheduled.strip();
        this.maxAttachment = maxAttachment.strip();
        this.attempts = attempts.strip();
        this.backoff = backoff.strip();
    }

    /**
     * What stands in the way of a run that delivers in {@code mode}, as Danish sentences naming the setting
     * to fix; empty when nothing does.
     */
    public List<String> problems(DeliveryMode mode) {
        List<String> problems = new ArrayList<>();
        if (mode == DeliveryMode.NONE) {
            return problems;
        }
        if (policy() == null) {
            problems.add("aarsrapport.udsendelse.hvornaar skal være \"altid\" eller \"ved-ændring\", ikke \"" + policy + "\".");
        }
        if (maxAttachmentBytes() < 0) {
            problems.add("aarsrapport.udsendelse.max-vedhaeftning skal være en størrelse som 10MB, ikke \"" + maxAttachment + "\".");
        }
        if (attempts() < 1) {
            problems.add("aarsrapport.udsendelse.forsoeg skal være et helt tal på mindst 1, ikke \"" + attempts + "\".");
        }
        if (backoff() == null) {
            problems.add("aarsrapport.udsendelse.ventetid skal være en varighed som 2s, ikke \"" + backoff + "\".");
        }
        if (mode == DeliveryMode.SEND && host.isEmpty()) {
            problems.add("Udsendelse kræver en SMTP-server: sæt spring.mail.host (miljøvariablen SPRING_MAIL_HOST) "
                    + "og evt. SPRING_MAIL_PORT, SPRING_MAIL_USERNAME og SPRING_MAIL_PASSWORD.");
        }
        if (mode == DeliveryMode.SEND && from(false) == null) {
            problems.add("Udsendelse kræver en afsenderadresse: sæt aarsrapport.udsendelse.fra "
                    + "(miljøvariablen AARSRAPPORT_UDSENDELSE_FRA).");
        } else if (!from.isEmpty() && !validFrom(from)) {
            problems.add("aarsrapport.udsendelse.fra er ikke en gyldig afsenderadresse: \"" + from + "\".");
        }
        if (scheduledFlag() == null) {
            problems.add("aarsrapport.udsendelse.planlagt skal være true eller false, ikke \"" + scheduled + "\".");
        }
        return problems;
    }

    /** The sender: the configured one, else the SMTP user when that is an address; for a trial, a placeholder. */
    String from(boolean dryRun) {
        if (!from.isEmpty()) {
            return from;
        }
        if (smtpUser.contains("@") && validFrom(smtpUser)) {
            return smtpUser;
        }
        return dryRun ? DRY_RUN_FROM : null;
    }

    private static boolean validFrom(String address) {
        try {
            jakarta.mail.internet.InternetAddress[] parsed = jakarta.mail.internet.InternetAddress.parse(address, true);
            return parsed.length == 1;
        } catch (jakarta.mail.internet.AddressException e) {
            return false;
        }
    }

    Policy policy() {
        return Policy.parse(policy);
    }

    /** Whether the nightly schedule mails the packs of each run ({@code aarsrapport.udsendelse.planlagt}). */
    public boolean scheduled() {
        return Boolean.TRUE.equals(scheduledFlag());
    }

    private Boolean scheduledFlag() {
        String s = scheduled.toLowerCase(Locale.ROOT);
        return s.equals("true") ? Boolean.TRUE : s.equals("false") || s.isEmpty() ? Boolean.FALSE : null;
    }

    long maxAttachmentBytes() {
        try {
            return DataSize.parse(maxAttachment).toBytes();
        } catch (IllegalArgumentException e) {
            return -1;
        }
    }

    int attempts() {
        try {
            return Integer.parseInt(attempts);
        } catch (NumberFormatException e) {
            return 0;
        }
    }

    Duration backoff() {
        try {
            Duration d = DurationStyle.detectAndParse(backoff);
            return d.isNegative() ? null : d;
        } catch (IllegalArgumentException e) {
            return null;
        }
    }
}
