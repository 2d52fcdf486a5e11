package dk.aarsrapport.deliver;

import java.io.IOException;
import java.util.HashSet;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.eclipse.angus.mail.smtp.SMTPAddressFailedException;
import org.eclipse.angus.mail.smtp.SMTPSendFailedException;
import org.eclipse.angus.mail.smtp.SMTPSenderFailedException;

import jakarta.mail.AuthenticationFailedException;
import jakarta.mail.MessagingException;

/**
 * Why a mail was not accepted, and whether trying again can help: an SMTP reply 4xx ("try later") or no
 * connection at all is transient; a reply 5xx (unknown recipient, message rejected, login refused) is
 * permanent and is not tried again. {@code answer} is the server's own reply where there is one.
 */
record SmtpFailure(boolean transientFailure, Integer code, String answer) {

    /** The reply code in Jakarta Mail's message for a refused greeting ("… response: 421 …") or a bare reply. */
    private static final Pattern REPLY = Pattern.compile("(?:^|response: )([2-5]\\d\\d)[ -]");

    static SmtpFailure of(MessagingException e) {
        boolean io = false;
        Set<Throwable> seen = new HashSet<>();
        for (Throwable t = e; t != null && seen.add(t); t = t.getCause()) {
            Integer code = t instanceof SMTPAddressFailedException a ? Integer.valueOf(a.getReturnCode())
                    : t instanceof SMTPSendFailedException s ? Integer.valueOf(s.getReturnCode())
                    : t instanceof SMTPSenderFailedException s ? Integer.valueOf(s.getReturnCode()) : null;
            if (code != null && code > 0) {
                return new SmtpFailure(code / 100 == 4, code, text(t));
            }
            if (t instanceof AuthenticationFailedException) {
                Integer reply = reply(t.getMessage());
                return new SmtpFailure(reply != null && reply / 100 == 4, reply,
                        "Login afvist af SMTP-serveren: " + text(t));
            }
            io |= t instanceof IOException;
        }
        Integer reply = reply(e.getMessage());
        if (reply != null) {
            return new SmtpFailure(reply / 100 == 4, reply, text(e));
        }
        if (io) {
            return new SmtpFailure(true, null, "Ingen forbindelse til SMTP-serveren: " + text(e));
        }
        return new SmtpFailure(false, null, text(e));
    }

    private static Integer reply(String message) {
        Matcher m = REPLY.matcher(message == null ? "" : message.strip());
        return m.find() ? Integer.valueOf(m.group(1)) : null;
    }

    private static String text(Throwable t) {
        String m = t.getMessage();
        if (m == null || m.isBlank()) {
            return t.getClass().getSimpleName();
        }
        String s = m.strip().replaceAll("\\s+", " ");
        Throwable cause = t.getCause();
        return cause != null && cause.getMessage() != null && !s.contains(cause.getMessage().strip())
                && cause instanceof IOException ? s + " (" + cause.getMessage().strip() + ")" : s;
    }
}
