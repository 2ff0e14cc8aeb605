-- +goose Up
-- Chat sessions as INFTAgents logs them: each session's escrow of an agent's
-- credits (SessionOpened) and how it ended (SessionSettled by the relayer,
-- SessionReclaimed by its user or the agent's owner), and the chat terms
-- (ChatTermsSet) the sessions open under. Undone by reorgs like the other
-- projections, rebuilt by inft reindex (a database indexed before this
-- migration has none of these events: reindex it from INDEXER_START_BLOCK).

-- The chat terms as last set, one row (the constructor logs the first).
CREATE TABLE chat_terms (
    id                   boolean  PRIMARY KEY DEFAULT true CHECK (id),
    tokens_per_credit    numeric(78,0) NOT NULL,  -- reply tokens one credit pays for
    max_session_duration numeric(78,0) NOT NULL,  -- seconds
    grace_period         numeric(78,0) NOT NULL,  -- seconds after expiry before a user may reclaim
    updated_block        bigint   NOT NULL
);

-- reclaimable_at and tokens_per_credit are the chat terms in force when the
-- session opened (sessions(id) keeps them on chain); NULL when the indexer
-- began after the terms were set (INDEXER_START_BLOCK after the deployment).
-- credits_used and credits_refunded are NULL while the session is open.
CREATE TABLE chat_sessions (
    id                numeric(78,0) PRIMARY KEY,
    agent_id          numeric(78,0) NOT NULL,
    user_address      bytea    NOT NULL,
    credit_cap        numeric(78,0) NOT NULL,
    expires_at        timestamptz NOT NULL,
    reclaimable_at    timestamptz,
    tokens_per_credit numeric(78,0),
    by_subscriber     boolean  NOT NULL,  -- the user was not the agent's owner: the escrow came out of its quota too
    agent_nonce       bigint   NOT NULL,  -- the agent's transfer nonce at opening
    status            text     NOT NULL CHECK (status IN ('open', 'settled', 'reclaimed')),
    credits_used      numeric(78,0),
    credits_refunded  numeric(78,0),
    transcript_hash   bytea,              -- settled only
    ended_by          bytea,              -- reclaimed only: who took the escrow back
    opened_block      bigint   NOT NULL,
    opened_at         timestamptz NOT NULL,
    open_tx           bytea    NOT NULL,
    ended_block       bigint,
    ended_at          timestamptz,
    end_tx            bytea,
    updated_block     bigint   NOT NULL,
    CHECK ((status = 'open') = (ended_block IS NULL))
);
-- A user's sessions, newest first (scanned backwards); the open ones; an agent's.
CREATE INDEX chat_sessions_user ON chat_sessions (user_address, id);
CREATE INDEX chat_sessions_open ON chat_sessions (expires_at, id) WHERE status = 'open';
CREATE INDEX chat_sessions_agent ON chat_sessions (agent_id, id);

CREATE TRIGGER undo AFTER INSERT OR UPDATE OR DELETE ON chat_terms FOR EACH ROW EXECUTE FUNCTION undo_record('id');
CREATE TRIGGER undo AFTER INSERT OR UPDATE OR DELETE ON chat_sessions FOR EACH ROW EXECUTE FUNCTION undo_record('id');

-- A session's escrow leaves the agent's credits when it opens, and what it
-- did not use comes back when it ends.
ALTER TABLE credit_ledger DROP CONSTRAINT credit_ledger_cause_check;
ALTER TABLE credit_ledger ADD CONSTRAINT credit_ledger_cause_check
    CHECK (cause IN ('purchase', 'top_up', 'request', 'refund', 'session_escrow', 'session_refund'));
ALTER TABLE credit_ledger ADD COLUMN session_id numeric(78,0);

-- +goose Down
-- The ledger's session rows keep their amounts (each agent's changes still
-- add up to its credits) under the nearest cause the old check knows.
UPDATE credit_ledger SET cause = 'request' WHERE cause = 'session_escrow';
UPDATE credit_ledger SET cause = 'refund' WHERE cause = 'session_refund';
ALTER TABLE credit_ledger DROP CONSTRAINT credit_ledger_cause_check;
ALTER TABLE credit_ledger ADD CONSTRAINT credit_ledger_cause_check CHECK (cause IN ('purchase', 'top_up', 'request', 'refund'));
ALTER TABLE credit_ledger DROP COLUMN session_id;
DELETE FROM undo_log WHERE table_name IN ('chat_terms', 'chat_sessions');
DROP TABLE chat_sessions, chat_terms;
