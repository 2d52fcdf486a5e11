package dk.aarsrapport.ingest;

import dk.aarsrapport.base.SheetKind;
import dk.aarsrapport.base.SheetLocation;
import java.nio.file.Path;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Component;

import dk.aarsrapport.stage.StagingWriter;
import dk.aarsrapport.base.Finding;
import dk.aarsrapport.base.Texts;

/**
 * Reads every workbook and CSV file of a year's input folder into staging. Which entries are read is
 * {@link InputFolder}'s decision; each is read once ({@link InputSnapshot}). Sheets are found by name;
 * an unknown sheet or file is a warning (S3), a missing required sheet an error (S1), two files with the
 * same sheet one error naming both ({@link SameSheets}), and a file that cannot be read at all stops the
 * run ({@link UnreadableInputException}).
 */
@Component
public class InputReader {

    /** Takes the copy of an input file that is parsed and hashed; a test can act between copy and parse. */
    interface Snapshots {
        InputSnapshot take(InputFolder.Entry entry, long maxBytes);
    }

    private final long maxBytes;
    private final Snapshots snapshots;

    @Autowired
    public InputReader(InputProperties settings) {
        this(settings, InputSnapshot::of);
    }

    InputReader(InputProperties settings, Snapshots snapshots) {
        this.maxBytes = settings.maxFilstoerrelse().toBytes();
        this.snapshots = snapshots;
    }

    /** Reads the folder; returns how many rows each kind of sheet gave. */
    public Map<SheetKind, Integer> read(Path folder, int year, StagingWriter out) {
        List<InputFolder.Entry> entries = InputFolder.entries(folder, maxBytes, out);
        IngestContext ctx = new IngestContext(year, out);
        Map<SheetKind, Integer> rows = new EnumMap<>(SheetKind.class);
        Set<SheetKind> seen = EnumSet.noneOf(SheetKind.class);
        SameSheets same = new SameSheets();
        for (InputFolder.Entry entry : entries) {
            // each file is read once: hashed while it is copied, and the copy is what is parsed
            try (InputSnapshot snapshot = snapshots.take(entry, maxBytes)) {
                out.file(entry.name(), snapshot.sha256(), snapshot.size());
                Dispatcher sheets = new Dispatcher(ctx, rows, seen, same.file(entry));
                if (entry.workbook()) {
                    new XlsxReader().read(snapshot.file(), entry.name(), sheets);
                } else {
                    new CsvReader().read(snapshot.file(), entry.name(), sheets);
                }
            }
        }
        same.report(out);
        // A Politikområder sheet with headers but no rows is as good as none: every other row would
        // name a politikområde that does not exist, and the run would end "done" with nothing in it.
        // An input of goal follow-up alone needs no politikområder: nothing in it refers to one unless a
        // goal is linked (then the link is the finding). The report's settings refer to none either.
        seen.remove(SheetKind.VEJLEDNING);
        seen.remove(SheetKind.RAPPORT);
        boolean onlyMaalopfoelgning = seen.equals(EnumSet.of(SheetKind.MAALOPFOELGNING));
        if (rows.getOrDefault(SheetKind.POLITIKOMRAADER, 0) == 0 && !onlyMaalopfoelgning) {
            out.add(Finding.fejl("S1", null, null, SheetKind.POLITIKOMRAADER.displayName(), null, null,
                    SheetKind.POLITIKOMRAADER.displayName(), seen.contains(SheetKind.POLITIKOMRAADER)
                            ? "Arket Politikområder i inputmappen " + folder.getFileName()
                                    + " har ingen politikområder; uden dem kan ingen politikområder udgives."
                            : "Arket Politikområder mangler i inputmappen " + folder.getFileName()
                                    + "; uden det kan ingen politikområder udgives."));
        }
        out.flush();
        return rows;
    }

    /** Hands each sheet to the reader for its kind, and reports sheets no reader knows. */
    private static final class Dispatcher implements SheetConsumer {
        private final IngestContext ctx;
        private final Map<SheetKind, Integer> rows;
        private final Set<SheetKind> seen;
        private final SameSheets.File same;

        Dispatcher(IngestContext ctx, Map<SheetKind, Integer> rows, Set<SheetKind> seen, SameSheets.File same) {
            this.ctx = ctx;
            this.rows = rows;
            this.seen = seen;
            this.same = same;
        }

        @Override
        public RowSink startSheet(SheetLocation location) {
            SheetKind kind = SheetKind.of(location.sheet()).orElse(null);
            if (kind == null) {
                String file = Texts.visible(location.file());
                ctx.out().add(Finding.advarsel("S3", null, location.file(), location.sheet(), null,
                        Texts.visible(location.sheet()), null, (location.csv() ? "Filen " + file
                                : "Arket " + Texts.visible(location.sheet()) + " i " + file)
                                + " svarer ikke til noget kendt ark og bliver ikke læst."));
                return null;
            }
            seen.add(kind);
            TableSheet sheet = switch (kind) {
                case VEJLEDNING -> null;
                case RAPPORT -> new RapportSheet(location, ctx);
                case POLITIKOMRAADER -> new PolitikomraaderSheet(location, ctx);
                case REGNSKAB -> new RegnskabSheet(location, ctx);
                case TEKSTER -> new TeksterSheet(location, ctx);
                case EFFEKTMAAL -> new EffektmaalSheet(location, ctx);
                case MAALINGER -> new MaalingerSheet(location, ctx);
                case MODTAGERE -> new ModtagereSheet(location, ctx);
                case MAALOPFOELGNING -> new MaalopfoelgningSheet(location, ctx);
                case KONTI -> new KontiSheet(location, ctx);
                case KONTOPLAN -> new KontoplanSheet(location, ctx);
            };
            if (sheet == null) {
                return null;
            }
            rows.merge(kind, 0, Integer::sum);
            SameSheets.Sheet print = same.sheet(kind);
            return new RowSink() {
                private boolean header = true;

                @Override
                public void row(RawRow row) {
                    if (!header) {
                        rows.merge(kind, 1, Integer::sum);
                    }
                    print.row(row, header);
                    header = false;
                    sheet.row(row);
                }

                @Override
                public void end() {
                    sheet.end();
                    print.end();
                }
            };
        }
    }
}
