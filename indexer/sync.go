package indexer

import (
	"context"
	"database/sql"
	"errors"
	"fmt"
	"math/big"
	"sort"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/jmoiron/sqlx"
	"github.com/lib/pq"

	"github.com/inft-labs/inft/bindings"
	"github.com/inft-labs/inft/internal/pg"
	"github.com/inft-labs/inft/jobs"
	"github.com/inft-labs/inft/notify"
)

// Checkpoint is how far the indexer got.
type Checkpoint struct {
	Block     uint64 `db:"block_number"`
	Hash      []byte `db:"block_hash"`
	Confirmed uint64 `db:"confirmed_block"`
	Head      uint64 `db:"head_block"`
	Finalized uint64 `db:"finalized_block"`
}

// Checkpoint returns the indexer's position, or nil before the first batch.
func (ix *Indexer) Checkpoint(ctx context.Context) (*Checkpoint, error) { return ix.checkpoint(ctx) }

func (ix *Indexer) checkpoint(ctx context.Context) (*Checkpoint, error) {
	var cp Checkpoint
	err := ix.db.GetContext(ctx, &cp, `SELECT block_number, block_hash, confirmed_block, head_block, finalized_block
		FROM indexer_checkpoints WHERE chain_id = $1`, int64(ix.chainID))
	if errors.Is(err, sql.ErrNoRows) {
		return nil, nil
	}
	if err != nil {
		return nil, fmt.Errorf("read checkpoint: %w", err)
	}
	return &cp, nil
}

// tipReorged checks the checkpoint's block against the node and rolls back to
// the common ancestor if it is no longer canonical.
func (ix *Indexer) tipReorged(ctx context.Context, cp *Checkpoint) (bool, error) {
	h, err := retry(ctx, ix, "header", func(ctx context.Context) (*types.Header, error) {
		return ix.client.HeaderByNumber(ctx, u64big(cp.Block))
	})
	if err != nil {
		return false, err
	}
	if h.Hash() == common.BytesToHash(cp.Hash) {
		return false, nil
	}
	return true, ix.rollback(ctx, cp.Block)
}

// backfill indexes [from, to], blocks too old to be reorged, fetching the
// next ranges while the current ones are written. One transaction takes
// ranges as they come (see Config.CommitEvents): their events are stored as
// each arrives, and the rows they change are written once, when it commits.
func (ix *Indexer) backfill(ctx context.Context, from, to, head, finalized uint64) error {
	ctx, cancel := context.WithCancel(ctx)
	defer cancel()
	// Two ranges fetched ahead keep the writer fed since eth_getLogs is
	// read in one pass; four held more events in memory and were no faster
	// (docs/benchmarks.md).
	batches := make(chan *batch, 2)
	fetchErr := make(chan error, 1)
	fetched := make(chan struct{})
	defer func() {
		cancel()
		<-fetched // the fetcher is the indexer's, and the next sync's
	}()
	go func() {
		defer close(fetched)
		defer close(batches)
		for next := from; next <= to; {
			b, err := ix.fetch.next(ctx, next, to, false)
			if err != nil {
				fetchErr <- err
				return
			}
			select {
			case batches <- b:
			case <-ctx.Done():
				return
			}
			next = b.to + 1
		}
	}()

	p := newProgress(ix, from, to, head)
	var g *group
	defer func() {
		if g != nil {
			g.rollback()
		}
	}()
	commit := func() error {
		err := ix.commit(ctx, g, head, finalized)
		g = nil
		return err
	}
	for {
		var b *batch
		if g == nil {
			b = <-batches
		} else {
			// A slow node does not hold a transaction open: what came in
			// time is written.
			wait := time.NewTimer(time.Until(g.started.Add(ix.cfg.CommitInterval)))
			select {
			case b = <-batches:
				wait.Stop()
			case <-wait.C:
				if err := commit(); err != nil {
					return err
				}
				continue
			}
		}
		if b == nil {
			break
		}
		if g == nil {
			began, err := ix.begin(ctx, false)
			if err != nil {
				return err
			}
			g = began
		}
		if err := ix.add(ctx, g, b); err != nil {
			return err
		}
		p.batch(b)
		if g.events >= ix.cfg.CommitEvents || b.to == to || time.Since(g.started) >= ix.cfg.CommitInterval {
			if err := commit(); err != nil {
				return err
			}
		}
	}
	if g != nil {
		if err := commit(); err != nil {
			return err
		}
	}
	select {
	case err := <-fetchErr:
		return err
	default:
	}
	return ctx.Err()
}

