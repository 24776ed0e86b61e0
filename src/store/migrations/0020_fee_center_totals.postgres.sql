-- Onboarding Console schema, version 20 (PostgreSQL): each fee-center account's totals, kept
-- as its cards, workspaces and Huawei links change (issue 20).
--
-- The Billing Center's fee-center accounts list (store/ListViews.cpp) showed per account the
-- balance of its available cards, its workspaces and its linked Huawei accounts, each a
-- subquery per row: over a million cards (3,333 per account) every page summed some 170,000
-- card rows. Here they are kept, exact, by triggers in the same transaction as the rows, and
-- the list reads them like any column.
--
-- A table of their own, one row per account, rather than columns of fee_center_accounts:
-- - PostgreSQL writes a new version of a row for every update; unless the page has room
--   for it and no indexed column changed (a HOT update), the new version gets an entry in
--   every index of its table: each card bought, spent or expired would have added the
--   account's username, enterprise name and email to the pg_trgm GIN indexes of migration
--   18 (no trigger can restrict that: the indexes are not kept by triggers). A row of
--   fee_center_totals is narrow, has its primary key only and room on its page (fillfactor):
--   its updates are HOT. (Migration 19's row_counts triggers count inserts and deletes only;
--   this table has none.)
-- - An account's own row is locked by edits of its profile and cash balance; its totals by
--   the writers of its cards, workspaces and links. Apart, neither waits for the other nor,
--   SERIALIZABLE, fails against it.
--
-- No index on the totals for the list's sorts, unlike SQLite's script: a sort by a total
-- sorts one row per account (a few hundred: well under a millisecond), while an indexed
-- total would make each of its updates add entries to the primary key's few leaf pages,
-- which every writer's lookup of its own account reads: two SERIALIZABLE transactions that
-- each change their accounts' totals twice or more (a purchase adds one card per statement)
-- would then fail against each other as if they had written the same row (tested:
-- test_fc_totals, postgresWritersOfDifferentAccountsDoNotMeet).
-- The list joins the row by key; the join neither adds nor drops a row: every account has
-- exactly one, made by the trigger on fee_center_accounts below and removed with it (ON
-- DELETE CASCADE).
--
-- The card balance is the sum of balance_fen over the account's cards whose status is
-- 'available' (expired and used-up cards count nothing); a card changes it when it is
-- inserted or deleted, and when an update changes its status, its balance or its account
-- (cards are not transferable, R-SVC-4, but a repair by hand may move one).
--
-- Statement-level triggers: each statement's rows (its transition tables) are summed per
-- account, and fee_center_totals_add() adds each account's delta with one
--   UPDATE fee_center_totals SET x = x + delta WHERE fee_center_account_id = account
-- Why that is exact with several server processes writing at once: the UPDATE locks the
-- row. In READ COMMITTED a second writer's UPDATE of the same row waits for the first
-- transaction to end, then adds its delta to the row's latest committed value (or, when the
-- first rolled back, to the value before it): no delta is lost or counted twice. The
-- services run SERIALIZABLE: there the second fails with a serialization failure when the
-- first committed, and Session::mutate runs it again from the start, when it adds to the
-- new value. So concurrent writers of one account's cards, workspaces or links take turns,
-- the later one running again; writers of different accounts do not meet here (see
-- fee_center_totals_add). A reader sees the rows and their totals from one snapshot: both
-- are written by the same transaction. A statement that changes several accounts' totals (a
-- million cards inserted, every due card expired) locks their rows in account-id order, so
-- two such statements never wait for each other in a cycle; transactions that touch two
-- accounts in opposite orders in separate statements can still deadlock, as on the cards'
-- own rows: PostgreSQL ends one of them (40P01), which runs again. A statement that changes
-- no total (an update of other columns) locks nothing here. (Column lists are not allowed with
-- transition tables: the UPDATE trigger runs for every update and finds nothing to add.)
-- TRUNCATE of a source table sets its total to 0 in every row.
--
-- The totals are filled from the rows below, after the triggers exist (creating a trigger
-- locks its table against writers until this migration commits; as for migration 19, stop
-- servers of older builds before upgrading). A bulk load that turned these triggers off
-- computes the totals again afterwards (store/FeeCenterTotals.h). A later migration that
-- recreates one of these four tables must create its triggers again and recompute.

