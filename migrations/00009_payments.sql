-- +goose Up
-- Money as the chain logs it: every credit to a withdrawal balance
-- (Deposited, with the payment it is a share of) and every withdrawal, the
-- balances they add up to, the revenue split and fee settings, and why each
-- agent last changed. contract: 0 INFTAgents, 1 INFTMarketplace.

-- Append-only, like credit_ledger: a reorg deletes the rows above the ancestor.
CREATE TABLE payments (
    chain_id     bigint   NOT NULL,
    block_hash   bytea    NOT NULL,
    log_index    integer  NOT NULL,
    contract     smallint NOT NULL,
    payee        bytea    NOT NULL,
    amount       numeric(78,0) NOT NULL,  -- negative for a withdrawal
    cause        text     NOT NULL CHECK (cause IN ('package', 'top_up', 'subscription', 'sale_fee', 'royalty',
                                                     'sale_proceeds', 'withdrawal', 'other')),
    agent_id     numeric(78,0),  -- the agent bought, topped up or rented
    listing_id   numeric(78,0),  -- the listing sold
    block_number bigint   NOT NULL,
    tx_hash      bytea    NOT NULL,
    at           timestamptz NOT NULL,
    PRIMARY KEY (chain_id, block_hash, log_index)
);
CREATE INDEX payments_payee ON payments (payee, block_number, log_index);
CREATE INDEX payments_block ON payments (block_number);

-- What each payee may withdraw from each contract: deposits less withdrawals.
CREATE TABLE balances (
    payee         bytea    NOT NULL,
    contract      smallint NOT NULL,
    withdrawable  numeric(78,0) NOT NULL,
    deposited     numeric(78,0) NOT NULL,  -- in total
    withdrawn     numeric(78,0) NOT NULL,  -- in total
    updated_block bigint   NOT NULL,
    PRIMARY KEY (payee, contract)
);

-- The revenue split (INFTAgents' RevenueSplitSet) and the marketplace fee
-- (FeeSet), as last set.
CREATE TABLE fee_settings (
    contract         smallint PRIMARY KEY,
    wallet           bytea    NOT NULL,  -- the staking wallet; the fee recipient
    dev_wallet       bytea,              -- INFTAgents only
    bps              integer  NOT NULL,  -- the staking share; the fee
    updated_block    bigint   NOT NULL
);

CREATE TRIGGER undo AFTER INSERT OR UPDATE OR DELETE ON balances FOR EACH ROW EXECUTE FUNCTION undo_record('payee', 'contract');
CREATE TRIGGER undo AFTER INSERT OR UPDATE OR DELETE ON fee_settings FOR EACH ROW EXECUTE FUNCTION undo_record('contract');

-- Why the agent last changed, and where (NULL for rows indexed before this).
ALTER TABLE agents
    ADD COLUMN last_change    text,
    ADD COLUMN last_change_tx bytea;

CREATE INDEX subscriptions_subscriber ON subscriptions (subscriber, agent_id);

-- +goose Down
DROP INDEX subscriptions_subscriber;
UPDATE undo_log SET old_row = old_row - ARRAY['last_change', 'last_change_tx'] WHERE table_name = 'agents' AND old_row IS NOT NULL;
DELETE FROM undo_log WHERE table_name IN ('balances', 'fee_settings');
ALTER TABLE agents DROP COLUMN last_change, DROP COLUMN last_change_tx;
DROP TABLE fee_settings, balances, payments;
