-- Onboarding Console schema, version 22: a fee-center account's cards sorted by any of the
-- cards list's columns without reading a card (issue 20).
--
-- Version 21 made the index of the cards' account hold the default order (purchase time,
-- card number), so that a search for an account's name ("bench-fc-0042": its 3,488 cards
-- among a million) sorts its matches from index entries alone. Sorted by another column
-- (expiry, balance, ...), each match still read its row, a random page of the table: 8 ms
-- for the first page where the default order took 3, and more from a file not yet read.
-- The index now holds every sortable column of the card itself after them, so that any
-- order is read from it (store/ListViews.cpp, SearchSource::linkIndexHolds; on PostgreSQL
-- an index-only scan). It keeps its name and its leading columns; what used it still can.
DROP INDEX stored_value_cards_fc;
CREATE INDEX stored_value_cards_fc ON stored_value_cards (fee_center_account_id, purchased_at, card_number, expires_at, balance_fen, face_value_fen, status, purchase_type, source_order_id);