// followBlocks indexes the blocks near the head, in ranges (one
// transaction each) that the fetcher sizes as in a backfill: the first
// block's parent must be the indexed tip, each next block's parent the
// block before it, and every block's hash is kept. When the first block does
// not follow the tip, it rolls back to the common ancestor and reports true.
func (ix *Indexer) followBlocks(ctx context.Context, cp *Checkpoint, next, head, finalized uint64) (bool, error) {
	for next <= head {
		b, err := ix.fetch.next(ctx, next, head, true)
		if err != nil {
			return false, err
		}
		if cp != nil && b.first.ParentHash != common.BytesToHash(cp.Hash) {
			if err := ix.rollback(ctx, next-1); err != nil {
				return false, err
			}
			return true, nil
		}
		if err := ix.writeBatch(ctx, b, true, head, finalized); err != nil {
			return false, err
		}
		cp, next = &Checkpoint{Block: b.to, Hash: b.last.Hash().Bytes()}, b.to+1
	}
	return false, nil
}

// sortLogs puts logs in chain order: by block, then by index in the block.
func sortLogs(logs []types.Log) []types.Log {
	sort.SliceStable(logs, func(i, j int) bool {
		if logs[i].BlockNumber != logs[j].BlockNumber {
			return logs[i].BlockNumber < logs[j].BlockNumber
		}
		return logs[i].Index < logs[j].Index
	})
	return logs
}

// group is one transaction of the indexer: the batches it took, their
// events stored and applied, in order, to one state whose changed rows are
// written when it commits. near marks blocks a reorg may still remove: their
// changes are recorded in the undo log and their hashes kept.
type group struct {
	tx       *sqlx.Tx
	s        *state
	near     bool
	from, to uint64
	last     *types.Header // of block to: the checkpoint
	// headers are every block's, near the head (batch.headers).
	headers []*types.Header
	// side writes the append-only rows of a backfill's group.
	side   *side
	events int
	// started is when the transaction began; busy, the time spent in it
	// writing (not waiting for the node).
	started time.Time
	busy    time.Duration
}

func (g *group) rollback() {
	if g.side != nil {
		g.side.rollback()
	}
	_ = g.tx.Rollback()
}

// side writes a backfill transaction's append-only rows (the events, the
// credit ledger, payments, progress, sales, royalties, evolutions: nothing
// the writer reads) in a transaction of its own, on another connection, in
// parallel with the projections' statements: the writer's statements in
// series were the backfill's critical path (docs/benchmarks.md). It commits
// just before the group's transaction. Should that one then fail (or the
// process die in between), the side's rows are above the checkpoint, and
// Indexer.dropUnindexed deletes them before anything is indexed again;
// their blocks are below the reorg window, so they are true, only early.
type side struct {
	tx     *sqlx.Tx
	work   chan func(context.Context, *sqlx.Tx) error
	done   chan error
	closed bool
}

func (ix *Indexer) beginSide(ctx context.Context) (*side, error) {
	tx, err := ix.db.BeginTxx(ctx, nil)
	if err != nil {
		return nil, fmt.Errorf("begin: %w", err)
	}
	s := &side{tx: tx, work: make(chan func(context.Context, *sqlx.Tx) error, 2), done: make(chan error, 1)}
	go func() {
		var err error
		for f := range s.work {
			if err == nil {
				err = f(ctx, tx)
			}
		}
		s.done <- err
	}()
	return s, nil
}

// do queues f; its error, if any, comes at commit.
func (s *side) do(ctx context.Context, f func(context.Context, *sqlx.Tx) error) error {
	select {
	case s.work <- f:
		return nil
	case <-ctx.Done():
		return ctx.Err()
	}
}

// wait waits for the statements queued and returns the first one's error.
func (s *side) wait() error {
	if s.closed {
		return errors.New("side transaction already ended")
	}
	s.closed = true
	close(s.work)
	return <-s.done
}

func (s *side) commit() error {
	if err := s.wait(); err != nil {
		_ = s.tx.Rollback()
		return err
	}
	return s.tx.Commit()
}

