-- Onboarding Console schema, version 1: the whole domain of ../shared/spec/domain.md.
-- Dialect-neutral SQL; {{ID}} becomes an auto-increment integer primary key of the dialect.
-- Times are BIGINT milliseconds since the epoch, UTC. Money is BIGINT fen. Booleans 0/1.

CREATE TABLE IF NOT EXISTS meta (
    key   TEXT PRIMARY KEY,
    value TEXT NOT NULL
);

-- ---- Huawei Cloud side --------------------------------------------------------------

CREATE TABLE huawei_accounts (
    account_id        TEXT PRIMARY KEY CHECK (length(account_id) = 32),
    login_id          TEXT NOT NULL UNIQUE,
    tenant_name       TEXT NOT NULL UNIQUE,
    email             TEXT NOT NULL,
    mobile            TEXT NOT NULL DEFAULT '',
    country_region    TEXT NOT NULL,
    password_hash     TEXT NOT NULL,
    account_type      TEXT NOT NULL DEFAULT 'unset'
                      CHECK (account_type IN ('unset', 'individual', 'enterprise')),
    full_name         TEXT NOT NULL DEFAULT '',
    enterprise_name   TEXT NOT NULL DEFAULT '',
    auth_status       TEXT NOT NULL DEFAULT 'unauthenticated'
                      CHECK (auth_status IN ('unauthenticated', 'pending', 'authenticated', 'rejected')),
    services_status   TEXT NOT NULL DEFAULT 'enabled'
                      CHECK (services_status IN ('enabled', 'closed', 'disabled')),
    services_closed_at BIGINT,
    retention_until   BIGINT,
    message_language  TEXT NOT NULL DEFAULT 'zh_CN',
    time_zone         TEXT NOT NULL DEFAULT 'Asia/Shanghai',
    currency          TEXT NOT NULL DEFAULT 'CNY',
    contact_address   TEXT NOT NULL DEFAULT '',
    industry          TEXT NOT NULL DEFAULT '',
    qualification_name TEXT NOT NULL DEFAULT '',
    tax_id            TEXT NOT NULL DEFAULT '',
    created_at        BIGINT NOT NULL
);
CREATE INDEX huawei_accounts_created ON huawei_accounts (created_at);

-- R-ACC-3: at most 3 tenant-name changes per calendar year.
CREATE TABLE tenant_name_changes (
    change_id   {{ID}},
    account_id  TEXT NOT NULL REFERENCES huawei_accounts (account_id),
    old_name    TEXT NOT NULL,
    new_name    TEXT NOT NULL,
    changed_at  BIGINT NOT NULL
);
CREATE INDEX tenant_name_changes_account ON tenant_name_changes (account_id, changed_at);

-- Real-name authentication requests (R-AUTH-*), newest per account is current.
CREATE TABLE authentications (
    authentication_id  {{ID}},
    account_id         TEXT NOT NULL REFERENCES huawei_accounts (account_id),
    auth_type          TEXT NOT NULL CHECK (auth_type IN ('individual', 'enterprise')),
    certificate_type   TEXT NOT NULL DEFAULT '',
    certificate_number TEXT NOT NULL DEFAULT '',
    subject_name       TEXT NOT NULL,
    country_region     TEXT NOT NULL DEFAULT '',
    address            TEXT NOT NULL DEFAULT '',
    status             TEXT NOT NULL CHECK (status IN ('pending', 'approved', 'rejected')),
    submitted_at       BIGINT NOT NULL,
    reviewed_at        BIGINT,
    reviewer_note      TEXT NOT NULL DEFAULT ''
);
CREATE INDEX authentications_account ON authentications (account_id, submitted_at);
CREATE INDEX authentications_status ON authentications (status);

CREATE TABLE partner_associations (
    account_id    TEXT PRIMARY KEY REFERENCES huawei_accounts (account_id),
    partner_name  TEXT NOT NULL,
    model         TEXT NOT NULL CHECK (model IN ('reseller', 'referral')),
    since         BIGINT NOT NULL,
    status        TEXT NOT NULL CHECK (status IN ('associated', 'frozen', 'disassociating')),
    budget_fen    BIGINT
);

CREATE TABLE master_associations (
    member_account_id TEXT PRIMARY KEY REFERENCES huawei_accounts (account_id),
    master_account_id TEXT NOT NULL REFERENCES huawei_accounts (account_id),
    status            TEXT NOT NULL CHECK (status IN ('invited', 'associated', 'rejected')),
    since             BIGINT NOT NULL
);

CREATE TABLE products (
    product_id      TEXT PRIMARY KEY,
    kind            TEXT NOT NULL CHECK (kind IN ('subscription', 'stored_value_card')),
    name            TEXT NOT NULL,
    unit_price_fen  BIGINT NOT NULL CHECK (unit_price_fen >= 0)
);

