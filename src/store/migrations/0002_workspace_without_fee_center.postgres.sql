-- Onboarding Console schema, version 2 (PostgreSQL): a workspace may have no fee-center
-- account (W-REG with Alibaba Cloud or AWS settlement and no fee-center account). Its name
-- is then unique per owner Guance account, which the service checks (R-WS-1). The SQLite
-- script rebuilds the table; PostgreSQL drops the constraint in place, keeping the
-- UNIQUE (fee_center_account_id, name) constraint and every index.

ALTER TABLE workspaces ALTER COLUMN fee_center_account_id DROP NOT NULL;
