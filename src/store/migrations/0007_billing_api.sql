-- Onboarding Console schema, version 7: what the billing API server keeps in the store
-- (../shared/spec/api.md), so that several server processes on one database agree.

-- Operators and their tokens. A token is "<operator_id>.<secret>"; only the SHA-256 of the
-- secret is kept (the secret has 256 random bits: a slow hash adds nothing).
CREATE TABLE operators (
    operator_id  TEXT PRIMARY KEY,
    name         TEXT NOT NULL,
    token_hash   TEXT NOT NULL,
    created_at   BIGINT NOT NULL,
    revoked_at   BIGINT
);
-- One active operator per name, whatever its letter case (a revoked name can be reused).
CREATE UNIQUE INDEX uq_operators_active_name ON operators (lower(name)) WHERE revoked_at IS NULL;

-- Idempotency keys of changing requests: the first answer, replayed for a repeat. A key is
-- reserved before its request runs; `changed` is set in the transaction of every change
-- the request makes; the answer is stored when it is complete.
CREATE TABLE idempotency_keys (
    idempotency_key  TEXT PRIMARY KEY,
    operator_id      TEXT NOT NULL,
    fingerprint      TEXT NOT NULL,
    state            TEXT NOT NULL CHECK (state IN ('running', 'done')),
    changed          INTEGER NOT NULL DEFAULT 0,
    status           INTEGER NOT NULL DEFAULT 0,
    body             TEXT NOT NULL DEFAULT '',
    created_at       BIGINT NOT NULL
);
CREATE INDEX idempotency_keys_created ON idempotency_keys (created_at);

-- The change feed (GET /v1/changes): one row per change, the list views it changed. The
-- sequence is assigned under a lock, so that it increases in commit order.
CREATE TABLE change_log (
    sequence  {{ID}},
    views     TEXT NOT NULL,
    clock     INTEGER NOT NULL DEFAULT 0,
    at        BIGINT NOT NULL
);
