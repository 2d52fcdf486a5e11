package dk.aarsrapport.content;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

import dk.aarsrapport.base.Texts;
import dk.aarsrapport.stage.DanishFormat;
import dk.aarsrapport.stage.Maaling;

/**
 * The measured indicators of one effektmål as small tables: År + Periode as columns (chronological,
 * at most five to a table on A4), a result row and — where targets exist — a target row per Serie.
 * Values carry their unit ("28,4 %", "14,5 uger"); a share given with Tæller/Nævner shows them. A
 * target given as text is printed under the table, in full, rather than squeezed into a column.
 */
final class MaalingTables {

    static final int COLUMNS = ReportBlock.ACCOUNT_COLUMNS;

    private MaalingTables() {
    }

    private record Period(Integer aar, String periode) {
        String label() {
            return periode == null ? String.valueOf(aar) : aar + " " + periode;
        }
    }

    /**
     * The tables and chart of every indicator; each indicator is a unit kept on one page
     * ({@link PageKeeping}), named {@code unitPrefix} and the indicator, so a reader finds a table and its
     * chart together.
     */
    static List<ReportBlock> blocks(String section, String unitPrefix, List<Maaling> maalinger) {
        List<ReportBlock> out = new ArrayList<>();
        Map<String, List<Maaling>> byIndicator = new LinkedHashMap<>();
        maalinger.forEach(m -> byIndicator.computeIfAbsent(Texts.key(m.indikator()), k -> new ArrayList<>()).add(m));
        for (Map.Entry<String, List<Maaling>> e : byIndicator.entrySet()) {
            List<ReportBlock> own = new ArrayList<>();
            indicator(section, e.getValue(), own);
            out.addAll(PageKeeping.unit(unitPrefix + e.getKey(), own));
        }
        return out;
    }

    private static void indicator(String section, List<Maaling> rows, List<ReportBlock> out) {
        List<Period> periods = periods(rows);
        Set<String> series = new LinkedHashSet<>();
        rows.forEach(m -> series.add(m.serie() == null ? "" : m.serie()));
        String enhed = rows.stream().map(Maaling::enhed).filter(Objects::nonNull).findFirst().orElse("");
        List<String> textTargets = new ArrayList<>();
        for (int from = 0; from < periods.size(); from += COLUMNS) {
            List<Period> chunk = periods.subList(from, Math.min(periods.size(), from + COLUMNS));
            String[] heads = new String[COLUMNS];
            for (int i = 0; i < COLUMNS; i++) {
                heads[i] = i < chunk.size() ? chunk.get(i).label() : "";
            }
            out.add(ReportBlock.accountsHead(section, rows.get(0).indikator(), enhed.isEmpty() ? "" : "Enhed: " + enhed,
                    heads));
            for (String serie : series) {
                String name = serie.isEmpty() ? "" : serie + " – ";
                String[] results = new String[COLUMNS];
                String[] targets = new String[COLUMNS];
                String[] counts = new String[COLUMNS];
                boolean anyResult = false;
                boolean anyTarget = false;
                boolean anyCount = false;
                for (int i = 0; i < COLUMNS; i++) {
                    results[i] = "";
                    targets[i] = "";
                    counts[i] = "";
                    if (i >= chunk.size()) {
                        continue;
                    }
                    Maaling m = find(rows, serie, chunk.get(i));
                    if (m == null) {
                        continue;
                    }
                    if (m.vaerdi() != null) {
                        results[i] = value(m.vaerdi(), m.vaerdiTekst(), enhed);
                        anyResult = true;
                    }
                    if (m.taeller() != null && m.naevner() != null) {
                        counts[i] = DanishFormat.amount(m.taeller()) + "/" + DanishFormat.amount(m.naevner());
                        anyCount = true;
                    }
                    if (m.maalvaerdi() != null) {
                        targets[i] = value(m.maalvaerdi(), m.maalvaerdiTekst(), enhed);
                        anyTarget = true;
                    } else if (m.maalvaerdiTekst() != null) {
                        targets[i] = "se note";
                        textTargets.add(chunk.get(i).label() + (serie.isEmpty() ? "" : ", " + serie) + ": "
                                + m.maalvaerdiTekst());
                        anyTarget = true;
                    }
                }
                if (anyTarget) {
                    out.add(ReportBlock.accountsRow(section, name.isEmpty() ? "Mål" : name + "mål", targets));
                }
                if (anyResult) {
                    out.add(ReportBlock.accountsRow(section, name.isEmpty() ? "Resultat" : name + "resultat", results));
                }
                if (anyCount) {
                    out.add(ReportBlock.accountsRow(section, (name.isEmpty() ? "Tæller/nævner" : name + "tæller/nævner"),
                            counts));
                }
            }
        }
        for (String t : new LinkedHashSet<>(textTargets)) {
            out.add(ReportBlock.paragraph(section, TextMarkup.inline("Mål " + t)));
        }
        chart(section, rows, periods, series, enhed, out);
    }

