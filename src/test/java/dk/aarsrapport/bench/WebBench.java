package dk.aarsrapport.bench;

import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The console's rows of the benchmark (issue 19, "Speed"): a warm Valider of the sample through the web
 * next to the same validation started in-process, and every page's answer with 20 years of history next
 * to the login page's, all from one JVM (see {@link WebChild}).
 */
final class WebBench {

    private static final Map<String, String> PAGES = Map.of("oversigt", "Oversigt (/)", "aar", "Et år with its findings",
            "aar.filtreret", "Et år, findings filtered to FEJL", "historik", "Historik", "skabelon", "Skabelon",
            "fil", "an output PDF (the whole report)");

    private final Benchmark b;

    WebBench(Benchmark b) {
        this.b = b;
    }

    void run() throws Exception {
        int years = b.quick() ? 3 : 20;
        int runs = b.quick() ? 2 : 10;
        Path sample = Path.of("input/2015").toAbsolutePath();
        Map<String, String> r = b.child(List.of("-Xmx1g"), "web", b.fresh("web"), sample, 2015, years, runs);
        double web = d(r, "validate.web");
        double inProcess = d(r, "validate.inProcess");
        b.row("Warm Valider of the 2015 sample through the console (POST + the year page with its findings)",
                ms(web), "the same validation started in-process", ms(inProcess),
                String.format(Locale.ROOT, "%.2f ×", web / inProcess), "≤ 1.2 ×");
        double login = d(r, "page.login.median");
        for (String page : List.of("oversigt", "aar", "aar.filtreret", "historik", "skabelon", "fil")) {
            b.row("Console page, " + r.get("history.years") + " years and " + r.get("history.runs")
                    + " runs of history: " + PAGES.get(page) + ", median / slowest", ms(d(r, "page." + page + ".median"))
                    + " / " + ms(d(r, "page." + page + ".max")), "the login page, median", ms(login), "",
                    "≤ 200 ms");
        }
        b.saveSoFar();
    }

    private static String ms(double v) {
        return String.format(Locale.ROOT, "%.1f ms", v);
    }

    private static double d(Map<String, String> r, String key) {
        return Double.parseDouble(r.get(key));
    }
}
