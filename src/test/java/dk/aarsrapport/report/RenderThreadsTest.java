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

    @Nested
    class DealByWeight {

        @Test
        void theWholeReportGoesAloneAndThePacksShareTheOtherThread() {
            // a whole report heavier than all the packs together
            int[] weights = {20, 3, 3, 4, 2, 3};
            var partitions = RenderThreads.dealByWeight(weights, 2);
            assertThat(RenderThreads.positions(partitions.get("tråd1"))).containsExactly(0);
            assertThat(RenderThreads.positions(partitions.get("tråd2"))).containsExactly(1, 2, 3, 4, 5);
        }

        @Test
        void evenWeightsComeOutEven() {
            var partitions = RenderThreads.dealByWeight(new int[] {5, 5, 5, 5, 1, 1}, 2);
            int[] load = new int[2];
            int[] weights = {5, 5, 5, 5, 1, 1};
            for (int t = 0; t < 2; t++) {
                for (int position : RenderThreads.positions(partitions.get("tråd" + (t + 1)))) {
                    load[t] += weights[position];
                }
            }
            assertThat(load).containsExactly(11, 11);
        }

        @Test
        void everyPositionOnceAndTheSameDealEveryTime() {
            int[] weights = {0, 7, 7, 1, 0, 3, 9};
            var first = RenderThreads.dealByWeight(weights, 3);
            List<Integer> all = new ArrayList<>();
            first.values().forEach(p -> all.addAll(RenderThreads.positions(p)));
            assertThat(all).containsExactlyInAnyOrder(0, 1, 2, 3, 4, 5, 6);
            assertThat(RenderThreads.dealByWeight(weights, 3)).isEqualTo(first);
        }

        @Test
        void noDocumentsStillOneEmptyPartition() {
            var partitions = RenderThreads.dealByWeight(new int[0], 2);
            assertThat(partitions).hasSize(1);
            assertThat(RenderThreads.positions(partitions.values().iterator().next())).isEmpty();
        }
    }
}
