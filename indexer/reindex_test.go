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
	e.runWorkload(true) // the live run, near the head
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

func TestBackfillEqualsFollowingTheHead(t *testing.T) {
	t.Parallel()
	e := setup(t, indexer.Config{})
	e.runWorkload(true)
	live := e.checksum()

	// Jobs are not a projection: the live run queued each request while it was
	// pending, the backfill only those still pending when it saw them.
	delete(live, "generation_jobs")

	// The same chain indexed from scratch in one backfill (no undo records:
	// every block is older than the reorg window): each range in a
	// transaction of its own, a few ranges a transaction (rows read by one
	// range, changed in memory, met again by the next), all in one.
	configs := []indexer.Config{{InitialRange: 3, MaxRange: 16}, {InitialRange: 3, MaxRange: 16, CommitEvents: 1}}
	for commit := 2; commit <= 20; commit++ { // one block a range: transactions of every length
		configs = append(configs, indexer.Config{MaxRange: 1, CommitEvents: commit})
	}
	for _, cfg := range configs {
		cfg.ReorgWindow = 1
		commit := cfg.CommitEvents
		other := e.otherSchema(t, cfg, nil)
		other.sync()
		other.requireMatchesChain()
		got := other.checksum()
		delete(got, "generation_jobs")
		require.Equal(t, live, got, "CommitEvents %d", commit)
		// Only request 5 is still pending: a backfill queues the requests of the
		// blocks it passed once it is within the reorg window of the head, and
		// only those still pending then.
		require.Equal(t, []string{"5"}, other.jobIDs(), "CommitEvents %d", commit)
	}
}
