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

    public static List<Integer> positions(ExecutionContext partition) {
        String positions = partition.getString(POSITIONS, "");
        return positions.isEmpty() ? List.of()
                : Arrays.stream(positions.split(",")).map(Integer::valueOf).toList();
    }
}