func (s *side) rollback() {
	if !s.closed {
		_ = s.wait()
	}
	_ = s.tx.Rollback()
}

// writeBatch writes one batch in a transaction of its own.
func (ix *Indexer) writeBatch(ctx context.Context, b *batch, near bool, head, finalized uint64) error {
	g, err := ix.begin(ctx, near)
	if err != nil {
		return err
	}
	if err := ix.add(ctx, g, b); err != nil {
		g.rollback()
		return err
	}
	return ix.commit(ctx, g, head, finalized)
}

func (ix *Indexer) begin(ctx context.Context, near bool) (*group, error) {
	tx, err := ix.db.BeginTxx(ctx, nil)
	if err != nil {
		return nil, fmt.Errorf("begin: %w", err)
	}
	g := &group{tx: tx, s: newState(), near: near, started: time.Now()}
	if !near {
		if g.side, err = ix.beginSide(ctx); err != nil {
			_ = tx.Rollback()
			return nil, err
		}
	}
	return g, nil
}

// add stores b's events, applies them to the group's state and writes the
// rows they add (the ledger, payments, sales and the like, which never
// change once made). The first batch must follow the checkpoint; each next
// one, the batch before it.
func (ix *Indexer) add(ctx context.Context, g *group, b *batch) error {
	start := time.Now()
	defer func() { g.busy += time.Since(start) }()
	err := func() error {
		tx, s := g.tx, g.s
		if g.last == nil {
			if err := ix.checkContinuity(ctx, tx, b); err != nil {
				return err
			}
			g.from = b.from
		} else if b.from != g.to+1 || (b.first != nil && b.first.ParentHash != g.last.Hash()) {
			return fmt.Errorf("block %d does not follow block %d (%s) of the same backfill: the node changed its chain below the reorg window",
				b.from, g.to, g.last.Hash())
		}
		if !g.near {
			return ix.store(ctx, g, b.events)
		}
		// Near the head, each block's changes are written with its number,
		// the undo log's: a reorg may take any of them out.
		g.headers = append(g.headers, b.headers...)
		for events := b.events; len(events) > 0; {
			n := 1
			for n < len(events) && events[n].log.BlockNumber == events[0].log.BlockNumber {
				n++
			}
			if _, err := tx.ExecContext(ctx, `SELECT set_config('inft.block', $1, true)`, fmt.Sprint(events[0].log.BlockNumber)); err != nil {
				return err
			}
			if err := ix.store(ctx, g, events[:n]); err != nil {
				return err
			}
			if err := writeChanged(ctx, tx, s); err != nil {
				return err
			}
			s.written()
			events = events[n:]
		}
		return nil
	}()
	if err != nil {
		return fmt.Errorf("blocks %d-%d: %w", b.from, b.to, err)
	}
	g.to, g.last = b.to, b.last
	g.events += len(b.events)
	return nil
}

// store stores events, applies them to the group's state and writes the
// rows they add.
func (ix *Indexer) store(ctx context.Context, g *group, events []event) error {
	tx, s := g.tx, g.s
	if err := load(ctx, tx, s, events); err != nil {
		return err
	}
	ap := &applier{s: s, agentsC: ix.cfg.Contracts.Agents, generated: ix.cfg.Contracts.Generated}
	if err := ap.apply(events); err != nil {
		return err
	}
	if err := writeCollaborators(ctx, tx, s); err != nil {
		return err
	}
	s.newCollaborators = nil
	rows := s.takeAppended()
	appendRows := func(ctx context.Context, tx *sqlx.Tx) error {
		if err := insertEvents(ctx, tx, ix.chainID, events); err != nil {
			return err
		}
		return copyAppendOnly(ctx, tx, ix.chainID, rows)
	}
	if g.side != nil {
		if err := g.side.do(ctx, appendRows); err != nil {
			return err
		}
	} else if err := appendRows(ctx, tx); err != nil {
		return err
	}
	// The relayer's waiting jobs of the requests the events end go with
	// them: a backfill after downtime leaves none for requests settled
	// meanwhile. A running job is left to finish (it sees the ending).
	if ended := endedRequests(events); ix.cfg.Jobs != nil && len(ended) > 0 {
		if err := jobs.DeleteWaiting(ctx, tx, ended); err != nil {
			return err
		}
	}
	return nil
}

