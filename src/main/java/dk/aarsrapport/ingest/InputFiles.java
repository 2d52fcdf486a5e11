package dk.aarsrapport.ingest;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The files of an input folder that a run would read, by the name it gives them: what the schedule
 * compares with the manifest to tell whether a year changed. The same choice as the run's, so a folder,
 * a FIFO, a link out of the folder or an .xls beside the workbook is no change every night.
 */
public final class InputFiles {

    private InputFiles() {
    }

    /** Name in the folder → the file it is; the warnings about the rest are the run's to give. */
    public static Map<String, Path> readable(Path folder) {
        Map<String, Path> files = new LinkedHashMap<>();
        for (InputFolder.Entry e : InputFolder.entries(folder, Long.MAX_VALUE, finding -> { })) {
            files.put(e.name(), e.file());
        }
        return files;
    }
}
