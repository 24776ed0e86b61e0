-- Onboarding Console schema, version 2 (SQLite): a workspace may have no fee-center account.
-- W-REG with Alibaba Cloud or AWS settlement may leave "also create fee-center account"
-- unchecked; such a workspace belongs to its owner Guance account only. Its name is then
-- unique per owner, which the service checks (R-WS-1): UNIQUE (fee_center_account_id, name)
-- treats NULLs as distinct.
--
-- SQLite cannot drop NOT NULL in place, so the table is rebuilt as sqlite.org describes
-- ("Making Other Kinds Of Table Schema Changes"): a new table with the same columns and
-- constraints except the nullable fee_center_account_id, rows copied, old table dropped,
-- new one renamed, every index recreated. No table references workspaces, so dropping it
-- needs no foreign-key juggling; the migration's transaction makes it all or nothing.
-- Keep the column list identical to 0001 (order included).

CREATE TABLE workspaces_v2 (
    workspace_id            TEXT PRIMARY KEY,
    name                    TEXT NOT NULL,
    language                TEXT NOT NULL CHECK (language IN ('zh', 'en')),
    site                    TEXT NOT NULL,
    owner_guance_account_id BIGINT REFERENCES guance_accounts (guance_account_id),
    fee_center_account_id   BIGINT REFERENCES fee_center_accounts (fee_center_account_id),
    settlement_method       TEXT NOT NULL
                            CHECK (settlement_method IN ('fee_center', 'huawei_cloud', 'alibaba_cloud', 'aws')),
    settlement_account_id   TEXT NOT NULL DEFAULT '',
    settlement_instance_id  TEXT NOT NULL DEFAULT '',
    settlement_changed_at   BIGINT,
    status                  TEXT NOT NULL CHECK (status IN ('active', 'locked', 'dissolved')),
    lock_reason             TEXT NOT NULL DEFAULT '',
    locked_at               BIGINT,
    created_at              BIGINT NOT NULL,
    UNIQUE (fee_center_account_id, name)
);

INSERT INTO workspaces_v2 (workspace_id, name, language, site, owner_guance_account_id,
                           fee_center_account_id, settlement_method, settlement_account_id,
                           settlement_instance_id, settlement_changed_at, status, lock_reason,
                           locked_at, created_at)
    SELECT workspace_id, name, language, site, owner_guance_account_id, fee_center_account_id,
           settlement_method, settlement_account_id, settlement_instance_id,
           settlement_changed_at, status, lock_reason, locked_at, created_at
    FROM workspaces;

DROP TABLE workspaces;

ALTER TABLE workspaces_v2 RENAME TO workspaces;

CREATE INDEX workspaces_fc_created ON workspaces (fee_center_account_id, created_at);
CREATE INDEX workspaces_settlement ON workspaces (settlement_account_id, settlement_instance_id);
CREATE INDEX workspaces_name ON workspaces (name);
CREATE INDEX workspaces_status ON workspaces (status, locked_at);
