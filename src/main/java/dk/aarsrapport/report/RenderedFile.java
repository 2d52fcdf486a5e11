package dk.aarsrapport.report;

/** A PDF rendered into the run's work folder: where it will be published, and what it is. */
public record RenderedFile(String label, String relativePath, int pages, boolean draft) {
}
