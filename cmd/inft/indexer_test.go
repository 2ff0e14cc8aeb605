package main

import (
	"context"
	"fmt"
	"io"
	"maps"
	"math/big"
	"net/http"
	"path/filepath"
	"slices"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/stretchr/testify/require"

	"github.com/inft-labs/inft/internal/chaintest"
	"github.com/inft-labs/inft/internal/pgtest"
)

// The indexer commands against a chain over JSON-RPC and a real database:
// migrate, run --indexer (with its operations endpoints), reindex.
func TestIndexerCommands(t *testing.T) {
	t.Parallel()
	c := chaintest.NewWithOptions(t, chaintest.Options{HTTP: true})
	db := pgtest.New(t)
	c.Send(chaintest.Alice, c.Agents, new(big.Int).Mul(big.NewInt(10), big.NewInt(1e18)), c.AgentsABI.PackPurchasePackage(0))
	c.Send(chaintest.Alice, c.Agents, nil, c.AgentsABI.PackRequestGeneration(big.NewInt(1), 0, "hello"))
	head, err := c.Client.BlockNumber(context.Background())
	require.NoError(t, err)

	port := chaintest.FreePort(t)
	kv := chainEnv(c, db, map[string]string{
		"SONIC_CHAIN_ID":      "1337",
		"INDEXER_START_BLOCK": fmt.Sprint(c.DeployBlock),
		"HTTP_ADDR":           fmt.Sprintf("127.0.0.1:%d", port),
	})

	code, stdout, stderr := runInft(t, kv, "migrate")
	require.Equal(t, 0, code, stderr)
	files, err := filepath.Glob("../../migrations/*.sql")
	require.NoError(t, err)
	newest := filepath.Base(slices.Max(files))
	require.Equal(t, fmt.Sprintf("database schema at version %s\n", strings.TrimLeft(newest[:strings.IndexByte(newest, '_')], "0")), stdout, "every migration applied")

	ctx, cancel := context.WithCancel(context.Background())
	exited := make(chan int, 1)
	runErr := &lockedWriter{w: &strings.Builder{}}
	go func() {
		exited <- run(ctx, []string{"run", "--indexer"}, lookup(kv), io.Discard, runErr)
	}()
	require.Eventually(t, func() bool {
		var block uint64
		return db.Get(&block, `SELECT block_number FROM indexer_checkpoints`) == nil && block == head
	}, 30*time.Second, 50*time.Millisecond, "the indexer reaches the head")
	var jobs int
	require.NoError(t, db.Get(&jobs, `SELECT count(*) FROM generation_jobs`))
	require.Equal(t, 1, jobs)

	get := func(path string) (int, string) {
		resp, err := http.Get(fmt.Sprintf("http://127.0.0.1:%d%s", port, path))
		require.NoError(t, err)
		defer resp.Body.Close()
		b, _ := io.ReadAll(resp.Body)
		return resp.StatusCode, string(b)
	}
	status, body := get("/metrics")
	require.Equal(t, 200, status)
	require.Contains(t, body, fmt.Sprintf("inft_indexer_indexed_block %d", head))
	status, _ = get("/readyz")
	require.Equal(t, 200, status)

	cancel()
	select {
	case code := <-exited:
		require.Equal(t, 0, code, runErr.String())
	case <-time.After(10 * time.Second):
		t.Fatal("inft run did not stop on cancel")
	}

	code, stdout, stderr = runInft(t, kv, "reindex", "--from", "0", "--metrics-addr", fmt.Sprintf("127.0.0.1:%d", chaintest.FreePort(t)))
	require.Equal(t, 0, code, stderr)
	require.Equal(t, fmt.Sprintf("reindexed to block %d\n", head), stdout)
	var agents int
	require.NoError(t, db.Get(&agents, `SELECT count(*) FROM agents`))
	require.Equal(t, 1, agents)
}

