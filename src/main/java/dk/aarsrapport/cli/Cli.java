package dk.aarsrapport.cli;

import java.io.PrintStream;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.Banner;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

import dk.aarsrapport.AarsrapportApplication;
import dk.aarsrapport.base.DataDirProperties;
import dk.aarsrapport.deliver.DeliveryLog;
import dk.aarsrapport.base.DeliveryMode;
import dk.aarsrapport.deliver.DeliverySettings;
import dk.aarsrapport.deliver.UdsendelseProperties;
import dk.aarsrapport.ingest.InputProperties;
import dk.aarsrapport.job.JobRunner;
import dk.aarsrapport.job.Progress;
import dk.aarsrapport.job.RenderProperties;
import dk.aarsrapport.publish.FolderLockedException;
import dk.aarsrapport.publish.OutputLock;
import dk.aarsrapport.base.PdfSettings;
import dk.aarsrapport.base.ProcessTemp;
import dk.aarsrapport.base.Texts;
import picocli.CommandLine;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.ParseResult;

/**
 * The program's entry: parses the command line before anything else starts (so that usage errors and
 * help are instant), takes the output folder's lock, starts Spring and runs the job, and turns what
 * happened into the exit status and console lines of cli-and-output.md.
 */
public final class Cli {

    private static final Logger log = LoggerFactory.getLogger(Cli.class);

    private final PrintStream out;
    private final PrintStream err;
    private final String[] springArgs;
    /** The run under way, if one is: a failure caused by its being stopped is reported by the notice. */
    private StopNotice running;

    public Cli(PrintStream out, PrintStream err, String... springArgs) {
        this.out = out;
        this.err = err;
        this.springArgs = springArgs;
    }

    /** The program's own process: its temp files go to a folder of its own (see {@link ProcessTemp}). */
    public static int run(String... args) {
        Cli cli = new Cli(System.out, System.err);
        cli.ownProcess = true;
        return cli.execute(args);
    }

    private boolean ownProcess;

    /**
     * This process's temp folder beside {@code output}; when it may render, the report fonts load when a plan first
     * draws (an unchanged run never does); nothing in a JVM shared with others (a test's).
     */
    private Optional<ProcessTemp> processTemp(Path output, boolean renders) throws java.io.IOException {
        return ownProcess ? Optional.of(ProcessTemp.claimDeferringFonts(output, renders ? JobRunner::loadFonts : () -> { }))
                : Optional.empty();
    }

    public int execute(String... args) {
        CommandLine cl = new CommandLine(new Commands.Root());
        cl.setOut(new java.io.PrintWriter(out, true));
        cl.setErr(new java.io.PrintWriter(err, true));
        ParseResult parsed;
        try {
            parsed = cl.parseArgs(args);
        } catch (ParameterException e) {
            // one line, as the spec asks of a user error: the message and where to read more
            err.println(ParseErrors.danish(e) + " Se 'aarsrapport " + (e.getCommandLine() == cl ? ""
                    : e.getCommandLine().getCommandName() + " ") + "--help'.");
            return ExitStatus.USAGE_OR_UNREADABLE;
        }
        if (CommandLine.printHelpIfRequested(parsed)) {
            return ExitStatus.OK;
        }
        if (!parsed.hasSubcommand()) {
            cl.usage(err);
            err.flush();
            return ExitStatus.USAGE_OR_UNREADABLE;
        }
        Object command = parsed.subcommand().commandSpec().userObject();
        try {
            if (command instanceof Commands.YearOptions year) {
                return runJob(year, command instanceof Commands.Generate);
            }
            if (command instanceof Commands.Template template) {
                return new TemplateCommand(out, springArgs).run(template);
            }
            if (command instanceof Commands.History history) {
                return history(history);
            }
            if (command instanceof Commands.Schedule schedule) {
                return schedule(schedule);
            }
            if (command instanceof WebCommands.Serve || command instanceof WebCommands.User) {
                return WebCommands.run(this, parsed.subcommand(), out, err);
            }
            err.println("Ukendt kommando.");
            return ExitStatus.USAGE_OR_UNREADABLE;
        } catch (UserError e) {
            err.println(Texts.visible(e.getMessage())); // it may name a file or folder as given
            return ExitStatus.USAGE_OR_UNREADABLE;
        } catch (Exception e) {
            if (running != null && running.stopped()) {
                // not logged: the stop is closing the logging too, and Logback would say so on the console
                return ExitStatus.STOPPED;
            }
            Optional<WrongSettingException> wrong = Causes.find(e, WrongSettingException.class);
            if (wrong.isPresent()) {
                err.println(Texts.visible(wrong.get().getMessage() + " Intet er kørt."));
                return ExitStatus.USAGE_OR_UNREADABLE;
            }
            Optional<FolderLockedException> locked = Causes.find(e, FolderLockedException.class);
            if (locked.isPresent()) {
                err.println(locked.get().danish());
                return ExitStatus.LOCKED;
            }
            log.error("Intern fejl", e);
            err.println(Texts.visible("Intern fejl: " + e.getClass().getSimpleName() + (e.getMessage() == null ? "" : ": "
                    + e.getMessage()) + " (detaljer i logfilen)."));
            return ExitStatus.INTERNAL;
        }
    }

