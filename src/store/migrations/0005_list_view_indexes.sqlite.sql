-- Onboarding Console schema, version 5 (SQLite): indexes for the list views at scale
-- (100,000 workspaces, 1,000,000 stored-value cards). A list page is
-- "ORDER BY <column>, <key> LIMIT n OFFSET m" (store/ListViews.cpp, the key breaks ties so
-- that pages never overlap): with an index on (column, key) SQLite walks the index instead
-- of sorting the whole table for every page. One per column the Billing Center lets the
-- operator sort by; the enum columns have few values, so their indexes carry the key too.

-- Stored-value cards (key: card_number, the primary key).
CREATE INDEX stored_value_cards_purchased ON stored_value_cards (purchased_at, card_number);
CREATE INDEX stored_value_cards_expires ON stored_value_cards (expires_at, card_number);
CREATE INDEX stored_value_cards_balance ON stored_value_cards (balance_fen, card_number);
CREATE INDEX stored_value_cards_face_value ON stored_value_cards (face_value_fen, card_number);
CREATE INDEX stored_value_cards_status_number ON stored_value_cards (status, card_number);
CREATE INDEX stored_value_cards_purchase_type ON stored_value_cards (purchase_type, card_number);
DROP INDEX stored_value_cards_order;
CREATE INDEX stored_value_cards_order ON stored_value_cards (source_order_id, card_number);
-- The fee-center accounts' card balance sums the available cards of each account: with
-- the balance in the index the sum never reads the table.
DROP INDEX stored_value_cards_status;
CREATE INDEX stored_value_cards_status ON stored_value_cards (fee_center_account_id, status, balance_fen);

-- Workspaces (key: workspace_id, the primary key).
CREATE INDEX workspaces_created ON workspaces (created_at, workspace_id);
DROP INDEX workspaces_name;
CREATE INDEX workspaces_name ON workspaces (name, workspace_id);
CREATE INDEX workspaces_status_id ON workspaces (status, workspace_id);
CREATE INDEX workspaces_locked ON workspaces (locked_at, workspace_id);
CREATE INDEX workspaces_settlement_method ON workspaces (settlement_method, workspace_id);
CREATE INDEX workspaces_settlement_instance ON workspaces (settlement_instance_id, workspace_id);
CREATE INDEX workspaces_site ON workspaces (site, workspace_id);
CREATE INDEX workspaces_language ON workspaces (language, workspace_id);
