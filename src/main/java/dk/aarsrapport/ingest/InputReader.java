package dk.aarsrapport.ingest;

import dk.aarsrapport.base.SheetKind;
import dk.aarsrapport.base.SheetLocation;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

import org.springframework.stereotype.Component;

import dk.aarsrapport.stage.StagingWriter;
import dk.aarsrapport.base.Finding;

/**
 * Reads every workbook and CSV file of a year's input folder into staging. Sheets are found by name;
 * an unknown sheet or file is a warning (S3), a missing required sheet an error (S1), and a file that
 * cannot be read at all stops the run ({@link UnreadableInputException}).
 */
@Component
public class InputReader {

    /** Reads the folder; returns how many rows each kind of sheet gave. */
    public Map<SheetKind, Integer> read(Path folder, int year, StagingWriter out) {
        if (!Files.isDirectory(folder)) {
            throw new UnreadableInputException("Inputmappen " + folder + " findes ikke.");
        }
        List<Path> files;
        try (Stream<Path> list = Files.list(folder)) {
            files = list.filter(p -> !p.getFileName().toString().startsWith("."))
                    .filter(p -> !p.getFileName().toString().startsWith("~$"))
                    .sorted().toList();
        } catch (IOException e) {
            throw new UnreadableInputException("Inputmappen " + folder + " kan ikke læses: " + e.getMessage(), e);
        }
        IngestContext ctx = new IngestContext(year, out);
        Map<SheetKind, Integer> rows = new EnumMap<>(SheetKind.class);
        Set<SheetKind> seen = EnumSet.noneOf(SheetKind.class);
        for (Path file : files) {
            String name = file.getFileName().toString();
            String lower = name.toLowerCase(Locale.ROOT);
            if (Files.isDirectory(file)) {
                out.add(Finding.advarsel("S3", null, name, null, null, name, null,
                        "Mappen " + name + " i inputmappen bliver ikke læst."));
                continue;
            }
            if (!Files.isRegularFile(file)) {
                // a FIFO, a device or a link to one: reading it would wait for ever or never end
                out.add(Finding.advarsel("S3", null, name, null, null, name, null,
                        "Filen " + name + " er ikke en almindelig fil og bliver ikke læst."));
                continue;
            }
            if (lower.endsWith(".xlsx") || lower.endsWith(".xlsm")) {
                // a macro-enabled workbook is read like any other: only the cells are read, its macros never run
                fingerprint(file, out);
                new XlsxReader().read(file, new Dispatcher(ctx, rows, seen));
            } else if (lower.endsWith(".csv")) {
                fingerprint(file, out);
                new CsvReader().read(file, new Dispatcher(ctx, rows, seen));
            } else if (lower.endsWith(".xls") || lower.endsWith(".ods")) {
                out.add(Finding.advarsel("S3", null, name, null, null, name, null,
                        "Filen " + name + " er i et ældre eller andet regnearksformat og bliver ikke læst; gem den "
                                + "som .xlsx-projektmappe (Filer › Gem som › Excel-projektmappe), så læses den."));
            } else {
                out.add(Finding.advarsel("S3", null, name, null, null, name, null,
                        "Filen " + name + " er hverken en .xlsx-projektmappe eller en .csv-fil og bliver ikke læst."));
            }
        }
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

    private static void fingerprint(Path file, StagingWriter out) {
        try (InputStream in = new DigestInputStream(Files.newInputStream(file), MessageDigest.getInstance("SHA-256"))) {
            in.transferTo(java.io.OutputStream.nullOutputStream());
            String hex = HexFormat.of().formatHex(((DigestInputStream) in).getMessageDigest().digest());
            out.file(file.getFileName().toString(), hex, Files.size(file));
        } catch (IOException | NoSuchAlgorithmException e) {
            throw new UnreadableInputException("Filen " + file.getFileName() + " kan ikke læses: " + e.getMessage(), e);
        }
    }

    /** Hands each sheet to the reader for its kind, and reports sheets no reader knows. */
    private static final class Dispatcher implements SheetConsumer {
        private final IngestContext ctx;
        private final Map<SheetKind, Integer> rows;
        private final Set<SheetKind> seen;

        Dispatcher(IngestContext ctx, Map<SheetKind, Integer> rows, Set<SheetKind> seen) {
            this.ctx = ctx;
            this.rows = rows;
            this.seen = seen;
        }

        @Override
        public RowSink startSheet(SheetLocation location) {
            SheetKind kind = SheetKind.of(location.sheet()).orElse(null);
            if (kind == null) {
                ctx.out().add(Finding.advarsel("S3", null, location.file(), location.sheet(), null, location.sheet(),
                        null, (location.csv() ? "Filen " + location.file() : "Arket " + location.sheet() + " i "
                                + location.file()) + " svarer ikke til noget kendt ark og bliver ikke læst."));
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
            return new RowSink() {
                private boolean header = true;

                @Override
                public void row(RawRow row) {
                    if (!header) {
                        rows.merge(kind, 1, Integer::sum);
                    }
                    header = false;
                    sheet.row(row);
                }

                @Override
                public void end() {
                    sheet.end();
                }
            };
        }
    }
}
