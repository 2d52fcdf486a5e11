-- The schema the versions before Flyway created by hand at start-up: the staging tables, the run
-- history (stg_run) and the delivery log (dlv_udsendelse). Spring Batch's own tables are created by
-- Spring Boot (spring.batch.jdbc.initialize-schema), from the scripts of the Batch version in use.
--
-- IF NOT EXISTS because a database of those versions is baselined below this script (version 0, see
-- spring.flyway in application.yml) and this script then runs on it: what it already has is kept with
-- its rows, and what an even older version never created (the delivery log, the Målopfølgning table) is
-- added, as the old start-up did. Every later change is a migration of its own, without IF NOT EXISTS.
--
-- Plain SQL types only, so the one script serves HSQLDB (cached, disk-backed tables by the URL's
-- default table type) and PostgreSQL. Every staged row carries the run it belongs to and where it was
-- read (src_file, src_sheet, src_row, src_csv), so that a finding can name the cell to fix.

CREATE TABLE IF NOT EXISTS stg_file (run_id BIGINT NOT NULL, file_name VARCHAR(4000), sha256 VARCHAR(64),
    size_bytes BIGINT);

CREATE TABLE IF NOT EXISTS stg_column (run_id BIGINT NOT NULL, src_file VARCHAR(4000), src_sheet VARCHAR(4000),
    field VARCHAR(100), col_index INTEGER, header VARCHAR(4000));

CREATE TABLE IF NOT EXISTS stg_rapport (run_id BIGINT NOT NULL, seq INTEGER, felt VARCHAR(4000),
    vaerdi VARCHAR(1000000),
    src_file VARCHAR(1000), src_sheet VARCHAR(1000), src_row INTEGER, src_csv BOOLEAN);

CREATE TABLE IF NOT EXISTS stg_politikomraade (run_id BIGINT NOT NULL, seq INTEGER, area_key VARCHAR(4000),
    nr INTEGER, navn VARCHAR(4000), udvalg VARCHAR(4000),
    src_file VARCHAR(1000), src_sheet VARCHAR(1000), src_row INTEGER, src_csv BOOLEAN);

CREATE TABLE IF NOT EXISTS stg_regnskab (run_id BIGINT NOT NULL, seq INTEGER, area_key VARCHAR(4000),
    politikomraade VARCHAR(4000), linje VARCHAR(4000), regnskab_forrige DECIMAL(24,6), budget DECIMAL(24,6),
    korr_budget DECIMAL(24,6), regnskab DECIMAL(24,6), afvigelse DECIMAL(24,6),
    src_file VARCHAR(1000), src_sheet VARCHAR(1000), src_row INTEGER, src_csv BOOLEAN);

CREATE TABLE IF NOT EXISTS stg_tekst (run_id BIGINT NOT NULL, seq INTEGER, area_key VARCHAR(4000),
    politikomraade VARCHAR(4000), afsnit VARCHAR(4000), tekst VARCHAR(1000000),
    src_file VARCHAR(1000), src_sheet VARCHAR(1000), src_row INTEGER, src_csv BOOLEAN);

CREATE TABLE IF NOT EXISTS stg_effektmaal (run_id BIGINT NOT NULL, seq INTEGER, area_key VARCHAR(4000),
    politikomraade VARCHAR(4000), gruppe VARCHAR(4000), maal VARCHAR(4000), beskrivelse VARCHAR(1000000),
    maalsaetning VARCHAR(1000000), resultat VARCHAR(1000000),
    src_file VARCHAR(1000), src_sheet VARCHAR(1000), src_row INTEGER, src_csv BOOLEAN);

CREATE TABLE IF NOT EXISTS stg_maaling (run_id BIGINT NOT NULL, seq INTEGER, area_key VARCHAR(4000),
    politikomraade VARCHAR(4000), maal VARCHAR(4000), indikator VARCHAR(4000), serie VARCHAR(4000), aar INTEGER,
    periode VARCHAR(4000), taeller DECIMAL(24,6), naevner DECIMAL(24,6), vaerdi DECIMAL(24,6),
    vaerdi_tekst VARCHAR(4000), maalvaerdi DECIMAL(24,6), maalvaerdi_tekst VARCHAR(4000), enhed VARCHAR(4000),
    src_file VARCHAR(1000), src_sheet VARCHAR(1000), src_row INTEGER, src_csv BOOLEAN);

