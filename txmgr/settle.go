package txmgr

import (
	"context"
	"errors"
	"fmt"
	"math/big"
	"strings"

	"github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/jmoiron/sqlx"
	"github.com/lib/pq"

	"github.com/inft-labs/inft/chain"
)

// The settling phase, as Chainlink's confirmer: receipts, confirmations,
// reorgs, nonces taken by another sender, re-pricing and rebroadcast of what
// was broadcast.

// recheck sends confirmed intents whose block is no longer canonical back to
// be settled again, when the previous round's head is no longer canonical
// (or on the first round, as a restart may have slept through a reorg).
func (m *Manager) recheck(ctx context.Context, head *types.Header) error {
	if prev := m.lastHead; prev != nil {
		if head.Hash() == prev.Hash() || head.ParentHash == prev.Hash() {
			return nil
		}
		if head.Number.Cmp(prev.Number) > 0 { // blocks in between: is the previous head still canonical?
			h, err := m.client.HeaderByNumber(ctx, prev.Number)
			if err != nil && !errors.Is(err, ethereum.NotFound) {
				return fmt.Errorf("txmgr: read block %s: %w", prev.Number, err)
			}
			if err == nil && h.Hash() == prev.Hash() {
				return nil
			}
		}
	}
	var mined []struct {
		Block int64  `db:"mined_block"`
		Hash  []byte `db:"mined_block_hash"`
	}
	from := int64(0)
	if n := head.Number.Uint64(); n > m.cfg.RecheckDepth {
		from = int64(n - m.cfg.RecheckDepth)
	}
	err := m.db.SelectContext(ctx, &mined, `SELECT DISTINCT mined_block, mined_block_hash FROM txs
		WHERE chain_id = $1 AND from_address = $2 AND state = 'confirmed' AND batch_id IS NULL AND mined_block >= $3`,
		m.chainID.Int64(), m.from.Bytes(), from)
	if err != nil {
		return fmt.Errorf("txmgr: read confirmed intents: %w", err)
	}
	for _, b := range mined {
		h, err := m.client.HeaderByNumber(ctx, big.NewInt(b.Block))
		if err != nil && !errors.Is(err, ethereum.NotFound) {
			return fmt.Errorf("txmgr: read block %d: %w", b.Block, err)
		}
		if err == nil && h.Hash() == common.BytesToHash(b.Hash) {
			continue
		}
		m.log.Warn("a confirmed transaction's block was reorged out; settling it again", "block", b.Block)
		err = m.transact(ctx, func(tx *sqlx.Tx) error {
			var ids []int64
			if err := tx.SelectContext(ctx, &ids, `UPDATE txs SET state = 'unconfirmed', updated_at = now()
				WHERE chain_id = $1 AND from_address = $2 AND state = 'confirmed' AND batch_id IS NULL
				AND mined_block = $3 AND mined_block_hash IS NOT DISTINCT FROM $4 RETURNING id`,
				m.chainID.Int64(), m.from.Bytes(), b.Block, b.Hash); err != nil {
				return err
			}
			_, err := tx.ExecContext(ctx, `UPDATE txs SET state = 'batched', updated_at = now()
				WHERE batch_id = ANY($1) AND state = 'confirmed'`, pq.Array(ids))
			return err
		})
		if err != nil {
			return fmt.Errorf("txmgr: reopen intents of block %d: %w", b.Block, err)
		}
	}
	return nil
}

