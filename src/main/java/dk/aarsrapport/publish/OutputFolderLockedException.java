package dk.aarsrapport.publish;

import java.nio.file.Path;

/** Another run writes the same output folder. */
public final class OutputFolderLockedException extends FolderLockedException {

    /** Read when refused: the holder may finish and the lock file be rewritten by the next run. */
    private final String startedBy;

    OutputFolderLockedException(Path folder) {
        super("output folder", folder);
        this.startedBy = OutputLock.startedBy(folder);
    }

    @Override
    public String danish() {
        return "En anden kørsel bruger allerede outputmappen " + folder() + startedBy + "; intet er ændret.";
    }
}
