-- Onboarding Console schema, version 3: an index for card expiry. The backend's due-state
-- timer looks every second for available stored-value cards whose expiry has come (they
-- become `expired`, see services/QueryService.cpp settleDueTransitions); without this index
-- that look reads the whole card table. Plain SQL both dialects accept.

CREATE INDEX stored_value_cards_expiry ON stored_value_cards (status, expires_at);
