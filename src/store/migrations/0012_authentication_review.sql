-- Onboarding Console schema, version 12: real-name authentication submitted and reviewed
-- (W-AUTH and the review queue, my-account.md §4.1-§4.3, D.1, D.3; R-AUTH-1..4, R-AUTH-7..9).
-- One script for both dialects: columns, a table and indexes are only added.

-- "Within three working days" (R-AUTH-4): when the review is due; NULL for the requests of
-- earlier versions that were reviewed already (a pending one gets its due time below).
ALTER TABLE authentications ADD COLUMN due_by BIGINT;
-- R-AUTH-8: why a reviewer rejected (core/Domain.h RejectReason spellings); NULL otherwise.
ALTER TABLE authentications ADD COLUMN reject_reason TEXT;
-- R-AUTH-9: an approved copy of a master account's first enterprise authentication, made
-- for an associated member: the master's request it copies.
ALTER TABLE authentications ADD COLUMN copied_from BIGINT REFERENCES authentications (authentication_id);

-- Version 1 wrote 'business_license' as an enterprise's certificate type; certificate types
-- are an individual's (core/Domain.h CertificateType), an enterprise's number is its
-- registration number.
UPDATE authentications SET certificate_type = '' WHERE auth_type = 'enterprise';
-- A pending request of version 1 is due three days after it was submitted (working days
-- cannot be counted in SQL; the demo story writes its own exactly).
UPDATE authentications SET due_by = submitted_at + 259200000 WHERE status = 'pending';

-- R-AUTH-4: one pending request per account (the service looks first; this index keeps two
-- racing submissions apart; store/Constraints.cpp names the rule).
CREATE UNIQUE INDEX uq_authentications_pending ON authentications (account_id)
    WHERE status = 'pending';
-- R-AUTH-3: the accounts a certificate number authenticates.
CREATE INDEX authentications_number ON authentications (certificate_number, status);
-- The review queue's default order (store/ListViews.cpp, newest first).
CREATE INDEX authentications_submitted ON authentications (submitted_at);

-- What the console read of each uploaded material (contract/BackendTypes.h MaterialUpload):
-- the file itself never reaches the store, the reviewer works from the thumbnail.
CREATE TABLE authentication_materials (
    material_id        {{ID}},
    authentication_id  BIGINT NOT NULL REFERENCES authentications (authentication_id),
    slot               TEXT NOT NULL CHECK (slot IN ('certificatePage', 'holdingPhoto',
                                                     'certificateFront', 'certificateBack')),
    file_name          TEXT NOT NULL,
    size               BIGINT NOT NULL CHECK (size > 0),
    header             TEXT NOT NULL,
    sha256             TEXT NOT NULL CHECK (length(sha256) = 64),
    thumbnail          TEXT NOT NULL DEFAULT '',
    UNIQUE (authentication_id, slot)
);
