package dk.aarsrapport.validate;

import dk.aarsrapport.base.Finding;
import dk.aarsrapport.base.Severity;
import dk.aarsrapport.base.Texts;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.stereotype.Component;

import dk.aarsrapport.stage.MaalRammer;
import dk.aarsrapport.stage.StagedFindings;


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
        write(FindingSource.of(findings), year, published, html, csv);
    }

    /** As above, reading the findings one at a time: both files are written as they are read. */
    public void write(FindingSource findings, int year, Map<String, Boolean> published, Path html, Path csv)
            throws IOException {
        write(findings, year, published, List.of(), html, csv);
    }

    /**
     * As above, with {@code notes}: what the report says once rather than as findings, such as what R8 did not
     * compare with last year. Only in the HTML: the CSV has one finding a row (cli-and-output.md).
     */
    public void write(FindingSource findings, int year, Map<String, Boolean> published, List<String> notes,
                      Path html, Path csv) throws IOException {
        List<String> areas = List.copyOf(published.keySet());
        writeCsv(findings, csv);
        writeHtml(findings, year, areas, published, notes, html);
    }

    void writeCsv(FindingSource findings, Path csv) throws IOException {
        try (BufferedWriter w = Files.newBufferedWriter(csv, StandardCharsets.UTF_8)) {
            w.write('\uFEFF');
            w.write(HEADER);
            w.write("\r\n");
            findings.forEach(f -> line(w, String.join(";", cell(f.severity().name()), cell(f.rule()),
                    cell(f.politikomraade()), cell(f.file()), cell(f.sheet()), cell(f.cell()), cell(f.found()),
                    cell(f.expected()), cell(f.message())) + "\r\n"));
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
    }

    private static void line(Writer w, String s) {
        try {
            w.write(s);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
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

    private void writeHtml(FindingSource findings, int year, List<String> areas, Map<String, Boolean> published,
                           List<String> notes, Path html) throws IOException {
        // the sections in the order of old: the whole input first, then the politikområder in Nr order, then
        // any other name a finding gives; each one's counts come from the database, its rows one at a time
        Map<String, StagedFindings.Count> counts = new LinkedHashMap<>();
        findings.counts().forEach(c -> counts.put(c.politikomraade() == null ? "" : c.politikomraade(), c));
        List<String> sections = new ArrayList<>();
        if (counts.containsKey("")) {
            sections.add("");
        }
        areas.stream().filter(counts::containsKey).forEach(sections::add);
        counts.keySet().stream().filter(a -> !a.isEmpty() && !areas.contains(a)).forEach(sections::add);
        long fejl = counts.values().stream().mapToLong(StagedFindings.Count::fejl).sum();
        long advarsler = counts.values().stream().mapToLong(StagedFindings.Count::advarsler).sum();
        try (BufferedWriter sb = Files.newBufferedWriter(html, StandardCharsets.UTF_8)) {
            sb.append("<!DOCTYPE html>\n<html lang=\"da\">\n<head>\n<meta charset=\"utf-8\">\n<title>Validering ")
                    .append(String.valueOf(year)).append("</title>\n<style>\n")
                    .append("body{font-family:'DejaVu Sans',Arial,sans-serif;margin:2em;color:#222;max-width:80em}")
                    .append("h1{font-size:1.6em}h2{font-size:1.2em;margin-top:2em;border-bottom:1px solid #999}")
                    .append("table{border-collapse:collapse;width:100%;margin:.5em 0}")
                    .append("th,td{border:1px solid #bbb;padding:.3em .5em;text-align:left;vertical-align:top}")
                    .append("th{background:#eee}td.num{text-align:right}.FEJL{color:#a00;font-weight:bold}")
                    .append(".ADVARSEL{color:#875a00}.ok{color:#060;font-weight:bold}code{font-size:.95em}\n")
                    .append("</style>\n</head>\n<body>\n<h1>Validering af regnskab ").append(String.valueOf(year))
                    .append("</h1>\n");
            if (fejl + advarsler == 0) {
                sb.append("<p class=\"ok\">Ingen fejl og ingen advarsler: alle summer og procenter stemmer.</p>\n");
            }
            sb.append("<p>").append(String.valueOf(fejl)).append(" fejl og ").append(String.valueOf(advarsler))
                    .append(advarsler == 1 ? " advarsel" : " advarsler")
                    .append(areas.stream().anyMatch(a -> a.startsWith(MaalRammer.UNIT_PREFIX))
                            ? ". Politikområder og målopfølgninger med fejl udgives ikke, før fejlene er rettet.</p>\n"
                            : ". Politikområder med fejl udgives ikke, før fejlene er rettet.</p>\n");
            sb.append("<h2>Oversigt</h2>\n<table>\n<tr><th>Politikområde</th><th>Fejl</th><th>Advarsler</th>")
                    .append("<th>Status</th></tr>\n");
            java.util.LinkedHashSet<String> rows = new java.util.LinkedHashSet<>(sections);
            rows.addAll(areas);
            for (String area : rows) {
                StagedFindings.Count c = counts.get(area);
                sb.append("<tr><td>").append(esc(area.isEmpty() ? "(hele input)" : area))
                        .append("</td><td class=\"num\">").append(String.valueOf(c == null ? 0 : c.fejl()))
                        .append("</td><td class=\"num\">").append(String.valueOf(c == null ? 0 : c.advarsler()))
                        .append("</td><td>")
                        .append(area.isEmpty() || !published.containsKey(area) ? ""
                                : !published.get(area) ? "<span class=\"FEJL\">udgives ikke</span>"
                                : "<span class=\"ok\">udgives</span>")
                        .append("</td></tr>\n");
            }
            sb.append("</table>\n");
            if (!notes.isEmpty()) {
                sb.append("<h2>Sammenligning med sidste år</h2>\n<ul>\n");
                for (String note : notes) {
                    sb.append("<li>").append(esc(note)).append("</li>\n");
                }
                sb.append("</ul>\n");
            }
            for (String area : sections) {
                sb.append("<h2>").append(esc(area.isEmpty() ? "Hele input" : area)).append("</h2>\n<table>\n")
                        .append("<tr><th>Alvorlighed</th><th>Regel</th><th>Fil</th><th>Celle</th><th>Fundet</th>")
                        .append("<th>Forventet</th><th>Besked</th></tr>\n");
                findings.forEach(area.isEmpty() ? null : area, f -> line(sb, "<tr><td class=\"" + f.severity() + "\">"
                        + f.severity() + "</td><td>" + esc(f.rule()) + "</td><td>" + esc(f.file()) + "</td><td><code>"
                        + esc(f.cell()) + "</code></td><td>" + esc(f.found()) + "</td><td>" + esc(f.expected())
                        + "</td><td>" + esc(f.message()) + "</td></tr>\n"));
                sb.append("</table>\n");
            }
            sb.append("</body>\n</html>\n");
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
    }

    private static String esc(String s) {
        if (s == null) {
            return "";
        }
        return Texts.visible(s).replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }
}
