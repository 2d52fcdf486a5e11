package dk.aarsrapport.bench;

import java.io.OutputStream;
import java.io.PrintStream;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.job.JobInstance;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.step.StepExecution;
import org.springframework.boot.Banner;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

import dk.aarsrapport.AarsrapportApplication;
import dk.aarsrapport.ingest.InputReader;
import dk.aarsrapport.job.JobRunner;
import dk.aarsrapport.job.Progress;
import dk.aarsrapport.report.BareJasper;
import dk.aarsrapport.stage.StagedData;
import dk.aarsrapport.stage.StagingWriter;

/**
 * One measurement, in a JVM of its own so that its heap limit and start are its own. Started by
 * {@link Benchmark}; prints {@code RESULT key value} lines that the parent collects.
 *
 * <pre>
 * warm     &lt;work&gt; &lt;areas&gt; &lt;lines&gt; &lt;runs&gt;     whole generate job, warm, vs bare Jasper on the same data
 * ingest   &lt;work&gt; &lt;csv|xlsx&gt; &lt;input folder&gt;  ingest + staging of a generated input
 * kommuner &lt;work&gt; &lt;root&gt; &lt;year&gt;             generate for every kommune folder under root, one JVM
 * growth   &lt;work&gt; &lt;root&gt; &lt;year&gt;             the same, each folder timed on its own after a warm-up run
 * ledger   &lt;work&gt; &lt;input folder&gt; &lt;year&gt;     ingest + staging + ledger + K-rules of a generated ledger
 * ledger-bare &lt;work&gt; &lt;input folder&gt;       the same files read by the bare reader (OpenCSV, POI SAX)
 * web      &lt;work&gt; &lt;sample&gt; &lt;year&gt; &lt;years&gt; &lt;runs&gt;  Valider through the console vs in-process; its pages
 * </pre>
 * Spring properties (render threads, PDF/A) come as system properties from the parent.
 */
public final class BenchChild {

    private BenchChild() {
    }

    /** The largest heap in use seen by a sampler every 5 ms (the sum of each pool's own peak overstates it). */
    private static volatile long peakHeap;

    public static void main(String[] args) throws Exception {
        Thread sampler = new Thread(() -> {
            var memory = ManagementFactory.getMemoryMXBean();
            while (true) {
                peakHeap = Math.max(peakHeap, memory.getHeapMemoryUsage().getUsed());
                try {
                    Thread.sleep(5);
                } catch (InterruptedException e) {
                    return;
                }
            }
        }, "heap-sampler");
        sampler.setDaemon(true);
        sampler.start();
        Path work = Path.of(args[1]);
        switch (args[0]) {
            case "warm" -> warm(work, Integer.parseInt(args[2]), Integer.parseInt(args[3]), Integer.parseInt(args[4]));
            case "ingest" -> ingest(work, Path.of(args[3]));
            case "kommuner" -> kommuner(work, Path.of(args[2]), Integer.parseInt(args[3]));
            case "growth" -> growth(work, Path.of(args[2]), Integer.parseInt(args[3]));
            case "ledger" -> LedgerChild.engine(work, Path.of(args[2]), Integer.parseInt(args[3]));
            case "ledger-bare" -> LedgerChild.bare(Path.of(args[2]));
            case "web" -> WebChild.run(work, Path.of(args[2]), Integer.parseInt(args[3]), Integer.parseInt(args[4]),
                    Integer.parseInt(args[5]));
            default -> throw new IllegalArgumentException(args[0]);
        }
        result("peakHeapMb", peakHeapMb());
        result("peakRssMb", peakRssMb());
        System.out.flush();
        System.exit(0);
    }

