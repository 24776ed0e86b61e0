-- Onboarding Console schema, version 20 (SQLite): each fee-center account's totals, kept as
-- its cards, workspaces and Huawei links change (issue 20).
--
-- The Billing Center's fee-center accounts list (store/ListViews.cpp) showed per account the
-- balance of its available cards, its workspaces and its linked Huawei accounts, each a
-- subquery per row: over a million cards (3,333 per account) every page summed some 170,000
-- card rows (30 ms to open, 60 to 80 ms sorted by card balance: 50 to 110x the 1,000-row
-- store). Here they are kept, exact, by triggers in the same transaction as the rows, and
-- the list reads and sorts them like any column.
--
-- A table of their own, one row per account, rather than columns of fee_center_accounts:
-- - An account's row holds its password hash and profile, which every change of one of its
--   totals would have rewritten; a totals row is four integers. (On PostgreSQL each card
--   bought, spent or expired would have added the account's names to the pg_trgm indexes of
--   migration 18: the PostgreSQL script.)
-- - An account's own row is locked by edits of its profile and cash balance; its totals by
--   the writers of its cards, workspaces and links (PostgreSQL: several writers at once).
-- Each total has an index here for the list's sorts (SQLite has one writer at a time); the
-- PostgreSQL script says why it has none.
-- The search index's trigger (migration 18: UPDATE OF fee_center_account_id, username,
-- enterprise_name, email) and the row counts' (migration 19: INSERT and DELETE only) are not
-- touched: this table has none. The list joins its row by key (its rowid is the account's
-- id); the join neither adds nor drops a row: every account has exactly one, made by the
-- trigger on fee_center_accounts below and removed with it (ON DELETE CASCADE; the console's
-- connections enforce foreign keys).
--
-- The card balance is the sum of balance_fen over the account's cards whose status is
-- 'available' (expired and used-up cards count nothing); a card changes it when it is
-- inserted or deleted, and when an update changes its status, its balance or its account
-- (cards are not transferable, R-SVC-4, but a repair by hand may move one). SQLite has one
-- writer at a time: a row trigger adds each change to the totals' row.
-- A bulk load that drops these triggers while its rows go in (bench_generate_large) computes
-- the totals again afterwards (store/FeeCenterTotals.h). A later migration that rebuilds one
-- of these four tables (new table, copy, drop, rename) drops its triggers with it and must
-- create them again and recompute.

CREATE TABLE fee_center_totals (
    fee_center_account_id   INTEGER PRIMARY KEY
                            REFERENCES fee_center_accounts (fee_center_account_id)
                            ON DELETE CASCADE ON UPDATE CASCADE,
    card_balance_fen        BIGINT NOT NULL DEFAULT 0,
    workspace_count         BIGINT NOT NULL DEFAULT 0,
    linked_huawei_accounts  BIGINT NOT NULL DEFAULT 0
);

INSERT INTO fee_center_totals (fee_center_account_id, card_balance_fen, workspace_count,
                               linked_huawei_accounts)
SELECT f.fee_center_account_id,
       (SELECT COALESCE(sum(c.balance_fen), 0) FROM stored_value_cards c
        WHERE c.fee_center_account_id = f.fee_center_account_id AND c.status = 'available'),
       (SELECT count(*) FROM workspaces w
        WHERE w.fee_center_account_id = f.fee_center_account_id),
       (SELECT count(*) FROM fee_center_huawei_links l
        WHERE l.fee_center_account_id = f.fee_center_account_id)
FROM fee_center_accounts f;

-- A list page sorted by a total is "ORDER BY <total>, <account id>" (ListViews: the key
-- breaks ties).
CREATE INDEX fee_center_totals_card_balance
    ON fee_center_totals (card_balance_fen, fee_center_account_id);
CREATE INDEX fee_center_totals_workspaces
    ON fee_center_totals (workspace_count, fee_center_account_id);
