package dk.aarsrapport.web;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.locks.ReentrantLock;

import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import dk.aarsrapport.ingest.InputFiles;
import dk.aarsrapport.ingest.UnreadableInputException;
import dk.aarsrapport.publish.OutputLock;
import dk.aarsrapport.template.OldYearRead;
import dk.aarsrapport.template.OldYearReader;
import dk.aarsrapport.template.RollForward;
import dk.aarsrapport.template.RollForwardReport;

/**
 * Nyt år: the roll-forward of {@code template --from} from the console. The old year is read by the engine as the
 * command line reads it, the new workbook is put into the new year's input as an upload is (the file it replaces
 * archived, the move atomic), and the finance officer is told what was carried and what to do next.
 */
@Controller
@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
class NewYearController {

    /** The workbook's name in the new year's folder: the name `template` suggests. */
    static final String WORKBOOK = "aarsregnskab.xlsx";
    /**
     * The staging run the old year is read under: one no job uses (job runs count up from 0, their previous years
     * down from -1), so a roll-forward never touches a run's data; one at a time, as there is one such run.
     */
    private static final long RUN = Long.MIN_VALUE;
    private static final ReentrantLock ONE_AT_A_TIME = new ReentrantLock();

    private final OldYearReader reader;
    private final WebProperties folders;
    private final WebActions actions;

    NewYearController(OldYearReader reader, WebProperties folders, WebActions actions) {
        this.reader = reader;
        this.folders = folders;
        this.actions = actions;
    }

    @GetMapping("/nyt-aar")
    String page(Model model) throws IOException {
        List<Integer> years = OverviewController.inputYears(folders).stream().sorted(Comparator.reverseOrder()).toList();
        model.addAttribute("aarene", years);
        model.addAttribute("nytAar", years.isEmpty() ? java.time.Year.now().getValue() : years.get(0) + 1);
        return "nytaar";
    }

    @PostMapping("/nyt-aar")
    String rollForward(@RequestParam int aar, @RequestParam int fra, Authentication user, RedirectAttributes flash)
            throws IOException {
        RunController.checkYear(aar);
        RunController.checkYear(fra);
        Optional<String> refused = refused(aar, fra);
        if (refused.isPresent()) {
            flash.addFlashAttribute("fejl", refused.get());
            return "redirect:/nyt-aar";
        }
        // the new year's run lock: no run reads its input while the workbook is put there
        Optional<OutputLock> lock = OutputLock.tryAcquire(folders.output(aar), user.getName());
        if (lock.isEmpty() || !ONE_AT_A_TIME.tryLock()) {
            lock.ifPresent(NewYearController::release);
            flash.addFlashAttribute("fejl", lock.isEmpty() ? GenerateRuns.busy(aar, folders.output(aar))
                    : "Et andet år rulles frem lige nu; prøv igen om lidt.");
            return "redirect:/nyt-aar";
        }
        try (OutputLock held = lock.get()) {
            OldYearRead old = reader.read(folders.input(fra), aar, RUN);
            RollForward.Carried carried = write(old, aar);
            actions.record(user.getName(), "upload", aar, WORKBOOK, null);
            actions.record(user.getName(), "nyt år", aar, "rullet frem fra " + fra + " (" + old.fejl() + " fejl, "
                    + old.advarsler() + " advarsler i " + fra + ")", null);
            List<String> lines = RollForwardReport.lines("input/" + fra, "input/" + aar + "/" + WORKBOOK, aar, old,
                    carried, y -> "Valider på siden for " + y);
            flash.addFlashAttribute("info", "Året " + aar + " er rullet frem fra " + fra + ".");
            flash.addFlashAttribute("rullet", lines.stream().map(String::strip).toList());
            return "redirect:/aar/" + aar;
        } catch (UnreadableInputException e) {
            flash.addFlashAttribute("fejl", "Input for " + fra + " kan ikke læses: " + e.getMessage() + " Intet er skrevet.");
            return "redirect:/nyt-aar";
        } finally {
            ONE_AT_A_TIME.unlock();
        }
    }

    /** Why the roll-forward cannot start, in the words the page shows; empty when it can. */
    private Optional<String> refused(int aar, int fra) {
        if (aar == fra) {
            return Optional.of("Det nye år skal være et andet end " + fra + ".");
        }
        Path from = folders.input(fra);
        if (!Files.isDirectory(from) || InputFiles.readable(from).isEmpty()) {
            return Optional.of("Der er intet input for " + fra + " at rulle frem fra (input/" + fra + "/ har ingen "
                    + ".xlsx- eller .csv-filer).");
        }
        Path to = folders.input(aar);
        List<String> others = Files.isDirectory(to) ? InputFiles.readable(to).keySet().stream()
                .filter(n -> !n.equals(WORKBOOK)).sorted().toList() : List.of();
        if (!others.isEmpty()) {
            // their sheets would stand beside the carried ones, and the year would read both
            return Optional.of("input/" + aar + "/ har allerede " + String.join(", ", others) + "; Nyt år skriver "
                    + WORKBOOK + " i en mappe uden andre inputfiler. Flyt dem først, eller brug Skabelon.");
        }
        return Optional.empty();
    }

    /** Written beside the archive and stored as an upload: atomic, and a workbook it replaces is kept. */
    private RollForward.Carried write(OldYearRead old, int aar) throws IOException {
        Path input = folders.input(aar);
        Path work = InputUploads.archive(input).resolve(".nyt-aar-" + UUID.randomUUID() + ".xlsx");
        try {
            RollForward.Carried carried = RollForward.write(old.data(), aar, work);
            try (InputStream in = Files.newInputStream(work)) {
                InputUploads.store(input, WORKBOOK, Files.size(work), in, Long.MAX_VALUE);
            } catch (InputUploads.Refused e) {
                throw new IllegalStateException("the rolled-forward workbook was refused: " + e.getMessage(), e);
            }
            return carried;
        } finally {
            Files.deleteIfExists(work);
        }
    }

    private static void release(OutputLock lock) {
        try {
            lock.close();
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
