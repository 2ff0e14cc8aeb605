-- +goose Up
-- Signing in with the wallet (auth) and the conversations of chat sessions
-- (chat). Off chain and never undone by a reorg: a conversation is tied to the
-- transaction that opened its session (open_tx), so a session reorged out and
-- its id reused by another opening never shows one user's talk to another.

-- Sign-In with Ethereum nonces, each accepted once before it expires.
CREATE TABLE auth_nonces (
    nonce      text        PRIMARY KEY,
    issued_at  timestamptz NOT NULL,
    expires_at timestamptz NOT NULL,
    used_at    timestamptz
);
CREATE INDEX auth_nonces_expiry ON auth_nonces (expires_at);

-- Bearer tokens, by the SHA-256 of the token: the token itself is never kept.
CREATE TABLE auth_tokens (
    token_hash bytea       PRIMARY KEY,
    address    bytea       NOT NULL,
    issued_at  timestamptz NOT NULL,
    expires_at timestamptz NOT NULL,
    revoked_at timestamptz
);
CREATE INDEX auth_tokens_expiry ON auth_tokens (expires_at);

-- One row per conversation: what its replies used (committed with each reply),
-- the running transcript hash, and why it is ending.
CREATE TABLE chat_conversations (
    session_id      numeric(78,0) PRIMARY KEY,
    open_tx         bytea       NOT NULL,
    user_address    bytea       NOT NULL,
    tokens_used     bigint      NOT NULL DEFAULT 0,
    messages        integer     NOT NULL DEFAULT 0,
    transcript_hash bytea       NOT NULL,
    -- set once the conversation takes no more messages: closed (by its user),
    -- cap, expired, transferred (the user may no longer use the agent)
    closing         text CHECK (closing IN ('closed', 'cap', 'expired', 'transferred')),
    closing_at      timestamptz,
    -- when the settlement intent was queued, and what it says
    settle_queued_at timestamptz,
    credits_settled bigint,
    created_at      timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX chat_conversations_due ON chat_conversations (closing_at) WHERE settle_queued_at IS NULL;

-- The messages, encrypted at rest (AES-256-GCM under the key key_id names;
-- the session, position and role are its additional data).
CREATE TABLE chat_messages (
    session_id    numeric(78,0) NOT NULL,
    seq           integer     NOT NULL,
    role          text        NOT NULL CHECK (role IN ('user', 'agent')),
    -- the agent that spoke (agent-to-agent dialogues have two), NULL for the user
    agent_id      numeric(78,0),
    sender        bytea       NOT NULL,  -- the signed-in address that caused it
    key_id        text        NOT NULL,
    nonce         bytea       NOT NULL,
    ciphertext    bytea       NOT NULL,
    status        text        NOT NULL CHECK (status IN ('streaming', 'done', 'failed', 'interrupted')),
    tokens        integer     NOT NULL DEFAULT 0,  -- reply tokens charged
    input_tokens  integer     NOT NULL DEFAULT 0,
    provider      text,
    model         text,
    error         text,
    rating        smallint CHECK (rating BETWEEN 1 AND 5),
    -- the replica streaming it, and until when it vouches for it
    lease_until   timestamptz,
    created_at    timestamptz NOT NULL DEFAULT now(),
    finished_at   timestamptz,
    PRIMARY KEY (session_id, seq)
);
CREATE INDEX chat_messages_sender ON chat_messages (sender, created_at) WHERE role = 'user';
CREATE INDEX chat_messages_streaming ON chat_messages (lease_until) WHERE status = 'streaming';

-- +goose Down
DROP TABLE chat_messages, chat_conversations, auth_tokens, auth_nonces;
