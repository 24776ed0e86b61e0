-- Onboarding Console schema, version 9: the nonces of KooGallery's signed calls
-- (../shared/spec/api.md, "Marketplace callback"). A nonce seen before is a replay and is
-- refused; kept in the store so that the refusal survives a restart and holds across
-- several server processes. A nonce older than the signature's time window can go: its
-- call would be refused as stale anyway.
CREATE TABLE koogallery_nonces (
    nonce    TEXT PRIMARY KEY,
    seen_at  BIGINT NOT NULL
);
CREATE INDEX koogallery_nonces_seen ON koogallery_nonces (seen_at);
