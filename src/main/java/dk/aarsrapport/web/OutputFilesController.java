package dk.aarsrapport.web;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.Locale;

import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.core.io.FileSystemResource;
import org.springframework.core.io.Resource;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/**
 * The published output of a year, behind the login like every page: there is no public address of a PDF.
 * Only regular files inside {@code output/<year>/} are served, never a hidden one (the work folders of a
 * run under way, the lock) and never through a link; PDFs open in the browser, other files download.
 */
@Controller
@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
class OutputFilesController {

    private final WebProperties folders;

    OutputFilesController(WebProperties folders) {
        this.folders = folders;
    }

    @GetMapping("/aar/{aar}/filer/{*sti}")
    ResponseEntity<Resource> file(@PathVariable int aar, @PathVariable String sti) throws IOException {
        Path root = folders.output(aar).toAbsolutePath().normalize();
        Path file = root.resolve(sti.startsWith("/") ? sti.substring(1) : sti).normalize();
        if (!file.startsWith(root) || file.equals(root) || hidden(root.relativize(file))
                || !Files.isRegularFile(file, LinkOption.NOFOLLOW_LINKS)
                || !file.toRealPath().startsWith(root.toRealPath())) {
            return ResponseEntity.notFound().build();
        }
        String name = file.getFileName().toString();
        String lower = name.toLowerCase(Locale.ROOT);
        MediaType type = lower.endsWith(".pdf") ? MediaType.APPLICATION_PDF
                : lower.endsWith(".html") ? new MediaType("text", "html", java.nio.charset.StandardCharsets.UTF_8)
                : lower.endsWith(".csv") ? new MediaType("text", "csv", java.nio.charset.StandardCharsets.UTF_8)
                : lower.endsWith(".json") ? MediaType.APPLICATION_JSON
                : MediaType.APPLICATION_OCTET_STREAM;
        boolean inline = lower.endsWith(".pdf") || lower.endsWith(".html");
        ContentDisposition disposition = (inline ? ContentDisposition.inline() : ContentDisposition.attachment())
                .filename(name, java.nio.charset.StandardCharsets.UTF_8).build();
        return ResponseEntity.ok().contentType(type).header(HttpHeaders.CONTENT_DISPOSITION, disposition.toString())
                .body(new FileSystemResource(file));
    }

    private static boolean hidden(Path relative) {
        for (Path part : relative) {
            if (part.toString().startsWith(".")) {
                return true;
            }
        }
        return false;
    }
}