CREATE TABLE orders (
    order_id    TEXT PRIMARY KEY,
    account_id  TEXT NOT NULL REFERENCES huawei_accounts (account_id),
    product_id  TEXT NOT NULL REFERENCES products (product_id),
    quantity    INTEGER NOT NULL CHECK (quantity > 0),
    amount_fen  BIGINT NOT NULL CHECK (amount_fen >= 0),
    status      TEXT NOT NULL CHECK (status IN ('unpaid', 'paid', 'cancelled')),
    created_at  BIGINT NOT NULL,
    paid_at     BIGINT
);
CREATE INDEX orders_account ON orders (account_id, created_at);

CREATE TABLE instances (
    instance_id  TEXT PRIMARY KEY,
    order_id     TEXT NOT NULL UNIQUE REFERENCES orders (order_id),
    account_id   TEXT NOT NULL REFERENCES huawei_accounts (account_id),
    product_id   TEXT NOT NULL REFERENCES products (product_id),
    status       TEXT NOT NULL CHECK (status IN ('provisioning', 'active', 'frozen', 'closed')),
    opened_at    BIGINT NOT NULL,
    active_at    BIGINT NOT NULL,
    closed_at    BIGINT
);
CREATE INDEX instances_account ON instances (account_id, opened_at);
CREATE INDEX instances_due ON instances (status, active_at);

-- ---- Joint Operations ---------------------------------------------------------------

CREATE TABLE organizations (
    organization_id  TEXT PRIMARY KEY,
    owner_account_id TEXT NOT NULL REFERENCES huawei_accounts (account_id),
    enterprise_name  TEXT NOT NULL,
    abbreviation     TEXT NOT NULL UNIQUE,
    status           TEXT NOT NULL CHECK (status IN ('creating', 'ready')),
    created_at       BIGINT NOT NULL,
    ready_at         BIGINT NOT NULL
);
CREATE INDEX organizations_owner ON organizations (owner_account_id, created_at);
CREATE INDEX organizations_due ON organizations (status, ready_at);

CREATE TABLE departments (
    department_id    {{ID}},
    organization_id  TEXT NOT NULL REFERENCES organizations (organization_id),
    parent_id        BIGINT REFERENCES departments (department_id),
    name             TEXT NOT NULL,
    UNIQUE (organization_id, parent_id, name)
);

CREATE TABLE members (
    member_id            {{ID}},
    organization_id      TEXT NOT NULL REFERENCES organizations (organization_id),
    account              TEXT NOT NULL,
    display_name         TEXT NOT NULL,
    department_id        BIGINT REFERENCES departments (department_id),
    mobile               TEXT NOT NULL DEFAULT '',
    email                TEXT NOT NULL DEFAULT '',
    password_hash        TEXT NOT NULL,
    must_change_password INTEGER NOT NULL DEFAULT 1,
    enabled              INTEGER NOT NULL DEFAULT 1,
    failed_logins        INTEGER NOT NULL DEFAULT 0,
    locked_until         BIGINT,
    created_at           BIGINT NOT NULL,
    UNIQUE (organization_id, account)
);

-- R-BND-1: an order binds to one organization (order_id unique);
-- R-BND-2: one order per product per organization (organization_id, product_id unique).
CREATE TABLE app_bindings (
    binding_id       {{ID}},
    order_id         TEXT NOT NULL UNIQUE REFERENCES orders (order_id),
    instance_id      TEXT NOT NULL REFERENCES instances (instance_id),
    product_id       TEXT NOT NULL REFERENCES products (product_id),
    organization_id  TEXT NOT NULL REFERENCES organizations (organization_id),
    bound_at         BIGINT NOT NULL,
    UNIQUE (organization_id, product_id)
);

CREATE TABLE app_authorizations (
    binding_id     BIGINT NOT NULL REFERENCES app_bindings (binding_id),
    member_id      BIGINT NOT NULL REFERENCES members (member_id),
    authorized_at  BIGINT NOT NULL,
    PRIMARY KEY (binding_id, member_id)
);

-- ---- Guance side --------------------------------------------------------------------

CREATE TABLE guance_accounts (
    guance_account_id {{ID}},
    username          TEXT NOT NULL UNIQUE,
    email             TEXT NOT NULL,
    site              TEXT NOT NULL,
    password_hash     TEXT NOT NULL,
    mobile            TEXT NOT NULL DEFAULT '',
    created_at        BIGINT NOT NULL,
    UNIQUE (email, site)
);

CREATE TABLE fee_center_accounts (
    fee_center_account_id {{ID}},
    username          TEXT NOT NULL UNIQUE,
    email             TEXT NOT NULL,
    password_hash     TEXT NOT NULL,
    enterprise_name   TEXT NOT NULL DEFAULT '',
    industry          TEXT NOT NULL DEFAULT '',
    contact           TEXT NOT NULL DEFAULT '',
    cash_balance_fen  BIGINT NOT NULL DEFAULT 0,
    created_at        BIGINT NOT NULL
);

-- R-FC-2: a Huawei account id links to at most one fee-center account.
CREATE TABLE fee_center_huawei_links (
    huawei_account_id      TEXT PRIMARY KEY,
    fee_center_account_id  BIGINT NOT NULL REFERENCES fee_center_accounts (fee_center_account_id),
    linked_at              BIGINT NOT NULL
);
CREATE INDEX fee_center_huawei_links_fc ON fee_center_huawei_links (fee_center_account_id);

