-- Onboarding Console schema, version 19 (PostgreSQL): exact row counts of the tables whose
-- lists show an unfiltered total (issue 20).
--
-- Every list page that asks for its total counted its rows (store/ListViews.cpp): over a
-- million stored-value cards that count(*) took 150 to 300 ms, most of the time of opening
-- the list. For a list without any condition the total is its base table's row count
-- (ListViews: a view whose `from` is that table alone, or whose `countFrom` says its joins
-- neither add nor drop a row), and that count is kept here, exact, by triggers.
--
-- A table's count is sum(delta) over its rows of row_counts (the SQLite script has the same
-- table, with one row per table). Several server processes write concurrently (their
-- transactions SERIALIZABLE): a single counter row per table would make every transaction
-- that inserts a card wait for the one before it to commit (and, serializable, fail against
-- it). Instead each statement that inserts or deletes rows appends one row of its own, its
-- +n or -n (a statement-level trigger counting its transition table), and never reads or
-- updates another: writers never meet here.
--
-- Why it is exact: a delta row is written by the statement that changes the table, in its
-- transaction; it commits or rolls back with the rows it counts. So any snapshot sees
-- exactly the deltas of the rows it sees: sum(delta) equals count(*) in the same snapshot.
-- The rows are folded now and then by SqlDialect::compactRowCounts(), one statement
--   WITH folded AS (DELETE FROM row_counts WHERE table_name IN (...) RETURNING ...)
--   INSERT INTO row_counts SELECT table_name, sum(delta) FROM folded GROUP BY table_name
-- which replaces the rows it deleted by their sum, atomically: a snapshot sees either the
-- rows or their sum. It deletes only committed rows its snapshot sees; a delta committed
-- meanwhile, or still in flight, is not deleted and stays as it is; a row another folding
-- deleted first is skipped (READ COMMITTED) or makes this one fail (SERIALIZABLE), so no
-- delta is ever folded twice or lost.
--
-- TRUNCATE (the app never truncates; one by hand) sets the count to 0: its trigger waits
-- for the foldings in flight (the lock on row_counts) and replaces the table's rows by a 0.
-- Exact in READ COMMITTED, PostgreSQL's default (a TRUNCATE is not MVCC-safe anyway).
--
-- The counts are filled from the rows below, after the triggers exist: creating a trigger
-- locks its table against writes until this migration commits, and processes of this build
-- wait for the migration (Database::migrate) before they use the store. (A process of an
-- older build still writing during the migration could commit rows after this migration's
-- snapshot and before its lock: stop older servers before upgrading.) A later migration
-- that recreates one of these tables must create its triggers again and recount.

CREATE TABLE row_counts (
    table_name TEXT NOT NULL,
    delta      BIGINT NOT NULL
);
CREATE INDEX row_counts_table ON row_counts (table_name);

CREATE FUNCTION row_counts_inserted() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    INSERT INTO row_counts (table_name, delta)
        SELECT TG_TABLE_NAME, count(*) FROM inserted_rows HAVING count(*) > 0;
    RETURN NULL;
END
$$;

CREATE FUNCTION row_counts_deleted() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    INSERT INTO row_counts (table_name, delta)
        SELECT TG_TABLE_NAME, -count(*) FROM deleted_rows HAVING count(*) > 0;
    RETURN NULL;
END
$$;

CREATE FUNCTION row_counts_truncated() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    -- Waits for foldings in flight (they hold ROW EXCLUSIVE until they commit), so that the
    -- DELETE's snapshot sees their sums; the table's own writers are waited for by the
    -- TRUNCATE's lock on the table.
    LOCK TABLE row_counts IN SHARE ROW EXCLUSIVE MODE;
    DELETE FROM row_counts WHERE table_name = TG_TABLE_NAME;
    INSERT INTO row_counts (table_name, delta) VALUES (TG_TABLE_NAME, 0);
    RETURN NULL;
END
$$;

CREATE TRIGGER authentications_counted_insert AFTER INSERT ON authentications
    REFERENCING NEW TABLE AS inserted_rows
    FOR EACH STATEMENT EXECUTE FUNCTION row_counts_inserted();
CREATE TRIGGER authentications_counted_delete AFTER DELETE ON authentications
    REFERENCING OLD TABLE AS deleted_rows
    FOR EACH STATEMENT EXECUTE FUNCTION row_counts_deleted();
CREATE TRIGGER authentications_counted_truncate AFTER TRUNCATE ON authentications
    FOR EACH STATEMENT EXECUTE FUNCTION row_counts_truncated();
INSERT INTO row_counts (table_name, delta)
    SELECT 'authentications', count(*) FROM authentications;