    /**
     * The whole generate job with --force on a generated input, several times in one JVM; the last
     * runs are timed per step. Then the floor: bare Jasper fill + export of the same blocks.
     */
    private static void warm(Path work, int areas, int lines, int runs) throws Exception {
        int year = 2031;
        Path input = work.resolve("input/" + year);
        new DataGenerator(new DataGenerator.Spec("Benchmark Kommune", year, areas, lines, 7)).writeCsv(input);
        try (ConfigurableApplicationContext spring = spring(work)) {
            JobRunner runner = spring.getBean(JobRunner.class);
            JobRepository repository = spring.getBean(JobRepository.class);
            int warmup = Math.max(1, runs / 3);
            Map<String, List<Double>> steps = new LinkedHashMap<>();
            long runId = 0;
            for (int i = 0; i < runs; i++) {
                long t0 = System.nanoTime();
                JobRunner.Outcome o = runner.run(new JobRunner.Request(true, year, input, work.resolve("out"), false, true));
                double ms = (System.nanoTime() - t0) / 1e6;
                if (o.fejl() > 0 || o.failure() != null || o.rendered() != areas) {
                    throw new IllegalStateException("the benchmark run was not clean: " + o);
                }
                if (i < warmup) {
                    continue;
                }
                JobExecution e = lastExecution(repository);
                runId = e.getJobInstance().getInstanceId();
                steps.computeIfAbsent("job", k -> new ArrayList<>()).add(ms / areas);
                for (StepExecution s : e.getStepExecutions()) {
                    if (s.getStepName().contains(":")) {
                        continue; // a render partition: the render step's own time covers it
                    }
                    steps.computeIfAbsent(s.getStepName(), k -> new ArrayList<>())
                            .add(Duration.between(s.getStartTime(), s.getEndTime()).toNanos() / 1e6 / areas);
                }
            }
            steps.forEach((name, values) -> result("perArea." + name, median(values)));
            List<BareJasper.Input> inputs = BareJasper.inputsOf(spring, runId, year);
            BareJasper bare = new BareJasper();
            result("bare.plain", floor(inputs, bare, false, runs));
            result("bare.pdfa", floor(inputs, bare, true, runs));
        }
    }

    /** Median over {@code runs} passes of the mean time per politikområde, after a warm-up pass. */
    private static double floor(List<BareJasper.Input> inputs, BareJasper bare, boolean pdfa, int runs) throws Exception {
        int threads = Integer.getInteger("aarsrapport.render.threads", 1);
        java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newFixedThreadPool(threads);
        try {
            List<Double> perArea = new ArrayList<>();
            for (int r = 0; r <= runs; r++) {
                long t0 = System.nanoTime();
                List<java.util.concurrent.Future<Integer>> done = new ArrayList<>();
                for (BareJasper.Input in : inputs) {
                    done.add(pool.submit(() -> pdfa ? bare.fillAndExportPdfA(in) : bare.fillAndExport(in)));
                }
                for (var f : done) {
                    f.get();
                }
                if (r > 0) {
                    perArea.add((System.nanoTime() - t0) / 1e6 / inputs.size());
                }
            }
            return median(perArea);
        } finally {
            pool.shutdown();
        }
    }

    /** Reading and staging only: the ingest step's work, without the job around it. */
    private static void ingest(Path work, Path input) throws Exception {
        try (ConfigurableApplicationContext spring = spring(work)) {
            StagedData staged = spring.getBean(StagedData.class);
            InputReader reader = spring.getBean(InputReader.class);
            long t0 = System.nanoTime();
            StagingWriter out = staged.newRun(1);
            Map<?, Integer> rows = reader.read(input, 2031, out);
            out.flush();
            double s = (System.nanoTime() - t0) / 1e9;
            int total = rows.values().stream().mapToInt(Integer::intValue).sum();
            if (out.findingCount() > 0) {
                throw new IllegalStateException(out.findingCount() + " findings while reading " + input);
            }
            result("rows", total);
            result("seconds", s);
        }
    }

