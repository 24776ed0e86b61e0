-- Onboarding Console schema, version 18 (SQLite): the lists at scale (issue 20): text search
-- as an index, and indexes for the sorts that had none.
--
-- A list's text filter is a substring of any searchable column (store/ListViews.cpp); as
-- "LIKE '%x%'" over a million stored-value cards it read every card (3 to 5 s). Each table
-- the Billing Center's lists search gets an FTS5 index of the trigrams of its searched
-- columns, which finds the rows holding a substring of 3 or more characters without
-- reading the others; ListViews reads the candidates from it and keeps the LIKE as the
-- exact condition (shorter searches scan as before). The PostgreSQL script makes pg_trgm
-- GIN indexes instead.
--
-- External content: the index holds the trigrams only, keyed by the table's rowid (the
-- tables' text keys are rowid tables; fee-center accounts' id is the rowid). Triggers keep
-- it in step with every insert, delete and update of a searched column. A later migration
-- that rebuilds one of these tables (new rowids) must rebuild its index: INSERT INTO
-- <table>_search (<table>_search) VALUES ('rebuild'). The trigram tokenizer folds case (a
-- superset of LIKE's ASCII folding: the LIKE decides).

CREATE VIRTUAL TABLE stored_value_cards_search USING fts5(
    card_number, source_order_id,
    content = 'stored_value_cards', tokenize = 'trigram');
CREATE TRIGGER stored_value_cards_search_insert AFTER INSERT ON stored_value_cards BEGIN
    INSERT INTO stored_value_cards_search (rowid, card_number, source_order_id)
        VALUES (new.rowid, new.card_number, new.source_order_id);
END;
CREATE TRIGGER stored_value_cards_search_delete AFTER DELETE ON stored_value_cards BEGIN
    INSERT INTO stored_value_cards_search (stored_value_cards_search, rowid, card_number,
                                           source_order_id)
        VALUES ('delete', old.rowid, old.card_number, old.source_order_id);
END;
CREATE TRIGGER stored_value_cards_search_update
    AFTER UPDATE OF card_number, source_order_id ON stored_value_cards BEGIN
    INSERT INTO stored_value_cards_search (stored_value_cards_search, rowid, card_number,
                                           source_order_id)
        VALUES ('delete', old.rowid, old.card_number, old.source_order_id);
    INSERT INTO stored_value_cards_search (rowid, card_number, source_order_id)
        VALUES (new.rowid, new.card_number, new.source_order_id);
END;
INSERT INTO stored_value_cards_search (stored_value_cards_search) VALUES ('rebuild');

CREATE VIRTUAL TABLE workspaces_search USING fts5(
    workspace_id, name, settlement_account_id, settlement_instance_id,
    content = 'workspaces', tokenize = 'trigram');
CREATE TRIGGER workspaces_search_insert AFTER INSERT ON workspaces BEGIN
    INSERT INTO workspaces_search (rowid, workspace_id, name, settlement_account_id,
                                   settlement_instance_id)
        VALUES (new.rowid, new.workspace_id, new.name, new.settlement_account_id,
                new.settlement_instance_id);
END;
CREATE TRIGGER workspaces_search_delete AFTER DELETE ON workspaces BEGIN
    INSERT INTO workspaces_search (workspaces_search, rowid, workspace_id, name,
                                   settlement_account_id, settlement_instance_id)
        VALUES ('delete', old.rowid, old.workspace_id, old.name, old.settlement_account_id,
                old.settlement_instance_id);
END;
CREATE TRIGGER workspaces_search_update
    AFTER UPDATE OF workspace_id, name, settlement_account_id, settlement_instance_id
    ON workspaces BEGIN
    INSERT INTO workspaces_search (workspaces_search, rowid, workspace_id, name,
                                   settlement_account_id, settlement_instance_id)
        VALUES ('delete', old.rowid, old.workspace_id, old.name, old.settlement_account_id,
                old.settlement_instance_id);
    INSERT INTO workspaces_search (rowid, workspace_id, name, settlement_account_id,
                                   settlement_instance_id)
        VALUES (new.rowid, new.workspace_id, new.name, new.settlement_account_id,
                new.settlement_instance_id);
END;
INSERT INTO workspaces_search (workspaces_search) VALUES ('rebuild');

CREATE VIRTUAL TABLE fee_center_accounts_search USING fts5(
    username, enterprise_name, email,
    content = 'fee_center_accounts', content_rowid = 'fee_center_account_id',
    tokenize = 'trigram');
CREATE TRIGGER fee_center_accounts_search_insert AFTER INSERT ON fee_center_accounts BEGIN
    INSERT INTO fee_center_accounts_search (rowid, username, enterprise_name, email)
        VALUES (new.fee_center_account_id, new.username, new.enterprise_name, new.email);
END;
CREATE TRIGGER fee_center_accounts_search_delete AFTER DELETE ON fee_center_accounts BEGIN
    INSERT INTO fee_center_accounts_search (fee_center_accounts_search, rowid, username,
                                            enterprise_name, email)
        VALUES ('delete', old.fee_center_account_id, old.username, old.enterprise_name,
                old.email);
END;
CREATE TRIGGER fee_center_accounts_search_update
    AFTER UPDATE OF fee_center_account_id, username, enterprise_name, email
    ON fee_center_accounts BEGIN
    INSERT INTO fee_center_accounts_search (fee_center_accounts_search, rowid, username,
                                            enterprise_name, email)
        VALUES ('delete', old.fee_center_account_id, old.username, old.enterprise_name,
                old.email);
    INSERT INTO fee_center_accounts_search (rowid, username, enterprise_name, email)
        VALUES (new.fee_center_account_id, new.username, new.enterprise_name, new.email);
END;
INSERT INTO fee_center_accounts_search (fee_center_accounts_search) VALUES ('rebuild');

-- Sorting by every column the Billing Center shows walks an index (migration 5 made most):
-- a list page is "ORDER BY <column>, <key>", and a column whose index does not end with
-- the key sorts each run of equal values (half the workspaces have no settlement account)
-- or, without an index, the whole table for every page.
CREATE INDEX workspaces_lock_reason ON workspaces (lock_reason, workspace_id);
CREATE INDEX workspaces_settlement_account ON workspaces (settlement_account_id, workspace_id);
-- The cards by fee-center username: the accounts in username order (its unique index), each
-- one's cards in number order.
CREATE INDEX stored_value_cards_fc_number ON stored_value_cards (fee_center_account_id, card_number);
