-- +goose Up
-- Collaborations as INFTAgents and INFTMarketplace log them: a request worked
-- on by several agents (CollaborationRequested: its mode, and each agent's
-- share and whether it came out of the requester's subscription), and the
-- royalty of a co-created token's sale split among the agents' owners
-- (RoyaltyPaid). Undone by reorgs like the other projections, rebuilt by inft
-- reindex (a database indexed before this migration has none of these
-- events: reindex it from INDEXER_START_BLOCK).

-- mode is NULL for a request of one agent; 0 style fusion, 1 collaborative,
-- 2 peer review, 3 swarm, 4 skill transfer, 5 knowledge share otherwise.
ALTER TABLE generation_requests ADD COLUMN mode smallint;

-- The agents of a collaboration, lead (position 0) first; rows are only
-- ever inserted (and deleted by a reorg's undo).
CREATE TABLE generation_collaborators (
    request_id    numeric(78,0) NOT NULL,
    position      smallint NOT NULL,
    agent_id      numeric(78,0) NOT NULL,
    credits_spent numeric(78,0) NOT NULL,  -- its share
    by_subscriber boolean  NOT NULL,       -- paid from the requester's quota, not the owner's credits
    PRIMARY KEY (request_id, position)
);
-- An agent's collaborations, newest first (Agent.collaborations).
CREATE INDEX generation_collaborators_agent ON generation_collaborators (agent_id, request_id);
CREATE TRIGGER undo AFTER INSERT OR UPDATE OR DELETE ON generation_collaborators
    FOR EACH ROW EXECUTE FUNCTION undo_record('request_id', 'position');

-- A collaboration's one event changes every agent's credits: the ledger's
-- key names the agent too.
ALTER TABLE credit_ledger DROP CONSTRAINT credit_ledger_pkey;
ALTER TABLE credit_ledger ADD PRIMARY KEY (chain_id, block_hash, log_index, agent_id);

-- Each co-creating agent's share of a sale's royalty and who it was paid to
-- (the agent's owner at the sale); append-only, dropped above a reorg's
-- ancestor like sales.
CREATE TABLE sale_royalties (
    listing_id   numeric(78,0) NOT NULL,
    agent_id     numeric(78,0) NOT NULL,
    receiver     bytea    NOT NULL,
    amount       numeric(78,0) NOT NULL,
    block_number bigint   NOT NULL,
    log_index    integer  NOT NULL,
    tx_hash      bytea    NOT NULL,
    at           timestamptz NOT NULL,
    PRIMARY KEY (listing_id, agent_id)
);
CREATE INDEX sale_royalties_block ON sale_royalties (block_number);
CREATE INDEX sale_royalties_agent ON sale_royalties (agent_id, block_number);

-- +goose Down
DELETE FROM undo_log WHERE table_name = 'generation_collaborators';
DROP TABLE sale_royalties, generation_collaborators;
-- The ledger keeps one row per event: a collaboration's other agents' rows go.
DELETE FROM credit_ledger l USING generation_requests r
    WHERE l.request_id = r.id AND r.mode IS NOT NULL AND l.agent_id <> r.agent_id;
ALTER TABLE credit_ledger DROP CONSTRAINT credit_ledger_pkey;
ALTER TABLE credit_ledger ADD PRIMARY KEY (chain_id, block_hash, log_index);
ALTER TABLE generation_requests DROP COLUMN mode;
