package dk.aarsrapport.web;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

import dk.aarsrapport.stage.StagedData;
import dk.aarsrapport.base.DanishTime;

/** Oversigt: every year, with its last run (status, when, by whom, drawn and blocked, findings). */
@Controller
@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
class OverviewController {

    private static final Pattern YEAR = Pattern.compile("\\d{4}");

    private final StagedData staged;
    private final WebActions actions;
    private final WebProperties folders;

    OverviewController(StagedData staged, WebActions actions, WebProperties folders) {
        this.staged = staged;
        this.actions = actions;
        this.folders = folders;
    }

    /** A year's line; {@code run} is null when the year was never run. */
    record YearLine(int year, StagedData.RunRecord run, String status, String when, String by) {
    }

    @GetMapping("/")
    String overview(Model model) throws IOException {
        List<StagedData.RunRecord> runs = staged.lastRunOfEachYear();
        Map<Integer, StagedData.RunRecord> last = runs.stream().collect(Collectors.toMap(
                StagedData.RunRecord::year, r -> r, (newer, older) -> newer));
        TreeSet<Integer> years = new TreeSet<>(java.util.Comparator.reverseOrder());
        years.addAll(last.keySet());
        years.addAll(inputYears(folders));
        Map<Long, String> starters = actions.startersOfRuns();
        List<YearLine> lines = new ArrayList<>();
        for (int year : years) {
            StagedData.RunRecord r = last.get(year);
            lines.add(r == null ? new YearLine(year, null, "ikke kørt", "", "")
                    : new YearLine(year, r, RunStatus.label(r.status()) + ("validate".equals(r.job()) ? " (validering)"
                    : ""), DanishTime.of(r.finished() != null ? r.finished() : r.started()),
                    starters.getOrDefault(r.runId(), "planlagt kørsel eller kommandolinjen")));
        }
        model.addAttribute("years", lines);
        return "oversigt";
    }

    /** The years with a folder under {@code input/}, in the folder's order. */
    static List<Integer> inputYears(WebProperties folders) throws IOException {
        Path root = folders.rod().resolve("input");
        if (!Files.isDirectory(root)) {
            return List.of();
        }
        try (Stream<Path> list = Files.list(root)) {
            return list.filter(Files::isDirectory).map(p -> p.getFileName().toString())
                    .filter(n -> YEAR.matcher(n).matches()).map(Integer::parseInt).toList();
        }
    }
}
