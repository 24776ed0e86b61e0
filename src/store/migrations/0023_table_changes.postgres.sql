-- Onboarding Console schema, version 23 (PostgreSQL): a version of each big list's base
-- table, changed by every statement that changes its rows (issue 20).
--
-- A deep page of a big list walked its order's index from the start or the end to its
-- offset: the middle of a million cards is 500,000 index entries, 35-65 ms. ListViews now
-- keeps checkpoints of an order (its values at every 2,048th row, store/ListViews.cpp,
-- OrderCheckpoints) and reads a page from the one before it. They hold for one state of the
-- table, which its version names.
--
-- A table's version is sum(tag) over its rows of table_changes. Every statement that
-- inserts, updates or deletes rows of the table (or truncates it) appends one row with a
-- random positive tag, in its transaction, and never reads or updates another: writers that
-- do not take turns (a single version row made two such transactions wait for each other)
-- never meet here, as in row_counts (migration 19). A snapshot sees the rows of the
-- statements committed before it; a later snapshot sees those and more, so a later version
-- is a larger sum: two snapshots of one database agree on the version exactly when they see
-- the same changes. A reader that reads the version in the same statement as the rows (one
-- snapshot) knows that rows read under an equal version are the same rows. Random rather
-- than counted: a copy of the database (the demo's template, a restored dump) carries its
-- rows and their version together, and copies that then change differently do not meet on
-- a sum.
--
-- The rows are folded now and then (ListViews: before checkpoints are made, and whenever
-- row_counts is folded), one statement per table
--   WITH folded AS (DELETE FROM table_changes WHERE table_name = ... RETURNING tag)
--   INSERT INTO table_changes SELECT ..., sum(tag) FROM folded HAVING count(*) > 0
-- which keeps the sum: a snapshot sees either the rows or their sum (why that is exact under
-- concurrent writers and foldings: migration 19's script, the same statement).

CREATE TABLE table_changes (
    table_name TEXT NOT NULL,
    tag        NUMERIC NOT NULL
);
CREATE INDEX table_changes_table ON table_changes (table_name) INCLUDE (tag);

CREATE FUNCTION table_changes_tag() RETURNS NUMERIC LANGUAGE sql VOLATILE AS $$
    SELECT 1 + floor(random() * 9007199254740991)::numeric
$$;

INSERT INTO table_changes (table_name, tag) VALUES
    ('cts_traces', table_changes_tag()),
    ('fee_center_accounts', table_changes_tag()),
    ('stored_value_cards', table_changes_tag()),
    ('workspaces', table_changes_tag());

CREATE FUNCTION table_changes_changed() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF EXISTS (SELECT FROM changed_rows) THEN
        INSERT INTO table_changes (table_name, tag) VALUES (TG_TABLE_NAME, table_changes_tag());
    END IF;
    RETURN NULL;
END
$$;

CREATE FUNCTION table_changes_truncated() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    INSERT INTO table_changes (table_name, tag) VALUES (TG_TABLE_NAME, table_changes_tag());
    RETURN NULL;
END
$$;

CREATE TRIGGER cts_traces_versioned_insert AFTER INSERT ON cts_traces
    REFERENCING NEW TABLE AS changed_rows
    FOR EACH STATEMENT EXECUTE FUNCTION table_changes_changed();
CREATE TRIGGER cts_traces_versioned_update AFTER UPDATE ON cts_traces
    REFERENCING NEW TABLE AS changed_rows
    FOR EACH STATEMENT EXECUTE FUNCTION table_changes_changed();
CREATE TRIGGER cts_traces_versioned_delete AFTER DELETE ON cts_traces
    REFERENCING OLD TABLE AS changed_rows
    FOR EACH STATEMENT EXECUTE FUNCTION table_changes_changed();
CREATE TRIGGER cts_traces_versioned_truncate AFTER TRUNCATE ON cts_traces
    FOR EACH STATEMENT EXECUTE FUNCTION table_changes_truncated();

CREATE TRIGGER fee_center_accounts_versioned_insert AFTER INSERT ON fee_center_accounts
    REFERENCING NEW TABLE AS changed_rows
    FOR EACH STATEMENT EXECUTE FUNCTION table_changes_changed();
CREATE TRIGGER fee_center_accounts_versioned_update AFTER UPDATE ON fee_center_accounts
    REFERENCING NEW TABLE AS changed_rows
    FOR EACH STATEMENT EXECUTE FUNCTION table_changes_changed();
CREATE TRIGGER fee_center_accounts_versioned_delete AFTER DELETE ON fee_center_accounts
    REFERENCING OLD TABLE AS changed_rows
    FOR EACH STATEMENT EXECUTE FUNCTION table_changes_changed();
CREATE TRIGGER fee_center_accounts_versioned_truncate AFTER TRUNCATE ON fee_center_accounts
    FOR EACH STATEMENT EXECUTE FUNCTION table_changes_truncated();

CREATE TRIGGER stored_value_cards_versioned_insert AFTER INSERT ON stored_value_cards
    REFERENCING NEW TABLE AS changed_rows
    FOR EACH STATEMENT EXECUTE FUNCTION table_changes_changed();
CREATE TRIGGER stored_value_cards_versioned_update AFTER UPDATE ON stored_value_cards
    REFERENCING NEW TABLE AS changed_rows
    FOR EACH STATEMENT EXECUTE FUNCTION table_changes_changed();
CREATE TRIGGER stored_value_cards_versioned_delete AFTER DELETE ON stored_value_cards
    REFERENCING OLD TABLE AS changed_rows
    FOR EACH STATEMENT EXECUTE FUNCTION table_changes_changed();
CREATE TRIGGER stored_value_cards_versioned_truncate AFTER TRUNCATE ON stored_value_cards
    FOR EACH STATEMENT EXECUTE FUNCTION table_changes_truncated();

CREATE TRIGGER workspaces_versioned_insert AFTER INSERT ON workspaces
    REFERENCING NEW TABLE AS changed_rows
    FOR EACH STATEMENT EXECUTE FUNCTION table_changes_changed();
CREATE TRIGGER workspaces_versioned_update AFTER UPDATE ON workspaces
    REFERENCING NEW TABLE AS changed_rows
    FOR EACH STATEMENT EXECUTE FUNCTION table_changes_changed();
CREATE TRIGGER workspaces_versioned_delete AFTER DELETE ON workspaces
    REFERENCING OLD TABLE AS changed_rows
    FOR EACH STATEMENT EXECUTE FUNCTION table_changes_changed();
CREATE TRIGGER workspaces_versioned_truncate AFTER TRUNCATE ON workspaces
    FOR EACH STATEMENT EXECUTE FUNCTION table_changes_truncated();
