package dk.aarsrapport.web;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.method.annotation.SseEmitter;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import dk.aarsrapport.base.DeliveryMode;
import dk.aarsrapport.change.ChangeReport;
import dk.aarsrapport.validate.ValidationReportWriter;
import dk.aarsrapport.base.DanishTime;

/**
 * Dan rapport and its run page: the POST starts the run (role oekonomi, as every POST), the page shows its
 * status and each politikområde as the server knows it (a reload is enough, no script needed), and the events
 * stream tells a browser with script the same as it happens; when the run is over, the page links its output.
 */
@Controller
@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
class RunController {

    /** How long a browser may follow one run before it reconnects (EventSource does so by itself). */
    private static final long FOLLOW_MILLIS = 30 * 60 * 1000L;

    private final WebProperties folders;
    private final GenerateRuns runs;

    RunController(WebProperties folders, GenerateRuns runs) {
        this.folders = folders;
        this.runs = runs;
    }

    /** The run as the page shows it, read once. */
    record View(String user, String started, boolean draft, boolean sending, String status, String phase, boolean done,
                java.util.List<WebRun.Area> areas) {
    }

    @PostMapping("/aar/{aar}/dan")
    String generate(@PathVariable int aar, @RequestParam(defaultValue = "false") boolean kladde, Authentication user,
                    RedirectAttributes flash) throws IOException {
        checkYear(aar);
        if (!Files.isDirectory(folders.input(aar))) {
            flash.addFlashAttribute("fejl", "Der er ingen inputmappe for " + aar + " endnu; upload årets regneark først.");
            return "redirect:/aar/" + aar;
        }
        GenerateRuns.Start start = runs.start(aar, user.getName(), kladde, DeliveryMode.NONE);
        if (start.refused() != null) {
            flash.addFlashAttribute("fejl", start.refused());
            return "redirect:/aar/" + aar;
        }
        flash.addFlashAttribute("info", "Kørslen af " + aar + (kladde ? " (kladde)" : "") + " er startet.");
        return "redirect:/aar/" + aar + "/koersel";
    }

    @GetMapping("/aar/{aar}/koersel")
    String page(@PathVariable int aar, Model model) throws IOException {
        checkYear(aar);
        Optional<WebRun> run = runs.latest(aar);
        model.addAttribute("aar", aar);
        model.addAttribute("run", run.map(r -> new View(r.user, DanishTime.of(r.started), r.draft,
                r.delivery == DeliveryMode.SEND, r.status(),
                r.phase(), r.done(), r.areas())).orElse(null));
        boolean done = run.map(WebRun::done).orElse(false);
        model.addAttribute("outputs", done ? OutputListing.of(folders.output(aar), aar) : java.util.List.of());
        model.addAttribute("aendringer", done ? link(aar, ChangeReport.FILE) : null);
        model.addAttribute("validering", done ? link(aar, ValidationReportWriter.HTML) : null);
        return "koersel";
    }

    @GetMapping(path = "/aar/{aar}/koersel/haendelser", produces = "text/event-stream")
    SseEmitter events(@PathVariable int aar) {
        checkYear(aar);
        SseEmitter emitter = new SseEmitter(FOLLOW_MILLIS);
        Optional<WebRun> run = runs.latest(aar);
        if (run.isPresent()) {
            run.get().follow(emitter);
        } else {
            try {
                emitter.send(SseEmitter.event().name("faerdig").data("ingen kørsel"));
            } catch (IOException ignored) {
                // the browser left
            }
            emitter.complete();
        }
        return emitter;
    }

    private String link(int aar, String file) {
        Path path = folders.output(aar).resolve(file);
        return Files.isRegularFile(path) ? "/aar/" + aar + "/filer/" + file : null;
    }

    static void checkYear(int aar) {
        if (aar < 1900 || aar > 2999) {
            throw new ResponseStatusException(HttpStatus.NOT_FOUND);
        }
    }
}
