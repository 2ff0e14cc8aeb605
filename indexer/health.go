package indexer

import (
	"context"
	"errors"
	"fmt"
	"sync"
	"time"
)

// ErrStalled is what Ready wraps while the indexer keeps failing the same
// batch: it is alive, but the projections no longer follow the chain.
var ErrStalled = errors.New("indexer stalled")

// stall is what Run knows of a batch that keeps failing.
type stall struct {
	mu       sync.Mutex
	block    uint64 // the first block of the failing batch
	failures int
	since    time.Time
	err      error
}

// Ready reports whether the indexer makes progress: an error wrapping
// ErrStalled once the same batch has failed StallAfter times in a row, with
// the block and the last error; nil otherwise.
func (ix *Indexer) Ready() error {
	s := &ix.stall
	s.mu.Lock()
	defer s.mu.Unlock()
	if s.failures < ix.cfg.StallAfter {
		return nil
	}
	return fmt.Errorf("%w at block %d since %s (%d failures): %v", ErrStalled, s.block,
		s.since.UTC().Format(time.RFC3339), s.failures, s.err)
}

// failed counts a failed sync against the batch it was at. The StallAfter-th
// failure of one batch in a row is logged as an error and recorded in the
// checkpoint row, so that every replica's indexerStatus tells it.
func (ix *Indexer) failed(ctx context.Context, err error) {
	block := ix.cfg.StartBlock
	if cp, cerr := ix.checkpoint(ctx); cerr == nil && cp != nil {
		block = cp.Block + 1
	}
	s := &ix.stall
	s.mu.Lock()
	if s.failures == 0 || s.block != block {
		s.block, s.failures, s.since = block, 0, time.Now()
	}
	s.failures++
	s.err = err
	failures, since := s.failures, s.since
	s.mu.Unlock()

	ix.m.syncFailures.Inc()
	if failures < ix.cfg.StallAfter {
		return
	}
	ix.m.stalled.Set(1)
	if failures == ix.cfg.StallAfter {
		ix.log.Error("indexer stalled: the same batch keeps failing", "block", block, "failures", failures,
			"since", since, "err", err)
	}
	if _, werr := ix.db.ExecContext(ctx, `UPDATE indexer_checkpoints SET stalled_block = $2, stalled_since = $3,
		stall_failures = $4, stall_error = $5 WHERE chain_id = $1`,
		int64(ix.chainID), int64(block), since, failures, SafeText(truncate(err.Error(), 1000))); werr != nil {
		ix.log.Warn("could not record the stall", "err", werr)
	}
}

// recovered clears a stall after a successful sync.
func (ix *Indexer) recovered(ctx context.Context) {
	s := &ix.stall
	s.mu.Lock()
	was, block := s.failures >= ix.cfg.StallAfter, s.block
	s.failures, s.err = 0, nil
	s.mu.Unlock()
	if !was {
		return
	}
	ix.m.stalled.Set(0)
	ix.log.Info("indexer recovered", "block", block)
	if _, err := ix.db.ExecContext(ctx, `UPDATE indexer_checkpoints SET stalled_block = NULL, stalled_since = NULL,
		stall_failures = 0, stall_error = NULL WHERE chain_id = $1`, int64(ix.chainID)); err != nil {
		ix.log.Warn("could not clear the stall", "err", err)
	}
}

// sawHead records the node's head, whether or not a batch can be written,
// so that the lag (metric and indexerStatus) is measured from the real head.
func (ix *Indexer) sawHead(ctx context.Context, cp *Checkpoint, head uint64) error {
	ix.m.head.Set(float64(head))
	if cp == nil {
		return nil
	}
	ix.m.lag.Set(float64(head - min(head, cp.Block)))
	if cp.Head == head {
		return nil
	}
	if _, err := ix.db.ExecContext(ctx, `UPDATE indexer_checkpoints SET head_block = $2, head_seen_at = now()
		WHERE chain_id = $1`, int64(ix.chainID), int64(head)); err != nil {
		return fmt.Errorf("record head: %w", err)
	}
	return nil
}

func truncate(s string, n int) string {
	if len(s) <= n {
		return s
	}
	return s[:n] + "…"
}
