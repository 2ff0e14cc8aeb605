package indexer

import (
	"context"
	"errors"
	"fmt"
	"sync"
	"time"

	"github.com/inft-labs/inft/internal/safe"
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
// checkpoint row, so that every replica's indexerStatus tells it. Only Run's
// goroutine calls it; what Ready reads is published last, once the metric,
// the log and the row say the same.
func (ix *Indexer) failed(ctx context.Context, err error) {
	s := &ix.stall
	s.mu.Lock()
	block, failures, since := s.block, s.failures, s.since
	s.mu.Unlock()
	if cp, cerr := ix.checkpoint(ctx); cerr == nil {
		next := ix.cfg.StartBlock
		if cp != nil {
			next = cp.Block + 1
		}
		if failures == 0 || next != block {
			block, failures, since = next, 0, time.Now()
		}
	} // else the database is what fails: the batch is the one it was
	if failures == 0 {
		since = time.Now()
	}
	failures++

	ix.m.syncFailures.Inc()
	if failures >= ix.cfg.StallAfter {
		ix.m.stalled.Set(1)
		if failures == ix.cfg.StallAfter {
			ix.log.Error("indexer stalled: the same batch keeps failing", "block", block, "failures", failures,
				"since", since, "err", err)
		}
		// Before the first batch there is no row: the log, the metric and Ready tell it.
		if _, werr := ix.db.ExecContext(ctx, `UPDATE indexer_checkpoints SET stalled_block = $2, stalled_since = $3,
			stall_failures = $4, stall_error = $5 WHERE chain_id = $1`,
			int64(ix.chainID), int64(block), since, failures, safe.Text(safe.Truncate(err.Error(), 1000))); werr != nil {
			ix.log.Warn("could not record the stall", "err", werr)
		}
	} else {
		ix.m.stalled.Set(0) // a new batch fails: not (yet) stalled
	}
	s.mu.Lock()
	s.block, s.failures, s.since, s.err = block, failures, since, err
	s.mu.Unlock()
}

// recovered clears a stall after a successful sync (a batch's checkpoint
// clears the row's record too, whoever wrote it).
func (ix *Indexer) recovered(ctx context.Context) {
	s := &ix.stall
	s.mu.Lock()
	was, block := s.failures >= ix.cfg.StallAfter, s.block
	s.mu.Unlock()
	ix.m.stalled.Set(0)
	if was {
		ix.log.Info("indexer recovered", "block", block)
		if _, err := ix.db.ExecContext(ctx, `UPDATE indexer_checkpoints SET stalled_block = NULL, stalled_since = NULL,
			stall_failures = 0, stall_error = NULL WHERE chain_id = $1`, int64(ix.chainID)); err != nil {
			ix.log.Warn("could not clear the stall", "err", err)
		}
	}
	s.mu.Lock()
	s.failures, s.err = 0, nil
	s.mu.Unlock()
}

// headSeenEvery is how often an unchanged head is written again, so that
// head_seen_at says the node is still being asked.
const headSeenEvery = 5 * time.Second

// sawHead records the node's head, whether or not a batch can be written,
// so that the lag (metric and indexerStatus) is measured from the real head.
// A batch's checkpoint writes the head itself: the row is written here only
// when no batch will (idle: nothing new to index) or while batches fail.
func (ix *Indexer) sawHead(ctx context.Context, cp *Checkpoint, head uint64, idle bool) error {
	ix.m.head.Set(float64(head))
	if cp == nil {
		return nil
	}
	ix.m.lag.Set(float64(head - min(head, cp.Block)))
	batchWrites := !idle && !ix.failing()
	fresh := cp.Head == head && time.Since(ix.headWritten) < headSeenEvery
	if batchWrites || fresh {
		return nil
	}
	if _, err := ix.db.ExecContext(ctx, `UPDATE indexer_checkpoints SET head_block = $2, head_seen_at = now()
		WHERE chain_id = $1`, int64(ix.chainID), int64(head)); err != nil {
		return fmt.Errorf("record head: %w", err)
	}
	ix.headWritten = time.Now()
	return nil
}

// failing reports whether the last sync failed.
func (ix *Indexer) failing() bool {
	ix.stall.mu.Lock()
	defer ix.stall.mu.Unlock()
	return ix.stall.failures > 0
}
