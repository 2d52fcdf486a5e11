package dk.aarsrapport.job;

import org.springframework.batch.core.configuration.annotation.StepScope;
import org.springframework.batch.core.step.StepExecution;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import dk.aarsrapport.deliver.Delivery;
import dk.aarsrapport.deliver.DeliveryTasklet;
import dk.aarsrapport.plan.Document;
import dk.aarsrapport.plan.Fills;
import dk.aarsrapport.plan.Planned;
import dk.aarsrapport.plan.RunPlans;
import dk.aarsrapport.report.DocumentPartitioner;
import dk.aarsrapport.report.DocumentProcessor;
import dk.aarsrapport.report.PlanItemReader;
import dk.aarsrapport.report.PlannedReportProcessor;
import dk.aarsrapport.report.PolitikomraadePartitioner;
import dk.aarsrapport.report.PrintCache;
import dk.aarsrapport.report.RenderOutcomeWriter;
import dk.aarsrapport.report.ReportAssembler;
import dk.aarsrapport.report.ReportWriter;

/**
 * The readers, processors and writers of the steps after the plan, one instance per step execution (a render
 * thread's partition is a step execution of its own), each given the run's plan.
 */
@Configuration
class StepScopedBeans {

    private static final String STEP = "#{stepExecution}";

    @Bean
    @StepScope
    PolitikomraadePartitioner politikomraadePartitioner(RunPlans plans, @Value(STEP) StepExecution step) {
        return new PolitikomraadePartitioner(plans.of(run(step)));
    }

    @Bean
    @StepScope
    PlanItemReader<Planned<?>> politikomraadeReader(RunPlans plans, @Value(STEP) StepExecution step) {
        return PlanItemReader.politikomraader(plans.of(run(step)), step.getExecutionContext());
    }

    @Bean
    @StepScope
    PlanItemReader<Planned<?>> rammeReader(RunPlans plans, @Value(STEP) StepExecution step) {
        return PlanItemReader.rammer(plans.of(run(step)));
    }

    @Bean
    @StepScope
    PlanItemReader<Document> documentReader(RunPlans plans, @Value(STEP) StepExecution step) {
        return PlanItemReader.documents(plans.of(run(step)), step.getExecutionContext());
    }

    @Bean
    @StepScope
    DocumentPartitioner documentPartitioner(RunPlans plans, @Value(STEP) StepExecution step) {
        return new DocumentPartitioner(plans.of(run(step)));
    }

    @Bean
    @StepScope
    PlannedReportProcessor plannedReportProcessor(RunPlans plans, Fills fills, ReportWriter writer, PrintCache cache,
                                                  @Value(STEP) StepExecution step) {
        return new PlannedReportProcessor(plans.of(run(step)), fills, writer, cache);
    }

    @Bean
    @StepScope
    DocumentProcessor documentProcessor(RunPlans plans, ReportAssembler assembler, @Value(STEP) StepExecution step) {
        return new DocumentProcessor(plans.of(run(step)), assembler);
    }

    /** Counts per step, under the step's name (a render partition counts under its manager's). */
    @Bean
    @StepScope
    RenderOutcomeWriter renderOutcomeWriter(@Value(STEP) StepExecution step) {
        return new RenderOutcomeWriter(step.getJobExecution().getExecutionContext(), step.getStepName().split(":")[0]);
    }

    @Bean
    @StepScope
    DeliveryTasklet deliveryTasklet(Delivery delivery) {
        return new DeliveryTasklet(delivery);
    }

    private static long run(StepExecution step) {
        return step.getJobExecution().getJobInstance().getInstanceId();
    }
}
