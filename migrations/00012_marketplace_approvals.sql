-- +goose Up
-- What the marketplace may move, as the collections' ERC-721 Approval and
-- ApprovalForAll say: `buy` takes a listing only while the marketplace is its
-- token's approved address or an operator of its seller. Only the
-- marketplace's approvals are kept, one row while each holds. Undone by
-- reorgs like the other projections, rebuilt by inft reindex (a database
-- indexed before this migration has none of these events: reindex it from
-- INDEXER_START_BLOCK). collection: 0 agents, 1 generated.

-- getApproved(token) is the marketplace: given by an Approval naming it, taken
-- away by an Approval naming anyone else and by every transfer (which clears
-- the approval without an Approval event).
CREATE TABLE marketplace_token_approvals (
    collection    smallint NOT NULL,
    token_id      numeric(78,0) NOT NULL,
    updated_block bigint   NOT NULL,
    PRIMARY KEY (collection, token_id)
);

-- isApprovedForAll(owner, marketplace), by ApprovalForAll.
CREATE TABLE marketplace_operators (
    collection    smallint NOT NULL,
    owner         bytea    NOT NULL,
    updated_block bigint   NOT NULL,
    PRIMARY KEY (collection, owner)
);

CREATE TRIGGER undo AFTER INSERT OR UPDATE OR DELETE ON marketplace_token_approvals
    FOR EACH ROW EXECUTE FUNCTION undo_record('collection', 'token_id');
CREATE TRIGGER undo AFTER INSERT OR UPDATE OR DELETE ON marketplace_operators
    FOR EACH ROW EXECUTE FUNCTION undo_record('collection', 'owner');

-- unapproved: open on chain, not buyable because the seller withdrew the
-- marketplace's approval, and active again when the seller approves again
-- (stale stays for good: the token moved).
ALTER TABLE listings DROP CONSTRAINT listings_status_check;
ALTER TABLE listings ADD CONSTRAINT listings_status_check
    CHECK (status IN ('active', 'unapproved', 'stale', 'sold', 'cancelled'));
-- The open listings a transfer or an approval may change: of a token, of a seller.
CREATE INDEX listings_open_token ON listings (collection, token_id) WHERE status IN ('active', 'unapproved');
CREATE INDEX listings_open_seller ON listings (seller, collection) WHERE status IN ('active', 'unapproved');

-- +goose Down
DROP INDEX listings_open_seller, listings_open_token;
UPDATE listings SET status = 'stale' WHERE status = 'unapproved';
UPDATE undo_log SET old_row = jsonb_set(old_row, '{status}', '"stale"')
    WHERE table_name = 'listings' AND old_row ->> 'status' = 'unapproved';
ALTER TABLE listings DROP CONSTRAINT listings_status_check;
ALTER TABLE listings ADD CONSTRAINT listings_status_check CHECK (status IN ('active', 'stale', 'sold', 'cancelled'));
DELETE FROM undo_log WHERE table_name IN ('marketplace_token_approvals', 'marketplace_operators');
DROP TABLE marketplace_operators, marketplace_token_approvals;
