package dk.aarsrapport.bench;

import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The ledger's rows of the benchmark (issue 17, "Speed"): a generated Konti + Kontoplan of 100,000 and
 * 1,000,000 Konti rows, as CSV and as xlsx; the engine's ingest + staging + ledger build + K1–K6 under
 * -Xmx256m, next to the same files read by the bare reader (OpenCSV, POI's streaming XSSF reader) with no
 * staging, in the same run.
 */
final class LedgerBench {

    private static final int YEAR = 2031;

    private final Benchmark b;

    LedgerBench(Benchmark b) {
        this.b = b;
    }

    void run() throws Exception {
        int[] sizes = b.quick() ? new int[] {10_000} : new int[] {100_000, 1_000_000};
        for (int size : sizes) {
            for (String format : new String[] {"csv", "xlsx"}) {
                measure(format, size);
                b.saveSoFar();
            }
        }
    }

    private void measure(String format, int size) throws Exception {
        Path input = b.fresh("ledger-" + format).resolve(String.valueOf(YEAR));
        LedgerGenerator g = new LedgerGenerator(YEAR, size);
        if (format.equals("xlsx")) {
            g.writeXlsx(input.resolve("konti.xlsx"));
        } else {
            g.writeCsv(input);
        }
        Map<String, String> bare = b.child(List.of("-Xmx256m"), "ledger-bare", b.fresh("ledger-bare"), input);
        Map<String, String> r = b.child(List.of("-Xmx256m"), "ledger", b.fresh("ledger-run"), input, YEAR);
        long rows = Long.parseLong(r.get("rows"));
        if (rows != g.rows() || Long.parseLong(bare.get("rows")) != rows) {
            throw new IllegalStateException("read " + rows + " and " + bare.get("rows") + " of " + g.rows() + " rows");
        }
        double seconds = d(r, "seconds");
        double bareSeconds = d(bare, "seconds");
        String name = "Ledger " + format + ", " + String.format(Locale.ROOT, "%,d", rows) + " Konti rows";
        b.row(name + ": ingest + staging + ledger + K1–K6 (-Xmx256m)",
                String.format(Locale.ROOT, "%,.0f rows/s, %.2f s, heap %s MB", rows / seconds, seconds,
                        r.get("peakHeapMb")),
                format.equals("xlsx") ? "POI streaming XSSF (SAX), no staging" : "OpenCSV, no staging",
                String.format(Locale.ROOT, "%,.0f rows/s, %.2f s, heap %s MB", rows / bareSeconds, bareSeconds,
                        bare.get("peakHeapMb")),
                String.format(Locale.ROOT, "%.2f ×", seconds / bareSeconds),
                format.equals("xlsx") ? "≥ 100,000/s" : "≥ 300,000/s");
        b.row(name + ": of which read + stage / ledger build / K-rules",
                String.format(Locale.ROOT, "%.2f s / %.2f s / %.2f s", d(r, "read.seconds"), d(r, "build.seconds"),
                        d(r, "rules.seconds")), "", "", "", "");
        Benchmark.deleteTree(input.getParent());
    }

    private static double d(Map<String, String> r, String key) {
        return Double.parseDouble(r.get(key));
    }
}
