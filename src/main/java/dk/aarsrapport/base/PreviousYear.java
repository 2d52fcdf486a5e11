package dk.aarsrapport.base;

import java.nio.file.Path;
import java.util.List;

import org.springframework.batch.infrastructure.item.ExecutionContext;

/**
 * The previous year's input of a run (validation.md R8): where it was looked for, and whether it was read.
 * The step that reads it leaves this in the job's context; validation and the report read it from there, so
 * a restarted run knows it without reading the folder again.
 *
 * @param folder  the folder as the user knows it (the sibling {@code input/<Y-1>/} or {@code --previous});
 *                null when the input folder has no parent to look beside
 * @param state   what came of looking
 * @param problem with {@link State#UNREADABLE}: the reader's one line naming the file
 */
public record PreviousYear(String folder, State state, String problem) {

    public enum State { NOT_FOUND, READ, UNREADABLE }

    /** The previous year's figures are in the manifest's list of files read under this prefix: "../2015/". */
    public static final String MANIFEST_PREFIX = "../";

    private static final String FOLDER = "previousYearFolder";
    private static final String STATE = "previousYearState";
    private static final String PROBLEM = "previousYearProblem";
    private static final String NOTES = "previousYearNotes";

    public static final PreviousYear NONE = new PreviousYear(null, State.NOT_FOUND, null);

    /** The folder a run compares with: {@code explicit} when given, else {@code input/<year-1>/} beside the input. */
    public static Path folderFor(Path input, int year, Path explicit) {
        if (explicit != null) {
            return explicit;
        }
        Path parent = input.toAbsolutePath().normalize().getParent();
        return parent == null ? null : parent.resolve(String.valueOf(year - 1));
    }

    /** How the previous year's files are named in the manifest: beside this year's, under their folder's name. */
    public static String manifestName(Path folder, String file) {
        Path name = folder.toAbsolutePath().normalize().getFileName();
        return MANIFEST_PREFIX + (name == null ? "" : name + "/") + file;
    }

    public void store(ExecutionContext context) {
        context.putString(FOLDER, folder == null ? "" : folder);
        context.putString(STATE, state.name());
        context.putString(PROBLEM, problem == null ? "" : problem);
    }

    public static PreviousYear of(ExecutionContext context) {
        if (!context.containsKey(STATE)) {
            return NONE;
        }
        String folder = context.getString(FOLDER, "");
        String problem = context.getString(PROBLEM, "");
        return new PreviousYear(folder.isEmpty() ? null : folder, State.valueOf(context.getString(STATE)),
                problem.isEmpty() ? null : problem);
    }

    /** The report's words on what was and was not compared (for validering.html), once per run. */
    public static void storeNotes(ExecutionContext context, List<String> notes) {
        context.putString(NOTES, String.join("\n", notes));
    }

    public static List<String> notes(ExecutionContext context) {
        String s = context.getString(NOTES, "");
        return s.isEmpty() ? List.of() : List.of(s.split("\n"));
    }
}
