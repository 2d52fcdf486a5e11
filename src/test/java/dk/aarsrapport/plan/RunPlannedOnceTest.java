package dk.aarsrapport.plan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyLong;
import static org.mockito.Mockito.times;
import static org.mockito.Mockito.verify;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.job.Job;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.job.parameters.JobParameters;
import org.springframework.batch.core.job.parameters.JobParametersBuilder;
import org.springframework.batch.core.launch.JobOperator;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.step.StepExecution;
import org.springframework.batch.test.JobOperatorTestUtils;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.context.bean.override.mockito.MockitoSpyBean;

import dk.aarsrapport.AarsrapportApplication;
import dk.aarsrapport.base.DeliveryMode;
import dk.aarsrapport.base.RunContext;
import dk.aarsrapport.support.Samples;
import dk.aarsrapport.validate.Verdict;

/**
 * The run is planned once, after validation, and every later step reads that plan: the generate job is run
 * through spring-batch-test with drafts and a delivery trial, so that every step has something to read.
 */
@SpringBootTest(classes = AarsrapportApplication.class)
class RunPlannedOnceTest {

    @TempDir
    static Path tmp;

    @DynamicPropertySource
    static void dataDir(DynamicPropertyRegistry registry) {
        registry.add("aarsrapport.data-dir", () -> tmp.resolve("data").toString());
    }

    @MockitoSpyBean
    RunPlanner planner;

    @MockitoSpyBean
    Verdict.Reader verdicts;

    @Autowired
    JobOperator jobOperator;

    @Autowired
    JobRepository jobRepository;

    @Autowired
    @Qualifier("generateJob")
    Job generateJob;

    @Test
    void onePlanAndOneVerdictServeEveryStepOfTheRun() throws Exception {
        Path in = tmp.resolve("input/2015");
        Samples.copy(Samples.CSV_2015, in);
        Files.copy(Path.of("src/test/resources/sample-2021-csv/maalopfoelgning.csv"), in.resolve("maalopfoelgning.csv"));
        JobOperatorTestUtils batch = new JobOperatorTestUtils(jobOperator, jobRepository);
        batch.setJob(generateJob);
        JobParameters params = new JobParametersBuilder()
                .addLong(RunContext.YEAR, 2015L)
                .addString(RunContext.INPUT, in.toString())
                .addString(RunContext.OUTPUT, tmp.resolve("out").toString())
                .addString(RunContext.DRAFT, "true")
                .addString(RunContext.DELIVERY, DeliveryMode.DRY_RUN.name())
                .addString(RunContext.STARTED, LocalDateTime.now().toString())
                .toJobParameters();

        JobExecution run = batch.startJob(params);

        assertThat(run.getStatus()).isEqualTo(BatchStatus.COMPLETED);
        assertThat(run.getStepExecutions().stream().map(StepExecution::getStepName).filter(n -> !n.contains(":")))
                .containsExactly("ingestStep", "previousYearStep", "ledgerStep", "validateStep", "planStep", "renderStep",
                        "maalopfoelgningStep", "assembleStep", "publishStep", "deliverStep");
        verify(planner, times(1)).plan(any());
        verify(verdicts, times(1)).of(anyLong());
        assertThat(tmp.resolve("out/aarsberetning-2015.pdf")).exists();
        assertThat(tmp.resolve("out/udsendelse.csv")).exists();
    }
}
