package dk.aarsrapport.deliver;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import java.util.stream.Stream;

import org.springframework.stereotype.Component;

import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;

/**
 * {@code --dry-run}: each mail as an .eml file (RFC 822, what a mail client opens), under
 * {@code udsendelse/} in the output folder, instead of sending it. The files of an earlier run that this
 * run did not write again are removed, so the folder shows one run's mails and no stale ones.
 */
@Component
class DryRunWriter {

    static final String FOLDER = "udsendelse/";

    void write(MimeMessage message, Path target) throws IOException, MessagingException {
        try (OutputStream out = Files.newOutputStream(target)) {
            message.writeTo(out);
        }
    }

    void removeStale(Path outputRoot, Set<String> keep) throws IOException {
        Path folder = outputRoot.resolve(FOLDER);
        if (!Files.isDirectory(folder)) {
            return;
        }
        try (Stream<Path> files = Files.list(folder)) {
            for (Path f : files.filter(f -> f.getFileName().toString().endsWith(".eml")).toList()) {
                if (!keep.contains(FOLDER + f.getFileName())) {
                    Files.deleteIfExists(f);
                }
            }
        }
    }
}
