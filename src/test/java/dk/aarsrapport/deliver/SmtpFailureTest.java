package dk.aarsrapport.deliver;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.Properties;

import org.eclipse.angus.mail.smtp.SMTPAddressFailedException;
import org.junit.jupiter.api.Test;

import jakarta.mail.MessagingException;
import jakarta.mail.SendFailedException;
import jakarta.mail.Session;
import jakarta.mail.Transport;
import jakarta.mail.internet.InternetAddress;

/**
 * The transient-or-permanent decision, on the exceptions Jakarta Mail really throws: no server, a server
 * that refuses the session with 4xx or 5xx, a recipient refused with 4xx or 5xx, and anything unknown.
 */
class SmtpFailureTest {

    private static MessagingException connect(int port) {
        Properties p = new Properties();
        p.put("mail.smtp.connectiontimeout", "5000");
        p.put("mail.smtp.timeout", "5000");
        return catchThrowableOfType(MessagingException.class, () -> {
            Transport t = Session.getInstance(p).getTransport("smtp");
            t.connect("127.0.0.1", port, null, null);
            t.close();
        });
    }

    /** A server that greets each connection with {@code greeting} and then listens until the client goes. */
    private static ServerSocket greeting(String greeting) throws IOException {
        ServerSocket server = new ServerSocket(0, 5, InetAddress.getLoopbackAddress());
        Thread t = new Thread(() -> {
            try (Socket s = server.accept()) {
                OutputStream out = s.getOutputStream();
                out.write((greeting + "\r\n").getBytes(StandardCharsets.US_ASCII));
                out.flush();
                s.getInputStream().transferTo(OutputStream.nullOutputStream());
            } catch (IOException ignored) {
                // the test is over
            }
        });
        t.setDaemon(true);
        t.start();
        return server;
    }

    @Test
    void noServerIsTransient() throws IOException {
        int port;
        try (ServerSocket s = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            port = s.getLocalPort();
        }
        SmtpFailure f = SmtpFailure.of(connect(port));
        assertThat(f.transientFailure()).isTrue();
        assertThat(f.code()).isNull();
        assertThat(f.answer()).startsWith("Ingen forbindelse til SMTP-serveren");
    }

    @Test
    void aGreeting421IsTransientAnd554Permanent() throws IOException {
        try (ServerSocket busy = greeting("421 4.3.2 Service not available, closing channel")) {
            SmtpFailure f = SmtpFailure.of(connect(busy.getLocalPort()));
            assertThat(f.transientFailure()).isTrue();
            assertThat(f.code()).isEqualTo(421);
            assertThat(f.answer()).contains("421 4.3.2 Service not available");
        }
        try (ServerSocket refusing = greeting("554 5.3.2 No SMTP service here")) {
            SmtpFailure f = SmtpFailure.of(connect(refusing.getLocalPort()));
            assertThat(f.transientFailure()).isFalse();
            assertThat(f.code()).isEqualTo(554);
        }
    }

    @Test
    void aRefusedRecipientIsClassifiedByItsReplyCode() throws Exception {
        InternetAddress to = new InternetAddress("a@b.dk");
        SendFailedException full = new SendFailedException("Invalid Addresses",
                new SMTPAddressFailedException(to, "RCPT TO:<a@b.dk>", 452, "452 4.2.2 Mailbox full"));
        assertThat(SmtpFailure.of(full)).isEqualTo(new SmtpFailure(true, 452, "452 4.2.2 Mailbox full"));
        SendFailedException unknown = new SendFailedException("Invalid Addresses",
                new SMTPAddressFailedException(to, "RCPT TO:<a@b.dk>", 550, "550 5.1.1 User unknown\n"));
        assertThat(SmtpFailure.of(unknown)).isEqualTo(new SmtpFailure(false, 550, "550 5.1.1 User unknown"));
    }

    @Test
    void somethingUnknownIsPermanent() {
        SmtpFailure f = SmtpFailure.of(new MessagingException("Mystisk fejl"));
        assertThat(f.transientFailure()).isFalse();
        assertThat(f.answer()).isEqualTo("Mystisk fejl");
    }
}
