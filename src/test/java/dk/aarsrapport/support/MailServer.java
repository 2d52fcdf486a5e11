package dk.aarsrapport.support;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;

import jakarta.mail.Address;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;

/**
 * A real SMTP server (GreenMail) in the test's own process, on loopback and a free port: what the program
 * mails arrives here and is read back as the recipient's client would read it.
 */
public final class MailServer implements AutoCloseable {

    public static final String FROM = "Økonomi <oekonomi@kommune.example>";

    private final GreenMail greenMail;

    public MailServer() {
        greenMail = new GreenMail(new ServerSetup(0, "127.0.0.1", ServerSetup.PROTOCOL_SMTP).dynamicPort());
        greenMail.start();
    }

    public int port() {
        return greenMail.getSmtp().getPort();
    }

    /** The settings of an operator whose SMTP server is {@code port} on loopback (no TLS there), with short waits. */
    public static List<String> settings(int port, String... more) {
        List<String> s = new ArrayList<>(List.of("--spring.mail.host=127.0.0.1", "--spring.mail.port=" + port,
                "--spring.mail.properties.mail.smtp.starttls.enable=false",
                "--spring.mail.properties.mail.smtp.starttls.required=false",
                "--aarsrapport.udsendelse.fra=" + FROM, "--aarsrapport.udsendelse.ventetid=20ms"));
        s.addAll(Arrays.asList(more));
        return s;
    }

    public List<String> settings(String... more) {
        return settings(port(), more);
    }

    /** The same settings as environment variables, for a program in its own process. */
    public static Map<String, String> environment(int port) {
        return Map.of("SPRING_MAIL_HOST", "127.0.0.1", "SPRING_MAIL_PORT", String.valueOf(port),
                "SPRING_MAIL_PROPERTIES_MAIL_SMTP_STARTTLS_ENABLE", "false",
                "SPRING_MAIL_PROPERTIES_MAIL_SMTP_STARTTLS_REQUIRED", "false",
                "AARSRAPPORT_UDSENDELSE_FRA", FROM, "AARSRAPPORT_UDSENDELSE_VENTETID", "20ms");
    }

    public List<MimeMessage> received() {
        return List.of(greenMail.getReceivedMessages());
    }

    /** The messages whose To is {@code address}. */
    public List<MimeMessage> to(String address) throws MessagingException {
        List<MimeMessage> found = new ArrayList<>();
        for (MimeMessage m : greenMail.getReceivedMessages()) {
            Address[] to = m.getRecipients(jakarta.mail.Message.RecipientType.TO);
            if (to != null && Arrays.stream(to).anyMatch(a -> a.toString().contains("<" + address + ">")
                    || a.toString().equals(address))) {
                found.add(m);
            }
        }
        return found;
    }

    @Override
    public void close() {
        greenMail.stop();
    }
}
