package indexer_test

import (
	"bytes"
	"context"
	"errors"
	"fmt"
	"log/slog"
	"math"
	"math/big"
	"sync"
	"testing"
	"time"
	"unicode/utf8"

	"github.com/prometheus/client_golang/prometheus"
	"github.com/stretchr/testify/require"

	"github.com/inft-labs/inft/indexer"
	"github.com/inft-labs/inft/internal/promtest"
)

// Strings a Solidity `string` may hold that are not text: the prompt
// (invalid UTF-8 from its first byte), NUL bytes, a lone continuation byte.
var hostileStrings = []string{
	"\xff\xfeAB\xc3(\xe2\x82",
	"before\x00after",
	"\x00",
	"\x80",
	"ok\xed\xa0\x80surrogate",
}

// TestHostileEventContentIndexed: events whose strings are not text are
// indexed like any other (the exact bytes kept, a safe text shown), and the
// events after them are indexed too.
func TestHostileEventContentIndexed(t *testing.T) {
	t.Parallel()
	for _, path := range indexingPaths {
		t.Run(path.name, func(t *testing.T) {
			t.Parallel()
			e := setup(t, path.cfg)
			c, a := e.chain, e.chain.AgentsABI
			id := big.NewInt
			e.send(alice, c.Agents, ether(10), a.PackPurchasePackage(starter))
			for _, s := range hostileStrings {
				e.send(alice, c.Agents, nil, a.PackRequestGeneration(id(1), text, s))
			}
			// The relayer's strings are the chain's too.
			e.send(relayer, c.Agents, nil, a.PackFulfillGeneration(id(1), hostileStrings[0]))
			e.send(relayer, c.Agents, nil, a.PackFailGeneration(id(2), hostileStrings[1]))
			e.send(relayer, c.Agents, nil, a.PackEvolveAgent(id(1), 1, hostileStrings[2]))
			// An owner may set a period that puts expiresAt beyond any calendar.
			e.send(alice, c.Agents, nil, a.PackSetSubscriptionTerms(id(1), big.NewInt(0), math.MaxUint64-uint64(time.Now().Unix())-1_000_000, 1))
			e.send(bob, c.Agents, nil, a.PackSubscribe(id(1)))
			// Whatever follows is indexed.
			e.send(bob, c.Agents, ether(10), a.PackPurchasePackage(starter))
			e.sync()
			e.requireMatchesChain()

			var got []struct {
				ID     string `db:"id"`
				Prompt string `db:"prompt"`
				Raw    []byte `db:"raw"`
			}
			require.NoError(t, e.db.Select(&got, `SELECT id, prompt, coalesce(prompt_raw, convert_to(prompt, 'UTF8')) AS raw
				FROM generation_requests ORDER BY id`))
			require.Len(t, got, len(hostileStrings))
			for i, r := range got {
				require.Equal(t, []byte(hostileStrings[i]), r.Raw, "request %s keeps the exact bytes", r.ID)
				require.True(t, utf8.ValidString(r.Prompt), "request %s shows text", r.ID)
				require.NotContains(t, r.Prompt, "\x00")
			}
			require.Equal(t, "\uFFFDAB\uFFFD(\uFFFD", got[0].Prompt, "each run of invalid bytes shown as U+FFFD")
			require.Equal(t, "before\uFFFDafter", got[1].Prompt)

			var uri, reason []byte
			require.NoError(t, e.db.Get(&uri, `SELECT token_uri_raw FROM generated_tokens WHERE id = 1`))
			require.Equal(t, []byte(hostileStrings[0]), uri)
			require.NoError(t, e.db.Get(&reason, `SELECT failure_reason_raw FROM generation_requests WHERE id = 2`))
			require.Equal(t, []byte(hostileStrings[1]), reason)
			var agents int
			require.NoError(t, e.db.Get(&agents, `SELECT count(*) FROM agents`))
			require.Equal(t, 2, agents, "the purchase after them is indexed")
			var expires time.Time
			require.NoError(t, e.db.Get(&expires, `SELECT expires_at FROM subscriptions WHERE agent_id = 1`))
			require.Equal(t, 9999, expires.Year(), "an expiry beyond the calendar is kept as never")
		})
	}
}

