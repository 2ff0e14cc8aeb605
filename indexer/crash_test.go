package indexer_test

import (
	"context"
	"database/sql"
	"database/sql/driver"
	"errors"
	"maps"
	"math/big"
	"math/rand/v2"
	"slices"
	"sync"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/lib/pq"
	"github.com/stretchr/testify/require"

	"github.com/inft-labs/inft/indexer"
)

// crashingClient cancels the round's Sync a set delay after the round's
// first call to the node, that is once the Sync holds the writer lock (every
// test's indexer takes the same lock, so waiting for it must not eat the
// delay), or from the start of the Sync when early is set, to crash while
// taking the lock or reading the checkpoint too.
type crashingClient struct {
	indexer.Client

	mu      sync.Mutex
	delay   time.Duration
	cancel  context.CancelFunc
	started bool
	timer   *time.Timer
}

// round arms the client for one Sync and returns its context.
func (c *crashingClient) round(delay time.Duration, early bool) (context.Context, context.CancelFunc) {
	ctx, cancel := context.WithCancel(context.Background())
	c.mu.Lock()
	defer c.mu.Unlock()
	c.delay, c.cancel, c.started = delay, cancel, false
	if early {
		c.start()
	}
	return ctx, func() {
		c.mu.Lock()
		if c.timer != nil {
			c.timer.Stop()
		}
		c.mu.Unlock()
		cancel()
	}
}

func (c *crashingClient) start() {
	if !c.started {
		c.started = true
		c.timer = time.AfterFunc(c.delay, c.cancel)
	}
}

func (c *crashingClient) called() {
	c.mu.Lock()
	c.start()
	c.mu.Unlock()
}

func (c *crashingClient) HeaderByNumber(ctx context.Context, number *big.Int) (*types.Header, error) {
	c.called()
	return c.Client.HeaderByNumber(ctx, number)
}

func (c *crashingClient) Headers(ctx context.Context, numbers []uint64) ([]*types.Header, error) {
	c.called()
	return c.Client.Headers(ctx, numbers)
}

func (c *crashingClient) FilterLogs(ctx context.Context, q ethereum.FilterQuery) ([]types.Log, error) {
	c.called()
	return c.Client.FilterLogs(ctx, q)
}

// TestCrashMidBatchLosesNothing indexes a chain in many Syncs, each cancelled
// after a random short delay, as if the process died at any point: between
// batches, in the middle of a batch's transaction, while taking the lock or
// fetching. Every other round uses a new Indexer (nothing survives a crash
// but the database), the others the same one (a Run retrying after a failed
// sync). Once a Sync completes, the tables must be what one uninterrupted
// Sync writes.
func TestCrashMidBatchLosesNothing(t *testing.T) {
	t.Parallel()
	// Small ranges and a small window: the range backfill and the
	// block-by-block path, and the switch between them, are crossed often;
	// a backfill's transaction takes a few ranges, so a crash falls inside
	// one as often as between them.
	cfg := indexer.Config{ReorgWindow: 2, InitialRange: 1, MaxRange: 2, CommitEvents: 12}
	e := setup(t, cfg)
	e.runWorkload(false)

	// The reference: the same chain indexed in one uninterrupted Sync.
	other := e.otherSchema(t, cfg, nil)
	other.sync()

	const seed = 20260611
	t.Logf("seed %d", seed)
	rng := rand.New(rand.NewPCG(seed, seed))
	cc := &crashingClient{Client: indexer.NewClient(e.chain.RPC())}
	persistent := e.newIndexer(cc)

	var interrupted, partial int
	errs := map[string]int{}
	done := false
	lastBlock := uint64(0)
	// Each Sync is cancelled after a random delay below a limit that starts
	// at a millisecond and grows by 5% a round, so that the indexing ends up
	// completing.
	limit := time.Millisecond
	start := time.Now()
	for round := 0; round < 300 && !done; round++ {
		delay := time.Duration(rng.Int64N(int64(limit) + 1))
		limit += limit / 20
		// A new Indexer is a restarted process.
		ix := persistent
		if round%2 == 1 {
			ix = e.newIndexer(cc)
		}
		ctx, cancel := cc.round(delay, round%5 == 0)
		err := ix.Sync(ctx)
		cancel()
		if err == nil {
			done = true
			t.Logf("round %d (cancelled after %s) completed the sync, after %s", round, delay, time.Since(start))
			break
		}
		require.True(t, cancelled(err), "round %d failed, not because it was cancelled: %v", round, err)
		interrupted++
		errs[err.Error()]++
		if cp, cerr := ix.Checkpoint(context.Background()); cerr == nil && cp != nil && cp.Block != lastBlock {
			lastBlock = cp.Block
			partial++
		}
	}
	require.True(t, done, "no Sync completed in 300 rounds; errors: %v", errs)
	t.Logf("%d interrupted Syncs, %d of them made progress; %d distinct errors", interrupted, partial, len(errs))
	for _, err := range slices.Sorted(maps.Keys(errs)) {
		t.Logf("%3d× %s", errs[err], err)
	}
	require.GreaterOrEqual(t, interrupted, 10, "the indexing was interrupted often")
	require.GreaterOrEqual(t, partial, 3, "several interrupted Syncs had committed some batches")

	e.requireMatchesChain()
	requireSameIndexing(t, e, other)
}

// cancelled says whether err is what a cancelled context makes of a Sync: the
// context's error, PostgreSQL's query_canceled, a connection database/sql
// closed, a transaction it already rolled back.
func cancelled(err error) bool {
	var pqErr *pq.Error
	return errors.Is(err, context.DeadlineExceeded) || errors.Is(err, context.Canceled) ||
		errors.Is(err, driver.ErrBadConn) || errors.Is(err, sql.ErrTxDone) ||
		errors.As(err, &pqErr) && pqErr.Code == "57014"
}
