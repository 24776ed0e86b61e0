-- Onboarding Console schema, version 17 (SQLite): partners and enterprise master accounts
-- (my-account.md §6, §7, D.1 W-PARTNER-ASSOC, D.2 D-PARTNER-DISASSOC / D-PARTNER-PROCESS /
-- D-MASTER-REQUEST / D-CONDITIONS; R-PTN-1..7, R-MST-1..3). The PostgreSQL script does the
-- same; only the widening of the master-member links' statuses differs (see below).

-- Partners (my-account.md §6.1, D.1 W-PARTNER-ASSOC; R-PTN-5): an invitation link / QR code
-- made by the partner (the operator acting as it), what its token stands for. The token is
-- the link's (secure random, base64url, contract/BackendTypes.h PartnerInvitation); the
-- partner's profile is what its customers see on My Partner (§6.2.1). A link serves many
-- customers; only an online one lets an existing account associate (R-PTN-5).
CREATE TABLE partner_invitations (
    token            TEXT PRIMARY KEY CHECK (length(token) BETWEEN 8 AND 64),
    enterprise_name  TEXT NOT NULL,
    information      TEXT NOT NULL DEFAULT '',
    website          TEXT NOT NULL DEFAULT '',
    model            TEXT NOT NULL CHECK (model IN ('reseller', 'referral')),
    online           INTEGER NOT NULL CHECK (online IN (0, 1)),
    created_at       BIGINT NOT NULL
);

-- The partner's contact cards (§6.2.1: "Technical administration", "Marketing"), in order.
CREATE TABLE partner_contacts (
    token      TEXT NOT NULL REFERENCES partner_invitations (token),
    ordinal    INTEGER NOT NULL,
    role       TEXT NOT NULL DEFAULT '',
    email      TEXT NOT NULL DEFAULT '',
    mobile     TEXT NOT NULL DEFAULT '',
    telephone  TEXT NOT NULL DEFAULT '',
    PRIMARY KEY (token, ordinal)
);