// TestStalledIndexerTellsTheTruth: while a batch keeps failing, the lag is
// measured from the node's real head (metric and checkpoint row, which
// indexerStatus reads), Ready fails naming the block, inft_indexer_stalled is
// 1 and a log line says so; once the batch goes through, all of it clears.
func TestStalledIndexerTellsTheTruth(t *testing.T) {
	t.Parallel()
	e := setup(t, indexer.Config{})
	c, a := e.chain, e.chain.AgentsABI
	e.send(alice, c.Agents, ether(10), a.PackPurchasePackage(starter))
	e.sync()
	indexed := e.cpNow().Block

	bad := &corruptingClient{Client: indexer.NewClient(c.RPC())}
	bad.mode.Store(int32(truncatedWord))
	reg := prometheus.NewRegistry()
	var logs syncBuffer
	cfg := e.cfg
	cfg.PollInterval = 20 * time.Millisecond
	cfg.Metrics = indexer.NewMetrics(reg)
	cfg.Logger = slog.New(slog.NewTextHandler(&logs, nil))
	ix, err := indexer.New(context.Background(), e.db.DB, bad, cfg)
	require.NoError(t, err)
	require.NoError(t, ix.Ready())

	ctx, cancel := context.WithCancel(context.Background())
	done := make(chan error, 1)
	go func() { done <- ix.Run(ctx) }()
	defer func() { cancel(); require.NoError(t, <-done) }()

	// A request whose log the node garbles, then blocks the indexer cannot reach.
	e.send(alice, c.Agents, nil, a.PackRequestGeneration(big.NewInt(1), text, "a haiku"))
	for range 5 {
		e.send(bob, c.Agents, ether(10), a.PackPurchasePackage(starter))
	}
	head := e.chainHead()
	require.Eventually(t, func() bool { return errors.Is(ix.Ready(), indexer.ErrStalled) }, 30*time.Second, 10*time.Millisecond)
	require.ErrorContains(t, ix.Ready(), fmt.Sprintf("at block %d", indexed+1))
	require.ErrorContains(t, ix.Ready(), "malformed GenerationRequested")
	require.Equal(t, 1.0, promtest.Sum(t, reg, "inft_indexer_stalled", nil))
	require.Eventually(t, func() bool {
		return promtest.Sum(t, reg, "inft_indexer_lag_blocks", nil) == float64(head-indexed)
	}, 10*time.Second, 10*time.Millisecond, "lag from the real head")
	require.Contains(t, logs.String(), "indexer stalled")
	var row struct {
		Head    int64   `db:"head_block"`
		Block   int64   `db:"block_number"`
		Stalled *int64  `db:"stalled_block"`
		Error   *string `db:"stall_error"`
	}
	require.NoError(t, e.db.Get(&row, `SELECT head_block, block_number, stalled_block, stall_error FROM indexer_checkpoints`))
	require.Equal(t, int64(head), row.Head, "the checkpoint row has the real head, for indexerStatus")
	require.Equal(t, int64(indexed), row.Block)
	require.NotNil(t, row.Stalled)
	require.Equal(t, int64(indexed+1), *row.Stalled)
	require.Contains(t, *row.Error, "malformed")

	bad.mode.Store(int32(honest))
	require.Eventually(t, func() bool { return ix.Ready() == nil }, 30*time.Second, 10*time.Millisecond)
	require.Eventually(t, func() bool { return e.cpNow().Block == head }, 30*time.Second, 10*time.Millisecond)
	require.Equal(t, 0.0, promtest.Sum(t, reg, "inft_indexer_stalled", nil))
	require.NoError(t, e.db.Get(&row, `SELECT head_block, block_number, stalled_block, stall_error FROM indexer_checkpoints`))
	require.Nil(t, row.Stalled)
	require.Nil(t, row.Error)
	require.Contains(t, logs.String(), "indexer recovered")
}

// syncBuffer is a bytes.Buffer safe for a logger and a test to share.
type syncBuffer struct {
	mu sync.Mutex
	b  bytes.Buffer
}

func (s *syncBuffer) Write(p []byte) (int, error) {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.b.Write(p)
}

func (s *syncBuffer) String() string {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.b.String()
}

// TestStallClearedByTheNextWriter: a stall recorded by one indexer (a replica
// that crashed, or this one before a restart) is cleared by whichever
// indexer next writes a batch.
func TestStallClearedByTheNextWriter(t *testing.T) {
	t.Parallel()
	e := setup(t, indexer.Config{})
	c, a := e.chain, e.chain.AgentsABI
	e.send(alice, c.Agents, ether(10), a.PackPurchasePackage(starter))
	e.sync()
	bad := &corruptingClient{Client: indexer.NewClient(c.RPC())}
	bad.mode.Store(int32(truncatedWord))
	cfg := e.cfg
	cfg.PollInterval = 20 * time.Millisecond
	ix, err := indexer.New(context.Background(), e.db.DB, bad, cfg)
	require.NoError(t, err)
	e.send(alice, c.Agents, nil, a.PackRequestGeneration(big.NewInt(1), text, "a haiku"))

	ctx, cancel := context.WithCancel(context.Background())
	done := make(chan error, 1)
	go func() { done <- ix.Run(ctx) }()
	require.Eventually(t, func() bool { return errors.Is(ix.Ready(), indexer.ErrStalled) }, 30*time.Second, 10*time.Millisecond)
	cancel()
	require.NoError(t, <-done)
	stalled := func() bool {
		var s bool
		require.NoError(t, e.db.Get(&s, `SELECT stalled_block IS NOT NULL FROM indexer_checkpoints`))
		return s
	}
	require.True(t, stalled(), "recorded for every replica")

	e.sync() // another indexer, through an honest node
	require.False(t, stalled(), "cleared by the batch that went through")
	require.NoError(t, e.ix.Ready())
}
