package dk.aarsrapport.job;

import dk.aarsrapport.report.RenderedFile;
import dk.aarsrapport.stage.Politikomraade;

/** A politikområde after the render step: its file, and whether it was left as the last run made it. */
record AreaOutcome(Politikomraade area, RenderedFile file, boolean unchanged) {
}
