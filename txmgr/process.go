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
	"github.com/ethereum/go-ethereum/rpc"
	"github.com/jmoiron/sqlx"
	"github.com/lib/pq"

	"github.com/inft-labs/inft/chain"
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

// syncNonce makes the stored next nonce at least the chain's.
func (m *Manager) syncNonce(ctx context.Context) error {
	n, err := m.client.NonceAt(ctx, m.from, nil)
	if err != nil {
		return fmt.Errorf("txmgr: read nonce: %w", err)
	}
	_, err = m.db.ExecContext(ctx, `INSERT INTO tx_nonces (chain_id, address, next_nonce) VALUES ($1, $2, $3)
		ON CONFLICT (chain_id, address) DO UPDATE SET next_nonce = GREATEST(tx_nonces.next_nonce, EXCLUDED.next_nonce)`,
		m.chainID.Int64(), m.from.Bytes(), int64(n))
	if err != nil {
		return fmt.Errorf("txmgr: sync nonce: %w", err)
	}
	return nil
}

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

func (m *Manager) attempts(ctx context.Context, txID int64) ([]attempt, error) {
	var out []attempt
	err := m.db.SelectContext(ctx, &out, `SELECT id, hash, gas_fee_cap, gas_tip_cap, signed, broadcast_block
		FROM tx_attempts WHERE tx_id = $1 ORDER BY id DESC`, txID)
	return out, err
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
				updated_at = now() WHERE id = $1`, t.ID); err != nil {
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
		if _, err := tx.ExecContext(ctx, `UPDATE txs SET state = $2, mined_block = $3, mined_hash = $4, receipt_status = $5,
			mined_block_hash = $6, updated_at = now() WHERE id = $1`,
			t.ID, state, r.BlockNumber.Int64(), r.TxHash.Bytes(), int16(r.Status), r.BlockHash.Bytes()); err != nil {
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

// start gives each waiting intent a nonce, in order, and broadcasts it;
// batchable intents to one contract go out together. Intents the Check hook
// vetoes, or whose simulation reverts, are fatal and take no nonce.
func (m *Manager) start(ctx context.Context, head *types.Header) error {
	txs, err := m.open(ctx, StateUnstarted)
	if err != nil || len(txs) == 0 {
		return err
	}
	if txs, err = m.check(ctx, txs); err != nil {
		return err
	}
	for _, g := range m.group(txs) {
		for len(g) > 1 {
			kept, gas, alone, err := m.simulateBatch(ctx, g)
			if err != nil {
				return err
			}
			if alone { // they hold one by one but not together
				break
			}
			if gas > 0 {
				if err := m.startBatch(ctx, head, kept, gas); err != nil {
					return err
				}
				kept = nil
			}
			g = kept // members dropped: try the rest together
		}
		for _, t := range g {
			if err := m.startOne(ctx, head, t); err != nil {
				return err
			}
		}
	}
	return nil
}

// check drops (as fatal) the intents the Check hook vetoes.
func (m *Manager) check(ctx context.Context, txs []Tx) ([]Tx, error) {
	if m.cfg.Check == nil {
		return txs, nil
	}
	veto, err := m.cfg.Check(ctx, txs)
	if err != nil {
		return nil, fmt.Errorf("txmgr: check intents before sending: %w", err)
	}
	keep := txs[:0]
	for _, t := range txs {
		why, ok := veto[t.ID]
		if !ok {
			keep = append(keep, t)
			continue
		}
		m.log.Warn("intent vetoed before sending", "key", t.Key, "reason", why)
		if err := m.fatal(ctx, t, "not sent: "+why); err != nil {
			return nil, err
		}
	}
	return keep, nil
}

// group splits intents into what goes out alone and batches of up to
// MaxBatch batchable intents to one contract, keeping their order.
func (m *Manager) group(txs []Tx) [][]Tx {
	var out [][]Tx
	filling := map[common.Address]int{} // the batch being filled per contract
	for _, t := range txs {
		if !t.Batchable || m.cfg.Batch == nil {
			out = append(out, []Tx{t})
			continue
		}
		to := common.BytesToAddress(t.To)
		if i, ok := filling[to]; ok && len(out[i]) < m.cfg.MaxBatch {
			out[i] = append(out[i], t)
			continue
		}
		filling[to] = len(out)
		out = append(out, []Tx{t})
	}
	return out
}

// simulateBatch estimates a batch's gas, which runs it: when it reverts, each
// member is simulated alone: those that revert are fatal and the others are
// returned; if none reverts alone, they are sent alone.
func (m *Manager) simulateBatch(ctx context.Context, g []Tx) (keep []Tx, gas uint64, alone bool, err error) {
	gas, err = m.estimate(ctx, common.BytesToAddress(g[0].To), nil, m.cfg.Batch(calls(g)))
	if err == nil {
		return g, gas, false, nil
	}
	if !isRevert(err) {
		return nil, 0, false, fmt.Errorf("txmgr: simulate a batch of %d: %w", len(g), err)
	}
	for _, t := range g {
		err := m.simulate(ctx, common.BytesToAddress(t.To), nil, t.Data)
		if err == nil {
			keep = append(keep, t)
			continue
		}
		if !isRevert(err) {
			return nil, 0, false, fmt.Errorf("txmgr: simulate %s: %w", t.Key, err)
		}
		m.log.Warn("simulation reverted; not sending", "key", t.Key, "err", err)
		if err := m.fatal(ctx, t, "simulation reverted: "+revertReason(err)); err != nil {
			return nil, 0, false, err
		}
	}
	return keep, 0, len(keep) == len(g), nil
}

func calls(g []Tx) [][]byte {
	out := make([][]byte, len(g))
	for i, t := range g {
		out[i] = t.Data
	}
	return out
}

func (m *Manager) simulate(ctx context.Context, to common.Address, value *big.Int, data []byte) error {
	_, err := m.client.CallContract(ctx, ethereum.CallMsg{From: m.from, To: &to, Data: data, Value: value}, nil)
	return err
}

// estimate runs the call as eth_estimateGas, which fails as the call would,
// and returns the gas with the margin.
func (m *Manager) estimate(ctx context.Context, to common.Address, value *big.Int, data []byte) (uint64, error) {
	est, err := m.client.EstimateGas(ctx, ethereum.CallMsg{From: m.from, To: &to, Data: data, Value: value})
	if err != nil {
		return 0, err
	}
	return est + est*m.cfg.GasMarginPercent/100, nil
}

// startOne simulates one intent (estimating its gas, unless it has a limit)
// and sends it with the next nonce.
func (m *Manager) startOne(ctx context.Context, head *types.Header, t Tx) error {
	to := common.BytesToAddress(t.To)
	value, err := wei(t.Value)
	if err != nil {
		return fmt.Errorf("txmgr: value of %s: %w", t.Key, err)
	}
	gas := uint64(t.GasLimit)
	if gas == 0 {
		gas, err = m.estimate(ctx, to, value, t.Data)
	} else {
		err = m.simulate(ctx, to, value, t.Data)
	}
	if err != nil {
		if isRevert(err) {
			m.log.Warn("simulation reverted; not sending", "key", t.Key, "err", err)
			return m.fatal(ctx, t, "simulation reverted: "+revertReason(err))
		}
		return fmt.Errorf("txmgr: simulate %s: %w", t.Key, err)
	}
	return m.send(ctx, head, t.Key, to, value, t.Data, gas, func(tx *sqlx.Tx, nonce, gas int64) (int64, error) {
		_, err := tx.ExecContext(ctx, `UPDATE txs SET state = 'unconfirmed', nonce = $2, gas_limit = $3, updated_at = now() WHERE id = $1`,
			t.ID, nonce, gas)
		return t.ID, err
	})
}

// startBatch sends the members' calls as one multicall, recorded as a batch
// intent whose members are 'batched' until it settles.
func (m *Manager) startBatch(ctx context.Context, head *types.Header, g []Tx, gas uint64) error {
	to := common.BytesToAddress(g[0].To)
	ids := make([]int64, len(g))
	for i, t := range g {
		ids[i] = t.ID
	}
	data := m.cfg.Batch(calls(g))
	key := fmt.Sprintf("batch of %d from %s", len(g), g[0].Key)
	return m.send(ctx, head, key, to, new(big.Int), data, gas, func(tx *sqlx.Tx, nonce, gas int64) (int64, error) {
		var id int64
		if err := tx.GetContext(ctx, &id, `SELECT nextval(pg_get_serial_sequence('txs', 'id'))`); err != nil {
			return 0, err
		}
		if _, err := tx.ExecContext(ctx, `INSERT INTO txs (id, chain_id, idempotency_key, from_address, to_address, data, gas_limit, nonce, state)
			VALUES ($1, $2, $3, $4, $5, $6, $7, $8, 'unconfirmed')`,
			id, m.chainID.Int64(), fmt.Sprintf("batch:%d", id), m.from.Bytes(), to.Bytes(), data, gas, nonce); err != nil {
			return 0, err
		}
		res, err := tx.ExecContext(ctx, `UPDATE txs SET state = 'batched', batch_id = $1, error = NULL, updated_at = now()
			WHERE id = ANY($2) AND state = 'unstarted'`, id, pq.Array(ids))
		if err != nil {
			return 0, err
		}
		n, err := res.RowsAffected()
		if err != nil {
			return 0, err
		}
		if n != int64(len(ids)) {
			return 0, fmt.Errorf("%d of the batch's %d intents are no longer waiting", n, len(ids))
		}
		return id, nil
	})
}

// send prices and signs a transaction with the next nonce, lets record mark
// the intent started in the same database transaction (returning its id),
// stores the signed attempt, commits, and only then broadcasts.
func (m *Manager) send(ctx context.Context, head *types.Header, key string, to common.Address, value *big.Int, data []byte, gas uint64,
	record func(tx *sqlx.Tx, nonce, gas int64) (int64, error)) error {
	feeCap, tip, err := m.fees(ctx, head)
	if err != nil {
		return err
	}
	var signed *types.Transaction
	var id int64
	err = m.transact(ctx, func(tx *sqlx.Tx) error {
		var nonce int64
		if err := tx.GetContext(ctx, &nonce, `UPDATE tx_nonces SET next_nonce = next_nonce + 1
			WHERE chain_id = $1 AND address = $2 RETURNING next_nonce - 1`, m.chainID.Int64(), m.from.Bytes()); err != nil {
			return fmt.Errorf("assign nonce: %w", err)
		}
		if id, err = record(tx, nonce, int64(gas)); err != nil {
			return err
		}
		if signed, err = m.sign(uint64(nonce), to, value, gas, data, feeCap, tip); err != nil {
			return err
		}
		return m.storeAttempt(ctx, tx, id, signed, head)
	})
	if err != nil {
		return fmt.Errorf("txmgr: start %s: %w", key, err)
	}
	return m.broadcast(ctx, key, signed)
}

// fatal marks an intent as never to be sent, with why.
func (m *Manager) fatal(ctx context.Context, t Tx, why string) error {
	_, err := m.db.ExecContext(ctx, `UPDATE txs SET state = 'fatal', error = $2, updated_at = now() WHERE id = $1`, t.ID, why)
	if err != nil {
		return fmt.Errorf("txmgr: mark %s fatal: %w", t.Key, err)
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

// fees prices a new attempt: the node's tip (asked once per head), and twice
// the base fee on top.
func (m *Manager) fees(ctx context.Context, head *types.Header) (*big.Int, *big.Int, error) {
	if m.tipHead != head.Hash() {
		tip, err := m.client.SuggestGasTipCap(ctx)
		if err != nil {
			return nil, nil, fmt.Errorf("txmgr: suggest tip: %w", err)
		}
		m.tip, m.tipHead = tip, head.Hash()
	}
	tip := new(big.Int).Set(m.tip)
	base := head.BaseFee
	if base == nil {
		base = new(big.Int)
	}
	feeCap := new(big.Int).Add(new(big.Int).Mul(base, big.NewInt(2)), tip)
	return capped(feeCap, m.cfg.MaxFeeCap), capped(tip, m.cfg.MaxFeeCap), nil
}

func capped(v, limit *big.Int) *big.Int {
	if v.Cmp(limit) > 0 {
		return new(big.Int).Set(limit)
	}
	return v
}

func (m *Manager) sign(nonce uint64, to common.Address, value *big.Int, gas uint64, data []byte, feeCap, tip *big.Int) (*types.Transaction, error) {
	return types.SignNewTx(m.cfg.Key, m.signer, &types.DynamicFeeTx{
		ChainID: m.chainID, Nonce: nonce, GasTipCap: tip, GasFeeCap: feeCap, Gas: gas, To: &to, Value: value, Data: data,
	})
}

func (m *Manager) storeAttempt(ctx context.Context, q sqlx.ExecerContext, txID int64, signed *types.Transaction, head *types.Header) error {
	raw, err := signed.MarshalBinary()
	if err != nil {
		return err
	}
	_, err = q.ExecContext(ctx, `INSERT INTO tx_attempts (tx_id, nonce, hash, gas_fee_cap, gas_tip_cap, signed, broadcast_block)
		VALUES ($1, $2, $3, $4, $5, $6, $7)`, txID, int64(signed.Nonce()), signed.Hash().Bytes(),
		signed.GasFeeCap().String(), signed.GasTipCap().String(), raw, head.Number.Int64())
	return err
}

// broadcast sends an attempt stored beforehand and records the node's answer.
// What the answer means is settled on the next round from the chain itself:
// "already known" and "nonce too low" may both mean it is in or mined;
// "replacement transaction underpriced" and "insufficient funds" leave it to
// be re-priced or sent again. The error is the database's, when the answer
// could not be recorded.
func (m *Manager) broadcast(ctx context.Context, key string, signed *types.Transaction) error {
	err := m.client.SendTransaction(ctx, signed)
	class := classify(err)
	switch class {
	case sendOK, sendKnown:
		m.log.Info("transaction broadcast", "key", key, "nonce", signed.Nonce(), "hash", signed.Hash(), "fee_cap", signed.GasFeeCap())
	default:
		m.log.Warn("node did not take the transaction", "key", key, "nonce", signed.Nonce(), "answer", class, "err", err)
	}
	msg := ""
	if err != nil && class != sendKnown {
		msg = err.Error()
	}
	if class == sendUnderpriced {
		// Re-price on the next round instead of waiting BumpAfterBlocks.
		if _, err := m.db.ExecContext(ctx, `UPDATE tx_attempts SET send_error = $2, broadcast_block = broadcast_block - $3 WHERE hash = $1`,
			signed.Hash().Bytes(), msg, int64(m.cfg.BumpAfterBlocks)); err != nil {
			return fmt.Errorf("txmgr: record the node's answer to %s: %w", key, err)
		}
		return nil
	}
	if _, err := m.db.ExecContext(ctx, `UPDATE tx_attempts SET send_error = NULLIF($2, ''),
		sent_at = CASE WHEN $2 = '' THEN now() ELSE sent_at END WHERE hash = $1`, signed.Hash().Bytes(), msg); err != nil {
		return fmt.Errorf("txmgr: record the node's answer to %s: %w", key, err)
	}
	return nil
}

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

// wei parses an amount as stored (numeric(78,0) as text).
func wei(s string) (*big.Int, error) {
	v, ok := new(big.Int).SetString(s, 10)
	if !ok {
		return nil, fmt.Errorf("not an amount of wei: %q", s)
	}
	return v, nil
}

func raise(v *big.Int, percent int64) *big.Int {
	out := new(big.Int).Mul(v, big.NewInt(100+percent))
	out.Add(out, big.NewInt(99)) // round up, so a bump is never below the node's minimum
	return out.Div(out, big.NewInt(100))
}

func bigMax(a, b *big.Int) *big.Int {
	if a.Cmp(b) >= 0 {
		return a
	}
	return new(big.Int).Set(b)
}

func (m *Manager) transact(ctx context.Context, f func(*sqlx.Tx) error) error {
	return pg.Transact(ctx, m.db, f)
}

// Answers of a node to eth_sendRawTransaction, as Chainlink's txmgr sorts them.
type sendClass string

const (
	sendOK           sendClass = "ok"
	sendKnown        sendClass = "already known"
	sendNonceTooLow  sendClass = "nonce too low"
	sendUnderpriced  sendClass = "replacement underpriced"
	sendInsufficient sendClass = "insufficient funds"
	sendOther        sendClass = "other"
)

func classify(err error) sendClass {
	if err == nil {
		return sendOK
	}
	msg := strings.ToLower(err.Error())
	switch {
	case strings.Contains(msg, "already known"), strings.Contains(msg, "known transaction"), strings.Contains(msg, "already imported"):
		return sendKnown
	case strings.Contains(msg, "nonce too low"), strings.Contains(msg, "nonce has already been used"):
		return sendNonceTooLow
	case strings.Contains(msg, "replacement transaction underpriced"), strings.Contains(msg, "underpriced"),
		strings.Contains(msg, "fee cap less than block base fee"), strings.Contains(msg, "max fee per gas less than block base fee"):
		return sendUnderpriced
	case strings.Contains(msg, "insufficient funds"):
		return sendInsufficient
	}
	return sendOther
}

func isRevert(err error) bool {
	var de rpc.DataError
	return errors.As(err, &de) || strings.Contains(err.Error(), "execution reverted")
}

func revertReason(err error) string {
	var de rpc.DataError
	if errors.As(err, &de) {
		if s, ok := de.ErrorData().(string); ok && s != "" {
			return de.Error() + " " + s
		}
	}
	return err.Error()
}
