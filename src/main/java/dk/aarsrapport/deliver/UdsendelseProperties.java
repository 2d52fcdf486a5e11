package dk.aarsrapport.deliver;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

import dk.aarsrapport.base.Expected;
import dk.aarsrapport.base.InvalidSettingException;
import dk.aarsrapport.base.Texts;

/**
 * {@code aarsrapport.udsendelse.*}, delivery of the packs by e-mail; the SMTP server is Boot's own
 * {@code spring.mail.*}. The defaults are stated here and nowhere else.
 *
 * @param fra             the sender, e.g. "Økonomi &lt;oekonomi@kommune.dk&gt;"; empty: the SMTP user, when that
 *                        is an address
 * @param hvornaar        {@code ved-ændring} or {@code altid}, see {@link Policy}; kept as written, read by
 *                        {@link #policy()}
 * @param planlagt        whether the nightly schedule mails the packs of every run
 * @param maxVedhaeftning a pack larger than this is reported and not sent
 * @param forsoeg         tries in all of a mail that fails transiently
 * @param ventetid        the wait before the second try, doubled before each next one
 */
@ConfigurationProperties("aarsrapport.udsendelse")
public record UdsendelseProperties(
        @Expected("en afsenderadresse som \"Økonomi <oekonomi@kommune.dk>\"") String fra,
        @Expected("\"altid\" eller \"ved-ændring\"") @DefaultValue("ved-ændring") String hvornaar,
        @DefaultValue("false") boolean planlagt,
        @DefaultValue("10MB") DataSize maxVedhaeftning,
        @Expected("et helt tal på mindst 1") @DefaultValue("4") int forsoeg,
        @DefaultValue("2s") Duration ventetid) {

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

        /** The policy an operator wrote, with or without Danish letters, in any case; null when none. */
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

    public UdsendelseProperties {
        fra = fra == null ? "" : fra.strip();
        if (!fra.isEmpty() && !validAddress(fra)) {
            throw new InvalidSettingException("fra");
        }
        if (Policy.parse(hvornaar) == null) {
            throw new InvalidSettingException("hvornaar");
        }
        if (maxVedhaeftning.isNegative()) {
            throw new InvalidSettingException("maxVedhaeftning");
        }
        if (forsoeg < 1) {
            throw new InvalidSettingException("forsoeg");
        }
        if (ventetid.isNegative()) {
            throw new InvalidSettingException("ventetid");
        }
    }

    public Policy policy() {
        return Policy.parse(hvornaar);
    }

    static boolean validAddress(String address) {
        try {
            return jakarta.mail.internet.InternetAddress.parse(address, true).length == 1;
        } catch (jakarta.mail.internet.AddressException e) {
            return false;
        }
    }
}
