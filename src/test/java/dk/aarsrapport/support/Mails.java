package dk.aarsrapport.support;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;

import jakarta.mail.BodyPart;
import jakarta.mail.MessagingException;
import jakarta.mail.Multipart;
import jakarta.mail.Part;
import jakarta.mail.Session;
import jakarta.mail.internet.MimeMessage;

/** Reads a mail as a client does: its text, and its attachments with their names and bytes. */
public final class Mails {

    public record Attachment(String name, String contentType, byte[] bytes) {
    }

    private Mails() {
    }

    /** Parses an .eml file with Jakarta Mail, as a mail client opens it. */
    public static MimeMessage parse(Path eml) throws IOException, MessagingException {
        try (InputStream in = Files.newInputStream(eml)) {
            return new MimeMessage(Session.getInstance(new Properties()), in); // reads the whole message
        }
    }

    /** The plain-text body. */
    public static String text(Part part) throws IOException, MessagingException {
        if (part.isMimeType("text/plain") && !Part.ATTACHMENT.equalsIgnoreCase(part.getDisposition())) {
            return (String) part.getContent();
        }
        if (part.getContent() instanceof Multipart mp) {
            for (int i = 0; i < mp.getCount(); i++) {
                String t = text(mp.getBodyPart(i));
                if (t != null) {
                    return t;
                }
            }
        }
        return null;
    }

    public static List<Attachment> attachments(Part part) throws IOException, MessagingException {
        List<Attachment> found = new ArrayList<>();
        if (Part.ATTACHMENT.equalsIgnoreCase(part.getDisposition())) {
            try (InputStream in = part.getInputStream()) {
                found.add(new Attachment(part.getFileName(), part.getContentType(), in.readAllBytes()));
            }
        } else if (part.getContent() instanceof Multipart mp) {
            for (int i = 0; i < mp.getCount(); i++) {
                BodyPart p = mp.getBodyPart(i);
                found.addAll(attachments(p));
            }
        }
        return found;
    }
}
