-- Onboarding Console schema, version 24 (SQLite): nothing.
--
-- On PostgreSQL this version adds a lower-cased search text to the workspaces and the
-- fee-center accounts, so that a search rechecks a row with one LIKE instead of an ILIKE per
-- column. SQLite's searches read their FTS5 trigram tables (migration 18) and its LIKE folds
-- ASCII letters without converting the text.
SELECT 1;
