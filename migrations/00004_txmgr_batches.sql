-- +goose Up
-- Batched intents and re-checks after reorgs.
--
-- A batchable intent (a fulfilment) may be sent inside another intent, a
-- batch ("batch:<id>"), whose data is INFTAgents.multicall of its members'
-- calls. A member is 'batched' while its batch is in flight and takes the
-- batch's state, block and hash when the batch is confirmed; a batch that
-- reverts, or loses its nonce, releases its members to be sent again.
ALTER TABLE txs
    ADD COLUMN batchable        boolean NOT NULL DEFAULT false,
    ADD COLUMN batch_id         bigint REFERENCES txs (id),
    -- the hash of mined_block when the receipt was read: a confirmed intent
    -- whose block is no longer canonical is sent back to be settled again
    ADD COLUMN mined_block_hash bytea;
ALTER TABLE txs DROP CONSTRAINT txs_state_check;
ALTER TABLE txs ADD CONSTRAINT txs_state_check
    CHECK (state IN ('unstarted', 'batched', 'unconfirmed', 'confirmed', 'fatal'));
CREATE INDEX txs_batch ON txs (batch_id) WHERE batch_id IS NOT NULL;
-- when the node last took the attempt (broadcast or rebroadcast)
ALTER TABLE tx_attempts ADD COLUMN sent_at timestamptz;
CREATE INDEX txs_recent_confirmed ON txs (chain_id, from_address, mined_block) WHERE state = 'confirmed' AND batch_id IS NULL;

-- +goose Down
ALTER TABLE tx_attempts DROP COLUMN sent_at;
DROP INDEX txs_recent_confirmed;
DROP INDEX txs_batch;
UPDATE txs SET state = 'unstarted', batch_id = NULL WHERE state = 'batched';
ALTER TABLE txs DROP CONSTRAINT txs_state_check;
ALTER TABLE txs ADD CONSTRAINT txs_state_check CHECK (state IN ('unstarted', 'unconfirmed', 'confirmed', 'fatal'));
ALTER TABLE txs DROP COLUMN mined_block_hash, DROP COLUMN batch_id, DROP COLUMN batchable;
