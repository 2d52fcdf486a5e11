package dk.aarsrapport.report;

import java.util.List;
import java.util.ArrayList;
import java.util.Collections;

import org.springframework.stereotype.Component;

/**
 * The parts JasperReports exported, by name, in order: the seam that shows each politikområde and goal
 * framework is exported once per run, however many documents hold its pages. Only names are kept, and only
 * the last {@value #LIMIT}, so a scheduler that runs for years holds no more.
 */
@Component
public class PartExports {

    static final int LIMIT = 100_000;

    private final List<String> names = Collections.synchronizedList(new ArrayList<>());

    void exported(String name) {
        synchronized (names) {
            if (names.size() >= LIMIT) {
                names.clear();
            }
            names.add(name);
        }
    }

    /** What was exported since the last {@link #clear()}. */
    public List<String> names() {
        synchronized (names) {
            return List.copyOf(names);
        }
    }

    public void clear() {
        names.clear();
    }
}
