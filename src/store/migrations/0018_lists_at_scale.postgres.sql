-- Onboarding Console schema, version 18 (PostgreSQL): the lists at scale (issue 20): text
-- search as an index, and indexes for the sorts that had none.
--
-- A list's text filter is a substring of any searchable column ("ILIKE '%x%'",
-- store/ListViews.cpp), which without an index reads every row. pg_trgm's GIN indexes
-- answer ILIKE '%x%' from the trigrams of x (3 or more characters) and recheck the rows
-- they find, so the results are those of the scan. One index per column the Billing
-- Center's lists search (the SQLite script makes FTS5 trigram indexes instead).
--
-- pg_trgm ships with PostgreSQL (Debian: postgresql-15) and is a trusted extension: the
-- database's owner, or a role with CREATE on it, may create it.
CREATE EXTENSION IF NOT EXISTS pg_trgm;

CREATE INDEX stored_value_cards_number_trgm ON stored_value_cards
    USING gin (card_number gin_trgm_ops);
CREATE INDEX stored_value_cards_order_trgm ON stored_value_cards
    USING gin (source_order_id gin_trgm_ops);

CREATE INDEX workspaces_id_trgm ON workspaces USING gin (workspace_id gin_trgm_ops);
CREATE INDEX workspaces_name_trgm ON workspaces USING gin (name gin_trgm_ops);
CREATE INDEX workspaces_settlement_account_trgm ON workspaces
    USING gin (settlement_account_id gin_trgm_ops);
CREATE INDEX workspaces_settlement_instance_trgm ON workspaces
    USING gin (settlement_instance_id gin_trgm_ops);

CREATE INDEX fee_center_accounts_username_trgm ON fee_center_accounts
    USING gin (username gin_trgm_ops);
CREATE INDEX fee_center_accounts_enterprise_trgm ON fee_center_accounts
    USING gin (enterprise_name gin_trgm_ops);
CREATE INDEX fee_center_accounts_email_trgm ON fee_center_accounts
    USING gin (email gin_trgm_ops);

-- Sorting by every column the Billing Center shows walks an index (migration 5 made most):
-- a list page is "ORDER BY <column>, <key>", and a column whose index does not end with
-- the key sorts each run of equal values (half the workspaces have no settlement account)
-- or, without an index, the whole table for every page.
CREATE INDEX workspaces_lock_reason ON workspaces (lock_reason, workspace_id);
CREATE INDEX workspaces_settlement_account ON workspaces (settlement_account_id, workspace_id);
-- The cards by fee-center username: the accounts in username order (its unique index), each
-- one's cards in number order.
CREATE INDEX stored_value_cards_fc_number ON stored_value_cards (fee_center_account_id, card_number);