func TestIndexerCommandsFailClearly(t *testing.T) {
	t.Parallel()
	db := pgtest.New(t)
	good := map[string]string{
		"DATABASE_URL":                db.URL,
		"SONIC_RPC_URL":               "http://127.0.0.1:1",
		"INFT_AGENTS_CONTRACT":        "0x5FbDB2315678afecb367f032d93F642f64180aa3",
		"INFT_GENERATED_NFT_CONTRACT": "0xe7f1725E7734CE288F8367e1Bb143E90bb3F0512",
		"INFT_MARKETPLACE_CONTRACT":   "0x9fE46736679d2D9a65F0992F2272dE9f3c7fa6e0",
	}
	with := func(k, v string) map[string]string {
		m := map[string]string{}
		for a, b := range good {
			m[a] = b
		}
		m[k] = v
		return m
	}
	for _, tc := range []struct {
		name string
		env  map[string]string
		args []string
		want string
	}{
		{"unreachable rpc", good, []string{"run", "--indexer"}, "SONIC_RPC_URL does not answer eth_chainId"},
		{"unreachable database", with("DATABASE_URL", "postgres://postgres@127.0.0.1:1/inft_test?sslmode=disable&connect_timeout=2"),
			[]string{"migrate"}, "inft migrate: connect to DATABASE_URL"},
		{"malformed contract", with("INFT_MARKETPLACE_CONTRACT", "0xnope"), []string{"reindex"}, `INFT_MARKETPLACE_CONTRACT="0xnope" is not`},
	} {
		t.Run(tc.name, func(t *testing.T) {
			code, _, stderr := runInft(t, tc.env, tc.args...)
			require.Equal(t, 1, code)
			require.Equal(t, 1, strings.Count(stderr, "\n"), "one line: %q", stderr)
			require.Contains(t, stderr, tc.want)
		})
	}
}

func lookup(kv map[string]string) func(string) (string, bool) {
	return func(k string) (string, bool) { v, ok := kv[k]; return v, ok }
}

// lockedWriter collects what a command writes from its goroutines while the
// test may read it.
type lockedWriter struct {
	mu sync.Mutex
	w  *strings.Builder
}

func (l *lockedWriter) Write(p []byte) (int, error) {
	l.mu.Lock()
	defer l.mu.Unlock()
	return l.w.Write(p)
}

func (l *lockedWriter) String() string {
	l.mu.Lock()
	defer l.mu.Unlock()
	return l.w.String()
}

// A replica whose indexer keeps failing the same batch is not ready: /readyz
// answers 503 naming the block, inft_indexer_stalled is 1, and indexerStatus
// measures the lag from the node's real head. It is ready again once the
// batch goes through. (The chain's content cannot fail a batch any more, so
// the database refuses it here.)
func TestStalledIndexerIsNotReady(t *testing.T) {
	t.Parallel()
	c := chaintest.NewWithOptions(t, chaintest.Options{HTTP: true})
	db := pgtest.New(t)
	port := chaintest.FreePort(t)
	kv := chainEnv(c, db, map[string]string{
		"INDEXER_START_BLOCK": fmt.Sprint(c.DeployBlock),
		"HTTP_ADDR":           fmt.Sprintf("127.0.0.1:%d", port),
	})
	code, _, stderr := runInft(t, kv, "migrate")
	require.Equal(t, 0, code, stderr)
	_, err := db.Exec(`ALTER TABLE generation_requests ADD CONSTRAINT refuse_poison CHECK (prompt <> 'poison')`)
	require.NoError(t, err)

	ctx, cancel := context.WithCancel(context.Background())
	exited := make(chan int, 1)
	runErr := &lockedWriter{w: &strings.Builder{}}
	go func() { exited <- run(ctx, []string{"run", "--indexer", "--api"}, lookup(kv), io.Discard, runErr) }()
	defer func() {
		cancel()
		require.Equal(t, 0, <-exited, runErr.String())
	}()
	get := func(path string) (int, string) {
		resp, err := http.Get(fmt.Sprintf("http://127.0.0.1:%d%s", port, path))
		if err != nil {
			return 0, err.Error()
		}
		defer resp.Body.Close()
		b, _ := io.ReadAll(resp.Body)
		return resp.StatusCode, string(b)
	}
	c.Send(chaintest.Alice, c.Agents, new(big.Int).Mul(big.NewInt(10), big.NewInt(1e18)), c.AgentsABI.PackPurchasePackage(0))
	c.Send(chaintest.Alice, c.Agents, nil, c.AgentsABI.PackRequestGeneration(big.NewInt(1), 0, "\xff\xfeAB\xc3(\xe2\x82"))
	indexed, err := c.Client.BlockNumber(context.Background())
	require.NoError(t, err)
	require.Eventually(t, func() bool {
		var block uint64
		return db.Get(&block, `SELECT block_number FROM indexer_checkpoints`) == nil && block == indexed
	}, 30*time.Second, 50*time.Millisecond, "the invalid prompt is indexed like any other")
	s, _ := get("/readyz")
	require.Equal(t, 200, s)

	c.Send(chaintest.Alice, c.Agents, nil, c.AgentsABI.PackRequestGeneration(big.NewInt(1), 0, "poison"))
	for range 3 {
		c.Send(chaintest.Bob, c.Agents, new(big.Int).Mul(big.NewInt(10), big.NewInt(1e18)), c.AgentsABI.PackPurchasePackage(0))
	}
	head, err := c.Client.BlockNumber(context.Background())
	require.NoError(t, err)
	began := time.Now()
	require.Eventually(t, func() bool { s, _ := get("/readyz"); return s == 503 }, 30*time.Second, 10*time.Millisecond)
	t.Logf("/readyz answered 503 %s after the poisoned batch was mined", time.Since(began).Round(time.Millisecond))
	_, body := get("/readyz")
	require.Contains(t, body, fmt.Sprintf("indexer stalled at block %d", indexed+1))
	require.Eventually(t, func() bool {
		_, metrics := get("/metrics")
		return strings.Contains(metrics, "inft_indexer_stalled 1") &&
			strings.Contains(metrics, fmt.Sprintf("inft_indexer_lag_blocks %d", head-indexed))
	}, 10*time.Second, 50*time.Millisecond, "the metrics say stalled, with the lag from the real head")
	require.Contains(t, runErr.String(), "indexer stalled")
	status := func() string {
		resp, err := http.Post(fmt.Sprintf("http://127.0.0.1:%d/graphql", port), "application/json",
			strings.NewReader(`{"query":"{indexerStatus{headBlock indexedBlock lagBlocks stalled stalledBlock}}"}`))
		require.NoError(t, err)
		defer resp.Body.Close()
		b, _ := io.ReadAll(resp.Body)
		return string(b)
	}
	require.Eventually(t, func() bool {
		return status() == fmt.Sprintf(`{"data":{"indexerStatus":{"headBlock":"%d","indexedBlock":"%d","lagBlocks":"%d","stalled":true,"stalledBlock":"%d"}}}`,
			head, indexed, head-indexed, indexed+1)
	}, 10*time.Second, 50*time.Millisecond, "indexerStatus tells the truth: %s", status())

	_, err = db.Exec(`ALTER TABLE generation_requests DROP CONSTRAINT refuse_poison`)
	require.NoError(t, err)
	require.Eventually(t, func() bool { s, _ := get("/readyz"); return s == 200 }, 30*time.Second, 50*time.Millisecond)
	require.Eventually(t, func() bool {
		return strings.Contains(status(), fmt.Sprintf(`"indexedBlock":"%d","lagBlocks":"0","stalled":false,"stalledBlock":null`, head))
	}, 30*time.Second, 50*time.Millisecond, "recovered: %s", status())
	_, metrics := get("/metrics")
	require.Contains(t, metrics, "inft_indexer_stalled 0")
}

