package dk.aarsrapport.report;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import dk.aarsrapport.support.CsvFixture;
import dk.aarsrapport.support.Outline;
import dk.aarsrapport.support.PageEnds;

/**
 * Whether the headings of a goal framework's goals section stand on the page of the first row they head:
 * a Tema's heading (and description) on the page of its first goal, a goal's heading (Nr, Målsætning and
 * details) on the page of its first indsats. The goals come from the framework's CSV fixture.
 */
final class GoalPages {

    /** What a goal without indsatser prints instead (MaalopfoelgningContent.NO_INDSATS). */
    static final String NO_INDSATS = "Ingen indsatser angivet.";

    private record Goal(String tema, String nr, String firstRow) {
    }

    private GoalPages() {
    }

    /** One line per heading of the output's frameworks that stands apart from its first row. */
    static List<String> apart(Path fixture, Path out) throws IOException {
        Map<String, List<Goal>> byRamme = goals(fixture);
        List<String> apart = new ArrayList<>();
        try (Stream<Path> files = Files.list(out.resolve("maalopfoelgning"))) {
            for (Path pdf : files.sorted().toList()) {
                List<List<String>> pages = PageEnds.pages(pdf);
                String ramme = byRamme.keySet().stream().filter(pages.get(0)::contains).findFirst().orElseThrow();
                apart.addAll(apart(pdf, pages, byRamme.get(ramme)));
            }
        }
        return apart;
    }

    private static List<String> apart(Path pdf, List<List<String>> pages, List<Goal> goals) throws IOException {
        List<String> apart = new ArrayList<>();
        int goalsPage = 0;
        for (Outline.Bookmark b : Outline.of(pdf)) {
            if (b.title().equals("Mål og indsatser")) {
                goalsPage = b.page();
            } else if (b.level() == 3) {
                Goal first = goals.stream().filter(g -> g.tema().equals(b.title())).findFirst().orElseThrow();
                List<String> lines = pages.get(b.page() - 1);
                int heading = lines.indexOf(b.title());
                if (heading < 0 || lines.subList(heading, lines.size()).stream().noneMatch(l -> starts(l, first.nr()))) {
                    apart.add(pdf.getFileName() + ": temaet «" + b.title() + "» står ikke på siden (" + b.page()
                            + ") med sit første mål " + first.nr());
                }
            }
        }
        for (Goal g : goals) {
            if (!standsWithFirstRow(pages, goalsPage, g, goals)) {
                apart.add(pdf.getFileName() + ": målet " + g.nr() + " står ikke på siden med sin første række «"
                        + g.firstRow() + "»");
            }
        }
        return apart;
    }

    /** On the first page of the goals section that shows the goal's heading, its first row follows it. */
    private static boolean standsWithFirstRow(List<List<String>> pages, int goalsPage, Goal goal, List<Goal> all) {
        for (int p = goalsPage - 1; p < pages.size(); p++) {
            List<String> lines = pages.get(p);
            for (int i = 0; i < lines.size(); i++) {
                if (starts(lines.get(i), goal.nr())) {
                    StringBuilder under = new StringBuilder();
                    for (String line : lines.subList(i + 1, lines.size())) {
                        if (all.stream().anyMatch(o -> starts(line, o.nr()))) {
                            break;
                        }
                        under.append(line);
                    }
                    return squeeze(under.toString()).contains(squeeze(goal.firstRow()));
                }
            }
        }
        return false;
    }

    /** Per Ramme, in fixture order, its goals that have a Nr, each with its Tema and the text of its first row. */
    private static Map<String, List<Goal>> goals(Path fixture) throws IOException {
        List<String[]> rows = CsvFixture.rows(fixture.resolve("maalopfoelgning.csv"));
        List<String> header = List.of(rows.get(0));
        Map<String, List<Goal>> out = new LinkedHashMap<>();
        for (String[] r : rows.subList(1, rows.size())) {
            String nr = r[header.indexOf("Nr")];
            List<Goal> goals = out.computeIfAbsent(r[header.indexOf("Ramme")], k -> new ArrayList<>());
            if (!nr.isEmpty() && goals.stream().noneMatch(g -> g.nr().equals(nr))) {
                String indsats = start(r[header.indexOf("Indsats")]);
                String description = start(r[header.indexOf("Beskrivelse")]);
                goals.add(new Goal(r[header.indexOf("Tema")], nr, !indsats.isEmpty() ? indsats
                        : !description.isEmpty() ? description : NO_INDSATS));
            }
        }
        return out;
    }

    /** The first words of a cell: they stand on its first line, which the partners' column does not cut. */
    private static String start(String cell) {
        List<String> words = List.of(cell.strip().split("\\s+"));
        return String.join(" ", words.subList(0, Math.min(3, words.size())));
    }

    private static boolean starts(String line, String nr) {
        return line.startsWith(nr + " ");
    }

    private static String squeeze(String s) {
        return s.replaceAll("\\s+", "");
    }
}
