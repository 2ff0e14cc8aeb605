-- +goose Up
-- The relayer's state per request: its progress through the stages, and the
-- output stored on IPFS before anything is sent, so a retry never generates a
-- finished output again.

CREATE TABLE generation_progress (
    id         bigserial PRIMARY KEY,
    request_id numeric(78,0) NOT NULL,
    stage      text     NOT NULL CHECK (stage IN ('QUEUED', 'GENERATING', 'UPLOADING', 'MINTING', 'FULFILLED', 'FAILED')),
    percent    smallint NOT NULL CHECK (percent BETWEEN 0 AND 100),
    message    text     NOT NULL DEFAULT '',
    -- set when the indexer wrote the row from an event: a reorg removes it
    block_number bigint,
    at         timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX generation_progress_request ON generation_progress (request_id, id);

CREATE TABLE generation_outputs (
    request_id   numeric(78,0) PRIMARY KEY,
    provider     text   NOT NULL,
    model        text   NOT NULL,
    mime         text   NOT NULL,
    output_cid   text   NOT NULL,
    metadata_cid text   NOT NULL,
    cost_usd     double precision NOT NULL,
    attempts     jsonb  NOT NULL,
    created_at   timestamptz NOT NULL DEFAULT now()
);

-- An agent's learned profile (ai/agent), as of its last fulfilled generation.
CREATE TABLE agent_profiles (
    agent_id   numeric(78,0) PRIMARY KEY,
    profile    jsonb  NOT NULL,
    updated_at timestamptz NOT NULL DEFAULT now()
);

-- +goose Down
DROP TABLE agent_profiles, generation_outputs, generation_progress;
