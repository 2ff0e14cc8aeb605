-- +goose Up
-- The relayer's state per collaboration step (package collab): each
-- finished step's output, stored before the next step starts, so that a
-- retried or resumed job starts at the first unfinished step and never asks
-- a provider again for a finished one. Rows are only inserted; the request's
-- job reads them back. Like generation_outputs, not a projection of the chain.
CREATE TABLE collaboration_steps (
    request_id  numeric(78,0) NOT NULL,
    phase       smallint NOT NULL,
    position    smallint NOT NULL,  -- the agent's place in the collaboration, 0 the lead
    agent_id    numeric(78,0) NOT NULL,
    -- the transaction that requested it: a request of the same id on
    -- another branch of the chain (a reorg deeper than the confirmations)
    -- is not this one, and its steps are dropped
    request_tx  bytea    NOT NULL,
    role        text     NOT NULL,  -- collab.Role
    provider    text,               -- NULL for a step that asks no provider
    model       text,
    mime        text     NOT NULL,
    -- the text later steps read (a part, a draft, a review, a lesson): safe
    -- text, at most 16 KiB; NULL for an image
    output      text,
    output_cid  text     NOT NULL,  -- the step's whole output on IPFS
    -- a review's scores of the other drafts by position ({"1": 7}), a vote's
    -- choice ({"vote": 2}), a style's weight ({"weight": 3})
    verdict     jsonb,
    cost_usd    double precision NOT NULL DEFAULT 0,
    finished_at timestamptz NOT NULL DEFAULT now(),
    PRIMARY KEY (request_id, phase, position)
);

-- GenerationProgress.agentId: the agent whose step a progress row reports.
ALTER TABLE generation_progress ADD COLUMN agent_id numeric(78,0);

-- +goose Down
ALTER TABLE generation_progress DROP COLUMN agent_id;
DROP TABLE collaboration_steps;