-- An association's profile is its invitation's (none for the associations of earlier
-- versions: the partner's name only); the Letter of Authorization (optional, R-PTN-5); a
-- pending disassociation (R-PTN-7: who asked, the partner's reason, when; the status is then
-- 'disassociating', and a refusal restores 'frozen' to a reseller's customer without a
-- budget, 'associated' otherwise); the customer's last request (R-PTN-2: one per 3 months).
ALTER TABLE partner_associations ADD COLUMN invitation_token TEXT
    REFERENCES partner_invitations (token);
ALTER TABLE partner_associations ADD COLUMN authorized INTEGER NOT NULL DEFAULT 0
    CHECK (authorized IN (0, 1));
ALTER TABLE partner_associations ADD COLUMN pending_initiator TEXT
    CHECK (pending_initiator IN ('customer', 'partner'));
ALTER TABLE partner_associations ADD COLUMN pending_reason TEXT NOT NULL DEFAULT '';
ALTER TABLE partner_associations ADD COLUMN pending_requested_at BIGINT;
ALTER TABLE partner_associations ADD COLUMN last_customer_request_at BIGINT;

-- Ended associations, kept for history (R-PTN-7: agreed by the other side); the account may
-- associate again afterwards (its partner_associations row is gone).
CREATE TABLE partner_association_history (
    history_id        {{ID}},
    account_id        TEXT NOT NULL REFERENCES huawei_accounts (account_id),
    partner_name      TEXT NOT NULL,
    model             TEXT NOT NULL CHECK (model IN ('reseller', 'referral')),
    invitation_token  TEXT REFERENCES partner_invitations (token),
    since             BIGINT NOT NULL,
    ended_at          BIGINT NOT NULL,
    initiator         TEXT NOT NULL CHECK (initiator IN ('customer', 'partner'))
);
CREATE INDEX partner_association_history_account
    ON partner_association_history (account_id, ended_at);

-- The Operation Log of an association (My Partner > More Operations; R-PTN-7: every step),
-- an association being its account and its `since`. Kept when the association ends.
CREATE TABLE partner_log (
    log_id      {{ID}},
    account_id  TEXT NOT NULL REFERENCES huawei_accounts (account_id),
    since       BIGINT NOT NULL,
    at          BIGINT NOT NULL,
    operation   TEXT NOT NULL
                CHECK (operation IN ('associated', 'authorized', 'budgetSet',
                                     'budgetWithdrawn', 'disassociationRequested',
                                     'disassociationRefused', 'disassociated')),
    actor       TEXT NOT NULL CHECK (actor IN ('customer', 'partner')),
    detail      TEXT NOT NULL DEFAULT ''
);
CREATE INDEX partner_log_association ON partner_log (account_id, since, log_id);

-- The associations of earlier versions start their log with the association itself.
INSERT INTO partner_log (account_id, since, at, operation, actor, detail)
    SELECT account_id, since, since, 'associated', 'customer', model FROM partner_associations;

-- Master-member links (§7.1; R-MST-1..3): a member has one link, its latest (a new
-- invitation after a rejection or a cancellation replaces it; the journal keeps the history):
-- invited -> associated | rejected; associated -> cancellation_requested -> cancelled |
-- associated. The master chose unified or independent accounting (R-PTN-2..4 read it);
-- requested_at is the pending invitation's or cancellation's time (or the last answer's),
-- associated_at when the member accepted; `since` the status's. SQLite cannot alter the
-- status's CHECK of version 1, so the table is rebuilt as sqlite.org describes ("Making Other
-- Kinds Of Table Schema Changes"): the same columns first (order included) and constraints
-- but the wider list, rows copied, old table dropped, new one renamed, its index of version
-- 14 made again. No table references master_associations.
CREATE TABLE master_associations_rebuilt (
    member_account_id TEXT PRIMARY KEY REFERENCES huawei_accounts (account_id),
    master_account_id TEXT NOT NULL REFERENCES huawei_accounts (account_id),
    status            TEXT NOT NULL CHECK (status IN ('invited', 'associated', 'rejected',
                                                      'cancellation_requested', 'cancelled')),
    since             BIGINT NOT NULL,
    accounting        TEXT NOT NULL DEFAULT 'unified'
                      CHECK (accounting IN ('unified', 'independent')),
    requested_at      BIGINT,
    associated_at     BIGINT
);

INSERT INTO master_associations_rebuilt (member_account_id, master_account_id, status, since,
                                         accounting, requested_at, associated_at)
    SELECT member_account_id, master_account_id, status, since, 'unified', since,
           CASE WHEN status = 'associated' THEN since END
    FROM master_associations;

DROP TABLE master_associations;

ALTER TABLE master_associations_rebuilt RENAME TO master_associations;

CREATE INDEX master_associations_master ON master_associations (master_account_id, status);

-- D-CONDITIONS' six new facts (contract/BackendTypes.h AccountConditions; R-PTN-2..4,
-- R-MST-2). The masters of earlier versions had Enterprise Center on (§1.1 item 5): their
-- conditions say so.
ALTER TABLE account_conditions ADD COLUMN chinese_mainland_site INTEGER NOT NULL DEFAULT 0
    CHECK (chinese_mainland_site IN (0, 1));
ALTER TABLE account_conditions ADD COLUMN partner_support_plan INTEGER NOT NULL DEFAULT 0
    CHECK (partner_support_plan IN (0, 1));
ALTER TABLE account_conditions ADD COLUMN orders_awaiting_partner INTEGER NOT NULL DEFAULT 0
    CHECK (orders_awaiting_partner IN (0, 1));
ALTER TABLE account_conditions ADD COLUMN professional_contract INTEGER NOT NULL DEFAULT 0
    CHECK (professional_contract IN (0, 1));
ALTER TABLE account_conditions ADD COLUMN enterprise_center INTEGER NOT NULL DEFAULT 0
    CHECK (enterprise_center IN (0, 1));
ALTER TABLE account_conditions ADD COLUMN cloud_solution_provider INTEGER NOT NULL DEFAULT 0
    CHECK (cloud_solution_provider IN (0, 1));

UPDATE account_conditions SET enterprise_center = 1
    WHERE account_id IN (SELECT master_account_id FROM master_associations);
INSERT INTO account_conditions (account_id, enterprise_center, updated_at)
    SELECT master_account_id, 1, MIN(since) FROM master_associations
    WHERE master_account_id NOT IN (SELECT account_id FROM account_conditions)
    GROUP BY master_account_id;