// Reindexing a database the indexer never wrote to says what to do instead.
func TestReindexWithoutCheckpoint(t *testing.T) {
	t.Parallel()
	c := chaintest.NewWithOptions(t, chaintest.Options{HTTP: true})
	db := pgtest.New(t)
	kv := chainEnv(c, db, map[string]string{
		"SONIC_CHAIN_ID": "1337",
	})
	code, _, stderr := runInft(t, kv, "migrate")
	require.Equal(t, 0, code, stderr)
	for _, start := range []uint64{c.DeployBlock, c.DeployBlock + 100} {
		kv["INDEXER_START_BLOCK"] = fmt.Sprint(start)
		code, stdout, stderr := runInft(t, kv, "reindex")
		require.Equal(t, 1, code, "stdout %q", stdout)
		require.Contains(t, stderr, "inft reindex: nothing indexed yet on chain 1337 (no checkpoint): `inft run --indexer` indexes from INDEXER_START_BLOCK")
	}
	var events int
	require.NoError(t, db.Get(&events, `SELECT count(*) FROM events`))
	require.Zero(t, events, "reindex wrote nothing")
}

// chainEnv is the environment of a command that reads c's contracts into db,
// with extra settings.
func chainEnv(c *chaintest.Chain, db *pgtest.DB, extra map[string]string) map[string]string {
	kv := map[string]string{
		"DATABASE_URL":                db.URL,
		"SONIC_RPC_URL":               c.RPCURL,
		"INFT_AGENTS_CONTRACT":        c.Contracts.Agents.Hex(),
		"INFT_GENERATED_NFT_CONTRACT": c.Contracts.Generated.Hex(),
		"INFT_MARKETPLACE_CONTRACT":   c.Contracts.Marketplace.Hex(),
	}
	maps.Copy(kv, extra)
	return kv
}
