package dk.aarsrapport.ingest;

import dk.aarsrapport.stage.StagingWriter;

/** What every sheet reader of one run shares: the year being reported and where rows and findings go. */
record IngestContext(int year, StagingWriter out) {
}