// commit writes the rows the group's batches changed, its last block, the
// checkpoint, the relayer jobs that became confirmed and the notifications,
// and commits.
func (ix *Indexer) commit(ctx context.Context, g *group, head, finalized uint64) error {
	start := time.Now()
	err := func() error {
		tx := g.tx
		if err := writeChanged(ctx, tx, g.s); err != nil {
			return err
		}
		if !g.near {
			// Only the newest backfilled block may serve as a reorg's common
			// ancestor: the blocks before it have no undo records.
			if _, err := tx.ExecContext(ctx, `DELETE FROM indexer_blocks WHERE chain_id = $1 AND block_number < $2`, int64(ix.chainID), int64(g.to)); err != nil {
				return fmt.Errorf("prune blocks: %w", err)
			}
		}
		if err := ix.writeBlocks(ctx, tx, g); err != nil {
			return err
		}
		if g.to > ix.cfg.ReorgWindow {
			horizon := int64(g.to - ix.cfg.ReorgWindow)
			if _, err := tx.ExecContext(ctx, `DELETE FROM indexer_blocks WHERE chain_id = $1 AND block_number < $2`, int64(ix.chainID), horizon); err != nil {
				return fmt.Errorf("prune blocks: %w", err)
			}
			if _, err := tx.ExecContext(ctx, `DELETE FROM undo_log WHERE block_number < $1`, horizon); err != nil {
				return fmt.Errorf("prune undo log: %w", err)
			}
		}
		if err := ix.saveCheckpoint(ctx, tx, g.to, g.last.Hash(), head, finalized, g.events, g.to-g.from+1); err != nil {
			return err
		}
		if err := notify.Publish(ctx, tx, ix.channel, g.s.notes.list()...); err != nil {
			return err
		}
		if g.side != nil {
			// From the side's commit on, its rows may be above the checkpoint.
			ix.unindexed = true
			if err := g.side.commit(); err != nil {
				return err
			}
		}
		if err := tx.Commit(); err != nil {
			return err
		}
		ix.unindexed = false
		return nil
	}()
	if err != nil {
		g.rollback()
		return fmt.Errorf("blocks %d-%d: %w", g.from, g.to, err)
	}
	ix.m.indexed.Set(float64(g.to))
	ix.m.lag.Set(float64(head - min(head, g.to)))
	ix.m.events.Add(float64(g.events))
	ix.m.blocks.Add(float64(g.to - g.from + 1))
	ix.m.batchSeconds.Observe((g.busy + time.Since(start)).Seconds())
	return nil
}

// writeBlocks keeps the hashes of the group's blocks near the head, or of
// its last block in a backfill.
func (ix *Indexer) writeBlocks(ctx context.Context, tx *sqlx.Tx, g *group) error {
	headers := g.headers
	if len(headers) == 0 {
		headers = []*types.Header{g.last}
	}
	numbers, hashes, parents := make([]int64, len(headers)), make([][]byte, len(headers)), make([][]byte, len(headers))
	for i, h := range headers {
		numbers[i], hashes[i], parents[i] = h.Number.Int64(), h.Hash().Bytes(), h.ParentHash.Bytes()
	}
	if _, err := tx.ExecContext(ctx, `INSERT INTO indexer_blocks (chain_id, block_number, block_hash, parent_hash)
		SELECT $1, * FROM unnest($2::bigint[], $3::bytea[], $4::bytea[])
		ON CONFLICT (chain_id, block_number) DO UPDATE SET block_hash = EXCLUDED.block_hash, parent_hash = EXCLUDED.parent_hash`,
		int64(ix.chainID), pq.Array(numbers), pq.Array(hashes), pq.Array(parents)); err != nil {
		return fmt.Errorf("write blocks: %w", err)
	}
	return nil
}