// settle moves each broadcast intent on.
func (m *Manager) settle(ctx context.Context, head *types.Header) error {
	txs, err := m.open(ctx, StateUnconfirmed)
	if err != nil {
		return err
	}
	if len(txs) == 0 {
		return nil
	}
	// The nonce is read before any receipt: a transaction mined after the
	// read is then either seen mined or its nonce is not yet below this one,
	// never taken for another sender's.
	chainNonce, err := m.client.NonceAt(ctx, m.from, nil)
	if err != nil {
		return fmt.Errorf("txmgr: read nonce: %w", err)
	}
	for _, t := range txs {
		atts, err := m.attempts(ctx, t.ID)
		if err != nil {
			return fmt.Errorf("txmgr: read attempts of %s: %w", t.Key, err)
		}
		receipt, err := m.minedAttempt(ctx, atts)
		if err != nil {
			return err
		}
		if receipt != nil {
			delete(m.suspects, t.ID)
			if err := m.recordMined(ctx, t, receipt, head); err != nil {
				return err
			}
			continue
		}
		if t.MinedBlock.Valid { // it was mined, and a reorg took it out
			m.log.Warn("mined transaction reorged out; sending again", "key", t.Key, "block", t.MinedBlock.Int64)
			if _, err := m.db.ExecContext(ctx, `UPDATE txs SET mined_block = NULL, mined_hash = NULL, receipt_status = NULL,
				gas_used = NULL, gas_price = NULL, updated_at = now() WHERE id = $1`, t.ID); err != nil {
				return fmt.Errorf("txmgr: forget the reorged receipt of %s: %w", t.Key, err)
			}
		}
		if uint64(t.Nonce.Int64) < chainNonce {
			// The nonce is used on chain, but by none of our attempts: another
			// sender of this key took it, or a node behind the others has yet
			// to show our receipt. Two blocks later it is not a lagging node:
			// give the intent a new nonce.
			first, seen := m.suspects[t.ID]
			if !seen {
				m.suspects[t.ID] = head.Number.Uint64()
				continue
			}
			if head.Number.Uint64() < first+2 {
				continue
			}
			delete(m.suspects, t.ID)
			m.log.Warn("nonce taken by another sender; assigning a new one", "key", t.Key, "nonce", t.Nonce.Int64)
			err := m.transact(ctx, func(tx *sqlx.Tx) error {
				if isBatch(t) { // its members go back to be batched anew
					if _, err := tx.ExecContext(ctx, `UPDATE txs SET state = 'fatal', error = $2, updated_at = now() WHERE id = $1`,
						t.ID, "nonce taken by another sender; its calls are sent again"); err != nil {
						return err
					}
					return m.release(ctx, tx, t.ID, "its batch lost its nonce to another sender")
				}
				_, err := tx.ExecContext(ctx, `UPDATE txs SET state = 'unstarted', nonce = NULL, updated_at = now() WHERE id = $1`, t.ID)
				return err
			})
			if err != nil {
				return fmt.Errorf("txmgr: give %s a new nonce: %w", t.Key, err)
			}
			m.synced = false
			continue
		}
		if len(atts) == 0 { // stored with its nonce, in one transaction: never
			return fmt.Errorf("txmgr: %s is broadcast but has no attempt", t.Key)
		}
		newest := atts[0]
		if uint64(newest.BroadcastBlock)+m.cfg.BumpAfterBlocks <= head.Number.Uint64() {
			if err := m.bump(ctx, t, newest, head); err != nil {
				return err
			}
			continue
		}
		if err := m.rebroadcastIfForgotten(ctx, t, newest); err != nil {
			return err
		}
	}
	return nil
}

// minedAttempt returns the receipt of whichever attempt was mined, if any.
func (m *Manager) minedAttempt(ctx context.Context, atts []attempt) (*types.Receipt, error) {
	for _, a := range atts {
		r, err := m.client.TransactionReceipt(ctx, common.BytesToHash(a.Hash))
		if err == nil {
			return r, nil
		}
		if !errors.Is(err, ethereum.NotFound) && !chain.IsIndexing(err) {
			return nil, fmt.Errorf("txmgr: receipt of %x: %w", a.Hash, err)
		}
	}
	return nil, nil
}

// recordMined stores where the intent was mined and confirms it once the
// receipt's block is deep enough and still canonical. A confirmed batch
// confirms its members with it, or releases them if it reverted.
func (m *Manager) recordMined(ctx context.Context, t Tx, r *types.Receipt, head *types.Header) error {
	state := StateUnconfirmed
	if head.Number.Uint64() >= r.BlockNumber.Uint64()+m.cfg.Confirmations-1 {
		h, err := m.client.HeaderByNumber(ctx, r.BlockNumber)
		if err != nil {
			return fmt.Errorf("txmgr: read block %s: %w", r.BlockNumber, err)
		}
		if h.Hash() == r.BlockHash {
			state = StateConfirmed
		}
	}
	err := m.transact(ctx, func(tx *sqlx.Tx) error {
		var price *string
		if r.EffectiveGasPrice != nil {
			p := r.EffectiveGasPrice.String()
			price = &p
		}
		if _, err := tx.ExecContext(ctx, `UPDATE txs SET state = $2, mined_block = $3, mined_hash = $4, receipt_status = $5,
			mined_block_hash = $6, gas_used = $7, gas_price = $8::numeric, updated_at = now() WHERE id = $1`,
			t.ID, state, r.BlockNumber.Int64(), r.TxHash.Bytes(), int16(r.Status), r.BlockHash.Bytes(), int64(r.GasUsed), price); err != nil {
			return err
		}
		if state != StateConfirmed || !isBatch(t) {
			return nil
		}
		if r.Status != types.ReceiptStatusSuccessful {
			return m.release(ctx, tx, t.ID, fmt.Sprintf("its batch %s reverted in block %s", r.TxHash, r.BlockNumber))
		}
		_, err := tx.ExecContext(ctx, `UPDATE txs SET state = 'confirmed', mined_block = $2, mined_hash = $3, receipt_status = $4,
			mined_block_hash = $5, updated_at = now() WHERE batch_id = $1 AND state = 'batched'`,
			t.ID, r.BlockNumber.Int64(), r.TxHash.Bytes(), int16(r.Status), r.BlockHash.Bytes())
		return err
	})
	if err != nil {
		return fmt.Errorf("txmgr: record receipt of %s: %w", t.Key, err)
	}
	if state == StateConfirmed {
		m.log.Info("transaction confirmed", "key", t.Key, "block", r.BlockNumber, "status", r.Status, "hash", r.TxHash)
	}
	return nil
}

