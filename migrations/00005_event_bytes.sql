-- +goose Up
-- Strings from the chain are not always text: a Solidity string may hold any
-- bytes, invalid UTF-8 and NUL included, which a text column refuses. Each
-- such column keeps a safe text (invalid sequences and NUL shown as U+FFFD)
-- and, beside it, the exact bytes when they differ from that text (NULL when
-- the text is exact). The events table keeps every log's data as well.
ALTER TABLE generation_requests
    ADD COLUMN prompt_raw         bytea,
    ADD COLUMN token_uri_raw      bytea,
    ADD COLUMN failure_reason_raw bytea;
ALTER TABLE generated_tokens ADD COLUMN token_uri_raw bytea;
ALTER TABLE agents ADD COLUMN state_uri_raw bytea;
ALTER TABLE agent_evolutions ADD COLUMN state_uri_raw bytea;

-- Whether the indexer is making progress, for every replica to read: the
-- node's head as last seen (head_block, also when no batch could be
-- written), and the batch it keeps failing, if any.
ALTER TABLE indexer_checkpoints
    ADD COLUMN head_seen_at   timestamptz,
    ADD COLUMN stalled_block  bigint,       -- the first block of the failing batch
    ADD COLUMN stalled_since  timestamptz,
    ADD COLUMN stall_failures integer NOT NULL DEFAULT 0,
    ADD COLUMN stall_error    text;

-- +goose Down
ALTER TABLE indexer_checkpoints DROP COLUMN head_seen_at, DROP COLUMN stalled_block, DROP COLUMN stalled_since,
    DROP COLUMN stall_failures, DROP COLUMN stall_error;
ALTER TABLE agent_evolutions DROP COLUMN state_uri_raw;
ALTER TABLE agents DROP COLUMN state_uri_raw;
ALTER TABLE generated_tokens DROP COLUMN token_uri_raw;
ALTER TABLE generation_requests DROP COLUMN prompt_raw, DROP COLUMN token_uri_raw, DROP COLUMN failure_reason_raw;
