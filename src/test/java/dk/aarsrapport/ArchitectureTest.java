package dk.aarsrapport;

import static com.tngtech.archunit.library.Architectures.layeredArchitecture;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/**
 * The packages' one-way flow: base below everything; ingest hands rows to stage; ledger builds the accounts
 * table from staged accounts; validate, content, plan,
 * report, change, publish and deliver each read only what comes before them; job wires the steps; cli,
 * schedule, template and web (the console, which only the command line's `serve` starts) are on top. Any import against that flow, and any package cycle, fails here.
 */
@AnalyzeClasses(packages = "dk.aarsrapport", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

    @ArchTest
    static final ArchRule noPackageCycles = slices().matching("dk.aarsrapport.(*)..").should().beFreeOfCycles();

    @ArchTest
    static final ArchRule oneWayFlow = layeredArchitecture().consideringOnlyDependenciesInLayers()
            .layer("base").definedBy("dk.aarsrapport.base..")
            .layer("stage").definedBy("dk.aarsrapport.stage..")
            .layer("ingest").definedBy("dk.aarsrapport.ingest..")
            .layer("ledger").definedBy("dk.aarsrapport.ledger..")
            .layer("validate").definedBy("dk.aarsrapport.validate..")
            .layer("content").definedBy("dk.aarsrapport.content..")
            .layer("plan").definedBy("dk.aarsrapport.plan..")
            .layer("report").definedBy("dk.aarsrapport.report..")
            .layer("change").definedBy("dk.aarsrapport.change..")
            .layer("publish").definedBy("dk.aarsrapport.publish..")
            .layer("deliver").definedBy("dk.aarsrapport.deliver..")
            .layer("job").definedBy("dk.aarsrapport.job..")
            .layer("template").definedBy("dk.aarsrapport.template..")
            .layer("schedule").definedBy("dk.aarsrapport.schedule..")
            .layer("web").definedBy("dk.aarsrapport.web..")
            .layer("cli").definedBy("dk.aarsrapport.cli..")
            .layer("application").definedBy("dk.aarsrapport")
            // the application class is the root of the Spring context, which the command line starts
            .whereLayer("application").mayOnlyBeAccessedByLayers("cli")
            .whereLayer("cli").mayOnlyBeAccessedByLayers("application")
            .whereLayer("web").mayOnlyBeAccessedByLayers("cli")
            .whereLayer("schedule").mayOnlyBeAccessedByLayers("cli")
            .whereLayer("template").mayOnlyBeAccessedByLayers("cli", "web")
            .whereLayer("job").mayOnlyBeAccessedByLayers("schedule", "cli", "web")
            .whereLayer("deliver").mayOnlyBeAccessedByLayers("job", "schedule", "cli", "web")
            .whereLayer("publish").mayOnlyBeAccessedByLayers("deliver", "job", "schedule", "cli", "web")
            .whereLayer("change").mayOnlyBeAccessedByLayers("publish", "job")
            .whereLayer("report").mayOnlyBeAccessedByLayers("job")
            .whereLayer("plan").mayOnlyBeAccessedByLayers("report", "publish", "deliver", "job", "schedule")
            .whereLayer("content").mayOnlyBeAccessedByLayers("plan", "report")
            // template reads the year it rolls forward with every rule, to say what is wrong with what it carries
            .whereLayer("validate").mayOnlyBeAccessedByLayers("plan", "report", "publish", "deliver", "job", "template",
                    "cli", "web")
            // the ledger builds the accounts table that validate and everything after it read as Regnskab
            .whereLayer("ledger").mayOnlyBeAccessedByLayers("validate", "plan", "report", "change", "publish",
                    "deliver", "job", "template", "cli")
            .whereLayer("ingest").mayOnlyBeAccessedByLayers("job", "template", "schedule", "cli", "web")
            .whereLayer("stage").mayOnlyBeAccessedByLayers("ingest", "ledger", "validate", "content", "plan", "report",
                    "change", "publish", "deliver", "job", "template", "schedule", "cli", "web");
}
