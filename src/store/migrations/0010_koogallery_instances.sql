-- Onboarding Console schema, version 10: the marketplace's side of an instance
-- (../shared/spec/api.md, "Marketplace callback"). KooGallery's newInstance names an order
-- line; the same orderId + orderLineId always answers the same instance (a retried call
-- creates nothing more), so the line is kept with the instance it made, with what
-- refreshInstance changes: the trial and the end of the paid period.
CREATE TABLE koogallery_instances (
    instance_id    TEXT PRIMARY KEY REFERENCES instances (instance_id),
    order_id       TEXT NOT NULL,
    order_line_id  TEXT NOT NULL,
    business_id    TEXT NOT NULL,
    test_flag      INTEGER NOT NULL DEFAULT 0,
    trial          INTEGER NOT NULL DEFAULT 0,
    expire_at      BIGINT,
    created_at     BIGINT NOT NULL,
    UNIQUE (order_id, order_line_id)
);
