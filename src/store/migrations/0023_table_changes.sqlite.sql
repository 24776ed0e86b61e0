-- Onboarding Console schema, version 23 (SQLite): nothing.
--
-- On PostgreSQL this version adds table_changes, whose sum names the state of each big list's
-- base table so that a deep page can start from a checkpoint of its order
-- (store/ListViews.cpp, OrderCheckpoints). SQLite walks to the middle of a million cards
-- in a few milliseconds (an index entry costs it far less than PostgreSQL's executor), and
-- its lists read no checkpoints.
SELECT 1;
