-- +goose Up
-- What operatorStats reads beyond the existing tables.
--
-- The fee each mined transaction cost the relayer's wallet (its receipt's
-- gasUsed and effectiveGasPrice), recorded with the receipt; null for the
-- members of a batch (the batch's own row carries the fee) and for intents
-- mined before this was recorded.
ALTER TABLE txs ADD COLUMN gas_used bigint, ADD COLUMN gas_price numeric(78,0);
CREATE INDEX txs_settled_at ON txs (updated_at) WHERE state IN ('confirmed', 'fatal');

-- The indexer's throughput: events and blocks written, per minute of the
-- clock, added in each batch's checkpoint statement. Work done, not a
-- projection: a reorg leaves it, inft reindex does not rebuild it. Rows
-- older than 31 days are pruned by the indexer.
CREATE TABLE indexer_throughput (
    chain_id bigint      NOT NULL,
    minute   timestamptz NOT NULL,
    events   bigint      NOT NULL,
    blocks   bigint      NOT NULL,
    PRIMARY KEY (chain_id, minute)
);

-- operatorStats' hourly series and window counts scan the window alone.
CREATE INDEX generation_attempts_at ON generation_attempts (at);

-- +goose Down
DROP INDEX generation_attempts_at;
DROP TABLE indexer_throughput;
DROP INDEX txs_settled_at;
ALTER TABLE txs DROP COLUMN gas_price, DROP COLUMN gas_used;
