package relayer_test

import (
	"context"
	"fmt"
	"math/big"
	"net/http"
	"net/http/httptest"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/stretchr/testify/require"

	"github.com/inft-labs/inft/ai"
	"github.com/inft-labs/inft/ai/local"
	"github.com/inft-labs/inft/ai/openai"
	"github.com/inft-labs/inft/indexer"
	"github.com/inft-labs/inft/internal/chaintest"
	"github.com/inft-labs/inft/internal/pgtest"
	"github.com/inft-labs/inft/ipfs"
	"github.com/inft-labs/inft/jobs"
	"github.com/inft-labs/inft/migrations"
	"github.com/inft-labs/inft/relayer"
	"github.com/inft-labs/inft/txmgr"
)

// running starts the whole pipeline on a chain that mines on its own: the
// indexer (queueing River jobs), the River workers, the transaction manager.
func running(t *testing.T, providers []ai.Provider, maxAttempts int) (*chaintest.Chain, *pgtest.DB) {
	t.Helper()
	return runningWith(t, providers, maxAttempts, relayer.QueueConfig{})
}

// runningWith is running with the queue's workers and per-requester limit
// set as queue says.
func runningWith(t *testing.T, providers []ai.Provider, maxAttempts int, queue relayer.QueueConfig) (*chaintest.Chain, *pgtest.DB) {
	t.Helper()
	orch, err := ai.NewOrchestrator(providers, ai.OrchestratorConfig{Backoff: time.Millisecond, MaxAttempts: 1, Policies: ai.OpenPolicies})
	require.NoError(t, err)
	return runningOn(t, orch, maxAttempts, queue)
}

// runningOn is runningWith on an orchestrator of the test's own.
func runningOn(t *testing.T, orch *ai.Orchestrator, maxAttempts int, queue relayer.QueueConfig) (*chaintest.Chain, *pgtest.DB) {
	t.Helper()
	ctx, stop := context.WithCancel(context.Background())
	c := chaintest.NewWithOptions(t, chaintest.Options{HTTP: true})
	db := pgtest.New(t)
	_, err := migrations.Up(ctx, db.DB.DB)
	require.NoError(t, err)
	inserter, err := jobs.NewInserter(db.DB.DB, maxAttempts)
	require.NoError(t, err)
	ix, err := indexer.New(ctx, db.DB, indexer.NewClient(c.RPC()), indexer.Config{
		Contracts: c.Contracts, StartBlock: c.DeployBlock, PollInterval: 20 * time.Millisecond, Jobs: inserter,
	})
	require.NoError(t, err)
	store, err := ipfs.NewLocal(t.TempDir())
	require.NoError(t, err)

	c.AutoMine(50 * time.Millisecond)
	done := make(chan struct{})
	go func() { _ = ix.Run(ctx); close(done) }()
	svc, err := startService(ctx, db.DB, c.Client, relayer.ServiceConfig{
		AI: orch, Store: store, Agents: c.Contracts.Agents, Generated: c.Contracts.Generated,
		Tx:         txmgr.Config{Key: c.Accounts[chaintest.Relayer].Key},
		TxInterval: 20 * time.Millisecond,
		Queue: relayer.QueueConfig{PollInterval: 20 * time.Millisecond, RetryPolicy: relayer.FixedRetry(10 * time.Millisecond),
			Workers: queue.Workers, PerRequester: queue.PerRequester},
	})
	require.NoError(t, err)
	t.Cleanup(func() {
		stopCtx, cancel := context.WithTimeout(context.Background(), 10*time.Second)
		defer cancel()
		require.NoError(t, svc.Stop(stopCtx))
		stop()
		<-done
	})
	return c, db
}

func requestAs(t *testing.T, c *chaintest.Chain, who int, tier uint8, kind uint8, prompts ...string) {
	t.Helper()
	prices := map[uint8]int64{0: 10, 1: 45, 2: 160, 3: 700}
	c.Send(who, c.Agents, new(big.Int).Mul(big.NewInt(prices[tier]), big.NewInt(1e18)), c.AgentsABI.PackPurchasePackage(tier))
	agentID := chaintest.Call(t, c.Agents, c.AgentsABI.PackAgentCount(), c.AgentsABI.UnpackAgentCount)
	for _, p := range prompts {
		c.Send(who, c.Agents, nil, c.AgentsABI.PackRequestGeneration(agentID, kind, p))
	}
}

func statuses(t *testing.T, db *pgtest.DB) map[string]int {
	var rows []struct {
		ID     string `db:"id"`
		Status int    `db:"status"`
	}
	require.NoError(t, db.Select(&rows, `SELECT id::text AS id, status FROM generation_requests`))
	out := map[string]int{}
	for _, r := range rows {
		out[r.ID] = r.Status
	}
	return out
}

