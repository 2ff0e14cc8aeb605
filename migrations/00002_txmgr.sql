-- +goose Up
-- The transaction manager: every intent (one idempotency key each), its nonce,
-- and every signed attempt broadcast for it. One sender per (chain, address).

CREATE TABLE tx_nonces (
    chain_id   bigint NOT NULL,
    address    bytea  NOT NULL,
    next_nonce bigint NOT NULL,
    PRIMARY KEY (chain_id, address)
);

CREATE TABLE txs (
    id              bigserial PRIMARY KEY,
    chain_id        bigint NOT NULL,
    idempotency_key text   NOT NULL UNIQUE,
    from_address    bytea  NOT NULL,
    to_address      bytea  NOT NULL,
    data            bytea  NOT NULL,
    value           numeric(78,0) NOT NULL DEFAULT 0,
    gas_limit       bigint NOT NULL DEFAULT 0,  -- 0: estimated when started
    nonce           bigint,
    -- unstarted: waiting for a nonce; unconfirmed: broadcast; confirmed: mined
    -- and deep enough; fatal: refused before sending (the simulation reverted).
    state           text   NOT NULL CHECK (state IN ('unstarted', 'unconfirmed', 'confirmed', 'fatal')),
    error           text,
    mined_block     bigint,
    mined_hash      bytea,   -- the attempt that was mined
    receipt_status  smallint,
    created_at      timestamptz NOT NULL DEFAULT now(),
    updated_at      timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX txs_open ON txs (chain_id, from_address, id) WHERE state IN ('unstarted', 'unconfirmed');

CREATE TABLE tx_attempts (
    id              bigserial PRIMARY KEY,
    tx_id           bigint NOT NULL REFERENCES txs (id),
    nonce           bigint NOT NULL,
    hash            bytea  NOT NULL UNIQUE,
    gas_fee_cap     numeric(78,0) NOT NULL,
    gas_tip_cap     numeric(78,0) NOT NULL,
    signed          bytea  NOT NULL,  -- the raw transaction, to rebroadcast as is
    broadcast_block bigint NOT NULL,  -- the head when last (re)broadcast
    send_error      text,             -- the node's last answer when not accepted
    created_at      timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX tx_attempts_tx ON tx_attempts (tx_id, id);

-- +goose Down
DROP TABLE tx_attempts, txs, tx_nonces;
