package dk.aarsrapport.validate;

import dk.aarsrapport.base.Finding;
import dk.aarsrapport.base.Severity;
import dk.aarsrapport.base.Texts;
import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.springframework.stereotype.Component;

import dk.aarsrapport.stage.MaalRammer;


/**
 * validering.html (what a finance officer reads) and validering.csv (what she filters in Excel):
 * ';'-separated, UTF-8 with BOM, Danish numbers, and text that a spreadsheet would run as a formula
 * neutralised with a leading apostrophe. Both show a cell's control and direction characters as
 * {@link Texts#visible}: a report is read in a terminal or an editor as often as in a browser.
 */
@Component
public class ValidationReportWriter {

    public static final String HTML = "validering.html";
    public static final String CSV = "validering.csv";
    /** A number exactly as this report writes one (-609, 15.356, 101,8); "+45 12 34" is text. */
    private static final java.util.regex.Pattern DANISH_NUMBER =
            java.util.regex.Pattern.compile("-?(\\d{1,3}(\\.\\d{3})+|\\d+)(,\\d+)?");
    private static final String HEADER = "Alvorlighed;Regel;Politikområde;Fil;Ark;Celle;Fundet;Forventet;Besked";

    /**
     * Writes both files; {@code published} maps every politikområde, in Nr order, and every goal
     * framework ("Målopfølgning: …") to whether it is published, so the overview lists every one with
     * its status.
     */
    public void write(List<Finding> findings, int year, Map<String, Boolean> published, Path html, Path csv)
            throws IOException {
        List<String> areas = List.copyOf(published.keySet());
        writeCsv(findings, csv);
        writeHtml(findings, year, areas, published, html);
    }

    void writeCsv(List<Finding> findings, Path csv) throws IOException {
        try (BufferedWriter w = Files.newBufferedWriter(csv, StandardCharsets.UTF_8)) {
            w.write('\uFEFF');
            w.write(HEADER);
            w.write("\r\n");
            for (Finding f : findings) {
                w.write(String.join(";", cell(f.severity().name()), cell(f.rule()), cell(f.politikomraade()),
                        cell(f.file()), cell(f.sheet()), cell(f.cell()), cell(f.found()), cell(f.expected()),
                        cell(f.message())));
                w.write("\r\n");
            }
        }
    }

    /**
     * One CSV field: quoted when needed, formula-like text neutralised, Danish numbers left as numbers. Also
     * used by the delivery report, so every CSV the program writes is safe to open in a spreadsheet.
     */
    public static String cell(String value) {
        if (value == null) {
            return "";
        }
        String v = Texts.visible(value);
        boolean number = DANISH_NUMBER.matcher(v).matches();
        if (!number && !v.isEmpty() && "=+-@".indexOf(v.charAt(0)) >= 0) { // a tab or CR is already written out
            v = "'" + v;
        }
        if (v.contains(";") || v.contains("\"") || v.contains("\n") || v.contains("\r")) {
            v = "\"" + v.replace("\"", "\"\"") + "\"";
        }
        return v;
    }

