package dk.aarsrapport.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowable;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;

import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.boot.LazyInitializationBeanFactoryPostProcessor;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.env.YamlPropertySourceLoader;
import org.springframework.context.annotation.AnnotationConfigApplicationContext;
import org.springframework.core.env.MapPropertySource;
import org.springframework.core.env.StandardEnvironment;
import org.springframework.core.env.SystemEnvironmentPropertySource;
import org.springframework.core.io.ClassPathResource;
import org.springframework.util.unit.DataSize;

import dk.aarsrapport.base.DataDirProperties;
import dk.aarsrapport.deliver.UdsendelseProperties;
import dk.aarsrapport.ingest.InputProperties;
import dk.aarsrapport.job.RenderProperties;
import dk.aarsrapport.base.PdfSettings;

/**
 * Each settings record bound as the program binds it: lazily, from the property sources, with application.yml
 * below them; a good value read, a wrong one refused in the Danish line the command line prints.
 */
class SettingsTest {

    @EnableConfigurationProperties({DataDirProperties.class, PdfSettings.class, RenderProperties.class,
            UdsendelseProperties.class, InputProperties.class})
    static class Records {
    }

    private static AnnotationConfigApplicationContext context(Map<String, Object> settings, boolean asEnvironment) {
        AnnotationConfigApplicationContext ctx = new AnnotationConfigApplicationContext();
        var sources = ctx.getEnvironment().getPropertySources();
        sources.addFirst(asEnvironment
                ? new SystemEnvironmentPropertySource(StandardEnvironment.SYSTEM_ENVIRONMENT_PROPERTY_SOURCE_NAME, settings)
                : new MapPropertySource("test", settings));
        try {
            new YamlPropertySourceLoader().load("application.yml", new ClassPathResource("application.yml"))
                    .forEach(sources::addLast);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        ctx.register(Records.class);
        ctx.addBeanFactoryPostProcessor(new LazyInitializationBeanFactoryPostProcessor());
        ctx.refresh();
        return ctx;
    }

    private static <T> T bound(Class<T> record, String... nameValue) {
        Map<String, Object> settings = new HashMap<>();
        for (int i = 0; i < nameValue.length; i += 2) {
            settings.put(nameValue[i], nameValue[i + 1]);
        }
        try (AnnotationConfigApplicationContext ctx = context(settings, false)) {
            Settings.check(ctx, record);
            return ctx.getBean(record);
        }
    }

    /** The Danish line a wrong value gets. */
    private static String refused(Class<?> record, String name, String value) {
        return refusedIn(context(Map.of(name, value), false), record);
    }

    private static String refusedIn(AnnotationConfigApplicationContext ctx, Class<?> record) {
        try (ctx) {
            Throwable thrown = catchThrowable(() -> Settings.check(ctx, record));
            assertThat(thrown).isInstanceOf(WrongSettingException.class);
            assertThat(thrown.getMessage()).doesNotContain("Exception").doesNotContain("\n");
            return thrown.getMessage();
        }
    }

    @Nested
    class DataDir {
        @Test
        void theDefaultIsApplicationYmls() {
            assertThat(bound(DataDirProperties.class).dataDir()).isEqualTo(Path.of("data"));
        }

        @Test
        void aFolderIsReadAsAPath() {
            assertThat(bound(DataDirProperties.class, "aarsrapport.data-dir", "/srv/aarsrapport/data").dataDir())
                    .isEqualTo(Path.of("/srv/aarsrapport/data"));
        }

        @Test
        void theEnvironmentVariableOfTheReadmeIsRead() {
            try (AnnotationConfigApplicationContext ctx = context(Map.of("AARSRAPPORT_DATA_DIR", "/srv/d"), true)) {
                assertThat(ctx.getBean(DataDirProperties.class).dataDir()).isEqualTo(Path.of("/srv/d"));
            }
        }

        @Test
        void anEmptyFolderIsRefused() {
            assertThat(refused(DataDirProperties.class, "aarsrapport.data-dir", ""))
                    .isEqualTo("aarsrapport.data-dir skal være en mappe, ikke \"\".");
        }

        @Test
        void theLockListenerBindsTheSameRecordAndRefusesTheSame() {
            StandardEnvironment env = new StandardEnvironment();
            env.getPropertySources().addFirst(new MapPropertySource("test", Map.of("aarsrapport.data-dir", "")));
            assertThatThrownBy(() -> Settings.bind(env, DataDirProperties.class))
                    .isInstanceOf(WrongSettingException.class)
                    .hasMessage("aarsrapport.data-dir skal være en mappe, ikke \"\".");
            env.getPropertySources().addFirst(new MapPropertySource("set", Map.of("aarsrapport.data-dir", "d")));
            assertThat(Settings.bind(env, DataDirProperties.class).dataDir()).isEqualTo(Path.of("d"));
        }
    }

    @Nested
    class Pdf {
        @Test
        void conformantByDefault() {
            assertThat(bound(PdfSettings.class).conformance()).isTrue();
        }

        @Test
        void plainWhenSwitchedOff() {
            assertThat(bound(PdfSettings.class, "aarsrapport.pdfa", "false").conformance()).isFalse();
        }

        @Test
        void neitherTrueNorFalseIsRefused() {
            assertThat(refused(PdfSettings.class, "aarsrapport.pdfa", "måske"))
                    .isEqualTo("aarsrapport.pdfa skal være true eller false, ikke \"måske\".");
        }
    }

    @Nested
    class Render {
        @Test
        void onePerCoreByDefault() {
            RenderProperties r = bound(RenderProperties.class);
            assertThat(r.threads()).isZero();
            assertThat(r.effectiveThreads()).isEqualTo(Runtime.getRuntime().availableProcessors());
        }

        @Test
        void aCountIsTakenAsItIs() {
            assertThat(bound(RenderProperties.class, "aarsrapport.render.threads", "3").effectiveThreads()).isEqualTo(3);
            assertThat(new RenderProperties(-1).effectiveThreads()).as("below 0 too")
                    .isEqualTo(Runtime.getRuntime().availableProcessors());
        }

        @ParameterizedTest
        @CsvSource({"abc", "1.5", "'2 tråde'"})
        void notAWholeNumberIsRefused(String value) {
            assertThat(refused(RenderProperties.class, "aarsrapport.render.threads", value))
                    .isEqualTo("aarsrapport.render.threads skal være et helt tal, ikke \"" + value + "\".");
        }
    }

    @Nested
    class Input {
        @Test
        void twoHundredMegabytesByDefault() {
            assertThat(bound(InputProperties.class).maxFilstoerrelse()).isEqualTo(DataSize.ofMegabytes(200));
        }

        @Test
        void aSizeIsReadAsAnOperatorWritesIt() {
            assertThat(bound(InputProperties.class, "aarsrapport.input.max-filstoerrelse", "1GB").maxFilstoerrelse())
                    .isEqualTo(DataSize.ofGigabytes(1));
            try (AnnotationConfigApplicationContext ctx = context(Map.of("AARSRAPPORT_INPUT_MAXFILSTOERRELSE", "5MB"),
                    true)) {
                assertThat(ctx.getBean(InputProperties.class).maxFilstoerrelse()).isEqualTo(DataSize.ofMegabytes(5));
            }
        }

        @ParameterizedTest
        @CsvSource({"meget", "0", "-1MB"})
        void notASizeOrNothingIsRefused(String value) {
            assertThat(refused(InputProperties.class, "aarsrapport.input.max-filstoerrelse", value))
                    .isEqualTo("aarsrapport.input.max-filstoerrelse skal være en størrelse som 200MB, ikke \""
                            + value + "\".");
        }
    }

    @Nested
    class Udsendelse {
        @Test
        void theDefaultsAreReadAsDocumented() {
            UdsendelseProperties u = bound(UdsendelseProperties.class);
            assertThat(u.fra()).isEmpty();
            assertThat(u.policy()).isEqualTo(UdsendelseProperties.Policy.ON_CHANGE);
            assertThat(u.planlagt()).isFalse();
            assertThat(u.maxVedhaeftning()).isEqualTo(DataSize.ofMegabytes(10));
            assertThat(u.forsoeg()).isEqualTo(4);
            assertThat(u.ventetid()).isEqualTo(Duration.ofSeconds(2));
        }

        @Test
        void valuesAreReadAsAnOperatorWritesThem() {
            UdsendelseProperties u = bound(UdsendelseProperties.class,
                    "aarsrapport.udsendelse.fra", " Økonomi <oekonomi@kommune.dk> ",
                    "aarsrapport.udsendelse.hvornaar", "Altid",
                    "aarsrapport.udsendelse.planlagt", "true",
                    "aarsrapport.udsendelse.max-vedhaeftning", "1MB",
                    "aarsrapport.udsendelse.forsoeg", "1",
                    "aarsrapport.udsendelse.ventetid", "0s");
            assertThat(u.fra()).isEqualTo("Økonomi <oekonomi@kommune.dk>");
            assertThat(u.policy()).isEqualTo(UdsendelseProperties.Policy.ALWAYS);
            assertThat(u.planlagt()).isTrue();
            assertThat(u.maxVedhaeftning()).isEqualTo(DataSize.ofMegabytes(1));
            assertThat(u.forsoeg()).isEqualTo(1);
            assertThat(u.ventetid()).isZero();
        }

        /** Today's lines, whether the type cannot read the value or the record refuses it. */
        @ParameterizedTest
        @CsvSource(delimiter = '|', value = {
                "hvornaar         | ugentlig        | \"altid\" eller \"ved-ændring\"",
                "max-vedhaeftning | meget           | en størrelse som 10MB",
                "max-vedhaeftning | -1MB            | en størrelse som 10MB",
                "forsoeg          | nul             | et helt tal på mindst 1",
                "forsoeg          | 0               | et helt tal på mindst 1",
                "ventetid         | lidt            | en varighed som 2s",
                "ventetid         | -5s             | en varighed som 2s",
                "planlagt         | måske           | true eller false",
                "fra              | ikke en adresse | en afsenderadresse som \"Økonomi <oekonomi@kommune.dk>\""})
        void aWrongValueIsNamedWithWhatItShouldBe(String setting, String value, String expected) {
            assertThat(refused(UdsendelseProperties.class, "aarsrapport.udsendelse." + setting, value))
                    .isEqualTo("aarsrapport.udsendelse." + setting + " skal være " + expected + ", ikke \"" + value + "\".");
        }

        @Test
        void theEnvironmentVariablesOfTheReadmeAreRead() {
            try (AnnotationConfigApplicationContext ctx = context(Map.of("AARSRAPPORT_UDSENDELSE_MAXVEDHAEFTNING", "2MB",
                    "AARSRAPPORT_UDSENDELSE_FRA", "oe@x.dk"), true)) {
                assertThat(ctx.getBean(UdsendelseProperties.class).maxVedhaeftning()).isEqualTo(DataSize.ofMegabytes(2));
                assertThat(ctx.getBean(UdsendelseProperties.class).fra()).isEqualTo("oe@x.dk");
            }
        }

        @Test
        void anEnvironmentVariableIsNamedAsTheSettingWithTheValueAsWritten() {
            assertThat(refusedIn(context(Map.of("AARSRAPPORT_UDSENDELSE_FORSOEG", "0"), true), UdsendelseProperties.class))
                    .isEqualTo("aarsrapport.udsendelse.forsoeg skal være et helt tal på mindst 1, ikke \"0\".");
            assertThat(refusedIn(context(Map.of("AARSRAPPORT_UDSENDELSE_VENTETID", "kort"), true), UdsendelseProperties.class))
                    .isEqualTo("aarsrapport.udsendelse.ventetid skal være en varighed som 2s, ikke \"kort\".");
        }
    }

    @Test
    void aFailureThatIsNoSettingIsLeftAsItIs() {
        IllegalStateException other = new IllegalStateException("aarsrapport.render.threads");
        assertThat(Settings.describe(other, new StandardEnvironment())).isEmpty();
    }
}