CREATE TABLE fee_center_totals (
    fee_center_account_id   BIGINT PRIMARY KEY
                            REFERENCES fee_center_accounts (fee_center_account_id)
                            ON DELETE CASCADE ON UPDATE CASCADE,
    card_balance_fen        BIGINT NOT NULL DEFAULT 0,
    workspace_count         BIGINT NOT NULL DEFAULT 0,
    linked_huawei_accounts  BIGINT NOT NULL DEFAULT 0
) WITH (fillfactor = 50);

-- One account's change to its totals; a statement's changes are a list of them.
CREATE TYPE fee_center_totals_change AS (
    fee_center_account_id   BIGINT,
    card_balance_fen        BIGINT,
    workspace_count         BIGINT,
    linked_huawei_accounts  BIGINT
);

-- Adds `changes` (an account may come several times) to the totals: one UPDATE per account
-- whose totals change, in account-id order (the order its row is locked in).
-- Each UPDATE finds its row through the primary key, never by a scan of the table, which the
-- planner prefers for a table of a few pages (a few hundred accounts): in a SERIALIZABLE
-- transaction (the services') a scan's predicate lock covers the whole table, and writers of
-- different accounts' totals would then fail against each other as if they had written the
-- same row; an index lookup's covers the rows it found.
CREATE FUNCTION fee_center_totals_add(changes fee_center_totals_change[]) RETURNS void
LANGUAGE plpgsql
SET enable_seqscan = off
SET enable_bitmapscan = off
AS $$
DECLARE
    change fee_center_totals_change;
BEGIN
    FOR change IN
        SELECT c.fee_center_account_id, sum(c.card_balance_fen)::bigint,
               sum(c.workspace_count)::bigint, sum(c.linked_huawei_accounts)::bigint
        FROM unnest(changes) c
        GROUP BY c.fee_center_account_id
        HAVING sum(c.card_balance_fen) <> 0 OR sum(c.workspace_count) <> 0
            OR sum(c.linked_huawei_accounts) <> 0
        ORDER BY c.fee_center_account_id
    LOOP
        UPDATE fee_center_totals
        SET card_balance_fen = card_balance_fen + change.card_balance_fen,
            workspace_count = workspace_count + change.workspace_count,
            linked_huawei_accounts = linked_huawei_accounts + change.linked_huawei_accounts
        WHERE fee_center_account_id = change.fee_center_account_id;
    END LOOP;
END
$$;

CREATE FUNCTION fee_center_totals_accounts_inserted() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    INSERT INTO fee_center_totals (fee_center_account_id)
        SELECT fee_center_account_id FROM new_accounts;
    RETURN NULL;
END
$$;

-- Each branch reads the transition tables its event has (PL/pgSQL plans a statement when
-- it first runs it).
CREATE FUNCTION fee_center_totals_cards_changed() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF TG_OP = 'INSERT' THEN
        PERFORM fee_center_totals_add(ARRAY(
            SELECT ROW(fee_center_account_id, sum(balance_fen)::bigint, 0,
                       0)::fee_center_totals_change
            FROM new_cards WHERE status = 'available' GROUP BY fee_center_account_id));
    ELSIF TG_OP = 'DELETE' THEN
        PERFORM fee_center_totals_add(ARRAY(
            SELECT ROW(fee_center_account_id, -sum(balance_fen)::bigint, 0,
                       0)::fee_center_totals_change
            FROM old_cards WHERE status = 'available' GROUP BY fee_center_account_id));
    ELSE
        PERFORM fee_center_totals_add(ARRAY(
            SELECT ROW(fee_center_account_id, sum(balance_fen)::bigint, 0,
                       0)::fee_center_totals_change
            FROM new_cards WHERE status = 'available' GROUP BY fee_center_account_id
            UNION ALL
            SELECT ROW(fee_center_account_id, -sum(balance_fen)::bigint, 0,
                       0)::fee_center_totals_change
            FROM old_cards WHERE status = 'available' GROUP BY fee_center_account_id));
    END IF;
    RETURN NULL;
END
$$;

-- A workspace may have no fee-center account (schema 2): it counts for none.
CREATE FUNCTION fee_center_totals_workspaces_changed() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF TG_OP = 'INSERT' THEN
        PERFORM fee_center_totals_add(ARRAY(
            SELECT ROW(fee_center_account_id, 0, count(*), 0)::fee_center_totals_change
            FROM new_workspaces WHERE fee_center_account_id IS NOT NULL
            GROUP BY fee_center_account_id));
    ELSIF TG_OP = 'DELETE' THEN
        PERFORM fee_center_totals_add(ARRAY(
            SELECT ROW(fee_center_account_id, 0, -count(*), 0)::fee_center_totals_change
            FROM old_workspaces WHERE fee_center_account_id IS NOT NULL
            GROUP BY fee_center_account_id));
    ELSE
        PERFORM fee_center_totals_add(ARRAY(
            SELECT ROW(fee_center_account_id, 0, count(*), 0)::fee_center_totals_change
            FROM new_workspaces WHERE fee_center_account_id IS NOT NULL
            GROUP BY fee_center_account_id
            UNION ALL
            SELECT ROW(fee_center_account_id, 0, -count(*), 0)::fee_center_totals_change
            FROM old_workspaces WHERE fee_center_account_id IS NOT NULL
            GROUP BY fee_center_account_id));
    END IF;
    RETURN NULL;
END
$$;

CREATE FUNCTION fee_center_totals_links_changed() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF TG_OP = 'INSERT' THEN
        PERFORM fee_center_totals_add(ARRAY(
            SELECT ROW(fee_center_account_id, 0, 0, count(*))::fee_center_totals_change
            FROM new_links GROUP BY fee_center_account_id));
    ELSIF TG_OP = 'DELETE' THEN
        PERFORM fee_center_totals_add(ARRAY(
            SELECT ROW(fee_center_account_id, 0, 0, -count(*))::fee_center_totals_change
            FROM old_links GROUP BY fee_center_account_id));
    ELSE
        PERFORM fee_center_totals_add(ARRAY(
            SELECT ROW(fee_center_account_id, 0, 0, count(*))::fee_center_totals_change
            FROM new_links GROUP BY fee_center_account_id
            UNION ALL
            SELECT ROW(fee_center_account_id, 0, 0, -count(*))::fee_center_totals_change
            FROM old_links GROUP BY fee_center_account_id));
    END IF;
    RETURN NULL;
END
$$;

-- TRUNCATE (the console never truncates; one by hand) empties a source table at once: its
-- total is 0 for every account.
CREATE FUNCTION fee_center_totals_truncated() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF TG_TABLE_NAME = 'stored_value_cards' THEN
        UPDATE fee_center_totals SET card_balance_fen = 0 WHERE card_balance_fen <> 0;
    ELSIF TG_TABLE_NAME = 'workspaces' THEN
        UPDATE fee_center_totals SET workspace_count = 0 WHERE workspace_count <> 0;
    ELSE
        UPDATE fee_center_totals SET linked_huawei_accounts = 0
            WHERE linked_huawei_accounts <> 0;
    END IF;
    RETURN NULL;
END
$$;

CREATE TRIGGER fee_center_totals_account_insert AFTER INSERT ON fee_center_accounts
    REFERENCING NEW TABLE AS new_accounts
    FOR EACH STATEMENT EXECUTE FUNCTION fee_center_totals_accounts_inserted();

CREATE TRIGGER fee_center_totals_card_insert AFTER INSERT ON stored_value_cards
    REFERENCING NEW TABLE AS new_cards
    FOR EACH STATEMENT EXECUTE FUNCTION fee_center_totals_cards_changed();
CREATE TRIGGER fee_center_totals_card_delete AFTER DELETE ON stored_value_cards
    REFERENCING OLD TABLE AS old_cards
    FOR EACH STATEMENT EXECUTE FUNCTION fee_center_totals_cards_changed();
CREATE TRIGGER fee_center_totals_card_update AFTER UPDATE ON stored_value_cards
    REFERENCING OLD TABLE AS old_cards NEW TABLE AS new_cards
    FOR EACH STATEMENT EXECUTE FUNCTION fee_center_totals_cards_changed();
CREATE TRIGGER fee_center_totals_card_truncate AFTER TRUNCATE ON stored_value_cards
    FOR EACH STATEMENT EXECUTE FUNCTION fee_center_totals_truncated();

CREATE TRIGGER fee_center_totals_workspace_insert AFTER INSERT ON workspaces
    REFERENCING NEW TABLE AS new_workspaces
    FOR EACH STATEMENT EXECUTE FUNCTION fee_center_totals_workspaces_changed();
CREATE TRIGGER fee_center_totals_workspace_delete AFTER DELETE ON workspaces
    REFERENCING OLD TABLE AS old_workspaces
    FOR EACH STATEMENT EXECUTE FUNCTION fee_center_totals_workspaces_changed();
CREATE TRIGGER fee_center_totals_workspace_update AFTER UPDATE ON workspaces
    REFERENCING OLD TABLE AS old_workspaces NEW TABLE AS new_workspaces
    FOR EACH STATEMENT EXECUTE FUNCTION fee_center_totals_workspaces_changed();
CREATE TRIGGER fee_center_totals_workspace_truncate AFTER TRUNCATE ON workspaces
    FOR EACH STATEMENT EXECUTE FUNCTION fee_center_totals_truncated();

CREATE TRIGGER fee_center_totals_link_insert AFTER INSERT ON fee_center_huawei_links
    REFERENCING NEW TABLE AS new_links
    FOR EACH STATEMENT EXECUTE FUNCTION fee_center_totals_links_changed();
CREATE TRIGGER fee_center_totals_link_delete AFTER DELETE ON fee_center_huawei_links
    REFERENCING OLD TABLE AS old_links
    FOR EACH STATEMENT EXECUTE FUNCTION fee_center_totals_links_changed();
CREATE TRIGGER fee_center_totals_link_update AFTER UPDATE ON fee_center_huawei_links
    REFERENCING OLD TABLE AS old_links NEW TABLE AS new_links
    FOR EACH STATEMENT EXECUTE FUNCTION fee_center_totals_links_changed();
CREATE TRIGGER fee_center_totals_link_truncate AFTER TRUNCATE ON fee_center_huawei_links
    FOR EACH STATEMENT EXECUTE FUNCTION fee_center_totals_truncated();

-- Each source table read once, summed per account.
INSERT INTO fee_center_totals (fee_center_account_id, card_balance_fen, workspace_count,
                               linked_huawei_accounts)
SELECT f.fee_center_account_id, COALESCE(c.balance, 0), COALESCE(w.n, 0), COALESCE(l.n, 0)
FROM fee_center_accounts f
LEFT JOIN (SELECT fee_center_account_id, sum(balance_fen) AS balance FROM stored_value_cards
           WHERE status = 'available' GROUP BY fee_center_account_id) c
    ON c.fee_center_account_id = f.fee_center_account_id
LEFT JOIN (SELECT fee_center_account_id, count(*) AS n FROM workspaces
           GROUP BY fee_center_account_id) w
    ON w.fee_center_account_id = f.fee_center_account_id
LEFT JOIN (SELECT fee_center_account_id, count(*) AS n FROM fee_center_huawei_links
           GROUP BY fee_center_account_id) l
    ON l.fee_center_account_id = f.fee_center_account_id;
