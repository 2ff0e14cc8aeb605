package txmgr

// A round of the manager; its phases are in send.go (the waiting intents)
// and settle.go (the broadcast ones).

import (
	"context"
	"fmt"

	"github.com/jmoiron/sqlx"

	"github.com/inft-labs/inft/internal/pg"
)

// ProcessOnce does one round: after a reorg it re-checks recently confirmed
// intents; it settles the broadcast intents (receipts, confirmations, reorgs,
// nonces taken elsewhere, re-pricing, rebroadcast), then starts the waiting
// ones in order, batching what it can.
func (m *Manager) ProcessOnce(ctx context.Context) error {
	head, err := m.client.HeaderByNumber(ctx, nil)
	if err != nil {
		return fmt.Errorf("txmgr: read head: %w", err)
	}
	if !m.synced {
		if err := m.syncNonce(ctx); err != nil {
			return err
		}
		m.synced = true
	}
	// Nothing is mined, reorged or due for re-pricing without a new head: a
	// round woken on the same head only starts what waits.
	if m.lastHead == nil || head.Hash() != m.lastHead.Hash() {
		if err := m.recheck(ctx, head); err != nil {
			return err
		}
		if err := m.settle(ctx, head); err != nil {
			return err
		}
	}
	if err := m.start(ctx, head); err != nil {
		return err
	}
	m.lastHead = head
	return nil
}

// open reads the sender's intents in state, oldest first.
func (m *Manager) open(ctx context.Context, state string) ([]Tx, error) {
	var txs []Tx
	err := m.db.SelectContext(ctx, &txs, `SELECT `+txColumns+` FROM txs
		WHERE chain_id = $1 AND from_address = $2 AND state = $3 ORDER BY id`,
		m.chainID.Int64(), m.from.Bytes(), state)
	if err != nil {
		return nil, fmt.Errorf("txmgr: read %s intents: %w", state, err)
	}
	return txs, nil
}

// attempts reads an intent's signed attempts, newest first.
func (m *Manager) attempts(ctx context.Context, txID int64) ([]attempt, error) {
	var out []attempt
	err := m.db.SelectContext(ctx, &out, `SELECT id, hash, gas_fee_cap, gas_tip_cap, signed, broadcast_block
		FROM tx_attempts WHERE tx_id = $1 ORDER BY id DESC`, txID)
	return out, err
}

func (m *Manager) transact(ctx context.Context, f func(*sqlx.Tx) error) error {
	return pg.Transact(ctx, m.db, f)
}