    private int runJob(Commands.YearOptions o, boolean generate) throws Exception {
        YearFolders.Resolved r = YearFolders.resolve(o.year, o.input, o.output, o.previous, Path.of(""));
        Commands.Generate g = generate ? (Commands.Generate) o : null;
        DeliveryMode delivery = g == null ? DeliveryMode.NONE : g.dryRun ? DeliveryMode.DRY_RUN
                : g.send ? DeliveryMode.SEND : DeliveryMode.NONE;
        if (g != null && g.sendDrafts && delivery == DeliveryMode.NONE) {
            throw new UserError("--send-drafts bruges sammen med --send eller --dry-run.");
        }
        String[] extra = g != null && g.noPdfa ? new String[] {"--aarsrapport.pdfa=false"} : new String[0];
        Optional<ProcessTemp> temp = processTemp(r.output(), generate);
        try (OutputLock held = OutputLock.acquire(r.output());
             ConfigurableApplicationContext ctx = startSpring(true, extra)) {
            // generate and validate share one wiring: the runner builds both jobs, so both read these
            Settings.check(ctx, DataDirProperties.class, PdfSettings.class, RenderProperties.class,
                    InputProperties.class);
            checkDelivery(ctx, delivery);
            JobRunner.Request request = new JobRunner.Request(generate, r.year(), r.input(), r.output(), g != null
                    && (g.draft || g.sendDrafts), g != null && g.force, delivery, g != null && g.sendDrafts, r.previous());
            out.println(Texts.visible((generate ? "Danner årsberetning " : "Validerer regnskab ") + r.year() + " fra "
                    + r.input()));
            try (StopNotice notice = StopNotice.install(ctx.getBean(dk.aarsrapport.publish.PublishGate.class),
                    r.output(), err)) {
                running = notice;
                JobRunner.Outcome outcome = ctx.getBean(JobRunner.class).run(request);
                // a job that failed because it was stopped is not summed up as a failure: the notice has the word
                return notice.stopped() ? ExitStatus.STOPPED : RunSummary.print(outcome, r, generate, out, err);
            }
        } finally {
            if (temp.isPresent()) {
                temp.get().close();
            }
        }
    }

    /** A delivery that cannot work (no SMTP server, no sender, a wrong setting) is a usage error: exit 2, nothing run. */
    private static void checkDelivery(ConfigurableApplicationContext ctx, DeliveryMode mode) throws UserError {
        if (mode == DeliveryMode.NONE) {
            return;
        }
        Settings.check(ctx, UdsendelseProperties.class);
        List<String> problems = Settings.reading(ctx, () -> ctx.getBean(DeliverySettings.class).problems(mode));
        if (!problems.isEmpty()) {
            throw new UserError(String.join(" ", problems) + " Intet er kørt.");
        }
    }

