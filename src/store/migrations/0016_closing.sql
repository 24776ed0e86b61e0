-- Onboarding Console schema, version 16: closing Huawei Cloud services (my-account.md §5.11,
-- D.1 W-CLOSE, D.2 D-DISABLE / D-RESTORE / D-LAST-CHECK; R-CLS-1..7). One script for both
-- dialects.

-- R-CLS-4: every close application's automatic checks, the last one viewable ("View Last
-- Check Result"). A check passed when it has no failure; Proceed to Close uses a passed one
-- once (closed_at); a failed one ends its application.
CREATE TABLE closing_checks (
    check_id    {{ID}},
    account_id  TEXT NOT NULL REFERENCES huawei_accounts (account_id),
    reason      TEXT NOT NULL
                CHECK (reason IN ('no_longer_needed', 'mistakenly_enabled', 'other')),
    checked_at  BIGINT NOT NULL,
    closed_at   BIGINT
);
CREATE INDEX closing_checks_account ON closing_checks (account_id, check_id);

-- R-CLS-1: each condition that failed, in the order the checks list them (core/Closing.h).
CREATE TABLE closing_check_failures (
    check_id        BIGINT NOT NULL REFERENCES closing_checks (check_id),
    ordinal         INTEGER NOT NULL,
    check_group     TEXT NOT NULL
                    CHECK (check_group IN ('account', 'financial', 'orders_and_resources')),
    condition_name  TEXT NOT NULL,
    detail          TEXT NOT NULL DEFAULT '',
    PRIMARY KEY (check_id, ordinal)
);

-- R-CLS-2: closed services are disabled when their retention ends (the clock's due
-- transitions look for them on every tick).
CREATE INDEX huawei_accounts_retention ON huawei_accounts (services_status, retention_until);
