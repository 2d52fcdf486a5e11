package dk.aarsrapport.ingest;

import dk.aarsrapport.base.SheetLocation;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Collects every sheet and row a reader gives, for assertions. */
class RecordingConsumer implements SheetConsumer {

    final Map<String, List<RawRow>> sheets = new LinkedHashMap<>();
    final List<SheetLocation> locations = new ArrayList<>();

    @Override
    public RowSink startSheet(SheetLocation location) {
        locations.add(location);
        List<RawRow> rows = new ArrayList<>();
        sheets.put(location.sheet(), rows);
        return new RowSink() {
            @Override
            public void row(RawRow row) {
                rows.add(row);
            }

            @Override
            public void end() {
            }
        };
    }

    List<RawRow> rows(String sheet) {
        return sheets.get(sheet);
    }
}