    /**
     * One chart per indicator with at least one number: results as bars per Serie, numeric targets as
     * bars of their own, lighter; the caption states every number, as the text alternative.
     */
    private static void chart(String section, List<Maaling> rows, List<Period> periods, Set<String> series,
                              String enhed, List<ReportBlock> out) {
        List<ChartPoint> points = new ArrayList<>();
        List<String> alt = new ArrayList<>();
        for (String serie : series) {
            String prefix = serie.isEmpty() ? "" : serie + " – ";
            List<String> results = new ArrayList<>();
            List<String> targets = new ArrayList<>();
            for (Period p : periods) {
                Maaling m = find(rows, serie, p);
                if (m == null) {
                    continue;
                }
                if (m.vaerdi() != null) {
                    points.add(new ChartPoint(prefix + "resultat", p.label(), m.vaerdi().doubleValue()));
                    results.add(p.label() + " " + value(m.vaerdi(), m.vaerdiTekst(), enhed));
                }
                if (m.maalvaerdi() != null) {
                    points.add(new ChartPoint(prefix + "mål", p.label(), m.maalvaerdi().doubleValue()));
                    targets.add(p.label() + " " + value(m.maalvaerdi(), m.maalvaerdiTekst(), enhed));
                }
            }
            if (!results.isEmpty()) {
                alt.add(prefix + "resultat: " + String.join(", ", results));
            }
            if (!targets.isEmpty()) {
                alt.add(prefix + "mål: " + String.join(", ", targets));
            }
        }
        if (!points.isEmpty()) {
            out.add(ReportBlock.chart(section, "Diagram, " + rows.get(0).indikator() + (enhed.isEmpty() ? "" : " (" + enhed
                    + ")") + ": " + String.join("; ", alt) + ".", points));
        }
    }

    private static List<Period> periods(List<Maaling> rows) {
        List<Period> seen = new ArrayList<>();
        for (Maaling m : rows) {
            Period p = new Period(m.aar(), m.periode());
            if (!seen.contains(p)) {
                seen.add(p);
            }
        }
        // chronological by year; within a year the order the finance officer gave
        List<Period> sorted = new ArrayList<>(seen);
        sorted.sort(Comparator.comparing((Period p) -> p.aar() == null ? Integer.MAX_VALUE : p.aar())
                .thenComparing(seen::indexOf));
        return sorted;
    }

    private static Maaling find(List<Maaling> rows, String serie, Period p) {
        for (Maaling m : rows) {
            String s = m.serie() == null ? "" : m.serie();
            if (s.equals(serie) && Objects.equals(m.aar(), p.aar()) && Objects.equals(m.periode(), p.periode())) {
                return m;
            }
        }
        return null;
    }

    /** A number as shown, with its unit: "28,4 %", "461", "14,5 uger". */
    private static String value(BigDecimal number, String shown, String enhed) {
        String n = shown != null && !shown.isBlank() ? shown.replace("%", "").strip() : DanishFormat.amount(number);
        if (enhed.isEmpty() || enhed.equalsIgnoreCase("antal")) {
            return n;
        }
        return n + " " + enhed;
    }
}