// dropUnindexed deletes the append-only rows above the checkpoint: those a
// backfill's side transaction committed when its group's did not (see side).
func (ix *Indexer) dropUnindexed(ctx context.Context) error {
	cp, err := ix.checkpoint(ctx)
	if err != nil {
		return err
	}
	above := int64(ix.cfg.StartBlock) - 1
	if cp != nil {
		above = int64(cp.Block)
	}
	// A side transaction writes its events with the rest, and every other
	// row it writes is of a block of its events: without events above the
	// checkpoint there is nothing to delete (the common case, read through
	// an index; generation_progress has none by block).
	var left bool
	if err := ix.db.GetContext(ctx, &left, `SELECT EXISTS (SELECT 1 FROM events WHERE chain_id = $1 AND block_number > $2)`,
		int64(ix.chainID), above); err != nil {
		return fmt.Errorf("read rows above the checkpoint: %w", err)
	}
	if !left {
		ix.unindexed = false
		return nil
	}
	err = ix.transact(ctx, func(tx *sqlx.Tx) error {
		if _, err := tx.ExecContext(ctx, `DELETE FROM events WHERE chain_id = $1 AND block_number > $2`, int64(ix.chainID), above); err != nil {
			return err
		}
		for _, table := range appendOnly {
			if _, err := tx.ExecContext(ctx, `DELETE FROM `+table+` WHERE block_number > $1`, above); err != nil {
				return err
			}
		}
		return nil
	})
	if err != nil {
		return fmt.Errorf("delete rows above the checkpoint: %w", err)
	}
	ix.unindexed = false
	return nil
}

// appendOnly are the tables of rows that events add and nothing changes,
// by block number (but for the events, by chain and block number).
var appendOnly = []string{"credit_ledger", "sales", "sale_royalties", "agent_evolutions", "generation_progress", "payments"}

// endedRequests are the requests the events fulfil or fail.
func endedRequests(events []event) []string {
	var ids []string
	for _, e := range events {
		switch v := e.value.(type) {
		case *bindings.INFTAgentsGenerationFulfilled:
			ids = append(ids, v.RequestId.String())
		case *bindings.INFTAgentsGenerationFailed:
			ids = append(ids, v.RequestId.String())
		}
	}
	return ids
}

// checkContinuity locks the checkpoint row and refuses a batch that does not
// start right after it: another writer moved it (the advisory lock was lost),
// or, for a backfill batch whose first block's parent is not the indexed tip,
// the chain changed below the reorg window.
func (ix *Indexer) checkContinuity(ctx context.Context, tx *sqlx.Tx, b *batch) error {
	var tip struct {
		Block int64  `db:"block_number"`
		Hash  []byte `db:"block_hash"`
	}
	err := tx.GetContext(ctx, &tip, `SELECT block_number, block_hash FROM indexer_checkpoints WHERE chain_id = $1 FOR UPDATE`, int64(ix.chainID))
	if errors.Is(err, sql.ErrNoRows) {
		if b.from != ix.cfg.StartBlock {
			return fmt.Errorf("batch starts at block %d but nothing is indexed yet: another writer?", b.from)
		}
		return nil
	}
	if err != nil {
		return fmt.Errorf("read checkpoint: %w", err)
	}
	if uint64(tip.Block)+1 != b.from {
		return fmt.Errorf("batch starts at block %d but the checkpoint is at %d: another writer moved it", b.from, tip.Block)
	}
	if b.first != nil && b.first.ParentHash != common.BytesToHash(tip.Hash) {
		return fmt.Errorf("block %d does not follow the indexed block %d (%x): the chain changed below the reorg window; run `inft reindex`",
			b.from, tip.Block, tip.Hash)
	}
	return nil
}