CREATE TABLE IF NOT EXISTS stg_modtager (run_id BIGINT NOT NULL, seq INTEGER, area_key VARCHAR(4000),
    navn VARCHAR(4000), email VARCHAR(4000), udvalg VARCHAR(4000), politikomraade VARCHAR(4000),
    src_file VARCHAR(1000), src_sheet VARCHAR(1000), src_row INTEGER, src_csv BOOLEAN);

CREATE TABLE IF NOT EXISTS stg_maalopfoelgning (run_id BIGINT NOT NULL, seq INTEGER, ramme VARCHAR(4000),
    tema VARCHAR(4000), temabeskrivelse VARCHAR(1000000), nr VARCHAR(4000), maalsaetning VARCHAR(1000000),
    maalgruppe VARCHAR(1000000), indsats VARCHAR(4000), beskrivelse VARCHAR(1000000),
    samarbejdspartnere VARCHAR(1000000), status VARCHAR(4000), politikomraade VARCHAR(4000),
    src_file VARCHAR(1000), src_sheet VARCHAR(1000), src_row INTEGER, src_csv BOOLEAN);

CREATE TABLE IF NOT EXISTS stg_finding (run_id BIGINT NOT NULL, seq INTEGER, severity VARCHAR(10),
    rule_id VARCHAR(10), politikomraade VARCHAR(4000), src_file VARCHAR(4000), src_sheet VARCHAR(4000),
    cell VARCHAR(4000), found VARCHAR(1000000), expected VARCHAR(1000000), message VARCHAR(1000000));

-- one row per run, kept for ever (it is small): the history and the change report find runs here
CREATE TABLE IF NOT EXISTS stg_run (run_id BIGINT NOT NULL PRIMARY KEY, job VARCHAR(20), aar INTEGER,
    output_dir VARCHAR(4000), status VARCHAR(20), started TIMESTAMP, finished TIMESTAMP, rendered INTEGER,
    blocked INTEGER, unchanged INTEGER, fejl INTEGER, advarsler INTEGER, written INTEGER);

-- one row per recipient per delivering run, kept for ever: it is what stops a later run from mailing the
-- same pack twice
CREATE TABLE IF NOT EXISTS dlv_udsendelse (run_id BIGINT NOT NULL, seq INTEGER NOT NULL,
    output_dir VARCHAR(4000), modtager VARCHAR(4000), email VARCHAR(4000), email_key VARCHAR(4000),
    pakke VARCHAR(4000), sha256 VARCHAR(64), fingerprint VARCHAR(64), bytes BIGINT, proeve BOOLEAN NOT NULL,
    status VARCHAR(20) NOT NULL, forsoeg INTEGER, started TIMESTAMP, finished TIMESTAMP, svar VARCHAR(4000),
    PRIMARY KEY (run_id, seq));

-- a run's rows are read, replaced and dropped by run; the per-politikområde tables also by politikområde
CREATE INDEX IF NOT EXISTS ix_stg_file_run ON stg_file (run_id);
CREATE INDEX IF NOT EXISTS ix_stg_column_run ON stg_column (run_id);
CREATE INDEX IF NOT EXISTS ix_stg_rapport_run ON stg_rapport (run_id);
CREATE INDEX IF NOT EXISTS ix_stg_politikomraade_run ON stg_politikomraade (run_id);
CREATE INDEX IF NOT EXISTS ix_stg_regnskab_run ON stg_regnskab (run_id);
CREATE INDEX IF NOT EXISTS ix_stg_tekst_run ON stg_tekst (run_id);
CREATE INDEX IF NOT EXISTS ix_stg_effektmaal_run ON stg_effektmaal (run_id);
CREATE INDEX IF NOT EXISTS ix_stg_maaling_run ON stg_maaling (run_id);
CREATE INDEX IF NOT EXISTS ix_stg_modtager_run ON stg_modtager (run_id);
CREATE INDEX IF NOT EXISTS ix_stg_maalopfoelgning_run ON stg_maalopfoelgning (run_id);
CREATE INDEX IF NOT EXISTS ix_stg_finding_run ON stg_finding (run_id);
CREATE INDEX IF NOT EXISTS ix_stg_regnskab_area ON stg_regnskab (run_id, area_key);
CREATE INDEX IF NOT EXISTS ix_stg_tekst_area ON stg_tekst (run_id, area_key);
CREATE INDEX IF NOT EXISTS ix_stg_effektmaal_area ON stg_effektmaal (run_id, area_key);
CREATE INDEX IF NOT EXISTS ix_stg_maaling_area ON stg_maaling (run_id, area_key);
-- a recipient's earlier mails, whatever the case of the address
CREATE INDEX IF NOT EXISTS ix_dlv_udsendelse_modtager ON dlv_udsendelse (email_key);
