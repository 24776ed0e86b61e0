-- Onboarding Console schema, version 25 (PostgreSQL): nothing.
--
-- On SQLite this version adds table_changes, which PostgreSQL has had since version 23: the
-- version of each big list's base table, for which the checkpoints of a list's order hold
-- (store/ListViews.cpp, OrderCheckpoints).
SELECT 1;
