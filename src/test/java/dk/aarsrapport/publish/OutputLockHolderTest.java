package dk.aarsrapport.publish;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;

import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The lock file names who holds an output folder's lock and since when, for a run refused the lock to say. */
class OutputLockHolderTest {

    @TempDir
    Path tmp;

    @Nested
    class Good {
        @Test
        void theHolderAndTheTimeAreReadWhileTheLockIsHeldAndASecondTryIsRefused() throws Exception {
            Path output = tmp.resolve("output/2015");
            LocalDateTime before = LocalDateTime.now().withNano(0);
            try (OutputLock held = OutputLock.tryAcquire(output, "anna").orElseThrow()) {
                assertThat(OutputLock.tryAcquire(output, "bo")).isEmpty();
                assertThat(OutputLock.holder(output)).hasValueSatisfying(h -> {
                    assertThat(h.who()).isEqualTo("anna");
                    assertThat(h.since()).isAfterOrEqualTo(before).isBeforeOrEqualTo(LocalDateTime.now());
                });
            }
            try (OutputLock cli = OutputLock.acquire(output)) {
                assertThat(OutputLock.holder(output)).hasValueSatisfying(h -> assertThat(h.who())
                        .isEqualTo("kommandolinjen"));
            }
        }

        @Test
        void aNameWithALineBreakCannotForgeTheTime() throws Exception {
            Path output = tmp.resolve("output/2016");
            try (OutputLock held = OutputLock.tryAcquire(output, "eve\n2001-01-01T00:00").orElseThrow()) {
                assertThat(OutputLock.holder(output)).hasValueSatisfying(h -> {
                    assertThat(h.who()).isEqualTo("eve 2001-01-01T00:00");
                    assertThat(h.since().getYear()).isNotEqualTo(2001);
                });
            }
        }
    }

    @Nested
    class Bad {
        @Test
        void anEmptyLockFileOfAnOlderProgramTellsNoHolder() throws Exception {
            Path output = tmp.resolve("output/2015");
            Files.createDirectories(output.getParent());
            Files.writeString(output.getParent().resolve(".2015.laas"), "");
            assertThat(OutputLock.holder(output)).isEmpty();
            assertThat(OutputLock.holder(tmp.resolve("output/1999"))).isEmpty();
        }
    }
}
