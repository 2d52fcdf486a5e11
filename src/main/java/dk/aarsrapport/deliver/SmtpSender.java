package dk.aarsrapport.deliver;

import java.time.Duration;
import java.util.Properties;

import org.eclipse.angus.mail.smtp.SMTPTransport;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.JavaMailSenderImpl;
import org.springframework.stereotype.Component;

import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.Transport;
import jakarta.mail.internet.MimeMessage;

/**
 * Hands one mail to the SMTP server that Boot configured from {@code spring.mail.*}. A transient failure
 * (4xx, no connection) is tried again after a wait that doubles each time, a bounded number of times; a
 * permanent one (5xx) at once gives up. It opens the transport itself, with the configured session, host,
 * port and login, rather than through {@link JavaMailSender#send}, to keep the server's own answer
 * ("250 2.0.0 Ok: queued as …") for the delivery log.
 */
@Component
class SmtpSender {

    private static final Logger log = LoggerFactory.getLogger(SmtpSender.class);

    /** What came of a mail: accepted or not, after how many tries, and the server's answer or the reason. */
    record Result(boolean accepted, int attempts, String answer) {
    }

    private final ObjectProvider<JavaMailSender> mailSender;
    private final DeliverySettings settings;

    SmtpSender(ObjectProvider<JavaMailSender> mailSender, DeliverySettings settings) {
        this.mailSender = mailSender;
        this.settings = settings;
    }

    /** The session mails are composed in: the configured one, or (a trial run without a server) a bare one. */
    Session session() {
        return mailSender.getIfAvailable() instanceof JavaMailSenderImpl impl ? impl.getSession()
                : Session.getInstance(new Properties());
    }

    /**
     * Sends {@code message}; {@code handingOver} runs each time just before the mail goes to a server that
     * has answered the connection, so a mail is logged as possibly sent only once it may really be.
     */
    Result send(MimeMessage message, Runnable handingOver) {
        Duration wait = settings.backoff();
        int attempts = settings.attempts();
        for (int attempt = 1; ; attempt++) {
            try {
                return new Result(true, attempt, transmit(message, handingOver));
            } catch (MessagingException e) {
                SmtpFailure failure = SmtpFailure.of(e);
                log.warn("Forsøg {} af {} på at sende til {} mislykkedes: {}", attempt, attempts, recipients(message),
                        failure.answer(), e);
                if (!failure.transientFailure()) {
                    return new Result(false, attempt, failure.answer());
                }
                if (attempt >= attempts) {
                    return new Result(false, attempt, failure.answer() + " (opgivet efter " + attempt
                            + (attempt == 1 ? " forsøg)" : " forsøg)"));
                }
                try {
                    Thread.sleep(wait.toMillis());
                } catch (InterruptedException interrupted) {
                    Thread.currentThread().interrupt();
                    return new Result(false, attempt, failure.answer() + " (afbrudt før nyt forsøg)");
                }
                wait = wait.multipliedBy(2).compareTo(DeliverySettings.MAX_WAIT) > 0 ? DeliverySettings.MAX_WAIT
                        : wait.multipliedBy(2);
            }
        }
    }

    private String transmit(MimeMessage message, Runnable handingOver) throws MessagingException {
        if (!(mailSender.getIfAvailable() instanceof JavaMailSenderImpl impl)) {
            throw new IllegalStateException("Ingen SMTP-server er sat op (spring.mail.host).");
        }
        Transport transport = impl.getSession().getTransport(impl.getProtocol() == null ? "smtp" : impl.getProtocol());
        transport.connect(impl.getHost(), impl.getPort(), impl.getUsername(), impl.getPassword());
        try {
            handingOver.run();
            transport.sendMessage(message, message.getAllRecipients());
            String answer = transport instanceof SMTPTransport smtp ? smtp.getLastServerResponse() : null;
            return answer == null || answer.isBlank() ? "accepteret" : answer.strip();
        } finally {
            try {
                transport.close();
            } catch (MessagingException e) {
                // the server has taken the mail; how it answers QUIT changes nothing (and must not cause a resend)
                log.debug("QUIT efter afsendelse mislykkedes", e);
            }
        }
    }

    private static String recipients(MimeMessage message) {
        try {
            return java.util.Arrays.toString(message.getAllRecipients());
        } catch (MessagingException e) {
            return "?";
        }
    }
}
