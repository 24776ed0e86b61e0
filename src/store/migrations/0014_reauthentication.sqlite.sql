-- Onboarding Console schema, version 14 (SQLite): re-authentication (W-REAUTH, my-account.md
-- §4.4-§4.5, D.1, D.4; R-AUTH-5, R-AUTH-10..14) and the simulated conditions (D-CONDITIONS,
-- my-account.md Decisions; R-AUTH-5, R-AUTH-6, R-AUTH-11). The PostgreSQL script does the
-- same; only the widening of the materials' slots differs (see below).

-- What a request asks (core/Domain.h ReviewKind spellings): a first real-name
-- authentication (every request of earlier versions) or one of W-REAUTH's kinds. A pending
-- re-authentication keeps the one-pending-request key of version 12 (R-AUTH-4): an account
-- has at most one request under review, whatever its kind.
ALTER TABLE authentications ADD COLUMN kind TEXT NOT NULL DEFAULT 'authentication'
    CHECK (kind IN ('authentication', 'individual_owner', 'individual_to_enterprise',
                    'enterprise_entity', 'enterprise_name'));
-- The review queue filtered by kind (store/ListViews.cpp), newest first.
CREATE INDEX authentications_kind ON authentications (kind, submitted_at);

-- W-REAUTH's uploads (contract/BackendTypes.h MaterialSlot). SQLite cannot alter the slot's
-- CHECK of version 12, so the table is rebuilt as sqlite.org describes ("Making Other Kinds
-- Of Table Schema Changes"): the same columns (order included) and constraints but the wider
-- list, rows copied with their ids, old table dropped, new one renamed. No table references
-- authentication_materials; its only index is the UNIQUE constraint, made with the table.
CREATE TABLE authentication_materials_rebuilt (
    material_id        {{ID}},
    authentication_id  BIGINT NOT NULL REFERENCES authentications (authentication_id),
    slot               TEXT NOT NULL CHECK (slot IN ('certificatePage', 'holdingPhoto',
                                                     'certificateFront', 'certificateBack',
                                                     'currentCertificatePage',
                                                     'currentHoldingPhoto', 'applicationForm',
                                                     'holdingVisaPage', 'statement',
                                                     'authorityDocument', 'newCertificate')),
    file_name          TEXT NOT NULL,
    size               BIGINT NOT NULL CHECK (size > 0),
    header             TEXT NOT NULL,
    sha256             TEXT NOT NULL CHECK (length(sha256) = 64),
    thumbnail          TEXT NOT NULL DEFAULT '',
    UNIQUE (authentication_id, slot)
);

INSERT INTO authentication_materials_rebuilt (material_id, authentication_id, slot, file_name,
                                              size, header, sha256, thumbnail)
    SELECT material_id, authentication_id, slot, file_name, size, header, sha256, thumbnail
    FROM authentication_materials;

DROP TABLE authentication_materials;

ALTER TABLE authentication_materials_rebuilt RENAME TO authentication_materials;

-- The facts of Huawei's money and contracts the console does not model, per account, as the
-- operator set them acting as Huawei (contract/BackendTypes.h AccountConditions). No row:
-- all zero and false. Money in fen, never negative; flags 0 or 1.
CREATE TABLE account_conditions (
    account_id           TEXT PRIMARY KEY REFERENCES huawei_accounts (account_id),
    arrears_fen          BIGINT NOT NULL DEFAULT 0 CHECK (arrears_fen >= 0),
    balance_fen          BIGINT NOT NULL DEFAULT 0 CHECK (balance_fen >= 0),
    over_issued_invoices INTEGER NOT NULL DEFAULT 0 CHECK (over_issued_invoices IN (0, 1)),
    pending_payments     INTEGER NOT NULL DEFAULT 0 CHECK (pending_payments IN (0, 1)),
    unpaid_taxes         INTEGER NOT NULL DEFAULT 0 CHECK (unpaid_taxes IN (0, 1)),
    reserved_instances   INTEGER NOT NULL DEFAULT 0 CHECK (reserved_instances IN (0, 1)),
    pending_contracts    INTEGER NOT NULL DEFAULT 0 CHECK (pending_contracts IN (0, 1)),
    complaints           INTEGER NOT NULL DEFAULT 0 CHECK (complaints IN (0, 1)),
    koogallery_seller    INTEGER NOT NULL DEFAULT 0 CHECK (koogallery_seller IN (0, 1)),
    hcpn_partner         INTEGER NOT NULL DEFAULT 0 CHECK (hcpn_partner IN (0, 1)),
    special_contract     INTEGER NOT NULL DEFAULT 0 CHECK (special_contract IN (0, 1)),
    cash_spending        INTEGER NOT NULL DEFAULT 0 CHECK (cash_spending IN (0, 1)),
    updated_at           BIGINT NOT NULL
);

-- R-AUTH-5: the invitations and associations naming an account as master (the member is the
-- table's key already).
CREATE INDEX master_associations_master ON master_associations (master_account_id, status);
