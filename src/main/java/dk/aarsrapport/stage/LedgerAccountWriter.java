package dk.aarsrapport.stage;

import java.util.ArrayList;
import java.util.List;

import org.springframework.jdbc.core.JdbcTemplate;

import dk.aarsrapport.base.Texts;

/** Writes the ledger step's accounts in JDBC batches, each committed on its own; {@link #close()} writes the last. */
public final class LedgerAccountWriter implements AutoCloseable {

    private static final int BATCH = 1000;
    private static final String INSERT = "INSERT INTO stg_ledger_account (run_id, seq, konto_key, funktion, dranst, "
            + "art, sted, kontonavn, row_count, last_row, regnskab_forrige, budget, korr_budget, regnskab, plan_seq, "
            + "rival_seq, area_key, politikomraade, linje, linje_key, src_file, src_sheet, src_row, src_csv) VALUES (?, "
            + "?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)";

    private final JdbcTemplate jdbc;
    private final long run;
    private final List<Object[]> buffer = new ArrayList<>(BATCH);

    LedgerAccountWriter(JdbcTemplate jdbc, long run) {
        this.jdbc = jdbc;
        this.run = run;
    }

    public void add(LedgerAccount a) {
        buffer.add(new Object[] {run, a.seq(), LedgerCodes.accountKey(a.funktion(), a.dranst(), a.art(), a.sted()),
            a.funktion(), a.dranst(), a.art(), a.sted(), a.kontonavn(), a.rows(), a.lastRow(), a.regnskabForrige(),
            a.budget(), a.korrBudget(), a.regnskab(), a.planSeq(), a.rivalSeq(),
            a.politikomraade() == null ? null : Texts.key(a.politikomraade()), a.politikomraade(), a.linje(),
            a.linje() == null ? null : Texts.key(a.linje()), a.origin().file(), a.origin().sheet(), a.origin().row(),
            a.origin().csv()});
        if (buffer.size() >= BATCH) {
            flush();
        }
    }

    private void flush() {
        if (!buffer.isEmpty()) {
            TypedBatch.insert(jdbc, INSERT, buffer);
            buffer.clear();
        }
    }

    @Override
    public void close() {
        flush();
    }
}
