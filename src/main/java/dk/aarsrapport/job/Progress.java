package dk.aarsrapport.job;

import java.io.PrintStream;

import dk.aarsrapport.base.Texts;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

/** The console lines a person watching a run reads: one per phase, one per politikområde. */
@Component
public class Progress {

    /** Where the command line wants its console lines (a test captures them); standard out otherwise. */
    public record Console(PrintStream out) {
    }

    private final PrintStream out;

    Progress(ObjectProvider<Console> console) {
        this.out = console.getIfAvailable(() -> new Console(System.out)).out();
    }

    /** Names and texts in a line come from the input: what would steer the terminal is shown, not sent. */
    public void phase(String text) {
        out.println(Texts.consoleLine(Texts.visible(text), ""));
    }

    public void item(String text) {
        out.println(Texts.consoleLine("  " + Texts.visible(text), ""));
    }
}
