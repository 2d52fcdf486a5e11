package dk.aarsrapport.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class RenderThreadsTest {

    @Nested
    class Deal {

        @Test
        void everyPositionGoesToExactlyOnePartitionRoundRobin() {
            var partitions = RenderThreads.deal(7, 3);
            assertThat(partitions).hasSize(3);
            List<Integer> all = new ArrayList<>();
            partitions.values().forEach(p -> all.addAll(RenderThreads.positions(p)));
            assertThat(all).containsExactlyInAnyOrder(0, 1, 2, 3, 4, 5, 6);
            assertThat(RenderThreads.positions(partitions.get("tråd1"))).containsExactly(0, 3, 6);
            assertThat(RenderThreads.positions(partitions.get("tråd3"))).containsExactly(2, 5);
        }

        @Test
        void noEmptyPartitionWhenThereAreFewerAreasThanThreads() {
            assertThat(RenderThreads.deal(1, 4)).hasSize(1);
        }

        @Test
        void anInputWithoutPolitikomraaderStillHasOneEmptyPartition() {
            var partitions = RenderThreads.deal(0, 2);
            assertThat(partitions).hasSize(1);
            assertThat(RenderThreads.positions(partitions.values().iterator().next())).isEmpty();
        }
    }
}
