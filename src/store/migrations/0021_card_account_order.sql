-- Onboarding Console schema, version 21: a fee-center account's cards in the cards list's
-- default order (issue 20).
--
-- The cards list searched for an account's name ("bench-fc-0042": its 3,488 cards among a
-- million) reads the matching cards through the index of their account (the search's
-- linked source, store/ListViews.cpp), then sorts them by the list's default order,
-- purchase time then card number. The account's index held the purchase time but not the
-- card number, so each match read its row, a random page of the table: 8 ms for the first
-- page (60 ms from a file not yet read). Holding the card number too, the index gives the
-- matches with both values and the sort reads no row: 3 ms. The index keeps its name and
-- its leading columns; what used it still can.
DROP INDEX stored_value_cards_fc;
CREATE INDEX stored_value_cards_fc ON stored_value_cards (fee_center_account_id, purchased_at, card_number);
