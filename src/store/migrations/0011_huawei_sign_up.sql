-- Onboarding Console schema, version 11: HUAWEI ID sign-up (W-SIGNUP, my-account.md §2 and
-- D.4 R-ACC-16..18). One script for both dialects: columns are only added.

-- The security phone (R-ACC-4, optional, resets a forgotten password), kept apart from the
-- service mobile number in `mobile` (R-ACC-17).
ALTER TABLE huawei_accounts ADD COLUMN security_phone TEXT NOT NULL DEFAULT '';
-- When Huawei Cloud services were enabled (R-ACC-16). NULL means "not enabled yet": the
-- services lifecycle is notEnabled -> enabled -> closed -> disabled, but services_status
-- keeps 'enabled' for a not-enabled account, because its CHECK constraint of version 1
-- cannot be widened in SQLite without rebuilding huawei_accounts, which eight tables of
-- version 1 reference. store/HuaweiAccountRepository.cpp maps (enabled, NULL) to
-- not_enabled both ways, and the list view's services-status column shows and filters it
-- so (store/ListViews.cpp). Accounts made before this version enabled them at sign-up.
ALTER TABLE huawei_accounts ADD COLUMN services_enabled_at BIGINT;
UPDATE huawei_accounts SET services_enabled_at = created_at;
-- W-SIGNUP 3: opted in to discount and promotion updates.
ALTER TABLE huawei_accounts ADD COLUMN promotions INTEGER NOT NULL DEFAULT 0;
-- R-ACC-18: a card was bound (use first, pay later).
ALTER TABLE huawei_accounts ADD COLUMN post_payment INTEGER NOT NULL DEFAULT 0;

-- R-ACC-1: one HUAWEI ID per email, whatever its letter case (the service looks first;
-- this index keeps two racing sign-ups apart; store/Constraints.cpp names the rule).
CREATE UNIQUE INDEX uq_huawei_accounts_email ON huawei_accounts (lower(email));

-- Historical Cards (R-ACC-18): every card binding attempt with the bank's answer to the
-- 1 USD verification. Only the masked number is kept; the security code never is.
CREATE TABLE payment_cards (
    card_id        {{ID}},
    account_id     TEXT NOT NULL REFERENCES huawei_accounts (account_id),
    masked_number  TEXT NOT NULL,
    holder         TEXT NOT NULL,
    expiry         TEXT NOT NULL,
    result         TEXT NOT NULL CHECK (result IN ('approved', 'declined', 'insufficient_funds',
                                                   'authentication_failed')),
    attempted_at   BIGINT NOT NULL
);
CREATE INDEX payment_cards_account ON payment_cards (account_id, attempted_at);