CREATE TABLE workspaces (
    workspace_id            TEXT PRIMARY KEY,
    name                    TEXT NOT NULL,
    language                TEXT NOT NULL CHECK (language IN ('zh', 'en')),
    site                    TEXT NOT NULL,
    owner_guance_account_id BIGINT REFERENCES guance_accounts (guance_account_id),
    fee_center_account_id   BIGINT NOT NULL REFERENCES fee_center_accounts (fee_center_account_id),
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
CREATE INDEX workspaces_fc_created ON workspaces (fee_center_account_id, created_at);
CREATE INDEX workspaces_settlement ON workspaces (settlement_account_id, settlement_instance_id);
CREATE INDEX workspaces_name ON workspaces (name);
CREATE INDEX workspaces_status ON workspaces (status, locked_at);

CREATE TABLE stored_value_cards (
    card_number            TEXT PRIMARY KEY,
    fee_center_account_id  BIGINT NOT NULL REFERENCES fee_center_accounts (fee_center_account_id),
    face_value_fen         BIGINT NOT NULL CHECK (face_value_fen > 0),
    balance_fen            BIGINT NOT NULL CHECK (balance_fen >= 0),
    status                 TEXT NOT NULL CHECK (status IN ('available', 'used_up', 'expired')),
    purchase_type          TEXT NOT NULL CHECK (purchase_type IN ('huawei_marketplace', 'direct')),
    purchased_at           BIGINT NOT NULL,
    expires_at             BIGINT NOT NULL,
    source_order_id        TEXT NOT NULL DEFAULT ''
);
CREATE INDEX stored_value_cards_fc ON stored_value_cards (fee_center_account_id, purchased_at);
CREATE INDEX stored_value_cards_status ON stored_value_cards (fee_center_account_id, status);
CREATE INDEX stored_value_cards_order ON stored_value_cards (source_order_id);

-- R-SVC-2: an order is redeemed once (primary key).
CREATE TABLE card_redemptions (
    order_id               TEXT PRIMARY KEY REFERENCES orders (order_id),
    fee_center_account_id  BIGINT NOT NULL REFERENCES fee_center_accounts (fee_center_account_id),
    redeemed_at            BIGINT NOT NULL
);

-- ---- shared mechanics ---------------------------------------------------------------

CREATE TABLE verification_codes (
    code_id      {{ID}},
    channel      TEXT NOT NULL CHECK (channel IN ('email', 'sms')),
    destination  TEXT NOT NULL,
    purpose      TEXT NOT NULL,
    code         TEXT NOT NULL,
    issued_at    BIGINT NOT NULL,
    expires_at   BIGINT NOT NULL,
    attempts     INTEGER NOT NULL DEFAULT 0,
    consumed_at  BIGINT
);
CREATE INDEX verification_codes_destination ON verification_codes (destination, purpose, issued_at);

-- Every message the system "sent"; `kind` + `params` are rendered (translated) by the GUI.
-- `held` messages wait for an event (R-BND-4 credentials wait for the authorization).
CREATE TABLE outbox (
    message_id   {{ID}},
    sent_at      BIGINT NOT NULL,
    channel      TEXT NOT NULL CHECK (channel IN ('email', 'sms')),
    destination  TEXT NOT NULL,
    kind         TEXT NOT NULL,
    params       TEXT NOT NULL DEFAULT '{}',
    held         INTEGER NOT NULL DEFAULT 0,
    related_id   TEXT NOT NULL DEFAULT ''
);
CREATE INDEX outbox_sent ON outbox (held, sent_at);
CREATE INDEX outbox_related ON outbox (related_id);

-- R-AUD-1: append-only journal.
CREATE TABLE journal (
    entry_id       {{ID}},
    at             BIGINT NOT NULL,
    actor          TEXT NOT NULL,
    operation      TEXT NOT NULL,
    resource_type  TEXT NOT NULL,
    target         TEXT NOT NULL,
    outcome        TEXT NOT NULL,
    details        TEXT NOT NULL DEFAULT ''
);
CREATE INDEX journal_at ON journal (at);
CREATE INDEX journal_target ON journal (target);

-- Wizard drafts: an interrupted wizard resumes at its page with its entries (no passwords).
CREATE TABLE drafts (
    wizard      TEXT NOT NULL,
    draft_key   TEXT NOT NULL,
    page        TEXT NOT NULL,
    state       TEXT NOT NULL,
    updated_at  BIGINT NOT NULL,
    PRIMARY KEY (wizard, draft_key)
);

-- Reference data: the marketplace catalogue (R-MKT-*). Names carry no brand; the GUI
-- renders them with the brand setting.
INSERT INTO products (product_id, kind, name, unit_price_fen)
    VALUES ('OFFI845592654693900288', 'subscription', 'SaaS Edition', 0);
INSERT INTO products (product_id, kind, name, unit_price_fen)
    VALUES ('OFFI736120943187652608', 'stored_value_card', 'stored-value card', 10000);
