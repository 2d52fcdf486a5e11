package dk.aarsrapport.report;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.batch.infrastructure.item.ExecutionContext;

/**
 * How the render step's politikområder are shared among its threads. A partition holds positions in
 * the run's staged list of politikområder (ordered by Nr), so a restart deals out the same areas.
 */
public final class RenderThreads {

    public static final String POSITIONS = "positions";

    private RenderThreads() {
    }

    /** {@code count} positions dealt round-robin into at most {@code gridSize} non-empty partitions. */
    public static Map<String, ExecutionContext> deal(int count, int gridSize) {
        int partitions = Math.max(1, Math.min(gridSize, count));
        List<StringBuilder> dealt = new ArrayList<>();
        for (int i = 0; i < partitions; i++) {
            dealt.add(new StringBuilder());
        }
        for (int position = 0; position < count; position++) {
            StringBuilder sb = dealt.get(position % partitions);
            sb.append(sb.isEmpty() ? "" : ",").append(position);
        }
        Map<String, ExecutionContext> result = new LinkedHashMap<>();
        for (int i = 0; i < partitions; i++) {
            ExecutionContext context = new ExecutionContext();
            context.putString(POSITIONS, dealt.get(i).toString());
            result.put("tråd" + (i + 1), context);
        }
        return result;
    }

    /**
     * {@code weights.length} positions dealt into at most {@code gridSize} non-empty partitions so that their
     * weights come out as even as they can, the heaviest first, each to the lightest partition so far: the
     * whole report weighs as much as all its politikområder, a pack only its own. Deterministic, so a restart
     * deals the same; each partition keeps its positions in ascending order.
     */
    public static Map<String, ExecutionContext> dealByWeight(int[] weights, int gridSize) {
        int partitions = Math.max(1, Math.min(gridSize, weights.length));
        Integer[] order = new Integer[weights.length];
        for (int i = 0; i < order.length; i++) {
            order[i] = i;
        }
        Arrays.sort(order, (a, b) -> weights[a] != weights[b] ? Integer.compare(weights[b], weights[a])
                : Integer.compare(a, b));
        long[] load = new long[partitions];
        List<java.util.TreeSet<Integer>> dealt = new ArrayList<>();
        for (int i = 0; i < partitions; i++) {
            dealt.add(new java.util.TreeSet<>());
        }
        for (int position : order) {
            int lightest = 0;
            for (int i = 1; i < partitions; i++) {
                if (load[i] < load[lightest]) {
                    lightest = i;
                }
            }
            load[lightest] += Math.max(1, weights[position]);
            dealt.get(lightest).add(position);
        }
        Map<String, ExecutionContext> result = new LinkedHashMap<>();
        for (int i = 0; i < partitions; i++) {
            ExecutionContext context = new ExecutionContext();
            StringBuilder sb = new StringBuilder();
            for (int position : dealt.get(i)) {
                sb.append(sb.isEmpty() ? "" : ",").append(position);
            }
            context.putString(POSITIONS, sb.toString());
            result.put("tråd" + (i + 1), context);
        }
        return result;
    }

    public static List<Integer> positions(ExecutionContext partition) {
        String positions = partition.getString(POSITIONS, "");
        return positions.isEmpty() ? List.of()
                : Arrays.stream(positions.split(",")).map(Integer::valueOf).toList();
    }
}
