-- The ledger behind the accounts table (input-format.md, "Konti and Kontoplan"). V3, not V2: another change
-- of the same round may take V2, and Flyway applies both in order on a database that has neither.
--
-- stg_konto and stg_kontoplan hold the two sheets as read; stg_ledger_account and stg_ledger_line what the
-- ledger step made of them: one row per account (rows of the same account added) with the Kontoplan row it
-- belongs to, and one row per built line in the Beløbsenhed. Plain SQL types, so HSQLDB and PostgreSQL
-- share the script, as V1.

CREATE TABLE stg_konto (run_id BIGINT NOT NULL, seq INTEGER, konto_key VARCHAR(1200), funktion VARCHAR(20),
    gruppering VARCHAR(1000), dranst INTEGER, art VARCHAR(10), sted VARCHAR(1000), kontonavn VARCHAR(1000),
    regnskab_forrige DECIMAL(24,6), budget DECIMAL(24,6), korr_budget DECIMAL(24,6), regnskab DECIMAL(24,6),
    src_file VARCHAR(1000), src_sheet VARCHAR(1000), src_row INTEGER, src_csv BOOLEAN);

CREATE TABLE stg_kontoplan (run_id BIGINT NOT NULL, seq INTEGER, funktion VARCHAR(1000), dranst VARCHAR(1000),
    art VARCHAR(1000), sted VARCHAR(1000), area_key VARCHAR(4000), politikomraade VARCHAR(4000),
    linje VARCHAR(4000),
    src_file VARCHAR(1000), src_sheet VARCHAR(1000), src_row INTEGER, src_csv BOOLEAN);

-- plan_seq: the Kontoplan row (its seq) the account belongs to, null when none matches (K1); rival_seq: an
-- equally specific row that matches it too (K2). Amounts in kroner, whatever the Kontobeløbsenhed.
CREATE TABLE stg_ledger_account (run_id BIGINT NOT NULL, seq INTEGER, konto_key VARCHAR(1200),
    funktion VARCHAR(20), dranst INTEGER, art VARCHAR(10), sted VARCHAR(1000), kontonavn VARCHAR(1000),
    row_count INTEGER, last_row INTEGER, regnskab_forrige DECIMAL(24,6), budget DECIMAL(24,6),
    korr_budget DECIMAL(24,6), regnskab DECIMAL(24,6), plan_seq INTEGER, rival_seq INTEGER,
    area_key VARCHAR(4000), politikomraade VARCHAR(4000), linje VARCHAR(4000), linje_key VARCHAR(4000),
    src_file VARCHAR(1000), src_sheet VARCHAR(1000), src_row INTEGER, src_csv BOOLEAN);

-- amounts in the report's Beløbsenhed, rounded half away from zero; the origin is the Kontoplan row that
-- first names the line
CREATE TABLE stg_ledger_line (run_id BIGINT NOT NULL, seq INTEGER, area_key VARCHAR(4000),
    politikomraade VARCHAR(4000), linje VARCHAR(4000), regnskab_forrige DECIMAL(24,6), budget DECIMAL(24,6),
    korr_budget DECIMAL(24,6), regnskab DECIMAL(24,6), afvigelse DECIMAL(24,6), accounts INTEGER,
    src_file VARCHAR(1000), src_sheet VARCHAR(1000), src_row INTEGER, src_csv BOOLEAN);

-- the ledger step reads the accounts in key order, so the rows of one account come together without a sort
-- of a million rows in memory
CREATE INDEX ix_stg_konto_key ON stg_konto (run_id, konto_key, seq);
CREATE INDEX ix_stg_kontoplan_run ON stg_kontoplan (run_id);
CREATE INDEX ix_stg_ledger_account_run ON stg_ledger_account (run_id, seq);
CREATE INDEX ix_stg_ledger_account_line ON stg_ledger_account (run_id, area_key, linje_key, seq);
CREATE INDEX ix_stg_ledger_line_run ON stg_ledger_line (run_id);
