package dk.aarsrapport.web;

import java.util.List;
import java.util.Optional;

import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

import dk.aarsrapport.base.DanishTime;
import dk.aarsrapport.stage.StagedData;
import dk.aarsrapport.validate.LinkedFiguresPreview;

/**
 * Sammenkædede tal: each text of the year's last run that links a figure of its table, as written and as the
 * report prints it, so the finance officer reads the sentence a reader will read before anything is generated.
 */
@Controller
@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
class LinkedFiguresController {

    private final StagedData staged;
    private final LinkedFiguresPreview preview;
    private final WebProperties folders;

    LinkedFiguresController(StagedData staged, LinkedFiguresPreview preview, WebProperties folders) {
        this.staged = staged;
        this.preview = preview;
        this.folders = folders;
    }

    @GetMapping("/aar/{aar}/tal")
    String linked(@PathVariable int aar, Model model) {
        RunController.checkYear(aar);
        Optional<StagedData.RunRecord> last = staged.lastRun(aar,
                folders.output(aar).toAbsolutePath().normalize().toString());
        boolean readable = last.isPresent() && staged.hasStagedData(last.get().runId());
        model.addAttribute("aar", aar);
        model.addAttribute("koert", readable ? DanishTime.of(last.get().finished() != null ? last.get().finished()
                : last.get().started()) : null);
        model.addAttribute("tekster", readable ? preview.of(last.get().runId(), aar) : List.of());
        return "tal";
    }
}
