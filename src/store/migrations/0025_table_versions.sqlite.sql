-- Onboarding Console schema, version 25 (SQLite): a version of each big list's base table,
-- changed by every row that is inserted, updated or deleted (issue 20).
--
-- PostgreSQL has had this since version 23 (table_changes): a deep page of a big list reads
-- from checkpoints of its order (store/ListViews.cpp, OrderCheckpoints), which hold for one
-- version of the table. SQLite walked its order's index instead, which is cheap once its
-- pages are mapped but not the first time: the middle of a million cards, 500,000 entries of
-- the order's index, took 15 ms in a new sqlite3 process against 4 ms in the same process
-- again, and 23-40 ms for the console's first jump there against 5-9 ms for 1,000 cards.
--
-- The same table and the same reading as PostgreSQL's: a table's version is sum(tag) over its
-- rows of table_changes. SQLite has one writer at a time, so each table has one row, and a
-- row trigger gives it a new random tag for every row changed, in the row's transaction: a
-- reader sees the rows and their version from one snapshot, two snapshots that see the same
-- changes see the same tag, and a rolled-back change takes its tag back with it. Random
-- rather than counted, as on PostgreSQL: copies of one database (the demo's template) that
-- then change differently do not meet on a version.
--
-- A bulk load that drops these triggers while its rows go in (bench_generate_large) gives
-- the tables new tags afterwards. A later migration that rebuilds one of these tables (new
-- table, copy, drop, rename) drops its triggers with it and must create them again.

CREATE TABLE table_changes (
    table_name TEXT NOT NULL PRIMARY KEY,
    tag        INTEGER NOT NULL
) WITHOUT ROWID;

INSERT INTO table_changes (table_name, tag) VALUES
    ('cts_traces', random()),
    ('fee_center_accounts', random()),
    ('stored_value_cards', random()),
    ('workspaces', random());

CREATE TRIGGER cts_traces_versioned_insert AFTER INSERT ON cts_traces BEGIN
    UPDATE table_changes SET tag = random() WHERE table_name = 'cts_traces';
END;
CREATE TRIGGER cts_traces_versioned_update AFTER UPDATE ON cts_traces BEGIN
    UPDATE table_changes SET tag = random() WHERE table_name = 'cts_traces';
END;
CREATE TRIGGER cts_traces_versioned_delete AFTER DELETE ON cts_traces BEGIN
    UPDATE table_changes SET tag = random() WHERE table_name = 'cts_traces';
END;

CREATE TRIGGER fee_center_accounts_versioned_insert AFTER INSERT ON fee_center_accounts BEGIN
    UPDATE table_changes SET tag = random() WHERE table_name = 'fee_center_accounts';
END;
CREATE TRIGGER fee_center_accounts_versioned_update AFTER UPDATE ON fee_center_accounts BEGIN
    UPDATE table_changes SET tag = random() WHERE table_name = 'fee_center_accounts';
END;
CREATE TRIGGER fee_center_accounts_versioned_delete AFTER DELETE ON fee_center_accounts BEGIN
    UPDATE table_changes SET tag = random() WHERE table_name = 'fee_center_accounts';
END;

CREATE TRIGGER stored_value_cards_versioned_insert AFTER INSERT ON stored_value_cards BEGIN
    UPDATE table_changes SET tag = random() WHERE table_name = 'stored_value_cards';
END;
CREATE TRIGGER stored_value_cards_versioned_update AFTER UPDATE ON stored_value_cards BEGIN
    UPDATE table_changes SET tag = random() WHERE table_name = 'stored_value_cards';
END;
CREATE TRIGGER stored_value_cards_versioned_delete AFTER DELETE ON stored_value_cards BEGIN
    UPDATE table_changes SET tag = random() WHERE table_name = 'stored_value_cards';
END;

CREATE TRIGGER workspaces_versioned_insert AFTER INSERT ON workspaces BEGIN
    UPDATE table_changes SET tag = random() WHERE table_name = 'workspaces';
END;
CREATE TRIGGER workspaces_versioned_update AFTER UPDATE ON workspaces BEGIN
    UPDATE table_changes SET tag = random() WHERE table_name = 'workspaces';
END;
CREATE TRIGGER workspaces_versioned_delete AFTER DELETE ON workspaces BEGIN
    UPDATE table_changes SET tag = random() WHERE table_name = 'workspaces';
END;