CREATE INDEX fee_center_totals_links
    ON fee_center_totals (linked_huawei_accounts, fee_center_account_id);

CREATE TRIGGER fee_center_totals_account_insert AFTER INSERT ON fee_center_accounts BEGIN
    INSERT INTO fee_center_totals (fee_center_account_id) VALUES (new.fee_center_account_id);
END;

CREATE TRIGGER fee_center_totals_card_insert AFTER INSERT ON stored_value_cards
    WHEN new.status = 'available' BEGIN
    UPDATE fee_center_totals SET card_balance_fen = card_balance_fen + new.balance_fen
        WHERE fee_center_account_id = new.fee_center_account_id;
END;
CREATE TRIGGER fee_center_totals_card_delete AFTER DELETE ON stored_value_cards
    WHEN old.status = 'available' BEGIN
    UPDATE fee_center_totals SET card_balance_fen = card_balance_fen - old.balance_fen
        WHERE fee_center_account_id = old.fee_center_account_id;
END;
CREATE TRIGGER fee_center_totals_card_update
    AFTER UPDATE OF status, balance_fen, fee_center_account_id ON stored_value_cards
    WHEN old.status = 'available' OR new.status = 'available' BEGIN
    UPDATE fee_center_totals SET card_balance_fen = card_balance_fen - old.balance_fen
        WHERE fee_center_account_id = old.fee_center_account_id AND old.status = 'available';
    UPDATE fee_center_totals SET card_balance_fen = card_balance_fen + new.balance_fen
        WHERE fee_center_account_id = new.fee_center_account_id AND new.status = 'available';
END;

-- A workspace may have no fee-center account (schema 2): it counts for none.
CREATE TRIGGER fee_center_totals_workspace_insert AFTER INSERT ON workspaces
    WHEN new.fee_center_account_id IS NOT NULL BEGIN
    UPDATE fee_center_totals SET workspace_count = workspace_count + 1
        WHERE fee_center_account_id = new.fee_center_account_id;
END;
CREATE TRIGGER fee_center_totals_workspace_delete AFTER DELETE ON workspaces
    WHEN old.fee_center_account_id IS NOT NULL BEGIN
    UPDATE fee_center_totals SET workspace_count = workspace_count - 1
        WHERE fee_center_account_id = old.fee_center_account_id;
END;
CREATE TRIGGER fee_center_totals_workspace_update
    AFTER UPDATE OF fee_center_account_id ON workspaces
    WHEN old.fee_center_account_id IS NOT new.fee_center_account_id BEGIN
    UPDATE fee_center_totals SET workspace_count = workspace_count - 1
        WHERE fee_center_account_id = old.fee_center_account_id;
    UPDATE fee_center_totals SET workspace_count = workspace_count + 1
        WHERE fee_center_account_id = new.fee_center_account_id;
END;

CREATE TRIGGER fee_center_totals_link_insert AFTER INSERT ON fee_center_huawei_links BEGIN
    UPDATE fee_center_totals SET linked_huawei_accounts = linked_huawei_accounts + 1
        WHERE fee_center_account_id = new.fee_center_account_id;
END;
CREATE TRIGGER fee_center_totals_link_delete AFTER DELETE ON fee_center_huawei_links BEGIN
    UPDATE fee_center_totals SET linked_huawei_accounts = linked_huawei_accounts - 1
        WHERE fee_center_account_id = old.fee_center_account_id;
END;
CREATE TRIGGER fee_center_totals_link_update
    AFTER UPDATE OF fee_center_account_id ON fee_center_huawei_links
    WHEN old.fee_center_account_id IS NOT new.fee_center_account_id BEGIN
    UPDATE fee_center_totals SET linked_huawei_accounts = linked_huawei_accounts - 1
        WHERE fee_center_account_id = old.fee_center_account_id;
    UPDATE fee_center_totals SET linked_huawei_accounts = linked_huawei_accounts + 1
        WHERE fee_center_account_id = new.fee_center_account_id;
END;
