package dk.aarsrapport.stage;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.SingleConnectionDataSource;

import dk.aarsrapport.base.Finding;
import dk.aarsrapport.support.CsvFixture;
import dk.aarsrapport.support.TestSchema;

/**
 * A private in-memory staging database for the ledger's tests, and an input folder of CSV files to read into
 * it: a test writes the sheets it needs ({@link #sheet}), reads them with the real readers, and then builds
 * and validates with the real classes. What reading reported is in {@link #findings}.
 */
public final class LedgerStaging {

    public final JdbcTemplate jdbc;
    public final StagedData staged;
    public final LedgerData ledger;
    public final long run = 1;
    public final Path input;
    public final List<Finding> findings = new ArrayList<>();
    private final Map<String, List<String[]>> sheets = new LinkedHashMap<>();

    public LedgerStaging(Path input) {
        SingleConnectionDataSource ds = new SingleConnectionDataSource(
                "jdbc:hsqldb:mem:l" + UUID.randomUUID() + ";shutdown=true", "SA", "", true);
        TestSchema.migrate(ds);
        jdbc = new JdbcTemplate(ds);
        staged = new StagedData(jdbc);
        ledger = new LedgerData(jdbc);
        this.input = input;
        sheet("politikomraader", "Nr;Politikområde;Udvalg", "10;Arbejdsmarked;Udvalget", "20;Tilbud;Udvalget");
    }

    /** A CSV sheet, rows as ';'-separated lines, header first; replaces an earlier one of the same name. */
    public LedgerStaging sheet(String name, String... rows) {
        List<String[]> parsed = new ArrayList<>();
        for (String r : rows) {
            parsed.add(r.split(";", -1));
        }
        sheets.put(name, parsed);
        return this;
    }

    /** Writes the sheets and stages them with {@code reader} (the real InputReader, which this package cannot see). */
    public LedgerStaging read(Reader reader) throws IOException {
        Files.createDirectories(input);
        for (Map.Entry<String, List<String[]>> s : sheets.entrySet()) {
            CsvFixture.write(input.resolve(s.getKey() + ".csv"), s.getValue());
        }
        StagingWriter writer = staged.newRun(run);
        reader.read(input, 2015, writer);
        writer.flush();
        findings.addAll(staged.findings(run));
        return this;
    }

    /** The reading step as a test hands it in. */
    public interface Reader {
        void read(Path folder, int year, StagingWriter out);
    }

    /** A writer after reading, for rules to add their findings to (as validation does). */
    public StagingWriter append() {
        return staged.append(run, staged.findings(run).size());
    }
}
