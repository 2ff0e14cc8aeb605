-- +goose Up
-- The indexer's tables: chain position, the raw event log, and the projections
-- of the contracts' state that the API serves. Every uint256 is numeric(78,0);
-- every address and hash is bytea (20 and 32 bytes), one form everywhere.
-- Projections hold one deployment (the contracts in the configuration); the
-- chain position and the event log are keyed by chain id.

CREATE TABLE indexer_checkpoints (
    chain_id        bigint PRIMARY KEY,
    block_number    bigint NOT NULL,  -- last block fully indexed
    block_hash      bytea  NOT NULL,
    confirmed_block bigint NOT NULL,  -- relayer jobs exist for requests up to here
    head_block      bigint NOT NULL,  -- the chain's head when last seen
    finalized_block bigint NOT NULL,
    updated_at      timestamptz NOT NULL DEFAULT now()
);

-- Recent blocks, to detect reorgs by parent hash and walk back to the common
-- ancestor. Pruned below the reorg window.
CREATE TABLE indexer_blocks (
    chain_id     bigint NOT NULL,
    block_number bigint NOT NULL,
    block_hash   bytea  NOT NULL,
    parent_hash  bytea  NOT NULL,
    PRIMARY KEY (chain_id, block_number)
);

-- Every log of the three contracts, as the node returned it; projections can be
-- rebuilt from it (inft reindex) without asking the chain again.
CREATE TABLE events (
    chain_id     bigint   NOT NULL,
    block_number bigint   NOT NULL,
    block_hash   bytea    NOT NULL,
    log_index    integer  NOT NULL,
    tx_hash      bytea    NOT NULL,
    tx_index     integer  NOT NULL,
    block_time   timestamptz NOT NULL,
    contract     bytea    NOT NULL,
    name         text     NOT NULL,
    topics       bytea    NOT NULL,  -- the topics, 32 bytes each, concatenated
    data         bytea    NOT NULL,
    PRIMARY KEY (chain_id, block_hash, log_index)
);
CREATE INDEX events_block ON events (chain_id, block_number, log_index);

CREATE TABLE packages (
    tier    smallint PRIMARY KEY,
    price   numeric(78,0) NOT NULL,
    credits numeric(78,0) NOT NULL,
    updated_block bigint NOT NULL
);

CREATE TABLE generation_costs (
    kind    smallint PRIMARY KEY,
    credits numeric(78,0) NOT NULL,
    updated_block bigint NOT NULL
);

CREATE TABLE agents (
    id             numeric(78,0) PRIMARY KEY,
    owner          bytea    NOT NULL,
    tier           smallint NOT NULL,
    credits        numeric(78,0) NOT NULL,
    level          bigint   NOT NULL DEFAULT 0,
    state_uri      text     NOT NULL DEFAULT '',
    transfer_nonce bigint   NOT NULL DEFAULT 0,
    created_block  bigint   NOT NULL,
    created_at     timestamptz NOT NULL,
    updated_block  bigint   NOT NULL,
    updated_at     timestamptz NOT NULL
);
CREATE INDEX agents_owner ON agents (owner, id);
CREATE INDEX agents_tier ON agents (tier, id);

-- Every change of an agent's credits, with its cause.
CREATE TABLE credit_ledger (
    chain_id     bigint  NOT NULL,
    block_hash   bytea   NOT NULL,
    log_index    integer NOT NULL,
    agent_id     numeric(78,0) NOT NULL,
    delta        numeric(78,0) NOT NULL,  -- negative when spent
    balance      numeric(78,0) NOT NULL,  -- after the change
    cause        text    NOT NULL CHECK (cause IN ('purchase', 'top_up', 'request', 'refund')),
    request_id   numeric(78,0),
    block_number bigint  NOT NULL,
    tx_hash      bytea   NOT NULL,
    at           timestamptz NOT NULL,
    PRIMARY KEY (chain_id, block_hash, log_index)
);
CREATE INDEX credit_ledger_agent ON credit_ledger (agent_id, block_number, log_index);
CREATE INDEX credit_ledger_block ON credit_ledger (block_number);

CREATE TABLE generation_requests (
    id             numeric(78,0) PRIMARY KEY,
    agent_id       numeric(78,0) NOT NULL,
    requester      bytea    NOT NULL,
    kind           smallint NOT NULL,
    prompt         text     NOT NULL,
    credits_spent  numeric(78,0) NOT NULL,
    by_subscriber  boolean  NOT NULL,
    status         smallint NOT NULL,  -- on chain: 1 pending, 2 fulfilled, 3 failed (refunded)
    token_id       numeric(78,0),
    token_uri      text,
    failure_reason text,
    requested_block bigint  NOT NULL,
    requested_at   timestamptz NOT NULL,
    tx_hash        bytea    NOT NULL,
    updated_block  bigint   NOT NULL,
    updated_at     timestamptz NOT NULL
);
CREATE INDEX generation_requests_agent ON generation_requests (agent_id, id);
CREATE INDEX generation_requests_requester ON generation_requests (requester, id);
CREATE INDEX generation_requests_pending ON generation_requests (requested_block) WHERE status = 1;