    /** Every kommune folder under {@code root} (each with its year folder), one after another, one JVM. */
    private static void kommuner(Path work, Path root, int year) throws Exception {
        List<Path> kommuner;
        try (Stream<Path> s = Files.list(root)) {
            kommuner = s.filter(Files::isDirectory).sorted().toList();
        }
        long t0 = System.nanoTime();
        int areas = 0;
        int documents = 0;
        try (ConfigurableApplicationContext spring = spring(work)) {
            JobRunner runner = spring.getBean(JobRunner.class);
            for (Path kommune : kommuner) {
                JobRunner.Outcome o = runner.run(new JobRunner.Request(true, year, kommune.resolve(String.valueOf(year)),
                        work.resolve("out").resolve(kommune.getFileName()), false, false));
                if (o.fejl() > 0 || o.failure() != null) {
                    throw new IllegalStateException(kommune + " was not clean: " + o);
                }
                areas += o.rendered();
                documents += o.written().size();
            }
        }
        result("kommuner", kommuner.size());
        result("areas", areas);
        result("files", documents);
        result("seconds", (System.nanoTime() - t0) / 1e9);
    }

    /**
     * Each folder's whole run timed on its own in one warm JVM, so that the cost per politikområde at 10, 100 and
     * 1,000 compares the runs themselves and not Spring's start or the JIT's warm-up, which the first, untimed run
     * of the smallest folder pays.
     */
    private static void growth(Path work, Path root, int year) throws Exception {
        List<Path> kommuner;
        try (Stream<Path> s = Files.list(root)) {
            kommuner = s.filter(Files::isDirectory).sorted().toList();
        }
        try (ConfigurableApplicationContext spring = spring(work)) {
            JobRunner runner = spring.getBean(JobRunner.class);
            clean(runner.run(new JobRunner.Request(true, year, kommuner.get(0).resolve(String.valueOf(year)),
                    work.resolve("warm-up"), false, false)), kommuner.get(0));
            for (Path kommune : kommuner) {
                long t0 = System.nanoTime();
                JobRunner.Outcome o = clean(runner.run(new JobRunner.Request(true, year,
                        kommune.resolve(String.valueOf(year)), work.resolve("out").resolve(kommune.getFileName()),
                        false, false)), kommune);
                String name = kommune.getFileName().toString();
                result("seconds." + name, (System.nanoTime() - t0) / 1e9);
                result("areas." + name, o.rendered());
                result("files." + name, o.written().size());
                result("liveMb." + name, liveHeapMb());
            }
        }
    }

    /** The heap still reachable between runs: what a long-running {@code serve} keeps from one night to the next. */
    private static long liveHeapMb() {
        System.gc();
        System.gc();
        return ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed() >> 20;
    }

    private static JobRunner.Outcome clean(JobRunner.Outcome o, Path kommune) {
        if (o.fejl() > 0 || o.failure() != null) {
            throw new IllegalStateException(kommune + " was not clean: " + o);
        }
        return o;
    }

    private static JobExecution lastExecution(JobRepository repository) {
        JobInstance instance = repository.getJobInstances("generate", 0, 1).get(0);
        return repository.getLastJobExecution(instance);
    }

    static ConfigurableApplicationContext spring(Path work) {
        PrintStream quiet = new PrintStream(OutputStream.nullOutputStream());
        return new SpringApplicationBuilder(AarsrapportApplication.class)
                .web(WebApplicationType.NONE)
                .bannerMode(Banner.Mode.OFF)
                .logStartupInfo(false)
                .initializers(ctx -> ctx.getBeanFactory().registerSingleton("console", new Progress.Console(quiet)))
                .run("--aarsrapport.data-dir=" + work.resolve("data").toAbsolutePath());
    }

    static double median(List<Double> values) {
        List<Double> sorted = values.stream().sorted().toList();
        int n = sorted.size();
        return n == 0 ? Double.NaN : n % 2 == 1 ? sorted.get(n / 2) : (sorted.get(n / 2 - 1) + sorted.get(n / 2)) / 2;
    }

    private static long peakHeapMb() {
        return peakHeap >> 20;
    }

    /** VmHWM of this process, the kernel's peak resident set; -1 where /proc is not Linux's. */
    static long peakRssMb() {
        try {
            for (String line : Files.readAllLines(Path.of("/proc/self/status"))) {
                if (line.startsWith("VmHWM:")) {
                    return Long.parseLong(line.replaceAll("\\D", "")) >> 10;
                }
            }
        } catch (Exception e) {
            // not Linux: no figure
        }
        return -1;
    }

    static void result(String key, Object value) {
        System.out.println("RESULT " + key + " " + value);
    }
}
