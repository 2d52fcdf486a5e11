package dk.aarsrapport.ingest;

/**
 * A file that cannot be read at all (corrupt, encrypted, not a workbook, undecodable): the run stops
 * before writing anything, exit status 2, with this Danish message naming the file.
 */
public class UnreadableInputException extends RuntimeException {

    public UnreadableInputException(String message) {
        super(message);
    }

    public UnreadableInputException(String message, Throwable cause) {
        super(message, cause);
    }
}
