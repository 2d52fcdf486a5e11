package dk.aarsrapport.deliver;

import java.io.UnsupportedEncodingException;
import java.net.IDN;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Date;
import java.util.List;
import java.util.Locale;

import org.springframework.core.io.ByteArrayResource;
import org.springframework.mail.javamail.MimeMessageHelper;
import org.springframework.stereotype.Component;

import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;

/**
 * The mail that carries a pack, in Danish: the subject names the Kommune, the report and the year; the
 * body names the recipient, lists the politikområder in the pack, says when the run made it and how it
 * stands with validation; the pack is attached as the very bytes of the published PDF.
 */
@Component
class MailComposer {

    static final String SHA256_HEADER = "X-Aarsrapport-Sha256";
    private static final Locale DANISH = Locale.forLanguageTag("da-DK");
    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("d. MMMM yyyy 'kl.' HH.mm", DANISH);

    /** What every mail of a run shares: the Rapport sheet's Kommune and Titel, the year, the run's start and findings. */
    record Letterhead(String kommune, String titel, int year, LocalDateTime started, long fejl, long advarsler) {
    }

    /**
     * A pack to attach: its path in the output folder, its sha256, its politikområder ("10 Navn"), and — for
     * a draft pack — the politikområder in it that have validation errors.
     */
    record Pack(String relative, String sha256, List<String> areas, List<String> withErrors, boolean draft) {

        String fileName() {
            return relative.substring(relative.lastIndexOf('/') + 1);
        }
    }

    MimeMessage compose(Session session, String from, String navn, String email, Pack pack, Letterhead head,
                        byte[] pdf) throws MessagingException {
        MimeMessage message = new MimeMessage(session);
        MimeMessageHelper mail = new MimeMessageHelper(message, MimeMessageHelper.MULTIPART_MODE_MIXED, "UTF-8");
        InternetAddress sender = InternetAddress.parse(from, true)[0];
        // parsed, a name in Danish letters would go into the header as raw UTF-8; set again, it is encoded
        mail.setFrom(address(sender.getPersonal(), sender.getAddress()));
        mail.setTo(address(navn, email));
        mail.setSubject(subject(head, pack.draft()));
        mail.setSentDate(new Date());
        mail.setText(body(navn, pack, head, pdf.length), false);
        mail.addAttachment(pack.fileName(), new ByteArrayResource(pdf), "application/pdf");
        // an automatic mail (RFC 3834): no out-of-office replies back to the sender
        message.setHeader("Auto-Submitted", "auto-generated");
        message.setHeader(SHA256_HEADER, pack.sha256());
        // fixes the headers and the Message-ID once: a mail tried again is the same mail
        message.saveChanges();
        return message;
    }

    static String subject(Letterhead head, boolean draft) {
        String titel = head.titel() == null || head.titel().isBlank() ? "Årsberetning" : head.titel().strip();
        if (!titel.contains(String.valueOf(head.year()))) {
            titel = titel + " " + head.year();
        }
        String kommune = head.kommune() == null || head.kommune().isBlank() ? "" : head.kommune().strip() + ": ";
        return (draft ? "KLADDE – " : "") + kommune + titel;
    }

    static String body(String navn, Pack pack, Letterhead head, long bytes) {
        StringBuilder b = new StringBuilder();
        b.append("Til ").append(navn).append("\n\n");
        String titel = head.titel() == null || head.titel().isBlank() ? "årsberetningen " + head.year()
                : head.titel().strip();
        b.append("Vedhæftet er ").append(pack.draft() ? "en kladde til " : "").append(titel)
                .append(head.kommune() == null || head.kommune().isBlank() ? "" : " for " + head.kommune().strip())
                .append(pack.areas().size() == 1 ? ". Pakken indeholder politikområdet:\n\n"
                        : ". Pakken indeholder " + pack.areas().size() + " politikområder:\n\n");
        pack.areas().forEach(a -> b.append("  • ").append(a).append('\n'));
        b.append('\n');
        b.append("Dannet: ").append(WHEN.format(head.started())).append('\n');
        b.append("Validering: ");
        if (pack.draft()) {
            b.append("KLADDE – indeholder valideringsfejl i ").append(String.join(", ", pack.withErrors()))
                    .append(". Hver side er mærket som kladde; pakken er ikke den endelige årsberetning.");
        } else {
            b.append(pack.areas().size() == 1 ? "politikområdet i pakken er valideret uden fejl."
                    : "alle politikområder i pakken er valideret uden fejl.");
        }
        b.append(" Kørslen som helhed: ").append(count(head.fejl(), "fejl", "fejl")).append(", ")
                .append(count(head.advarsler(), "advarsel", "advarsler")).append(".\n");
        b.append("Fil: ").append(pack.fileName()).append(" (").append(size(bytes)).append(", SHA-256 ")
                .append(pack.sha256()).append(")\n\n");
        b.append("Denne mail er sendt automatisk af aarsrapport; svar venligst ikke på den.\n");
        return b.toString();
    }

    /** The recipient, with a domain in Danish letters written as the ASCII form every server understands. */
    private static InternetAddress address(String navn, String email) throws jakarta.mail.internet.AddressException {
        String e = email.strip();
        int at = e.lastIndexOf('@');
        String ascii = e.substring(0, at + 1) + IDN.toASCII(e.substring(at + 1));
        try {
            return navn == null ? new InternetAddress(ascii) : new InternetAddress(ascii, navn, "UTF-8");
        } catch (UnsupportedEncodingException impossible) {
            throw new IllegalStateException(impossible);
        }
    }

    private static String count(long n, String one, String many) {
        return n + " " + (n == 1 ? one : many);
    }

    /** A file size as a Dane reads it: "812 kB", "12,3 MB". */
    static String size(long bytes) {
        if (bytes < 1024 * 1024) {
            return Math.max(1, Math.round(bytes / 1024.0)) + " kB";
        }
        return String.format(DANISH, "%.1f MB", bytes / (1024.0 * 1024.0));
    }
}
