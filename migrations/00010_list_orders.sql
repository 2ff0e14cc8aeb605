-- +goose Up
-- Keyset pages of listings by price (listings(orderBy: PRICE_ASC |
-- PRICE_DESC)), then by id, read forwards or backwards: one index for the
-- open listings, one for the closed (sold, cancelled, stale), as the API
-- filters them. Listings by id read listings_status (open) or the primary
-- key (closed).
CREATE INDEX listings_active_price ON listings (price, id) WHERE status = 'active';
CREATE INDEX listings_closed_price ON listings (price, id) WHERE status <> 'active';

-- +goose Down
DROP INDEX listings_closed_price, listings_active_price;
