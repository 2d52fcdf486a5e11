package dk.aarsrapport.publish;

import java.nio.file.Path;

/** Another run writes the same output folder. */
public final class OutputFolderLockedException extends FolderLockedException {

    OutputFolderLockedException(Path folder) {
        super("output folder", folder);
    }
}
