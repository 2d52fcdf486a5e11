package dk.aarsrapport.cli;

import java.util.List;

import picocli.CommandLine;
import picocli.CommandLine.ParameterException;

/** picocli's words for a command line it cannot parse, said in Danish as the user reads them. */
final class ParseErrors {

    private ParseErrors() {
    }

    static String danish(ParameterException e) {
        if (e instanceof CommandLine.UnmatchedArgumentException u) {
            return "Ukendt kommando eller tilvalg: " + String.join(" ", u.getUnmatched()) + ".";
        }
        if (e instanceof CommandLine.MissingParameterException m && m.getMissing() != null && !m.getMissing().isEmpty()
                && m.getMissing().stream().allMatch(a -> a instanceof CommandLine.Model.OptionSpec)) {
            List<CommandLine.Model.OptionSpec> options = m.getMissing().stream()
                    .map(a -> (CommandLine.Model.OptionSpec) a).toList();
            return String.valueOf(e.getMessage()).startsWith("Missing required option")
                    ? "Der mangler " + (options.size() == 1 ? "et påkrævet tilvalg: " : "påkrævede tilvalg: ")
                            + String.join(", ", options.stream().map(o -> o.longestName() + " " + o.paramLabel()).toList())
                            + "."
                    : "Tilvalget " + options.get(0).longestName() + " mangler sin værdi ("
                            + options.get(0).paramLabel() + ").";
        }
        if (e instanceof CommandLine.MissingParameterException) {
            return "Der mangler en værdi: " + e.getMessage() + ".";
        }
        // picocli's own words name the type in English ("'tyve' is not an int"); say it as the user reads it
        if (e.getArgSpec() instanceof CommandLine.Model.OptionSpec o && e.getValue() != null
                && (o.type() == int.class || o.type() == Integer.class)) {
            return "Ugyldig værdi for " + o.longestName() + ": \"" + e.getValue() + "\" er ikke et helt tal.";
        }
        if (e.getMessage() != null && e.getMessage().startsWith("Invalid value for option")) {
            return "Ugyldig værdi: " + e.getMessage().replace("Invalid value for option", "tilvalget") + ".";
        }
        return "Forkert brug: " + e.getMessage();
    }
}
