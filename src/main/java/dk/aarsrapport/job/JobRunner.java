package dk.aarsrapport.job;

import dk.aarsrapport.base.RunContext;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDateTime;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.job.Job;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.job.parameters.JobParameters;
import org.springframework.batch.core.job.parameters.JobParametersBuilder;
import org.springframework.batch.core.launch.JobOperator;
import org.springframework.batch.core.step.StepExecution;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.stereotype.Component;

import dk.aarsrapport.deliver.DeliveryLog;
import dk.aarsrapport.base.DeliveryMode;
import dk.aarsrapport.ingest.UnreadableInputException;
import dk.aarsrapport.publish.Publisher;
import dk.aarsrapport.stage.StagedData;
import dk.aarsrapport.stage.StagedFindings;
import dk.aarsrapport.stage.MaalRammer;
import dk.aarsrapport.validate.Verdict;
import dk.aarsrapport.plan.RunPlan;
import dk.aarsrapport.plan.RunPlans;
import dk.aarsrapport.report.RenderOutcomeWriter;
import dk.aarsrapport.base.Finding;
import dk.aarsrapport.base.Severity;

/** Starts a job for one year and tells what came of it, in the terms of cli-and-output.md. */
@Component
public class JobRunner {

    private final JobOperator jobOperator;
    private final org.springframework.batch.core.repository.JobRepository jobRepository;
    private final Job generateJob;
    private final Job validateJob;
    private final StagedData staged;
    private final Verdict.Reader verdicts;
    private final RunPlans plans;
    private final DeliveryLog deliveryLog;
    private final StagedFindings findings;

    JobRunner(JobOperator jobOperator, org.springframework.batch.core.repository.JobRepository jobRepository,
              @Qualifier("generateJob") Job generateJob, @Qualifier("validateJob") Job validateJob, StagedData staged,
              Verdict.Reader verdicts, RunPlans plans, DeliveryLog deliveryLog, StagedFindings findings) {
        this.findings = findings;
        this.verdicts = verdicts;
        this.plans = plans;
        this.deliveryLog = deliveryLog;
        this.jobOperator = jobOperator;
        this.jobRepository = jobRepository;
        this.generateJob = generateJob;
        this.validateJob = validateJob;
        this.staged = staged;
    }

    /**
     * A run to start; {@code delivery} says whether the packs are mailed afterwards (or written as .eml);
     * {@code previous} is {@code --previous} (null: the sibling {@code input/<Y-1>/} is looked for).
     */
    public record Request(boolean generate, int year, Path input, Path output, boolean draft, boolean force,
                          DeliveryMode delivery, boolean sendDrafts, Path previous) {

        public Request(boolean generate, int year, Path input, Path output, boolean draft, boolean force) {
            this(generate, year, input, output, draft, force, DeliveryMode.NONE, false);
        }

        public Request(boolean generate, int year, Path input, Path output, boolean draft, boolean force,
                       DeliveryMode delivery, boolean sendDrafts) {
            this(generate, year, input, output, draft, force, delivery, sendDrafts, null);
        }
    }

    /** The most FEJL the console lists one by one; the rest are counted, and are in validering.csv. */
    public static final int CONSOLE_FINDINGS = 25;

    /**
     * What a run did; {@code unreadable} holds the one-line message when the input could not be read;
     * {@code shown} are the first {@link #CONSOLE_FINDINGS} FEJL, not all: there may be a million.
     */
    public record Outcome(BatchStatus status, String unreadable, Throwable failure, int areas, int rendered,
                          int unchanged, List<String> blocked, long fejl, long advarsler, List<String> written,
                          List<Finding> shown, Duration time, int recovered, Rammer rammer,
                          List<DeliveryLog.Entry> deliveries) {
    }

    /** The goal frameworks of Målopfølgning: how many, how many drawn now, and which were not published. */
    public record Rammer(int count, int rendered, List<String> blocked) {
        static final Rammer NONE = new Rammer(0, 0, List.of());
    }

    public Outcome run(Request request) throws Exception {
        LocalDateTime start = LocalDateTime.now();
        JobParametersBuilder builder = new JobParametersBuilder();
        if (request.previous() != null) {
            builder.addString(RunContext.PREVIOUS, request.previous().toAbsolutePath().normalize().toString());
        }
        JobParameters params = builder
                .addLong(RunContext.YEAR, (long) request.year())
                .addString(RunContext.INPUT, request.input().toAbsolutePath().normalize().toString())
                .addString(RunContext.OUTPUT, request.output().toAbsolutePath().normalize().toString())
                .addString(RunContext.DRAFT, String.valueOf(request.draft()))
                .addString(RunContext.FORCE, String.valueOf(request.force()))
                .addString(RunContext.STARTED, start.toString())
                .addString(RunContext.DELIVERY, request.delivery().name())
                .addString(RunContext.SEND_DRAFTS, String.valueOf(request.sendDrafts()))
                .toJobParameters();
        int recovered = recoverAbandoned(request.output().toAbsolutePath().normalize().toString());
        JobExecution execution = jobOperator.start(request.generate() ? generateJob : validateJob, params);
        Outcome o = outcome(execution, Duration.between(start, LocalDateTime.now()), recovered);
        if (execution.getStatus() == BatchStatus.FAILED) {
            Optional<DiskFullException> full = FailedRun.cleanUp(RunContext.of(execution).outputFolder(), o.failure());
            if (full.isPresent()) {
                o = new Outcome(o.status(), o.unreadable(), full.get(), 0, 0, 0, List.of(), 0, 0, List.of(), List.of(),
                        o.time(), recovered, Rammer.NONE, o.deliveries());
            }
        }
        plans.forget(execution.getJobInstance().getInstanceId());
        staged.runFinished(execution.getJobInstance().getInstanceId(), o.status().name(), o.rendered(),
                o.blocked().size(), o.unchanged(), (int) o.fejl(), (int) o.advarsler(), o.written().size());
        return o;
    }