// release sends a batch's members back to wait, to be sent again.
func (m *Manager) release(ctx context.Context, tx *sqlx.Tx, batchID int64, why string) error {
	_, err := tx.ExecContext(ctx, `UPDATE txs SET state = 'unstarted', batch_id = NULL, error = $2, updated_at = now()
		WHERE batch_id = $1 AND state = 'batched'`, batchID, why)
	return err
}

func isBatch(t Tx) bool { return strings.HasPrefix(t.Key, "batch:") }

// bump signs a replacement with both caps raised by BumpPercent (and at least
// the market's), stores it, then broadcasts it.
func (m *Manager) bump(ctx context.Context, t Tx, newest attempt, head *types.Header) error {
	oldCap, err := wei(newest.FeeCap)
	if err != nil {
		return fmt.Errorf("txmgr: fee cap of %s: %w", t.Key, err)
	}
	oldTip, err := wei(newest.TipCap)
	if err != nil {
		return fmt.Errorf("txmgr: tip of %s: %w", t.Key, err)
	}
	marketCap, marketTip, err := m.fees(ctx, head)
	if err != nil {
		return err
	}
	feeCap := bigMax(raise(oldCap, m.cfg.BumpPercent), marketCap)
	tip := bigMax(raise(oldTip, m.cfg.BumpPercent), marketTip)
	if feeCap.Cmp(m.cfg.MaxFeeCap) > 0 {
		if oldCap.Cmp(m.cfg.MaxFeeCap) >= 0 {
			m.log.Error("transaction stuck at the fee cap; rebroadcasting as is", "key", t.Key, "max_fee_cap", m.cfg.MaxFeeCap)
			return m.rebroadcastIfForgotten(ctx, t, newest)
		}
		feeCap = new(big.Int).Set(m.cfg.MaxFeeCap)
	}
	tip = capped(tip, feeCap)
	to := common.BytesToAddress(t.To)
	value, err := wei(t.Value)
	if err != nil {
		return fmt.Errorf("txmgr: value of %s: %w", t.Key, err)
	}
	signed, err := m.sign(uint64(t.Nonce.Int64), to, value, uint64(t.GasLimit), t.Data, feeCap, tip)
	if err != nil {
		return err
	}
	if err := m.storeAttempt(ctx, m.db, t.ID, signed, head); err != nil {
		return fmt.Errorf("txmgr: store bumped attempt of %s: %w", t.Key, err)
	}
	m.log.Info("re-pricing a stuck transaction", "key", t.Key, "nonce", t.Nonce.Int64, "fee_cap", feeCap, "tip", tip)
	return m.broadcast(ctx, t.Key, signed)
}

// rebroadcastIfForgotten sends the newest attempt again when the node no
// longer knows it (a restart, a pool eviction).
func (m *Manager) rebroadcastIfForgotten(ctx context.Context, t Tx, newest attempt) error {
	_, _, err := m.client.TransactionByHash(ctx, common.BytesToHash(newest.Hash))
	if err == nil {
		return nil
	}
	if !errors.Is(err, ethereum.NotFound) {
		return fmt.Errorf("txmgr: look up %x: %w", newest.Hash, err)
	}
	var signed types.Transaction
	if err := signed.UnmarshalBinary(newest.Signed); err != nil {
		return fmt.Errorf("txmgr: stored attempt of %s: %w", t.Key, err)
	}
	m.log.Info("node forgot the transaction; rebroadcasting", "key", t.Key, "hash", signed.Hash())
	err = m.client.SendTransaction(ctx, &signed)
	if c := classify(err); c != sendOK && c != sendKnown {
		m.log.Warn("rebroadcast refused", "key", t.Key, "answer", c, "err", err)
	}
	return nil
}
