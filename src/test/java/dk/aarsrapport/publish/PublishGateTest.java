package dk.aarsrapport.publish;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;

import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/** A stop never cuts publishing in half, and after a stop nothing is published. */
class PublishGateTest {

    private final PublishGate gate = new PublishGate();

    @Nested
    class StopBeforePublishing {
        @Test
        void saysNothingWasPublishedAndPublishingNeverBegins() {
            assertThat(gate.stop(1)).isEqualTo(PublishGate.AtStop.NOTHING_PUBLISHED);
            AtomicBoolean ran = new AtomicBoolean();
            assertThatThrownBy(() -> gate.publishing(() -> ran.set(true)))
                    .isInstanceOf(PublishGate.StoppedException.class);
            assertThat(ran).isFalse();
        }
    }

    @Nested
    class StopDuringPublishing {
        @Test
        void waitsForTheRenamesToFinish() throws Exception {
            CountDownLatch inside = new CountDownLatch(1);
            CountDownLatch release = new CountDownLatch(1);
            AtomicBoolean finished = new AtomicBoolean();
            CompletableFuture<Void> publishing = CompletableFuture.runAsync(() -> {
                try {
                    gate.publishing(() -> {
                        inside.countDown();
                        await(release);
                        finished.set(true);
                    });
                } catch (IOException e) {
                    throw new IllegalStateException(e);
                }
            });
            assertThat(inside.await(10, TimeUnit.SECONDS)).isTrue();
            CompletableFuture<PublishGate.AtStop> stop = CompletableFuture.supplyAsync(() -> gate.stop(10));
            Thread.sleep(100); // the stop is waiting; it must not have answered yet
            assertThat(stop).isNotDone();
            release.countDown();
            assertThat(stop.get(10, TimeUnit.SECONDS)).isEqualTo(PublishGate.AtStop.PUBLISHED);
            assertThat(finished).isTrue();
            publishing.get(10, TimeUnit.SECONDS);
        }

        @Test
        void publishingThatFailsIsReportedAsInterrupted() {
            assertThatThrownBy(() -> gate.publishing(() -> {
                throw new IOException("disk");
            })).hasMessage("disk");
            assertThat(gate.stop(1)).isEqualTo(PublishGate.AtStop.INTERRUPTED);
        }
    }

    @Nested
    class StopAfterPublishing {
        @Test
        void saysTheOutputIsThisRuns() throws IOException {
            gate.publishing(() -> { });
            assertThat(gate.stop(1)).isEqualTo(PublishGate.AtStop.PUBLISHED);
        }
    }

    private static void await(CountDownLatch latch) {
        try {
            latch.await(10, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
