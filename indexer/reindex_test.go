package indexer_test

import (
	"context"
	"testing"
	"time"

	"github.com/stretchr/testify/require"

	"github.com/inft-labs/inft/indexer"
)

func TestReindexRebuildsIdenticalProjections(t *testing.T) {
	t.Parallel()
	e := setup(t, indexer.Config{})
	e.runWorkload(true) // the live run, block by block
	live := e.checksum()

	ctx, cancel := context.WithTimeout(context.Background(), time.Minute)
	defer cancel()
	cp, err := e.ix.Checkpoint(ctx)
	require.NoError(t, err)

	for _, from := range []uint64{0, e.cfg.StartBlock, (e.cfg.StartBlock + cp.Block) / 2, cp.Block} {
		require.NoError(t, e.ix.Reindex(ctx, from), "reindex from %d", from)
		require.Equal(t, live, e.checksum(), "reindex from block %d", from)
		e.requireMatchesChain()
	}
}

func TestBackfillInRangesEqualsBlockByBlock(t *testing.T) {
	t.Parallel()
	e := setup(t, indexer.Config{})
	e.runWorkload(true)
	live := e.checksum()

	// The same chain indexed from scratch in one backfill (no undo records:
	// every block is older than the reorg window).
	other := e.otherSchema(t, indexer.Config{ReorgWindow: 1, InitialRange: 3, MaxRange: 16}, nil)
	other.sync()
	other.requireMatchesChain()
	got := other.checksum()
	// Jobs are not a projection: the live run queued each request while it was
	// pending, the backfill only those still pending when it saw them.
	delete(live, "generation_jobs")
	delete(got, "generation_jobs")
	require.Equal(t, live, got)
	// Only request 5 is still pending: a backfill queues the requests of the
	// blocks it passed once it is within the reorg window of the head, and
	// only those still pending then.
	require.Equal(t, []string{"5"}, other.jobIDs())
}
