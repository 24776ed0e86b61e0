-- Onboarding Console schema, version 8: the marketplace's lists at scale. Their default page
-- is "ORDER BY created_at (opened_at), <key> LIMIT n" (store/ListViews.cpp): without an
-- index on (column, key) every page joined and sorted every order or instance — a team
-- store with a few thousand orders served the orders list five times slower than the demo.
CREATE INDEX orders_created ON orders (created_at, order_id);
CREATE INDEX instances_opened ON instances (opened_at, instance_id);