CREATE TABLE generated_tokens (
    id             numeric(78,0) PRIMARY KEY,
    owner          bytea  NOT NULL,
    agent_id       numeric(78,0),
    request_id     numeric(78,0),
    token_uri      text,
    transfer_nonce bigint NOT NULL DEFAULT 0,
    minted_block   bigint NOT NULL,
    minted_at      timestamptz NOT NULL,
    updated_block  bigint NOT NULL
);
CREATE INDEX generated_tokens_owner ON generated_tokens (owner, id);
CREATE INDEX generated_tokens_agent ON generated_tokens (agent_id, id);

-- collection: 0 agents, 1 generated.
CREATE TABLE listings (
    id            numeric(78,0) PRIMARY KEY,
    collection    smallint NOT NULL,
    token_id      numeric(78,0) NOT NULL,
    seller        bytea    NOT NULL,
    price         numeric(78,0) NOT NULL,
    status        text     NOT NULL CHECK (status IN ('active', 'stale', 'sold', 'cancelled')),
    buyer         bytea,
    sold_at       timestamptz,
    created_block bigint   NOT NULL,
    created_at    timestamptz NOT NULL,
    updated_block bigint   NOT NULL,
    updated_at    timestamptz NOT NULL
);
CREATE INDEX listings_token ON listings (collection, token_id) WHERE status = 'active';
CREATE INDEX listings_status ON listings (status, id);

CREATE TABLE sales (
    listing_id   numeric(78,0) PRIMARY KEY,
    collection   smallint NOT NULL,
    token_id     numeric(78,0) NOT NULL,
    seller       bytea    NOT NULL,
    buyer        bytea    NOT NULL,
    price        numeric(78,0) NOT NULL,
    fee          numeric(78,0) NOT NULL,
    royalty      numeric(78,0) NOT NULL,
    block_number bigint   NOT NULL,
    tx_hash      bytea    NOT NULL,
    at           timestamptz NOT NULL
);

-- Terms an owner offers; they lapse when the agent changes hands.
CREATE TABLE subscription_terms (
    agent_id           numeric(78,0) PRIMARY KEY,
    price_per_period   numeric(78,0) NOT NULL,
    period             numeric(78,0) NOT NULL,
    credits_per_period numeric(78,0) NOT NULL,
    granted_nonce      bigint  NOT NULL,
    active             boolean NOT NULL,
    updated_block      bigint  NOT NULL
);

CREATE TABLE subscriptions (
    agent_id      numeric(78,0) NOT NULL,
    subscriber    bytea   NOT NULL,
    expires_at    timestamptz NOT NULL,
    credits_left  numeric(78,0) NOT NULL,
    paid          numeric(78,0) NOT NULL,  -- in total
    granted_nonce bigint  NOT NULL,
    lapsed        boolean NOT NULL DEFAULT false,  -- the agent changed hands
    updated_block bigint  NOT NULL,
    PRIMARY KEY (agent_id, subscriber)
);

CREATE TABLE agent_evolutions (
    agent_id     numeric(78,0) NOT NULL,
    level        bigint  NOT NULL,
    state_uri    text    NOT NULL,
    block_number bigint  NOT NULL,
    tx_hash      bytea   NOT NULL,
    at           timestamptz NOT NULL,
    PRIMARY KEY (agent_id, level)
);
CREATE INDEX agent_evolutions_block ON agent_evolutions (block_number);
CREATE INDEX sales_block ON sales (block_number);

-- Work for the relayer: one row per confirmed GenerationRequested, created in
-- the indexer's transaction. priority: 1 (Enterprise) runs first, 4 (Starter) last.
CREATE TABLE generation_jobs (
    request_id   numeric(78,0) PRIMARY KEY,
    agent_id     numeric(78,0) NOT NULL,
    tier         smallint NOT NULL,
    kind         smallint NOT NULL,
    priority     smallint NOT NULL,
    block_number bigint   NOT NULL,
    created_at   timestamptz NOT NULL DEFAULT now()
);