    private int history(Commands.History h) throws Exception {
        if (h.last < 1) {
            throw new UserError("--last skal være et positivt tal.");
        }
        try (ConfigurableApplicationContext ctx = startSpring(true)) {
            Settings.check(ctx, DataDirProperties.class);
            List<dk.aarsrapport.stage.StagedData.RunRecord> runs = ctx.getBean(dk.aarsrapport.stage.StagedData.class)
                    .runs(h.last);
            HistoryPrinter.print(runs, ctx.getBean(DeliveryLog.class).forRuns(runs.stream()
                    .map(dk.aarsrapport.stage.StagedData.RunRecord::runId).toList()), out);
            return ExitStatus.OK;
        }
    }

    /**
     * Stays running until SIGTERM ({@code webArgs}: serve's web server): Spring's own shutdown hook is off, so
     * the database stays open until the running job has stopped at a chunk boundary; only then is it closed.
     */
    int schedule(Commands.Schedule s, String... webArgs) throws Exception {
        org.springframework.scheduling.support.CronExpression cron;
        try {
            cron = org.springframework.scheduling.support.CronExpression.parse(s.cron);
        } catch (IllegalArgumentException e) {
            throw new UserError("Ugyldigt cron-udtryk \"" + s.cron + "\": " + e.getMessage()
                    + " (seks felter: sekund minut time dag måned ugedag).");
        }
        Optional<ProcessTemp> temp = processTemp(Path.of("output"), true);
        ConfigurableApplicationContext ctx = startSpring(false, webArgs);
        DeliveryMode mode;
        try {
            // the schedule reads planlagt, so it reads the whole of its record even when it mails nothing
            Settings.check(ctx, DataDirProperties.class, PdfSettings.class, RenderProperties.class,
                    InputProperties.class, UdsendelseProperties.class);
            mode = ctx.getBean(DeliverySettings.class).scheduled() ? DeliveryMode.SEND : DeliveryMode.NONE;
            checkDelivery(ctx, mode);
        } catch (UserError | RuntimeException e) {
            ctx.close();
            if (temp.isPresent()) {
                temp.get().close();
            }
            throw e;
        }
        DeliveryLog deliveries = ctx.getBean(DeliveryLog.class);
        dk.aarsrapport.schedule.NightlyScheduler scheduler = new dk.aarsrapport.schedule.NightlyScheduler(
                ctx.getBean(JobRunner.class), cron, Path.of(""), out, mode,
                output -> deliveries.failedLastTime(output.toAbsolutePath().normalize().toString()));
        java.util.concurrent.CountDownLatch done = new java.util.concurrent.CountDownLatch(1);
        Thread hook = new Thread(() -> {
            scheduler.stop();
            try {
                done.await(110, java.util.concurrent.TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }, "aarsrapport-stop");
        Runtime.getRuntime().addShutdownHook(hook);
        try {
            return scheduler.run();
        } finally {
            ctx.close();
            if (temp.isPresent()) {
                temp.get().close();
            }
            done.countDown();
        }
    }

    /**
     * Spring with its database. The data folder's lock is taken before the database opens and released when
     * the context closes; when another process holds it, the start fails with a DataFolderLockedException.
     */
    ConfigurableApplicationContext startSpring(boolean shutdownHook, String... extraArgs) {
        String[] args = java.util.stream.Stream.concat(java.util.Arrays.stream(springArgs),
                java.util.Arrays.stream(extraArgs)).toArray(String[]::new);
        DataFolder folder = new DataFolder();
        return new SpringApplicationBuilder(AarsrapportApplication.class)
                .web(WebApplicationType.NONE)
                .bannerMode(Banner.Mode.OFF)
                .logStartupInfo(false)
                .registerShutdownHook(shutdownHook)
                .listeners(folder, new DataDirLockListener(folder, err))
                .initializers(ctx -> ctx.getBeanFactory().registerSingleton("console", new Progress.Console(out)))
                .run(args);
    }
}
