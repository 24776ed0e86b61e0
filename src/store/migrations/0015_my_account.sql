-- Onboarding Console schema, version 15: My Account, part 2 (my-account.md §5.1-§5.10, §8, B,
-- D.2, D.4; R-ACC-7..15, R-ACC-20, R-AUD-2): account information, preferences, message
-- recipients and the CTS traces. One script for both dialects: SQLite (3.35 and later)
-- renames and drops a column as PostgreSQL does, and nothing else differs.

-- HUAWEI ID Information and Huawei Cloud Tenant Information (core/Domain.h HuaweiAccount):
-- the service mobile number of version 1 says what it is (R-ACC-14, R-ACC-17), and the
-- tenant gets a service email address of its own ('' : the HUAWEI ID's email serves).
ALTER TABLE huawei_accounts RENAME COLUMN mobile TO service_mobile;
ALTER TABLE huawei_accounts ADD COLUMN service_email TEXT NOT NULL DEFAULT '';

-- R-ACC-8: when the login ID was changed (once); NULL: not yet.
ALTER TABLE huawei_accounts ADD COLUMN login_id_changed_at BIGINT;

-- R-ACC-12: the contact address in the parts of Edit Information (my-account.md §5.5,
-- Decisions); its country/region is the account's. The single text of earlier versions
-- becomes Address Line 1, the other parts empty until the address is edited.
ALTER TABLE huawei_accounts ADD COLUMN address_line1 TEXT NOT NULL DEFAULT '';
ALTER TABLE huawei_accounts ADD COLUMN address_line2 TEXT NOT NULL DEFAULT '';
ALTER TABLE huawei_accounts ADD COLUMN address_city TEXT NOT NULL DEFAULT '';
ALTER TABLE huawei_accounts ADD COLUMN address_state_province TEXT NOT NULL DEFAULT '';
ALTER TABLE huawei_accounts ADD COLUMN address_commune TEXT NOT NULL DEFAULT '';
ALTER TABLE huawei_accounts ADD COLUMN address_postal_code TEXT NOT NULL DEFAULT '';
UPDATE huawei_accounts SET address_line1 = contact_address;
ALTER TABLE huawei_accounts DROP COLUMN contact_address;

-- Edit Information (R-ACC-11..13): qualification_name and tax_id are there since version 1;
-- §5.2's designation, the payment currency ('' until set) and the secondary industry.
ALTER TABLE huawei_accounts ADD COLUMN designation TEXT NOT NULL DEFAULT '';
ALTER TABLE huawei_accounts ADD COLUMN payment_currency TEXT NOT NULL DEFAULT '';
ALTER TABLE huawei_accounts ADD COLUMN secondary_industry TEXT NOT NULL DEFAULT '';
-- R-ACC-13: industries are the two-level list of my-account.md Decisions (core/MyAccount.h
-- spellings); the free texts of earlier versions are mapped where the list has them, the
-- others are Other.
UPDATE huawei_accounts SET secondary_industry =
    CASE lower(trim(industry))
        WHEN 'internet' THEN 'internet_services'
        WHEN 'software' THEN 'software'
        ELSE '' END;
UPDATE huawei_accounts SET industry =
    CASE lower(trim(industry))
        WHEN '' THEN ''
        WHEN 'internet' THEN 'it_internet'
        WHEN 'software' THEN 'it_internet'
        WHEN 'finance' THEN 'finance'
        WHEN 'manufacturing' THEN 'manufacturing'
        WHEN 'education' THEN 'education'
        WHEN 'government' THEN 'government'
        WHEN 'retail' THEN 'retail'
        ELSE 'other' END;
-- R-ACC-15: the notification languages are Chinese and English ('zh_CN', 'en'); the
-- currencies CNY, USD and EUR.
UPDATE huawei_accounts SET message_language =
    CASE WHEN lower(message_language) LIKE 'en%' THEN 'en' ELSE 'zh_CN' END;
UPDATE huawei_accounts SET currency = 'CNY' WHERE currency NOT IN ('CNY', 'USD', 'EUR');

-- R-ACC-11: the qualification proof (the VAT registration certificate), one per account: what
-- the console read of the file (contract/BackendTypes.h MaterialUpload), as for W-AUTH's
-- materials.
CREATE TABLE qualification_proofs (
    account_id   TEXT PRIMARY KEY REFERENCES huawei_accounts (account_id),
    file_name    TEXT NOT NULL,
    size         BIGINT NOT NULL CHECK (size > 0),
    header       TEXT NOT NULL,
    sha256       TEXT NOT NULL CHECK (length(sha256) = 64),
    thumbnail    TEXT NOT NULL DEFAULT '',
    uploaded_at  BIGINT NOT NULL
);

-- R-ACC-15: every change of the Preferences' currency, so that a month's bill takes the
-- currency last selected in its billing cycle.
CREATE TABLE currency_selections (
    selection_id  {{ID}},
    account_id    TEXT NOT NULL REFERENCES huawei_accounts (account_id),
    currency      TEXT NOT NULL CHECK (currency IN ('CNY', 'USD', 'EUR')),
    selected_at   BIGINT NOT NULL
);
CREATE INDEX currency_selections_account ON currency_selections (account_id, selected_at);

-- D-RECIPIENT: the message recipients of Preferences (a name and a mobile number and/or an
-- email address).
CREATE TABLE message_recipients (
    recipient_id  {{ID}},
    account_id    TEXT NOT NULL REFERENCES huawei_accounts (account_id),
    name          TEXT NOT NULL CHECK (length(name) > 0),
    mobile        TEXT NOT NULL DEFAULT '',
    email         TEXT NOT NULL DEFAULT '',
    created_at    BIGINT NOT NULL,
    CHECK (mobile <> '' OR email <> '')
);
CREATE INDEX message_recipients_account ON message_recipients (account_id, recipient_id);

-- D-CONDITIONS: whether the account's CTS is enabled (R-AUD-2; off unless set).
ALTER TABLE account_conditions ADD COLUMN cts_enabled INTEGER NOT NULL DEFAULT 0
    CHECK (cts_enabled IN (0, 1));

-- R-AUD-2: the CTS traces, recorded for an account only while its CTS is enabled; exactly
-- the nine names of my-account.md B, all of resource type accountCenter. The journal keeps
-- recording everything (R-AUD-1).
CREATE TABLE cts_traces (
    trace_id       {{ID}},
    account_id     TEXT NOT NULL REFERENCES huawei_accounts (account_id),
    at             BIGINT NOT NULL,
    trace_name     TEXT NOT NULL CHECK (trace_name IN ('changeIndividualAuthInfo',
                                                      'reauthWithEnterpriseInfo',
                                                      'changeEnterpriseName',
                                                      'changeEnterpriseEntity', 'changePhone',
                                                      'changeEmail', 'addRecipient',
                                                      'editRecipient', 'deleteRecipient')),
    resource_type  TEXT NOT NULL DEFAULT 'accountCenter' CHECK (resource_type = 'accountCenter'),
    actor          TEXT NOT NULL,
    outcome        TEXT NOT NULL,
    details        TEXT NOT NULL DEFAULT ''
);
-- The list view (store/ListViews.cpp): an account's traces and a trace name's, newest first.
CREATE INDEX cts_traces_account ON cts_traces (account_id, at, trace_id);
CREATE INDEX cts_traces_name ON cts_traces (trace_name, at, trace_id);
CREATE INDEX cts_traces_at ON cts_traces (at, trace_id);
