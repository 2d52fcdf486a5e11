package dk.aarsrapport.job;

import java.io.PrintStream;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import dk.aarsrapport.base.Texts;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

/** The console lines a person watching a run reads: one per phase, one per politikområde. */
@Component
public class Progress {

    /** Where the command line wants its console lines (a test captures them); standard out otherwise. */
    public record Console(PrintStream out) {
    }

    /**
     * Someone besides the console following a run (the web console's progress page): the phases, the
     * politikområder the render step will draw, and each one as it is done. Called on the job's threads.
     */
    public interface Listener {
        void phase(String text);

        void areas(List<String> labels);

        void area(String label, String line);
    }

    private final PrintStream out;
    private final List<Listener> listeners = new CopyOnWriteArrayList<>();

    public void listen(Listener listener) {
        listeners.add(listener);
    }

    void areas(List<String> labels) {
        listeners.forEach(l -> l.areas(labels));
    }

    void area(String label, String line) {
        listeners.forEach(l -> l.area(label, line));
    }

    Progress(ObjectProvider<Console> console) {
        this.out = console.getIfAvailable(() -> new Console(System.out)).out();
    }

    /** Names and texts in a line come from the input: what would steer the terminal is shown, not sent. */
    public void phase(String text) {
        out.println(Texts.consoleLine(Texts.visible(text), ""));
        listeners.forEach(l -> l.phase(text));
    }

    public void item(String text) {
        out.println(Texts.consoleLine("  " + Texts.visible(text), ""));
    }
}
