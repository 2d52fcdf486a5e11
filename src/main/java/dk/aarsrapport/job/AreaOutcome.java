package dk.aarsrapport.job;

import dk.aarsrapport.report.RenderedFile;

/** A politikområde after the render step: its file, and whether it was left as the last run made it. */
record AreaOutcome(RenderedFile file, boolean unchanged) {
}