// Requests flow through River: indexed, queued, generated, stored, fulfilled
// on chain, indexed FULFILLED, each exactly once.
func TestQueueFulfilsEveryRequest(t *testing.T) {
	t.Parallel()
	c, db := running(t, []ai.Provider{local.New()}, 3)
	requestAs(t, c, chaintest.Alice, 3, 1, "a lighthouse", "a harbour")
	requestAs(t, c, chaintest.Bob, 0, 0, "a haiku", "a limerick")

	require.Eventually(t, func() bool {
		s := statuses(t, db)
		return len(s) == 4 && s["1"] == 2 && s["2"] == 2 && s["3"] == 2 && s["4"] == 2
	}, 60*time.Second, 50*time.Millisecond, "every request fulfilled: %v", statuses(t, db))
	var intents, outputs int
	require.NoError(t, db.Get(&intents, `SELECT count(*) FROM txs WHERE idempotency_key LIKE 'fulfil:%'`))
	require.NoError(t, db.Get(&outputs, `SELECT count(*) FROM generation_outputs`))
	require.Equal(t, 4, intents, "one fulfilment intent per request")
	require.Eventually(t, func() bool {
		var confirmed int
		return db.Get(&confirmed, `SELECT count(*) FROM txs WHERE state = 'confirmed' AND idempotency_key LIKE 'fulfil:%'`) == nil && confirmed == 4
	}, 30*time.Second, 50*time.Millisecond, "the transaction manager confirms each")
	// Alice's two images ran on concurrent workers: both count (62 XP each for
	// an Enterprise agent), which lifts the agent to level 2, anchored once.
	var profile string
	require.NoError(t, db.Get(&profile, `SELECT profile::text FROM agent_profiles WHERE agent_id = 1`))
	require.Contains(t, profile, `"image": 2`)
	require.Contains(t, profile, `"level": 2`)
	var evolves []string
	require.NoError(t, db.Select(&evolves, `SELECT idempotency_key FROM txs WHERE idempotency_key LIKE 'evolve:%'`))
	require.Equal(t, []string{"evolve:1:2"}, evolves)
	require.Equal(t, 4, outputs, "one generation per request")
	minted := chaintest.Call(t, c.Generated, c.GeneratedABI.PackTotalMinted(), c.GeneratedABI.UnpackTotalMinted)
	require.Equal(t, int64(4), minted.Int64())
}

// A provider that fails every time: after the configured attempts the request
// is failed on chain with a readable reason, and its credits refunded.
func TestFailingProviderEndsInRefund(t *testing.T) {
	t.Parallel()
	down := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, _ *http.Request) {
		w.Header().Set("Content-Type", "application/json")
		w.WriteHeader(http.StatusServiceUnavailable)
		_, _ = w.Write([]byte(`{"error":{"message":"The server is overloaded","type":"server_error","param":null,"code":null}}`))
	}))
	defer down.Close()
	p, err := openai.New(openai.Config{APIKey: "sk-test", BaseURL: down.URL + "/v1", TextModel: "gpt-4.1-nano"})
	require.NoError(t, err)
	c, db := running(t, []ai.Provider{p}, 2)
	requestAs(t, c, chaintest.Alice, 1, 0, "a haiku")

	require.Eventually(t, func() bool { return statuses(t, db)["1"] == 3 }, 60*time.Second, 50*time.Millisecond)
	var reason string
	require.NoError(t, db.Get(&reason, `SELECT failure_reason FROM generation_requests WHERE id = 1`))
	require.Contains(t, reason, "gave up after 2 attempts")
	require.Contains(t, reason, "overloaded")
	credits := chaintest.Call(t, c.Agents, c.AgentsABI.PackCredits(big.NewInt(1)), c.AgentsABI.UnpackCredits)
	require.Equal(t, uint64(500), credits, "refunded")
}

// wallets is the local provider, slowed, counting the generations in flight
// per wallet (the first word of the prompt).
type wallets struct {
	ai.Provider
	mu                sync.Mutex
	inFlight, maxSeen map[string]int
}

func (p *wallets) GenerateText(ctx context.Context, r ai.Request) (ai.Output, error) {
	who, _, _ := strings.Cut(r.Prompt, " ")
	p.mu.Lock()
	p.inFlight[who]++
	p.maxSeen[who] = max(p.maxSeen[who], p.inFlight[who])
	p.mu.Unlock()
	defer func() { p.mu.Lock(); p.inFlight[who]--; p.mu.Unlock() }()
	select {
	case <-time.After(150 * time.Millisecond):
	case <-ctx.Done():
		return ai.Output{}, ctx.Err()
	}
	return p.Provider.GenerateText(ctx, r)
}

// One wallet with many requests does not hold every worker: it runs at most
// PerRequester at a time, and another wallet's requests, queued after all of
// them, are fulfilled long before they are.
func TestOneWalletDoesNotHoldEveryWorker(t *testing.T) {
	t.Parallel()
	p := &wallets{Provider: local.New(), inFlight: map[string]int{}, maxSeen: map[string]int{}}
	c, db := runningWith(t, []ai.Provider{p}, 3, relayer.QueueConfig{Workers: 4, PerRequester: 1})
	c.Send(chaintest.Alice, c.Agents, new(big.Int).Mul(big.NewInt(700), big.NewInt(1e18)), c.AgentsABI.PackPurchasePackage(3))
	calls := make([][]byte, 12)
	for i := range calls {
		calls[i] = c.AgentsABI.PackRequestGeneration(big.NewInt(1), 0, fmt.Sprintf("alice %d", i))
	}
	c.Send(chaintest.Alice, c.Agents, nil, c.AgentsABI.PackMulticall(calls))
	requestAs(t, c, chaintest.Bob, 3, 0, "bob 1", "bob 2")

	fulfilled := func(who []byte) int {
		var n int
		require.NoError(t, db.Get(&n, `SELECT count(*) FROM generation_requests WHERE status = 2 AND requester = $1`, who))
		return n
	}
	require.Eventually(t, func() bool { return fulfilled(c.Addr(chaintest.Bob).Bytes()) == 2 }, 60*time.Second, 20*time.Millisecond)
	aliceThen := fulfilled(c.Addr(chaintest.Alice).Bytes())
	require.Eventually(t, func() bool { return fulfilled(c.Addr(chaintest.Alice).Bytes()) == 12 }, 60*time.Second, 20*time.Millisecond)
	p.mu.Lock()
	defer p.mu.Unlock()
	require.Equal(t, 1, p.maxSeen["alice"], "one of Alice's at a time")
	require.Less(t, aliceThen, 10, "Bob's two were done while most of Alice's waited")
}
