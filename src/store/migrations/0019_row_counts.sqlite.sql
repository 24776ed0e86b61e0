-- Onboarding Console schema, version 19 (SQLite): exact row counts of the tables whose lists
-- show an unfiltered total (issue 20).
--
-- Every list page that asks for its total counted its rows (store/ListViews.cpp): over a
-- million stored-value cards that count(*) was most of the time of opening the list. For a
-- list without any condition the total is its base table's row count (ListViews: a view
-- whose `from` is that table alone, or whose `countFrom` says its joins neither add nor drop
-- a row), and that count is kept here, exact, by triggers in the same transaction as the
-- rows: a reader sees the rows and their count from one snapshot.
--
-- row_counts is shared with the PostgreSQL script, and read the same way by both:
-- a table's count is sum(delta) over its rows. SQLite has one writer at a time, so it keeps
-- one row per table, updated by a row trigger per inserted or deleted row (PostgreSQL appends
-- one row per statement and folds them now and then: no row every writer must update).
--
-- The counted tables are those of ListViews::countedTables(). Updates never change a
-- table's row count: only inserts and deletes are counted (SQLite has no TRUNCATE; a DELETE
-- without WHERE runs the row triggers, which turn its truncate optimisation off). A bulk load
-- that drops these triggers while its rows go in (bench_generate_large) recounts afterwards
-- (store/RowCounts.h). A later migration that rebuilds one of these tables (new table,
-- copy, drop, rename) drops its triggers with it and must create them again, recounting.

CREATE TABLE row_counts (
    table_name TEXT NOT NULL PRIMARY KEY,
    delta      INTEGER NOT NULL
) WITHOUT ROWID;

CREATE TRIGGER authentications_counted_insert AFTER INSERT ON authentications BEGIN
    UPDATE row_counts SET delta = delta + 1 WHERE table_name = 'authentications';
END;
CREATE TRIGGER authentications_counted_delete AFTER DELETE ON authentications BEGIN
    UPDATE row_counts SET delta = delta - 1 WHERE table_name = 'authentications';
END;
INSERT INTO row_counts (table_name, delta)
    SELECT 'authentications', count(*) FROM authentications;

CREATE TRIGGER cts_traces_counted_insert AFTER INSERT ON cts_traces BEGIN
    UPDATE row_counts SET delta = delta + 1 WHERE table_name = 'cts_traces';
END;
CREATE TRIGGER cts_traces_counted_delete AFTER DELETE ON cts_traces BEGIN
    UPDATE row_counts SET delta = delta - 1 WHERE table_name = 'cts_traces';
END;
INSERT INTO row_counts (table_name, delta) SELECT 'cts_traces', count(*) FROM cts_traces;

CREATE TRIGGER fee_center_accounts_counted_insert AFTER INSERT ON fee_center_accounts BEGIN
    UPDATE row_counts SET delta = delta + 1 WHERE table_name = 'fee_center_accounts';
END;
CREATE TRIGGER fee_center_accounts_counted_delete AFTER DELETE ON fee_center_accounts BEGIN
    UPDATE row_counts SET delta = delta - 1 WHERE table_name = 'fee_center_accounts';
END;
INSERT INTO row_counts (table_name, delta)
    SELECT 'fee_center_accounts', count(*) FROM fee_center_accounts;

CREATE TRIGGER journal_counted_insert AFTER INSERT ON journal BEGIN
    UPDATE row_counts SET delta = delta + 1 WHERE table_name = 'journal';
END;
CREATE TRIGGER journal_counted_delete AFTER DELETE ON journal BEGIN
    UPDATE row_counts SET delta = delta - 1 WHERE table_name = 'journal';
END;
INSERT INTO row_counts (table_name, delta) SELECT 'journal', count(*) FROM journal;

CREATE TRIGGER orders_counted_insert AFTER INSERT ON orders BEGIN
    UPDATE row_counts SET delta = delta + 1 WHERE table_name = 'orders';
END;
CREATE TRIGGER orders_counted_delete AFTER DELETE ON orders BEGIN
    UPDATE row_counts SET delta = delta - 1 WHERE table_name = 'orders';
END;
INSERT INTO row_counts (table_name, delta) SELECT 'orders', count(*) FROM orders;

CREATE TRIGGER stored_value_cards_counted_insert AFTER INSERT ON stored_value_cards BEGIN
    UPDATE row_counts SET delta = delta + 1 WHERE table_name = 'stored_value_cards';
END;
CREATE TRIGGER stored_value_cards_counted_delete AFTER DELETE ON stored_value_cards BEGIN
    UPDATE row_counts SET delta = delta - 1 WHERE table_name = 'stored_value_cards';
END;
INSERT INTO row_counts (table_name, delta)
    SELECT 'stored_value_cards', count(*) FROM stored_value_cards;

CREATE TRIGGER workspaces_counted_insert AFTER INSERT ON workspaces BEGIN
    UPDATE row_counts SET delta = delta + 1 WHERE table_name = 'workspaces';
END;
CREATE TRIGGER workspaces_counted_delete AFTER DELETE ON workspaces BEGIN
    UPDATE row_counts SET delta = delta - 1 WHERE table_name = 'workspaces';
END;
INSERT INTO row_counts (table_name, delta) SELECT 'workspaces', count(*) FROM workspaces;
