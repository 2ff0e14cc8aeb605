package txmgr

import (
	"context"
	"fmt"
	"math/big"

	"github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/jmoiron/sqlx"
	"github.com/lib/pq"
)

// The sending phase, as Chainlink's broadcaster: vetoes, simulation,
// batching, nonces, signing, storing and broadcasting the waiting intents.

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
