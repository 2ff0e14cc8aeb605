package indexer_test

import (
	"context"
	"errors"
	"math/big"
	"math/rand/v2"
	"strings"
	"sync"
	"sync/atomic"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/stretchr/testify/require"

	"github.com/inft-labs/inft/indexer"
)

// sonicTooMany is what Sonic answers an eth_getLogs whose answer is too big.
const sonicTooMany = "too many results, consider narrowing your query criteria, the limit is 5000"

// faultyClient fails calls of the node it wraps, at random from a seeded
// generator: a plain error, a call that outlives the indexer's CallTimeout,
// and for eth_getLogs over more than one block Sonic's refusal of a range too
// big. The first call fails with a plain error, the second times out and the
// first eth_getLogs over a range is refused, so that each kind happens.
type faultyClient struct {
	indexer.Client
	timeout time.Duration

	mu     sync.Mutex
	rng    *rand.Rand
	calls  int
	ranged int

	plain, tooMany, timeouts atomic.Int64
}

func (c *faultyClient) fault(ctx context.Context, ranged bool) error {
	c.mu.Lock()
	c.calls++
	first, second := c.calls == 1, c.calls == 2
	firstRange := false
	if ranged {
		c.ranged++
		firstRange = c.ranged == 1
	}
	r := c.rng.Float64()
	c.mu.Unlock()
	switch {
	case first || r < 0.1:
		c.plain.Add(1)
		return errors.New("injected: connection reset by the node")
	case second || r < 0.2:
		c.timeouts.Add(1)
		t := time.NewTimer(20 * c.timeout)
		defer t.Stop()
		select {
		case <-ctx.Done():
			return ctx.Err()
		case <-t.C:
			return errors.New("injected: the call outlived the indexer's timeout")
		}
	case ranged && (firstRange || r < 0.45):
		c.tooMany.Add(1)
		return errors.New(sonicTooMany)
	}
	return nil
}

func (c *faultyClient) HeaderByNumber(ctx context.Context, number *big.Int) (*types.Header, error) {
	if err := c.fault(ctx, false); err != nil {
		return nil, err
	}
	return c.Client.HeaderByNumber(ctx, number)
}

func (c *faultyClient) Headers(ctx context.Context, numbers []uint64) ([]*types.Header, error) {
	if err := c.fault(ctx, false); err != nil {
		return nil, err
	}
	return c.Client.Headers(ctx, numbers)
}

func (c *faultyClient) FilterLogs(ctx context.Context, q ethereum.FilterQuery) ([]types.Log, error) {
	ranged := q.BlockHash == nil && q.FromBlock != nil && q.ToBlock != nil && q.ToBlock.Cmp(q.FromBlock) > 0
	if err := c.fault(ctx, ranged); err != nil {
		return nil, err
	}
	return c.Client.FilterLogs(ctx, q)
}

// requireSameIndexing requires got to hold what want holds: every table of
// the checksum, but for the relayer's jobs, which depend on where batches
// end (a request made and fulfilled within one batch gets none; jobs are not
// a projection, see TestBackfillEqualsFollowingTheHead): there the jobs of
// the requests still pending must be the same, and no job may have lost its
// request.
func requireSameIndexing(t testing.TB, got, want *env) {
	t.Helper()
	require.Equal(t, want.cpNow().Hash, got.cpNow().Hash, "indexed to the same block")
	g, w := got.checksum(), want.checksum()
	require.Equal(t, w["events"], g["events"], "the same events")
	require.Equal(t, want.countRows(`SELECT count(*) FROM events`), got.countRows(`SELECT count(*) FROM events`))
	const pendingJobs = `SELECT j.request_id::text FROM generation_jobs j JOIN generation_requests r
		ON r.id = j.request_id AND r.requested_block = j.block_number WHERE r.status = 1 ORDER BY 1`
	var gotJobs, wantJobs []string
	require.NoError(t, got.db.Select(&gotJobs, pendingJobs))
	require.NoError(t, want.db.Select(&wantJobs, pendingJobs))
	require.Equal(t, wantJobs, gotJobs, "the pending requests' jobs")
	require.Zero(t, got.countRows(`SELECT count(*) FROM generation_jobs j WHERE NOT EXISTS
		(SELECT 1 FROM generation_requests r WHERE r.id = j.request_id AND r.requested_block = j.block_number)`), "no job without its request")
	delete(g, "generation_jobs")
	delete(w, "generation_jobs")
	require.Equal(t, w, g, "every projection and the event log")
}

