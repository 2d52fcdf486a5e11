package dk.aarsrapport.publish;

import java.nio.file.Path;

/** Another process uses the same data folder, and so the same embedded database. */
public final class DataFolderLockedException extends FolderLockedException {

    DataFolderLockedException(Path folder) {
        super("data folder", folder);
    }

    @Override
    public String danish() {
        return "En anden kørsel bruger allerede programmets database (" + folder() + "); prøv igen, når den er færdig.";
    }
}
