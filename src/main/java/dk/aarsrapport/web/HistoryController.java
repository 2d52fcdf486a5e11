package dk.aarsrapport.web;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.core.io.Resource;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

import dk.aarsrapport.deliver.DeliveryLog;
import dk.aarsrapport.stage.StagedData;
import dk.aarsrapport.template.TemplateWorkbook;
import dk.aarsrapport.base.DanishTime;

/** Historik (every run, who started it, the delivery log, the users' actions) and Skabelon (the blank workbook). */
@Controller
@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
class HistoryController {

    private static final int SHOWN = 200;

    private final StagedData staged;
    private final DeliveryLog deliveries;
    private final WebActions actions;

    HistoryController(StagedData staged, DeliveryLog deliveries, WebActions actions) {
        this.staged = staged;
        this.deliveries = deliveries;
        this.actions = actions;
    }

    record RunLine(StagedData.RunRecord run, String job, String status, String started, String finished, String by,
                   List<DeliveryLine> deliveries) {
    }

    record DeliveryLine(String modtager, String pack, String status, String when, String answer) {
    }

    record ActionLine(String when, String user, String action, Integer year, String detail) {
    }

    @GetMapping("/historik")
    String history(Model model) {
        List<StagedData.RunRecord> runs = staged.runs(SHOWN);
        Map<Long, List<DeliveryLog.Entry>> mailed = deliveries.forRuns(runs.stream().map(StagedData.RunRecord::runId)
                .toList());
        Map<Long, String> starters = actions.startersOfRuns();
        model.addAttribute("runs", runs.stream().limit(SHOWN).map(r -> new RunLine(r,
                "validate".equals(r.job()) ? "validering" : "dannelse", RunStatus.label(r.status()),
                DanishTime.of(r.started()), DanishTime.of(r.finished()),
                starters.getOrDefault(r.runId(), "planlagt kørsel eller kommandolinjen"),
                mailed.getOrDefault(r.runId(), List.of()).stream().map(d -> new DeliveryLine(d.modtager(), d.pack(),
                        d.status().label(), DanishTime.of(d.finished()), d.answer())).toList())).toList());
        model.addAttribute("actions", actions.last(SHOWN).stream().map(a -> new ActionLine(DanishTime.of(a.at()),
                a.user(), a.action(), a.year(), a.detail())).toList());
        return "historik";
    }

    @GetMapping("/skabelon")
    String templatePage(Model model) {
        model.addAttribute("aar", java.time.Year.now().getValue());
        return "skabelon";
    }

    /** Made on request, as `template` makes it; a GET, since it changes nothing. */
    @GetMapping("/skabelon/hent")
    ResponseEntity<Resource> template(@RequestParam int aar) throws IOException {
        if (aar < 1900 || aar > 2999) {
            return ResponseEntity.badRequest().contentType(new MediaType("text", "plain", java.nio.charset.StandardCharsets.UTF_8))
                    .body(new ByteArrayResource(("Året " + aar + " er ikke et gyldigt regnskabsår.")
                            .getBytes(java.nio.charset.StandardCharsets.UTF_8)));
        }
        Path dir = Files.createTempDirectory("skabelon-");
        try {
            Path file = dir.resolve("aarsregnskab-" + aar + ".xlsx");
            TemplateWorkbook.write(aar, file);
            byte[] bytes = Files.readAllBytes(file);
            return ResponseEntity.ok()
                    .contentType(MediaType.parseMediaType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"))
                    .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                            .filename(file.getFileName().toString()).build().toString())
                    .body(new ByteArrayResource(bytes));
        } finally {
            org.springframework.util.FileSystemUtils.deleteRecursively(dir);
        }
    }
}
