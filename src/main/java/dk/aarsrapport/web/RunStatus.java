package dk.aarsrapport.web;

import java.util.Locale;

/** A run's status in the words of `history`. */
final class RunStatus {

    private RunStatus() {
    }

    static String label(String batchStatus) {
        return switch (batchStatus == null ? "" : batchStatus) {
            case "COMPLETED" -> "færdig";
            case "FAILED" -> "fejlet";
            case "STOPPED" -> "stoppet";
            case "STARTED" -> "kører";
            case "AFBRUDT" -> "afbrudt";
            default -> batchStatus == null ? "" : batchStatus.toLowerCase(Locale.ROOT);
        };
    }
}
