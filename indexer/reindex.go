package indexer

import (
	"context"
	"fmt"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/jmoiron/sqlx"
)

// projectionTables are rebuilt by Reindex; events, jobs and the checkpoint are not projections.
var projectionTables = []string{
	"agents", "credit_ledger", "generation_requests", "generated_tokens", "listings", "sales",
	"subscription_terms", "subscriptions", "agent_evolutions", "packages", "generation_costs", "undo_log",
	"payments", "balances", "fee_settings", "marketplace_token_approvals", "marketplace_operators",
	"chat_sessions", "chat_terms", "generation_collaborators", "sale_royalties", "daily_stats",
}

// replayChunk is how many stored events one replay transaction applies.
const replayChunk = 5_000

// Reindex rebuilds every projection: the events stored below from are replayed
// from the event log, and the chain is read again from block from on. Clearing,
// replaying and moving the checkpoint are one transaction, so a crash leaves
// either the old projections or the rebuilt ones. Relayer jobs are kept (the
// relayer owns them); missing ones for blocks read again are recreated. It
// holds the writer lock, so it waits for a running indexer to stop.
func (ix *Indexer) Reindex(ctx context.Context, from uint64) error {
	unlock, err := ix.lock(ctx)
	if err != nil {
		return err
	}
	defer unlock()
	cp, err := ix.checkpoint(ctx)
	if err != nil {
		return err
	}
	from = max(from, ix.cfg.StartBlock)
	if cp == nil {
		from = ix.cfg.StartBlock
	} else {
		from = min(from, cp.Block+1) // nothing beyond the checkpoint is stored to replay
	}
	start := time.Now()

	var prev *types.Header
	if from > ix.cfg.StartBlock {
		prev, err = retry(ctx, ix, "header", func(ctx context.Context) (*types.Header, error) {
			return ix.client.HeaderByNumber(ctx, u64big(from-1))
		})
		if err != nil {
			return err
		}
	}
	replayed := 0
	err = ix.transact(ctx, func(tx *sqlx.Tx) error {
		for _, t := range projectionTables {
			if _, err := tx.ExecContext(ctx, `DELETE FROM `+t); err != nil {
				return fmt.Errorf("reindex: clear %s: %w", t, err)
			}
		}
		// The terminal stages the indexer wrote come back with the replay.
		if _, err := tx.ExecContext(ctx, `DELETE FROM generation_progress WHERE block_number IS NOT NULL`); err != nil {
			return fmt.Errorf("reindex: clear progress: %w", err)
		}
		if _, err := tx.ExecContext(ctx, `DELETE FROM events WHERE chain_id = $1 AND block_number >= $2`, int64(ix.chainID), int64(from)); err != nil {
			return fmt.Errorf("reindex: clear events: %w", err)
		}
		// The undo log is gone, so no earlier block may serve as a reorg's ancestor.
		if _, err := tx.ExecContext(ctx, `DELETE FROM indexer_blocks WHERE chain_id = $1`, int64(ix.chainID)); err != nil {
			return fmt.Errorf("reindex: clear blocks: %w", err)
		}
		if prev == nil {
			_, err := tx.ExecContext(ctx, `DELETE FROM indexer_checkpoints WHERE chain_id = $1`, int64(ix.chainID))
			return err
		}
		if replayed, err = ix.replay(ctx, tx, from); err != nil {
			return err
		}
		if _, err := tx.ExecContext(ctx, `INSERT INTO indexer_blocks (chain_id, block_number, block_hash, parent_hash) VALUES ($1, $2, $3, $4)`,
			int64(ix.chainID), int64(from-1), prev.Hash().Bytes(), prev.ParentHash.Bytes()); err != nil {
			return fmt.Errorf("reindex: %w", err)
		}
		_, err := tx.ExecContext(ctx, `UPDATE indexer_checkpoints SET block_number = $2, block_hash = $3,
			confirmed_block = LEAST(confirmed_block, $2), updated_at = now() WHERE chain_id = $1`,
			int64(ix.chainID), int64(from-1), prev.Hash().Bytes())
		return err
	})
	if err != nil {
		return err
	}
	ix.log.Info("reindex: replayed the event log", "below_block", from, "events", replayed, "took", time.Since(start).Round(time.Millisecond))
	return ix.sync(ctx)
}

// replay applies the stored events of blocks below `below`, in chain order,
// in the caller's transaction.
func (ix *Indexer) replay(ctx context.Context, tx *sqlx.Tx, below uint64) (int, error) {
	type stored struct {
		Block    int64     `db:"block_number"`
		Hash     []byte    `db:"block_hash"`
		Index    int       `db:"log_index"`
		TxHash   []byte    `db:"tx_hash"`
		TxIndex  int       `db:"tx_index"`
		Time     time.Time `db:"block_time"`
		Contract []byte    `db:"contract"`
		Topics   []byte    `db:"topics"`
		Data     []byte    `db:"data"`
	}
	total := 0
	lastBlock, lastIndex := int64(-1), -1
	for {
		var rows []stored
		err := tx.SelectContext(ctx, &rows, `SELECT block_number, block_hash, log_index, tx_hash, tx_index, block_time, contract, topics, data
			FROM events WHERE chain_id = $1 AND block_number < $2 AND (block_number, log_index) > ($3, $4)
			ORDER BY block_number, log_index LIMIT $5`, int64(ix.chainID), int64(below), lastBlock, lastIndex, replayChunk)
		if err != nil {
			return total, fmt.Errorf("replay: read events: %w", err)
		}
		if len(rows) == 0 {
			return total, nil
		}
		events := make([]event, len(rows))
		for i, r := range rows {
			l := types.Log{
				Address: common.BytesToAddress(r.Contract), Data: r.Data, BlockNumber: uint64(r.Block),
				TxHash: common.BytesToHash(r.TxHash), TxIndex: uint(r.TxIndex), BlockHash: common.BytesToHash(r.Hash), Index: uint(r.Index),
			}
			for t := 0; t+32 <= len(r.Topics); t += 32 {
				l.Topics = append(l.Topics, common.BytesToHash(r.Topics[t:t+32]))
			}
			e, err := ix.dec.decode(l)
			if err != nil {
				return total, fmt.Errorf("replay: %w", err)
			}
			e.time = r.Time.UTC()
			events[i] = e
		}
		// A chunk may end inside a transaction whose Transfer and Sold must be
		// applied together: cut it at the last whole block unless it is one block.
		if len(rows) == replayChunk {
			cut := len(rows)
			for cut > 0 && rows[cut-1].Block == rows[len(rows)-1].Block {
				cut--
			}
			if cut > 0 {
				rows, events = rows[:cut], events[:cut]
			}
		}
		s := newState()
		if err := load(ctx, tx, s, events); err != nil {
			return total, fmt.Errorf("replay: %w", err)
		}
		ap := &applier{s: s, agentsC: ix.cfg.Contracts.Agents, generated: ix.cfg.Contracts.Generated}
		if err := ap.apply(events); err != nil {
			return total, fmt.Errorf("replay: %w", err)
		}
		if err := writeProjections(ctx, tx, ix.chainID, s); err != nil {
			return total, fmt.Errorf("replay: %w", err)
		}
		total += len(rows)
		last := rows[len(rows)-1]
		lastBlock, lastIndex = last.Block, last.Index
	}
}
