-- Onboarding Console schema, version 6: case-insensitive uniqueness, kept by the store
-- itself so that two consoles or servers racing cannot both take one name. Usernames
-- (R-FC-1), emails per site (R-ACC-1), organization abbreviations (R-ORG-2) and tenant
-- names (R-ACC-3, my-account.md) are one whatever their letter case; the services look
-- them up with lower() too, which these indexes serve. store/Constraints.cpp maps each
-- index name to the rule it enforces.

CREATE UNIQUE INDEX uq_guance_accounts_username ON guance_accounts (lower(username));
CREATE UNIQUE INDEX uq_guance_accounts_email ON guance_accounts (lower(email), site);
CREATE UNIQUE INDEX uq_fee_center_accounts_username ON fee_center_accounts (lower(username));
CREATE UNIQUE INDEX uq_organizations_abbreviation ON organizations (lower(abbreviation));
CREATE UNIQUE INDEX uq_huawei_accounts_tenant_name ON huawei_accounts (lower(tenant_name));