// TestRPCFaultsRetriedAndIdentical indexes the workload through a node that
// fails often, in every way the indexer must survive, and requires the result
// of indexing through a node that does not.
func TestRPCFaultsRetriedAndIdentical(t *testing.T) {
	t.Parallel()
	// A small window: most blocks are backfilled in ranges, the last ones
	// followed one by one.
	cfg := indexer.Config{ReorgWindow: 4, InitialRange: 8, CallTimeout: 50 * time.Millisecond}
	e := setup(t, cfg)
	steps := workload()
	for _, s := range steps[:len(steps)-3] {
		s.run(e)
	}
	e.sync() // the reference, through a node without faults

	const seed = 7
	t.Logf("seed %d", seed)
	fc := &faultyClient{Client: indexer.NewClient(e.chain.RPC()), timeout: cfg.CallTimeout, rng: rand.New(rand.NewPCG(seed, seed))}
	faulty := e.otherSchema(t, cfg, fc)
	ctx, cancel := context.WithTimeout(context.Background(), 2*time.Minute)
	defer cancel()
	start := time.Now()
	require.NoError(t, faulty.ix.Sync(ctx))
	faulty.requireMatchesChain()
	requireSameIndexing(t, faulty, e)

	// The rest of the workload: a few blocks, backfilled and followed.
	for _, s := range steps[len(steps)-3:] {
		s.run(e)
	}
	e.sync()
	require.NoError(t, faulty.ix.Sync(ctx))
	faulty.requireMatchesChain()
	requireSameIndexing(t, faulty, e)

	fc.mu.Lock()
	calls := fc.calls
	fc.mu.Unlock()
	t.Logf("%d calls in %s: %d plain errors, %d timeouts, %d ranges refused", calls, time.Since(start),
		fc.plain.Load(), fc.timeouts.Load(), fc.tooMany.Load())
	require.Positive(t, fc.plain.Load(), "plain errors happened")
	require.Positive(t, fc.timeouts.Load(), "timeouts happened")
	require.Positive(t, fc.tooMany.Load(), "ranges were refused")
}

type corruption int

const (
	honest corruption = iota
	wrongBlockHash
	truncatedWord
	truncatedByte
	foreignAddress
	otherBlock
)

// corruptingClient alters one log of each eth_getLogs answer that has logs;
// while head is set, it says that block is the latest.
type corruptingClient struct {
	indexer.Client
	mode atomic.Int32
	head atomic.Uint64
}

func (c *corruptingClient) HeaderByNumber(ctx context.Context, number *big.Int) (*types.Header, error) {
	if h := c.head.Load(); number == nil && h != 0 {
		number = new(big.Int).SetUint64(h)
	}
	return c.Client.HeaderByNumber(ctx, number)
}

func (c *corruptingClient) FilterLogs(ctx context.Context, q ethereum.FilterQuery) ([]types.Log, error) {
	logs, err := c.Client.FilterLogs(ctx, q)
	if err != nil || len(logs) == 0 {
		return logs, err
	}
	truncate := func(cut int) {
		for i := range logs {
			if n := len(logs[i].Data); n >= cut {
				logs[i].Data = append([]byte(nil), logs[i].Data[:n-cut]...)
				return
			}
		}
	}
	switch corruption(c.mode.Load()) {
	case wrongBlockHash:
		logs[0].BlockHash = common.HexToHash("0xbadbadbadbadbadbadbadbadbadbadbadbadbadbadbadbadbadbadbadbadbad0")
	case truncatedWord:
		truncate(32)
	case truncatedByte:
		truncate(1)
	case foreignAddress:
		logs[0].Address = common.HexToAddress("0x000000000000000000000000000000000000bad1")
	case otherBlock:
		logs[0].BlockNumber += 1000
	}
	return logs, nil
}

// TestBadInputRejected: a node that answers logs that do not hold together
// makes Sync fail at once, saying what is wrong, and writes nothing.
func TestBadInputRejected(t *testing.T) {
	t.Parallel()
	for _, path := range indexingPaths {
		t.Run(path.name, func(t *testing.T) {
			t.Parallel()
			e := setup(t, path.cfg)
			steps := workload()
			for _, s := range steps[:6] {
				s.run(e)
			}
			// The block after stop (AgentEvolved) has a log with data.
			stop := e.chainHead()
			for _, s := range steps[6:] {
				s.run(e)
			}
			for _, c := range []struct {
				name string
				mode corruption
				want string
			}{
				{"log with the wrong block hash", wrongBlockHash, "claims block hash"},
				{"log data cut by a word", truncatedWord, "malformed"},
				{"log data cut by a byte, in the padding of a string", truncatedByte, "malformed"},
				{"log of another contract", foreignAddress, "not one of the contracts"},
				{"log of a block not asked for", otherBlock, "node returned a log of block"},
			} {
				t.Run(c.name, func(t *testing.T) {
					t.Parallel()
					bad := &corruptingClient{Client: indexer.NewClient(e.chain.RPC())}
					bad.head.Store(stop)
					f := e.otherSchema(t, path.cfg, bad)
					f.sync() // honestly, up to stop
					require.Equal(t, stop, f.cpNow().Block)

					bad.head.Store(0)
					bad.mode.Store(int32(c.mode))
					before, cp := f.tables(), f.position()
					ctx, cancel := context.WithTimeout(context.Background(), 30*time.Second)
					defer cancel()
					err := f.ix.Sync(ctx)
					require.ErrorContains(t, err, c.want)
					require.NoError(t, ctx.Err(), "refused at once, not retried")
					require.Equal(t, before, f.tables(), "nothing written")
					require.Equal(t, cp, f.position(), "the checkpoint did not move")

					// Through an honest node the indexing goes on from there.
					bad.mode.Store(int32(honest))
					f.sync()
					f.requireMatchesChain()
				})
			}
		})
	}
}

// tables is the checksum and the rows of the indexer's own tables.
func (e *env) tables() map[string]string {
	e.t.Helper()
	out := e.checksum()
	for table, cols := range map[string]string{
		"undo_log": "*", "indexer_blocks": "*",
		// the head as last seen is recorded whether or not a batch is written
		"indexer_checkpoints": "chain_id, block_number, block_hash, confirmed_block, finalized_block",
	} {
		var rows []string
		require.NoError(e.t, e.db.Select(&rows, `SELECT t::text FROM (SELECT `+cols+` FROM `+table+`) t ORDER BY 1`))
		out[table] = strings.Join(rows, "\n")
	}
	return out
}
