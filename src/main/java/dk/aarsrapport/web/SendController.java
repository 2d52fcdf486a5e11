package dk.aarsrapport.web;

import java.io.IOException;
import java.nio.file.Files;
import java.util.List;

import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.core.env.Environment;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import dk.aarsrapport.base.DeliveryMode;
import dk.aarsrapport.deliver.DeliverySettings;

/**
 * Send pakker: a generate run that mails the packs as `generate --send` does (only what changed since it was
 * last delivered), offered only when an SMTP server is set (spring.mail.host), and only after a confirmation
 * page: the POST without the confirmation's field sends nothing and shows that page.
 */
@Controller
@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
class SendController {

    private final WebProperties folders;
    private final GenerateRuns runs;
    private final DeliverySettings delivery;
    private final Environment env;

    SendController(WebProperties folders, GenerateRuns runs, DeliverySettings delivery, Environment env) {
        this.folders = folders;
        this.runs = runs;
        this.delivery = delivery;
        this.env = env;
    }

    /** Whether the console offers Send pakker at all: an SMTP server is set. */
    static boolean offered(Environment env) {
        String host = env.getProperty("spring.mail.host");
        return host != null && !host.isBlank();
    }

    @GetMapping("/aar/{aar}/send")
    String confirm(@PathVariable int aar, Model model, RedirectAttributes flash) {
        RunController.checkYear(aar);
        if (!offered(env)) {
            flash.addFlashAttribute("fejl", "Der er ingen SMTP-server sat op (spring.mail.host); pakkerne kan ikke sendes.");
            return "redirect:/aar/" + aar;
        }
        model.addAttribute("aar", aar);
        model.addAttribute("problemer", delivery.problems(DeliveryMode.SEND));
        return "send";
    }

    @PostMapping("/aar/{aar}/send")
    String send(@PathVariable int aar, @RequestParam(required = false) String bekraeftet, Authentication user,
                RedirectAttributes flash) throws IOException {
        RunController.checkYear(aar);
        if (!offered(env)) {
            flash.addFlashAttribute("fejl", "Der er ingen SMTP-server sat op (spring.mail.host); pakkerne kan ikke sendes.");
            return "redirect:/aar/" + aar;
        }
        if (!"ja".equals(bekraeftet)) {
            return "redirect:/aar/" + aar + "/send";
        }
        List<String> problems = delivery.problems(DeliveryMode.SEND);
        if (!problems.isEmpty()) {
            flash.addFlashAttribute("fejl", String.join(" ", problems) + " Intet er sendt.");
            return "redirect:/aar/" + aar;
        }
        if (!Files.isDirectory(folders.input(aar))) {
            flash.addFlashAttribute("fejl", "Der er ingen inputmappe for " + aar + " endnu; upload årets regneark først.");
            return "redirect:/aar/" + aar;
        }
        GenerateRuns.Start start = runs.start(aar, user.getName(), false, DeliveryMode.SEND);
        if (start.refused() != null) {
            flash.addFlashAttribute("fejl", start.refused());
            return "redirect:/aar/" + aar;
        }
        flash.addFlashAttribute("info", "Kørslen af " + aar + " er startet; pakkerne sendes til modtagerne.");
        return "redirect:/aar/" + aar + "/koersel";
    }
}