-- The undo log: the previous image of every mutable projection row changed in
-- a block that a reorg may still remove. The indexer sets inft.block for those
-- blocks; the trigger records nothing when it is unset (deep backfill).
-- Append-only tables (events, credit_ledger, sales, agent_evolutions,
-- indexer_blocks) need no undo: a reorg deletes their rows above the ancestor.
-- generation_jobs neither: a reorg deletes the jobs whose request is gone.
CREATE TABLE undo_log (
    id           bigserial PRIMARY KEY,
    block_number bigint NOT NULL,
    table_name   text   NOT NULL,
    op           char(1) NOT NULL,  -- I, U or D
    key          jsonb  NOT NULL,   -- the primary key of the row
    old_row      jsonb              -- the row before the change (U, D)
);
CREATE INDEX undo_log_block ON undo_log (block_number);

-- +goose StatementBegin
CREATE FUNCTION undo_record() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
    blk text := current_setting('inft.block', true);
    keycols text[] := TG_ARGV;
    k jsonb;
    r jsonb;
BEGIN
    IF blk IS NULL OR blk = '' THEN
        RETURN NULL;
    END IF;
    IF TG_OP = 'INSERT' THEN r := to_jsonb(NEW); ELSE r := to_jsonb(OLD); END IF;
    SELECT jsonb_object_agg(c, r -> c) INTO k FROM unnest(keycols) AS c;
    INSERT INTO undo_log (block_number, table_name, op, key, old_row)
    VALUES (blk::bigint, TG_TABLE_NAME, left(TG_OP, 1), k,
            CASE WHEN TG_OP = 'INSERT' THEN NULL ELSE to_jsonb(OLD) END);
    RETURN NULL;
END $$;
-- +goose StatementEnd

-- +goose StatementBegin
-- undo_above(b) restores every projection row to what it was at the end of
-- block b, newest change first, and forgets the undone entries.
CREATE FUNCTION undo_above(b bigint) RETURNS bigint LANGUAGE plpgsql AS $$
DECLARE
    u record;
    cond text;
    n bigint := 0;
BEGIN
    PERFORM set_config('inft.block', '', true);  -- the undo itself is not recorded
    FOR u IN SELECT * FROM undo_log WHERE block_number > b ORDER BY id DESC LOOP
        SELECT string_agg(format('%I = (SELECT %I FROM jsonb_populate_record(NULL::%I, $1))', c, c, u.table_name), ' AND ')
          INTO cond FROM jsonb_object_keys(u.key) AS c;
        EXECUTE format('DELETE FROM %I WHERE %s', u.table_name, cond) USING u.key;
        IF u.op <> 'I' THEN
            EXECUTE format('INSERT INTO %I SELECT * FROM jsonb_populate_record(NULL::%I, $1)', u.table_name, u.table_name)
              USING u.old_row;
        END IF;
        n := n + 1;
    END LOOP;
    DELETE FROM undo_log WHERE block_number > b;
    RETURN n;
END $$;
-- +goose StatementEnd

CREATE TRIGGER undo AFTER INSERT OR UPDATE OR DELETE ON packages FOR EACH ROW EXECUTE FUNCTION undo_record('tier');
CREATE TRIGGER undo AFTER INSERT OR UPDATE OR DELETE ON generation_costs FOR EACH ROW EXECUTE FUNCTION undo_record('kind');
CREATE TRIGGER undo AFTER INSERT OR UPDATE OR DELETE ON agents FOR EACH ROW EXECUTE FUNCTION undo_record('id');
CREATE TRIGGER undo AFTER INSERT OR UPDATE OR DELETE ON generation_requests FOR EACH ROW EXECUTE FUNCTION undo_record('id');
CREATE TRIGGER undo AFTER INSERT OR UPDATE OR DELETE ON generated_tokens FOR EACH ROW EXECUTE FUNCTION undo_record('id');
CREATE TRIGGER undo AFTER INSERT OR UPDATE OR DELETE ON listings FOR EACH ROW EXECUTE FUNCTION undo_record('id');
CREATE TRIGGER undo AFTER INSERT OR UPDATE OR DELETE ON subscription_terms FOR EACH ROW EXECUTE FUNCTION undo_record('agent_id');
CREATE TRIGGER undo AFTER INSERT OR UPDATE OR DELETE ON subscriptions FOR EACH ROW EXECUTE FUNCTION undo_record('agent_id', 'subscriber');

-- +goose Down
DROP TABLE undo_log, generation_jobs, agent_evolutions, subscriptions, subscription_terms, sales, listings,
    generated_tokens, generation_requests, credit_ledger, agents, generation_costs, packages, events,
    indexer_blocks, indexer_checkpoints;
DROP FUNCTION undo_above(bigint);
DROP FUNCTION undo_record();