// saveCheckpoint moves the checkpoint to block and creates the relayer jobs of
// the requests that are now confirmed, in the caller's transaction. The
// events and blocks the batch wrote are added to the minute's throughput
// (operatorStats' events per second) in the same statement.
func (ix *Indexer) saveCheckpoint(ctx context.Context, tx *sqlx.Tx, block uint64, hash common.Hash, head, finalized uint64, events int, blocks uint64) error {
	var prevConfirmed int64
	err := tx.GetContext(ctx, &prevConfirmed, `SELECT confirmed_block FROM indexer_checkpoints WHERE chain_id = $1 FOR UPDATE`, int64(ix.chainID))
	if errors.Is(err, sql.ErrNoRows) {
		prevConfirmed = int64(ix.cfg.StartBlock) - 1
	} else if err != nil {
		return fmt.Errorf("read checkpoint: %w", err)
	}
	confirmed := int64(min(block, ix.confirmedBlock(head, finalized)))
	if head > block+ix.cfg.ReorgWindow {
		// Far behind the head (a backfill), requests get no job yet: the
		// first batch within the reorg window queues those of every block
		// passed meanwhile that are still pending then, so a request the
		// backfill also sees end never gets one, and the relayer does not
		// act on an index that is far behind the chain.
		confirmed = prevConfirmed
	}
	if confirmed > prevConfirmed {
		if err := ix.createJobs(ctx, tx, false, `r.requested_block > $1 AND r.requested_block <= $2`, prevConfirmed, confirmed); err != nil {
			return err
		}
	} else {
		confirmed = prevConfirmed
	}
	_, err = tx.ExecContext(ctx, `WITH throughput AS (
			INSERT INTO indexer_throughput (chain_id, minute, events, blocks) SELECT $1, date_trunc('minute', now()), $7::bigint, $8::bigint WHERE $8::bigint > 0
			ON CONFLICT (chain_id, minute) DO UPDATE SET events = indexer_throughput.events + EXCLUDED.events,
				blocks = indexer_throughput.blocks + EXCLUDED.blocks)
		INSERT INTO indexer_checkpoints (chain_id, block_number, block_hash, confirmed_block, head_block, finalized_block,
			updated_at, head_seen_at)
		VALUES ($1, $2, $3, $4, $5, $6, now(), now())
		ON CONFLICT (chain_id) DO UPDATE SET block_number = EXCLUDED.block_number, block_hash = EXCLUDED.block_hash,
			confirmed_block = EXCLUDED.confirmed_block, head_block = EXCLUDED.head_block,
			finalized_block = EXCLUDED.finalized_block, updated_at = now(), head_seen_at = now(),
			-- a batch went through: whoever recorded a stall (this process before
			-- a restart, another replica), it is over
			stalled_block = NULL, stalled_since = NULL, stall_failures = 0, stall_error = NULL`,
		int64(ix.chainID), int64(block), hash.Bytes(), confirmed, int64(head), int64(finalized), events, int64(blocks))
	if err != nil {
		return fmt.Errorf("write checkpoint: %w", err)
	}
	if time.Since(ix.throughputPruned) > time.Hour {
		if _, err := tx.ExecContext(ctx, `DELETE FROM indexer_throughput WHERE minute < now() - interval '31 days'`); err != nil {
			return fmt.Errorf("prune throughput: %w", err)
		}
		ix.throughputPruned = time.Now()
	}
	return nil
}

// createJobs queues the pending requests matching where for the relayer:
// rows in generation_jobs and, when configured, River jobs, in tx. requeue
// (after a reorg) queues River jobs even for requests that had one.
func (ix *Indexer) createJobs(ctx context.Context, tx *sqlx.Tx, requeue bool, where string, args ...any) error {
	var created []struct {
		ID   string `db:"request_id"`
		Tier int    `db:"tier"`
	}
	err := tx.SelectContext(ctx, &created, `INSERT INTO generation_jobs (request_id, agent_id, tier, kind, priority, block_number)
		SELECT r.id, r.agent_id, a.tier, r.kind, 4 - a.tier, r.requested_block
		FROM generation_requests r JOIN agents a ON a.id = r.agent_id
		WHERE r.status = 1 AND `+where+`
		ON CONFLICT (request_id) DO NOTHING RETURNING request_id::text, tier`, args...)
	if err != nil {
		return fmt.Errorf("create relayer jobs: %w", err)
	}
	if ix.cfg.Jobs == nil {
		return nil
	}
	if requeue {
		// Pending again after a reorg: its River job may have completed, so
		// queue every match; River keeps one live job per request.
		created = created[:0]
		if err := tx.SelectContext(ctx, &created, `SELECT r.id::text AS request_id, a.tier FROM generation_requests r
			JOIN agents a ON a.id = r.agent_id WHERE r.status = 1 AND `+where, args...); err != nil {
			return fmt.Errorf("requeue relayer jobs: %w", err)
		}
	}
	if len(created) == 0 {
		return nil
	}
	gs := make([]jobs.Generate, len(created))
	for i, c := range created {
		gs[i] = jobs.Generate{RequestID: c.ID, Tier: c.Tier}
	}
	return ix.cfg.Jobs.InsertTx(ctx, tx.Tx, gs)
}