CREATE TRIGGER cts_traces_counted_insert AFTER INSERT ON cts_traces
    REFERENCING NEW TABLE AS inserted_rows
    FOR EACH STATEMENT EXECUTE FUNCTION row_counts_inserted();
CREATE TRIGGER cts_traces_counted_delete AFTER DELETE ON cts_traces
    REFERENCING OLD TABLE AS deleted_rows
    FOR EACH STATEMENT EXECUTE FUNCTION row_counts_deleted();
CREATE TRIGGER cts_traces_counted_truncate AFTER TRUNCATE ON cts_traces
    FOR EACH STATEMENT EXECUTE FUNCTION row_counts_truncated();
INSERT INTO row_counts (table_name, delta) SELECT 'cts_traces', count(*) FROM cts_traces;

CREATE TRIGGER fee_center_accounts_counted_insert AFTER INSERT ON fee_center_accounts
    REFERENCING NEW TABLE AS inserted_rows
    FOR EACH STATEMENT EXECUTE FUNCTION row_counts_inserted();
CREATE TRIGGER fee_center_accounts_counted_delete AFTER DELETE ON fee_center_accounts
    REFERENCING OLD TABLE AS deleted_rows
    FOR EACH STATEMENT EXECUTE FUNCTION row_counts_deleted();
CREATE TRIGGER fee_center_accounts_counted_truncate AFTER TRUNCATE ON fee_center_accounts
    FOR EACH STATEMENT EXECUTE FUNCTION row_counts_truncated();
INSERT INTO row_counts (table_name, delta)
    SELECT 'fee_center_accounts', count(*) FROM fee_center_accounts;

CREATE TRIGGER journal_counted_insert AFTER INSERT ON journal
    REFERENCING NEW TABLE AS inserted_rows
    FOR EACH STATEMENT EXECUTE FUNCTION row_counts_inserted();
CREATE TRIGGER journal_counted_delete AFTER DELETE ON journal
    REFERENCING OLD TABLE AS deleted_rows
    FOR EACH STATEMENT EXECUTE FUNCTION row_counts_deleted();
CREATE TRIGGER journal_counted_truncate AFTER TRUNCATE ON journal
    FOR EACH STATEMENT EXECUTE FUNCTION row_counts_truncated();
INSERT INTO row_counts (table_name, delta) SELECT 'journal', count(*) FROM journal;

CREATE TRIGGER orders_counted_insert AFTER INSERT ON orders
    REFERENCING NEW TABLE AS inserted_rows
    FOR EACH STATEMENT EXECUTE FUNCTION row_counts_inserted();
CREATE TRIGGER orders_counted_delete AFTER DELETE ON orders
    REFERENCING OLD TABLE AS deleted_rows
    FOR EACH STATEMENT EXECUTE FUNCTION row_counts_deleted();
CREATE TRIGGER orders_counted_truncate AFTER TRUNCATE ON orders
    FOR EACH STATEMENT EXECUTE FUNCTION row_counts_truncated();
INSERT INTO row_counts (table_name, delta) SELECT 'orders', count(*) FROM orders;

CREATE TRIGGER stored_value_cards_counted_insert AFTER INSERT ON stored_value_cards
    REFERENCING NEW TABLE AS inserted_rows
    FOR EACH STATEMENT EXECUTE FUNCTION row_counts_inserted();
CREATE TRIGGER stored_value_cards_counted_delete AFTER DELETE ON stored_value_cards
    REFERENCING OLD TABLE AS deleted_rows
    FOR EACH STATEMENT EXECUTE FUNCTION row_counts_deleted();
CREATE TRIGGER stored_value_cards_counted_truncate AFTER TRUNCATE ON stored_value_cards
    FOR EACH STATEMENT EXECUTE FUNCTION row_counts_truncated();
INSERT INTO row_counts (table_name, delta)
    SELECT 'stored_value_cards', count(*) FROM stored_value_cards;

CREATE TRIGGER workspaces_counted_insert AFTER INSERT ON workspaces
    REFERENCING NEW TABLE AS inserted_rows
    FOR EACH STATEMENT EXECUTE FUNCTION row_counts_inserted();
CREATE TRIGGER workspaces_counted_delete AFTER DELETE ON workspaces
    REFERENCING OLD TABLE AS deleted_rows
    FOR EACH STATEMENT EXECUTE FUNCTION row_counts_deleted();
CREATE TRIGGER workspaces_counted_truncate AFTER TRUNCATE ON workspaces
    FOR EACH STATEMENT EXECUTE FUNCTION row_counts_truncated();
INSERT INTO row_counts (table_name, delta) SELECT 'workspaces', count(*) FROM workspaces;
