-- Onboarding Console schema, version 13: signing in to Huawei Cloud (D-LOGIN, my-account.md
-- §3 and D.4 R-ACC-19): wrong passwords counted per HUAWEI ID and per website account,
-- trusted devices, Huawei website accounts bound to a HUAWEI ID. One script for both
-- dialects: tables, a column and indexes are added, one index is replaced.

-- R-ACC-19 (throttled like R-ORG-6): wrong passwords in a row and the lock they led to, per
-- HUAWEI ID (kind 'huaweiId', subject its account id) and per website account (kind
-- 'websiteAccount', subject its website_account_id). A row is made by the first wrong
-- password; a right one sets the count back to 0.
CREATE TABLE login_failures (
    kind           TEXT NOT NULL CHECK (kind IN ('huaweiId', 'websiteAccount')),
    subject        TEXT NOT NULL,
    failed_logins  INTEGER NOT NULL DEFAULT 0,
    locked_until   BIGINT,
    PRIMARY KEY (kind, subject)
);

-- "Trust this browser?" (§3 step 4): a device a HUAWEI ID trusts signs in without a code.
CREATE TABLE trusted_devices (
    account_id  TEXT NOT NULL REFERENCES huawei_accounts (account_id),
    device_id   TEXT NOT NULL CHECK (length(device_id) > 0),
    trusted_at  BIGINT NOT NULL,
    PRIMARY KEY (account_id, device_id)
);

-- Huawei website accounts (the "other accounts" of §3), made by the operator acting as the
-- Huawei website, bound to a HUAWEI ID on their first login (R-ACC-19). The password is an
-- Argon2id hash (core/PasswordHasher); a HUAWEI ID made by Create and Bind takes the same
-- hash. account_id and bound_at are NULL until bound, and set together.
CREATE TABLE website_accounts (
    website_account_id  {{ID}},
    name                TEXT NOT NULL CHECK (length(name) BETWEEN 3 AND 32),
    password_hash       TEXT NOT NULL,
    country_region      TEXT NOT NULL,
    account_id          TEXT REFERENCES huawei_accounts (account_id),
    created_at          BIGINT NOT NULL,
    bound_at            BIGINT,
    CHECK ((account_id IS NULL) = (bound_at IS NULL))
);
-- R-ACC-19: a name is one whatever its letter case; a HUAWEI ID has at most one website
-- account (NULLs, the unbound ones, never collide). The service looks first; these keep two
-- racing requests apart, and store/Constraints.cpp names their rules.
CREATE UNIQUE INDEX uq_website_accounts_name ON website_accounts (lower(name));
CREATE UNIQUE INDEX uq_website_accounts_account ON website_accounts (account_id);

-- A HUAWEI ID made by Create and Bind has no email (its identifiers are its account name and
-- mobile number). The email index of version 11 would let only one such account exist
-- (two '' collide), so it keeps R-ACC-1 for the accounts that have an email: a partial
-- index. Lookups by email say `email <> ''` so that both stores use it.
DROP INDEX uq_huawei_accounts_email;
CREATE UNIQUE INDEX uq_huawei_accounts_email ON huawei_accounts (lower(email)) WHERE email <> '';

-- The other identifiers of the HUAWEI ID login (R-ACC-19): the login ID whatever its case
-- (the tenant name has its case-insensitive index since version 6) and the security phone
-- (the service mobile number is no identifier, R-ACC-17).
CREATE INDEX huawei_accounts_login_lower ON huawei_accounts (lower(login_id));
CREATE INDEX huawei_accounts_security_phone ON huawei_accounts (security_phone)
    WHERE security_phone <> '';

-- When Huawei Cloud services were disabled (R-CLS-2, R-CLS-5: no login afterwards, which the
-- refusal dates); NULL when not disabled or not known (disabled before this version).
ALTER TABLE huawei_accounts ADD COLUMN services_disabled_at BIGINT;