    /** Loads the report fonts now (see {@link dk.aarsrapport.report.Fonts}): for a process that notes its temp files. */
    public static void loadFonts() {
        dk.aarsrapport.report.Fonts.load();
    }

    /** Stops every running execution at its next chunk boundary (SIGTERM to the scheduler); it stays restartable. */
    public void stopRunning() {
        for (String name : List.of(generateJob.getName(), validateJob.getName())) {
            try {
                for (Long id : jobOperator.getRunningExecutions(name)) {
                    jobOperator.stop(id);
                }
            } catch (Exception e) {
                // nothing running, or it ended meanwhile: nothing to stop
            }
        }
    }

    /**
     * A run killed mid-way (kill -9, power loss) leaves its execution STARTED for ever. The caller
     * holds the output folder's lock, so any such execution for this folder is dead: mark it failed
     * (Spring Batch's recover), so history tells the truth; its unpublished work folder is removed by
     * the new run before it starts.
     */
    private int recoverAbandoned(String output) throws Exception {
        int recovered = 0;
        for (String name : List.of(generateJob.getName(), validateJob.getName())) {
            for (Long id : jobOperator.getRunningExecutions(name)) {
                JobExecution e = jobRepository.getJobExecution(id);
                if (e != null && output.equals(e.getJobParameters().getString(RunContext.OUTPUT))) {
                    jobOperator.recover(e);
                    staged.runFinished(e.getJobInstance().getInstanceId(), "AFBRUDT", 0, 0, 0, 0, 0, 0);
                    recovered++;
                }
            }
        }
        return recovered;
    }

    private Outcome outcome(JobExecution execution, Duration time, int recovered) {
        long run = execution.getJobInstance().getInstanceId();
        if (execution.getStatus() != BatchStatus.COMPLETED) {
            Throwable failure = execution.getAllFailureExceptions().stream().findFirst().orElse(null);
            String unreadable = null;
            for (Throwable t = failure; t != null; t = t.getCause()) {
                if (t instanceof UnreadableInputException u) {
                    unreadable = u.getMessage();
                    break;
                }
            }
            return new Outcome(execution.getStatus(), unreadable, failure, 0, 0, 0, List.of(), 0, 0, List.of(),
                    List.of(), time, recovered, Rammer.NONE, deliveryLog.forRun(run));
        }
        long fejl = 0;
        long advarsler = 0;
        for (StagedFindings.Count c : findings.counts(run)) { // counted by the database
            fejl += c.fejl();
            advarsler += c.advarsler();
        }
        // a generate run has its verdict in its plan; a validate run reads it once, here
        Verdict verdict = plans.find(run).map(RunPlan::verdict).orElseGet(() -> verdicts.of(run));
        List<String> blockedNames = verdict.politikomraader().stream().filter(verdict::isBlocked)
                .map(a -> a.nr() + " " + a.navn()).distinct().toList();
        List<String> blockedRammerNames = verdict.rammer().stream().filter(verdict::isBlocked)
                .map(r -> MaalRammer.unit(r.navn())).toList();
        List<String> written = List.of();
        String w = execution.getExecutionContext().getString(Publisher.WRITTEN, "");
        for (StepExecution step : execution.getStepExecutions()) {
            String s = step.getExecutionContext().getString(Publisher.WRITTEN, "");
            if (!s.isEmpty()) {
                w = s;
            }
        }
        if (!w.isEmpty()) {
            written = Arrays.asList(w.split("\n"));
        }
        var context = execution.getExecutionContext();
        String areas = GenerateJobConfiguration.RENDER_WORKER_STEP;
        String rammer = GenerateJobConfiguration.MAALOPFOELGNING_STEP;
        return new Outcome(execution.getStatus(), null, null, verdict.politikomraader().size(),
                context.getInt(RenderOutcomeWriter.DRAWN + areas, 0), context.getInt(RenderOutcomeWriter.UNCHANGED + areas, 0),
                blockedNames, fejl, advarsler, written, findings.first(run, Severity.FEJL, CONSOLE_FINDINGS), time,
                recovered,
                new Rammer(verdict.rammer().size(), context.getInt(RenderOutcomeWriter.DRAWN + rammer, 0),
                        blockedRammerNames), deliveryLog.forRun(run));
    }
}
