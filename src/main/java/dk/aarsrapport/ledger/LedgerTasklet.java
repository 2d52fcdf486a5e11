package dk.aarsrapport.ledger;

import org.springframework.batch.core.scope.context.ChunkContext;
import org.springframework.batch.core.step.StepContribution;
import org.springframework.batch.infrastructure.repeat.RepeatStatus;
import org.springframework.batch.core.step.tasklet.Tasklet;
import org.springframework.stereotype.Component;

import dk.aarsrapport.base.RunContext;

/**
 * Between reading and validating: builds the accounts table from the ledger, when the input has one. A
 * restarted attempt first removes what the failed one built, so nothing is built twice.
 */
@Component
public class LedgerTasklet implements Tasklet {

    public static final String ACCOUNTS = "ledgerAccounts";

    private final LedgerBuilder builder;

    LedgerTasklet(LedgerBuilder builder) {
        this.builder = builder;
    }

    @Override
    public RepeatStatus execute(StepContribution contribution, ChunkContext chunk) {
        var job = contribution.getStepExecution().getJobExecution();
        LedgerBuilder.Built built = builder.build(RunContext.of(job).runId());
        job.getExecutionContext().putInt(ACCOUNTS, built.accounts());
        return RepeatStatus.FINISHED;
    }
}