    private void writeHtml(List<Finding> findings, int year, List<String> areas, Map<String, Boolean> published,
                           Path html) throws IOException {
        long fejl = findings.stream().filter(f -> f.severity() == Severity.FEJL).count();
        long advarsler = findings.size() - fejl;
        Map<String, List<Finding>> byArea = new java.util.LinkedHashMap<>();
        findings.stream().filter(f -> f.politikomraade() == null)
                .forEach(f -> byArea.computeIfAbsent("", k -> new java.util.ArrayList<>()).add(f));
        for (String area : areas) {
            findings.stream().filter(f -> area.equals(f.politikomraade()))
                    .forEach(f -> byArea.computeIfAbsent(area, k -> new java.util.ArrayList<>()).add(f));
        }
        findings.stream().filter(f -> f.politikomraade() != null && !areas.contains(f.politikomraade()))
                .forEach(f -> byArea.computeIfAbsent(f.politikomraade(), k -> new java.util.ArrayList<>()).add(f));
        StringBuilder sb = new StringBuilder();
        sb.append("<!DOCTYPE html>\n<html lang=\"da\">\n<head>\n<meta charset=\"utf-8\">\n<title>Validering ")
                .append(year).append("</title>\n<style>\n")
                .append("body{font-family:'DejaVu Sans',Arial,sans-serif;margin:2em;color:#222;max-width:80em}")
                .append("h1{font-size:1.6em}h2{font-size:1.2em;margin-top:2em;border-bottom:1px solid #999}")
                .append("table{border-collapse:collapse;width:100%;margin:.5em 0}")
                .append("th,td{border:1px solid #bbb;padding:.3em .5em;text-align:left;vertical-align:top}")
                .append("th{background:#eee}td.num{text-align:right}.FEJL{color:#a00;font-weight:bold}")
                .append(".ADVARSEL{color:#875a00}.ok{color:#060;font-weight:bold}code{font-size:.95em}\n")
                .append("</style>\n</head>\n<body>\n<h1>Validering af regnskab ").append(year).append("</h1>\n");
        if (findings.isEmpty()) {
            sb.append("<p class=\"ok\">Ingen fejl og ingen advarsler: alle summer og procenter stemmer.</p>\n");
        }
        {
            sb.append("<p>").append(fejl).append(fejl == 1 ? " fejl" : " fejl").append(" og ").append(advarsler)
                    .append(advarsler == 1 ? " advarsel" : " advarsler")
                    .append(areas.stream().anyMatch(a -> a.startsWith(MaalRammer.UNIT_PREFIX))
                            ? ". Politikområder og målopfølgninger med fejl udgives ikke, før fejlene er rettet.</p>\n"
                            : ". Politikområder med fejl udgives ikke, før fejlene er rettet.</p>\n");
            sb.append("<h2>Oversigt</h2>\n<table>\n<tr><th>Politikområde</th><th>Fejl</th><th>Advarsler</th>")
                    .append("<th>Status</th></tr>\n");
            java.util.LinkedHashSet<String> rows = new java.util.LinkedHashSet<>(byArea.keySet());
            rows.addAll(areas);
            for (String area : rows) {
                List<Finding> list = byArea.getOrDefault(area, List.of());
                long f = list.stream().filter(x -> x.severity() == Severity.FEJL).count();
                sb.append("<tr><td>").append(esc(area.isEmpty() ? "(hele input)" : area))
                        .append("</td><td class=\"num\">").append(f)
                        .append("</td><td class=\"num\">").append(list.size() - f).append("</td><td>")
                        .append(area.isEmpty() || !published.containsKey(area) ? ""
                                : !published.get(area) ? "<span class=\"FEJL\">udgives ikke</span>"
                                : "<span class=\"ok\">udgives</span>")
                        .append("</td></tr>\n");
            }
            sb.append("</table>\n");
            byArea.forEach((area, list) -> {
                sb.append("<h2>").append(esc(area.isEmpty() ? "Hele input" : area)).append("</h2>\n<table>\n")
                        .append("<tr><th>Alvorlighed</th><th>Regel</th><th>Fil</th><th>Celle</th><th>Fundet</th>")
                        .append("<th>Forventet</th><th>Besked</th></tr>\n");
                for (Finding f : list) {
                    sb.append("<tr><td class=\"").append(f.severity()).append("\">").append(f.severity())
                            .append("</td><td>").append(esc(f.rule())).append("</td><td>").append(esc(f.file()))
                            .append("</td><td><code>").append(esc(f.cell())).append("</code></td><td>")
                            .append(esc(f.found())).append("</td><td>").append(esc(f.expected())).append("</td><td>")
                            .append(esc(f.message())).append("</td></tr>\n");
                }
                sb.append("</table>\n");
            });
        }
        sb.append("</body>\n</html>\n");
        Files.writeString(html, sb, StandardCharsets.UTF_8);
    }

    private static String esc(String s) {
        if (s == null) {
            return "";
        }
        return Texts.visible(s).replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }
}
