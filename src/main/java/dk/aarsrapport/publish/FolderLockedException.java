package dk.aarsrapport.publish;

import java.io.IOException;
import java.nio.file.Path;

/**
 * Another run holds a folder's lock. A type of its own, so that the command line tells "wait for the
 * other run" (exit status 4) from every other failure by what was thrown, however it was wrapped on the
 * way, and never by the words of a message.
 */
public abstract sealed class FolderLockedException extends IOException
        permits OutputFolderLockedException, DataFolderLockedException {

    private final transient Path folder;

    FolderLockedException(String what, Path folder) {
        super("Another run holds the lock of the " + what + " " + folder);
        this.folder = folder;
    }

    /** The one line the console shows: which folder, and what to do. */
    public abstract String danish();

    /** The folder as the caller named it. */
    public Path folder() {
        return folder;
    }
}