// confirm creates the jobs that became confirmed while no block was indexed
// (the head or the finalized block moved on).
func (ix *Indexer) confirm(ctx context.Context, head, finalized uint64) error {
	cp, err := ix.checkpoint(ctx)
	if err != nil || cp == nil {
		return err
	}
	if min(cp.Block, ix.confirmedBlock(head, finalized)) <= cp.Confirmed {
		return nil
	}
	return ix.transact(ctx, func(tx *sqlx.Tx) error {
		return ix.saveCheckpoint(ctx, tx, cp.Block, common.BytesToHash(cp.Hash), head, finalized, 0, 0)
	})
}

// rollback finds the newest block at or below `from` that is still canonical
// and undoes everything above it.
func (ix *Indexer) rollback(ctx context.Context, from uint64) error {
	var stored []struct {
		Number int64  `db:"block_number"`
		Hash   []byte `db:"block_hash"`
	}
	if err := ix.db.SelectContext(ctx, &stored, `SELECT block_number, block_hash FROM indexer_blocks
		WHERE chain_id = $1 AND block_number <= $2 ORDER BY block_number DESC`, int64(ix.chainID), int64(from)); err != nil {
		return fmt.Errorf("reorg: read recent blocks: %w", err)
	}
	for _, s := range stored {
		h, err := retry(ctx, ix, "header", func(ctx context.Context) (*types.Header, error) {
			return ix.client.HeaderByNumber(ctx, big.NewInt(s.Number))
		})
		if err != nil {
			return err
		}
		if h.Hash() != common.BytesToHash(s.Hash) {
			continue
		}
		ancestor := uint64(s.Number)
		depth := from - ancestor + 1
		ix.log.Warn("reorg: rolling back", "ancestor", ancestor, "depth", depth)
		err = ix.transact(ctx, func(tx *sqlx.Tx) error {
			if _, err := tx.ExecContext(ctx, `SELECT undo_above($1)`, int64(ancestor)); err != nil {
				return err
			}
			for _, table := range []string{"events", "indexer_blocks"} {
				if _, err := tx.ExecContext(ctx, `DELETE FROM `+table+` WHERE chain_id = $1 AND block_number > $2`, int64(ix.chainID), int64(ancestor)); err != nil {
					return err
				}
			}
			for _, table := range appendOnly {
				if _, err := tx.ExecContext(ctx, `DELETE FROM `+table+` WHERE block_number > $1`, int64(ancestor)); err != nil {
					return err
				}
			}
			// The jobs of requests the reorg took out (or moved to another
			// block, where they get a job once it is confirmed), and their
			// River jobs still waiting.
			var gone []string
			if err := tx.SelectContext(ctx, &gone, `DELETE FROM generation_jobs j WHERE NOT EXISTS
				(SELECT 1 FROM generation_requests r WHERE r.id = j.request_id AND r.requested_block = j.block_number)
				RETURNING j.request_id::text`); err != nil {
				return err
			}
			if ix.cfg.Jobs != nil {
				if err := jobs.DeleteWaiting(ctx, tx, gone); err != nil {
					return err
				}
			}
			// A confirmed request whose fulfilment or failure was reorged out is
			// pending again: make sure the relayer has a job for it.
			if err := ix.createJobs(ctx, tx, true, `r.requested_block <= LEAST((SELECT confirmed_block FROM indexer_checkpoints
				WHERE chain_id = $1), $2)`, int64(ix.chainID), int64(ancestor)); err != nil {
				return err
			}
			if _, err := tx.ExecContext(ctx, `UPDATE indexer_checkpoints SET block_number = $2, block_hash = $3,
				confirmed_block = LEAST(confirmed_block, $2), updated_at = now() WHERE chain_id = $1`,
				int64(ix.chainID), int64(ancestor), s.Hash); err != nil {
				return err
			}
			return notify.Publish(ctx, tx, ix.channel, notify.Note{Kind: notify.Reorg, Ancestor: &ancestor})
		})
		if err != nil {
			return fmt.Errorf("reorg to block %d: %w", ancestor, err)
		}
		ix.m.reorgs.Inc()
		ix.m.reorgDepth.Observe(float64(depth))
		return nil
	}
	return fmt.Errorf("reorg deeper than the %d blocks kept (below block %d): run `inft reindex`", ix.cfg.ReorgWindow, from)
}

func (ix *Indexer) transact(ctx context.Context, f func(*sqlx.Tx) error) error {
	return pg.Transact(ctx, ix.db, f)
}

func u64big(n uint64) *big.Int { return new(big.Int).SetUint64(n) }
