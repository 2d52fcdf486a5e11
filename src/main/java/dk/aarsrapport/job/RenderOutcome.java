package dk.aarsrapport.job;

import dk.aarsrapport.report.RenderedFile;
import dk.aarsrapport.stage.Politikomraade;

/** A politikområde (null for a Målopfølgning framework) after rendering: its file, and whether it was left as the last run made it. */
record RenderOutcome(Politikomraade area, RenderedFile file, boolean unchanged) {
}
