package dk.aarsrapport.job;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.springframework.stereotype.Component;


/**
 * The console line of each politikområde, in Nr order although the render threads finish them in
 * any order: a line waits until every politikområde before it has printed its own. What is still
 * waiting when the step ends (a restart does not render again what an earlier attempt finished)
 * is printed then, still in order.
 */
@Component
class RenderLines {

    private final Progress progress;
    private final Map<Object, Integer> positions = new HashMap<>();
    private final TreeMap<Integer, String> waiting = new TreeMap<>();
    private int next;

    RenderLines(Progress progress) {
        this.progress = progress;
    }

    synchronized void start(List<?> subjects) {
        positions.clear();
        waiting.clear();
        next = 0;
        for (int i = 0; i < subjects.size(); i++) {
            positions.put(subjects.get(i), i);
        }
    }

    synchronized void line(Object subject, String text) {
        Integer position = positions.get(subject);
        if (position == null) {
            progress.item(text);
            return;
        }
        waiting.put(position, text);
        while (!waiting.isEmpty() && waiting.firstKey() == next) {
            progress.item(waiting.pollFirstEntry().getValue());
            next++;
        }
    }

    synchronized void finish() {
        waiting.values().forEach(progress::item);
        waiting.clear();
        positions.clear();
    }
}
