package dk.aarsrapport.ingest;

import dk.aarsrapport.base.SheetLocation;

/** Receives a sheet row by row, so no reader ever holds a whole workbook. */
public interface SheetConsumer {

    /** Called once per sheet; return null to skip the sheet's rows. */
    RowSink startSheet(SheetLocation location);

    interface RowSink {
        void row(RawRow row);

        void end();
    }
}
