package dk.aarsrapport.web;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import dk.aarsrapport.base.Finding;
import dk.aarsrapport.job.JobRunner;
import dk.aarsrapport.publish.OutputLock;
import dk.aarsrapport.stage.DanishFormat;
import dk.aarsrapport.stage.StagedData;
import dk.aarsrapport.base.DanishTime;

/** Et år: its input files (who uploaded them, when), upload, Valider and the findings of its last run. */
@Controller
@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
class YearController {

    private final WebProperties folders;
    private final StagedData staged;
    private final WebActions actions;
    private final JobRunner runner;
    private final GenerateRuns runs;
    private final org.springframework.core.env.Environment env;

    YearController(WebProperties folders, StagedData staged, WebActions actions, JobRunner runner,
                   GenerateRuns runs, org.springframework.core.env.Environment env) {
        this.runs = runs;
        this.env = env;
        this.folders = folders;
        this.staged = staged;
        this.actions = actions;
        this.runner = runner;
    }

    record InputFile(String name, String size, String changed, String uploadedBy, String uploadedAt) {
    }

    @GetMapping("/aar/{aar}")
    String year(@PathVariable int aar, @RequestParam(required = false) String politikomraade,
                @RequestParam(required = false) String alvor, Model model) throws IOException {
        checkYear(aar);
        model.addAttribute("aar", aar);
        model.addAttribute("files", files(aar));
        Optional<StagedData.RunRecord> last = lastRun(aar);
        List<Finding> all = last.map(r -> staged.findings(r.runId())).orElse(List.of());
        model.addAttribute("lastRun", last.map(r -> RunStatus.label(r.status()) + ", "
                + DanishTime.of(r.finished() != null ? r.finished() : r.started())).orElse(null));
        model.addAttribute("areas", all.stream().map(Finding::politikomraade).filter(p -> p != null && !p.isBlank())
                .distinct().sorted().toList());
        model.addAttribute("politikomraade", politikomraade == null ? "" : politikomraade);
        model.addAttribute("alvor", alvor == null ? "" : alvor);
        model.addAttribute("findings", all.stream()
                .filter(f -> politikomraade == null || politikomraade.isEmpty() || politikomraade.equals(f.politikomraade()))
                .filter(f -> alvor == null || alvor.isEmpty() || f.severity().name().equals(alvor)).toList());
        model.addAttribute("maxUpload", folders.maxUpload().toMegabytes());
        model.addAttribute("outputs", OutputListing.of(folders.output(aar), aar));
        model.addAttribute("smtp", SendController.offered(env));
        model.addAttribute("koersel", runs.latest(aar).map(WebRun::status).orElse(null));
        return "aar";
    }

    @PostMapping("/aar/{aar}/upload")
    String upload(@PathVariable int aar, @RequestParam("fil") MultipartFile file, Authentication user,
                  RedirectAttributes flash) throws IOException {
        checkYear(aar);
        try {
            String name = InputUploads.store(folders.input(aar), file.getOriginalFilename(), file.getSize(),
                    file.getInputStream(), folders.maxUpload().toBytes());
            actions.record(user.getName(), "upload", aar, name, null);
            flash.addFlashAttribute("info", "Filen " + name + " er gemt i input/" + aar + "/.");
        } catch (InputUploads.Refused e) {
            flash.addFlashAttribute("fejl", e.getMessage());
        }
        return "redirect:/aar/" + aar;
    }

    @PostMapping("/aar/{aar}/valider")
    String validate(@PathVariable int aar, Authentication user, RedirectAttributes flash) throws Exception {
        checkYear(aar);
        Path input = folders.input(aar);
        if (!Files.isDirectory(input)) {
            flash.addFlashAttribute("fejl", "Der er ingen inputmappe for " + aar + " endnu; upload årets regneark først.");
            return "redirect:/aar/" + aar;
        }
        Optional<OutputLock> lock = OutputLock.tryAcquire(folders.output(aar), user.getName());
        if (lock.isEmpty()) {
            flash.addFlashAttribute("fejl", GenerateRuns.busy(aar, folders.output(aar)));
            return "redirect:/aar/" + aar;
        }
        try (OutputLock held = lock.get()) {
            JobRunner.Outcome o = runner.run(new JobRunner.Request(false, aar, input, folders.output(aar), false, false));
            Long runId = lastRun(aar).map(StagedData.RunRecord::runId).orElse(null);
            actions.record(user.getName(), "valider", aar, RunStatus.label(o.status().name()) + ", " + o.fejl()
                    + " fejl, " + o.advarsler() + " advarsler", runId);
            if (o.unreadable() != null) {
                flash.addFlashAttribute("fejl", o.unreadable());
            } else {
                flash.addFlashAttribute("info", "Valideret: " + o.fejl() + " fejl og " + o.advarsler() + " advarsler.");
            }
        }
        return "redirect:/aar/" + aar;
    }

    private Optional<StagedData.RunRecord> lastRun(int aar) {
        return staged.lastRun(aar, folders.output(aar).toAbsolutePath().normalize().toString());
    }

    private List<InputFile> files(int aar) throws IOException {
        Path input = folders.input(aar);
        if (!Files.isDirectory(input)) {
            return List.of();
        }
        Map<String, WebActions.Action> uploads = actions.lastUploads(aar);
        try (Stream<Path> list = Files.list(input)) {
            return list.filter(p -> Files.isRegularFile(p, LinkOption.NOFOLLOW_LINKS))
                    .filter(p -> !p.getFileName().toString().startsWith(".")).sorted().map(p -> {
                        try {
                            String name = p.getFileName().toString();
                            WebActions.Action up = uploads.get(name);
                            return new InputFile(name, size(Files.size(p)), DanishTime.of(LocalDateTime.ofInstant(
                                    Files.getLastModifiedTime(p).toInstant(), ZoneId.systemDefault())),
                                    up == null ? "" : up.user(), up == null ? "" : DanishTime.of(up.at()));
                        } catch (IOException e) {
                            throw new java.io.UncheckedIOException(e);
                        }
                    }).toList();
        }
    }

    /** "12,3 kB", "4,0 MB": the Danish decimal comma. */
    static String size(long bytes) {
        if (bytes < 1024) {
            return bytes + " B";
        }
        boolean mb = bytes >= 1024 * 1024;
        BigDecimal value = BigDecimal.valueOf(bytes).divide(BigDecimal.valueOf(mb ? 1024 * 1024 : 1024), 1,
                java.math.RoundingMode.HALF_UP);
        return DanishFormat.number(value, 1) + (mb ? " MB" : " kB");
    }

    private static void checkYear(int aar) {
        if (aar < 1900 || aar > 2999) {
            throw new ResponseStatusException(HttpStatus.NOT_FOUND);
        }
    }
}
