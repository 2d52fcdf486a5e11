package dk.aarsrapport.ingest;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

import dk.aarsrapport.base.Finding;
import dk.aarsrapport.base.FindingSink;
import dk.aarsrapport.base.Texts;

/**
 * Which entries of an input folder are input: regular files, inside the folder, as a workbook or a CSV
 * file. Anything else is a warning (S3) naming the entry and is never opened: a folder, a FIFO or a device
 * (reading would wait or never end), a link that leads out of the folder (it would quote a file the user
 * never gave as input, such as /etc/passwd, in the findings), a file of another format. A file larger than
 * the limit stops the run before it is read.
 */
final class InputFolder {

    /** An entry that is read: its name in the folder, and the file it is, links resolved. */
    record Entry(String name, Path file, boolean workbook) {
    }

    private InputFolder() {
    }

    /** The entries to read, in name order; every other entry is reported to {@code findings}. */
    static List<Entry> entries(Path folder, long maxBytes, FindingSink findings) {
        if (!Files.isDirectory(folder)) {
            throw new UnreadableInputException("Inputmappen " + folder + " findes ikke.");
        }
        List<Entry> entries = new ArrayList<>();
        try {
            Path root = folder.toRealPath();
            for (Path p : listed(folder)) {
                Entry e = entry(root, p, findings);
                if (e != null) {
                    long size = Files.size(e.file());
                    if (size > maxBytes) {
                        throw new UnreadableInputException("Filen " + TableSheet.shorten(Texts.visible(e.name()))
                                + " fylder " + megabytes(size)
                                + " og er større end grænsen på " + megabytes(maxBytes)
                                + " (aarsrapport.input.max-filstoerrelse); den bliver ikke læst. Fjern den fra "
                                + "inputmappen, eller hæv grænsen, hvis den virkelig er årets input.");
                    }
                    entries.add(e);
                }
            }
        } catch (IOException e) {
            throw new UnreadableInputException("Inputmappen " + folder + " kan ikke læses: " + e.getMessage(), e);
        }
        return entries;
    }

    private static List<Path> listed(Path folder) throws IOException {
        try (Stream<Path> list = Files.list(folder)) {
            return list.filter(p -> !p.getFileName().toString().startsWith("."))
                    .filter(p -> !p.getFileName().toString().startsWith("~$"))
                    .sorted().toList();
        }
    }

    private static Entry entry(Path root, Path p, FindingSink findings) throws IOException {
        String name = p.getFileName().toString();
        String shown = TableSheet.shorten(Texts.visible(name));
        String lower = name.toLowerCase(Locale.ROOT);
        if (Files.isDirectory(p)) {
            findings.add(warning(name, "Mappen " + shown + " i inputmappen bliver ikke læst."));
            return null;
        }
        if (!Files.isRegularFile(p)) {
            // a FIFO, a device or a link to one: reading it would wait for ever or never end
            findings.add(warning(name, "Filen " + shown + " er ikke en almindelig fil og bliver ikke læst."));
            return null;
        }
        Path file = p.toRealPath();
        if (!file.startsWith(root)) {
            findings.add(warning(name, "Filen " + shown + " er en genvej (et link) til en fil uden for inputmappen "
                    + "og bliver ikke læst; læg selve filen i inputmappen."));
            return null;
        }
        if (lower.endsWith(".xlsx") || lower.endsWith(".xlsm")) {
            // a macro-enabled workbook is read like any other: only the cells are read, its macros never run
            return new Entry(name, file, true);
        }
        if (lower.endsWith(".csv")) {
            return new Entry(name, file, false);
        }
        if (lower.endsWith(".xls") || lower.endsWith(".ods")) {
            findings.add(warning(name, "Filen " + shown + " er i et ældre eller andet regnearksformat og bliver ikke "
                    + "læst; gem den som .xlsx-projektmappe (Filer › Gem som › Excel-projektmappe), så læses den."));
        } else {
            findings.add(warning(name, "Filen " + shown
                    + " er hverken en .xlsx-projektmappe eller en .csv-fil og bliver ikke læst."));
        }
        return null;
    }

    private static Finding warning(String name, String message) {
        return Finding.advarsel("S3", null, name, null, null, name, null, message);
    }

    static String megabytes(long bytes) {
        long mb = bytes / (1024 * 1024);
        return mb > 0 ? TableSheet.danish(mb) + " MB" : TableSheet.danish(bytes) + " byte";
    }
}
