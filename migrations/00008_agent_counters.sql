-- +goose Up
-- What each agent has done and earned, counted by the indexer as it applies
-- the events (in the batch's transaction, undone by a reorg with the rest of
-- the row, rebuilt by inft reindex), so that the API can order agents by
-- level, generations or sales with an index scan rather than a count per page.
ALTER TABLE agents
    ADD COLUMN generations_requested bigint NOT NULL DEFAULT 0,
    ADD COLUMN generations_fulfilled bigint NOT NULL DEFAULT 0,
    ADD COLUMN generations_failed    bigint NOT NULL DEFAULT 0,  -- failed by the relayer or cancelled: refunded
    ADD COLUMN fulfilment_seconds    bigint NOT NULL DEFAULT 0,  -- summed over the fulfilled, from request to fulfilment (block times)
    ADD COLUMN token_sales           bigint NOT NULL DEFAULT 0,  -- marketplace sales of the tokens it generated
    ADD COLUMN token_sales_volume    numeric(78,0) NOT NULL DEFAULT 0,
    ADD COLUMN royalty_revenue       numeric(78,0) NOT NULL DEFAULT 0,  -- the royalties of those sales
    ADD COLUMN subscription_revenue  numeric(78,0) NOT NULL DEFAULT 0,  -- paid to rent it (Subscribed)
    ADD COLUMN agent_sales           bigint NOT NULL DEFAULT 0;  -- marketplace sales of the agent itself

-- Keyset pages in each order (scanned backwards: highest first, then newest).
CREATE INDEX agents_level ON agents (level, id);
CREATE INDEX agents_generations ON agents (generations_fulfilled, id);
CREATE INDEX agents_sales ON agents (token_sales, id);

-- Fill them in for what is indexed already. counted holds one row per
-- thing counted: its agent, its block, and what it adds; the amounts of
-- Subscribed come from the event log (topic 1 is the agent's id; the data is
-- expiresAt, then paid, 32 bytes each).
-- +goose StatementBegin
CREATE FUNCTION uint256_of(b bytea) RETURNS numeric LANGUAGE sql IMMUTABLE AS $$
    SELECT coalesce(sum(get_byte(b, i)::numeric * 256::numeric ^ (length(b) - 1 - i)), 0)::numeric(78,0)
    FROM generate_series(0, length(b) - 1) AS i
$$;
-- +goose StatementEnd
CREATE TEMP TABLE counted AS
    SELECT agent_id AS agent, requested_block AS block, 1 AS requested, 0 AS fulfilled, 0 AS failed, 0::bigint AS seconds,
        0 AS token_sales, 0::numeric AS volume, 0::numeric AS royalty, 0::numeric AS paid, 0 AS agent_sales
        FROM generation_requests
    UNION ALL SELECT agent_id, updated_block, 0, 1, 0, extract(epoch FROM updated_at - requested_at)::bigint, 0, 0, 0, 0, 0
        FROM generation_requests WHERE status = 2
    UNION ALL SELECT agent_id, updated_block, 0, 0, 1, 0, 0, 0, 0, 0, 0 FROM generation_requests WHERE status = 3
    UNION ALL SELECT t.agent_id, s.block_number, 0, 0, 0, 0, 1, s.price, s.royalty, 0, 0
        FROM sales s JOIN generated_tokens t ON s.collection = 1 AND t.id = s.token_id WHERE t.agent_id IS NOT NULL
    UNION ALL SELECT token_id, block_number, 0, 0, 0, 0, 0, 0, 0, 0, 1 FROM sales WHERE collection = 0
    UNION ALL SELECT uint256_of(substring(topics FROM 33 FOR 32)), block_number, 0, 0, 0, 0, 0, 0, 0,
        uint256_of(substring(data FROM 33 FOR 32)), 0 FROM events WHERE name = 'Subscribed';
CREATE INDEX ON counted (agent, block);

-- An agent's counters at the end of block below − 1 (NULL: all).
-- +goose StatementBegin
CREATE FUNCTION counters_of(a numeric, below bigint) RETURNS jsonb LANGUAGE sql STABLE AS $$
    SELECT jsonb_build_object(
        'generations_requested', coalesce(sum(requested), 0), 'generations_fulfilled', coalesce(sum(fulfilled), 0),
        'generations_failed', coalesce(sum(failed), 0), 'fulfilment_seconds', coalesce(sum(seconds), 0),
        'token_sales', coalesce(sum(token_sales), 0), 'token_sales_volume', coalesce(sum(volume), 0),
        'royalty_revenue', coalesce(sum(royalty), 0), 'subscription_revenue', coalesce(sum(paid), 0),
        'agent_sales', coalesce(sum(agent_sales), 0))
    FROM counted WHERE agent = a AND (below IS NULL OR block < below)
$$;
-- +goose StatementEnd

-- The rows as they are, and the images the undo log keeps of them: each is
-- the row before a change in its block, so its counters are those at the
-- end of the block before (a followed block is one batch: one image per row).
UPDATE agents a SET (generations_requested, generations_fulfilled, generations_failed, fulfilment_seconds, token_sales,
        token_sales_volume, royalty_revenue, subscription_revenue, agent_sales) =
    (SELECT c.generations_requested, c.generations_fulfilled, c.generations_failed, c.fulfilment_seconds, c.token_sales,
        c.token_sales_volume, c.royalty_revenue, c.subscription_revenue, c.agent_sales
     FROM jsonb_populate_record(NULL::agents, counters_of(a.id, NULL)) c);
UPDATE undo_log SET old_row = old_row || counters_of((key ->> 'id')::numeric, block_number)
    WHERE table_name = 'agents' AND old_row IS NOT NULL;

DROP FUNCTION counters_of(numeric, bigint);
DROP FUNCTION uint256_of(bytea);
DROP TABLE counted;

-- +goose Down
UPDATE undo_log SET old_row = old_row - ARRAY['generations_requested', 'generations_fulfilled', 'generations_failed',
        'fulfilment_seconds', 'token_sales', 'token_sales_volume', 'royalty_revenue', 'subscription_revenue', 'agent_sales']
    WHERE table_name = 'agents' AND old_row IS NOT NULL;
DROP INDEX agents_sales, agents_generations, agents_level;
ALTER TABLE agents DROP COLUMN generations_requested, DROP COLUMN generations_fulfilled, DROP COLUMN generations_failed,
    DROP COLUMN fulfilment_seconds, DROP COLUMN token_sales, DROP COLUMN token_sales_volume, DROP COLUMN royalty_revenue,
    DROP COLUMN subscription_revenue, DROP COLUMN agent_sales;
