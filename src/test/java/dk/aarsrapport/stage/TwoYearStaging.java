package dk.aarsrapport.stage;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.SingleConnectionDataSource;

import dk.aarsrapport.support.CsvFixture;

/**
 * A year and the year before it, each an input folder of CSV sheets, read by the real readers into one
 * private staging database: this year as the run, the year before under {@link StagedData#previousYearRun},
 * as the run's previous-year step stages it (R8's tests).
 */
public final class TwoYearStaging {

    public final StagedData staged;
    public final LedgerData ledger;
    public final long run = 7;
    public final int year;
    private final Path root;

    public TwoYearStaging(Path root, int year) {
        SingleConnectionDataSource ds = new SingleConnectionDataSource(
                "jdbc:hsqldb:mem:y" + UUID.randomUUID() + ";shutdown=true", "SA", "", true);
        dk.aarsrapport.support.TestSchema.migrate(ds);
        staged = new StagedData(new JdbcTemplate(ds));
        ledger = new LedgerData(new JdbcTemplate(ds));
        this.root = root;
        this.year = year;
    }

    /** The folder of {@code forYear} (this year or the one before), named after it as input/&lt;year&gt;/ is. */
    public Path folder(int forYear) {
        return root.resolve(String.valueOf(forYear));
    }

    /** Writes one CSV sheet into the folder of {@code forYear}; rows are ';'-separated, header first. */
    public TwoYearStaging sheet(int forYear, String name, String... rows) throws IOException {
        Files.createDirectories(folder(forYear));
        List<String[]> parsed = new ArrayList<>();
        for (String r : rows) {
            parsed.add(r.split(";", -1));
        }
        CsvFixture.write(folder(forYear).resolve(name + ".csv"), parsed);
        return this;
    }

    /** Reads both folders with {@code reader}, then lets {@code build} build each one's ledger (by run id). */
    public TwoYearStaging read(LedgerStaging.Reader reader, java.util.function.LongConsumer build) {
        for (long id : new long[] {StagedData.previousYearRun(run), run}) {
            StagingWriter w = staged.newRun(id);
            reader.read(folder(id == run ? year : year - 1), id == run ? year : year - 1, w);
            w.flush();
            build.accept(id);
        }
        return this;
    }
}
