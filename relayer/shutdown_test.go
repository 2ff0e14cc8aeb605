package relayer_test

import (
	"context"
	"math/big"
	"testing"
	"time"

	"github.com/lib/pq"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/inft-labs/inft/ai"
	"github.com/inft-labs/inft/ai/local"
	"github.com/inft-labs/inft/indexer"
	"github.com/inft-labs/inft/internal/chaintest"
	"github.com/inft-labs/inft/internal/pgtest"
	"github.com/inft-labs/inft/ipfs"
	"github.com/inft-labs/inft/jobs"
	"github.com/inft-labs/inft/migrations"
	"github.com/inft-labs/inft/notify"
	"github.com/inft-labs/inft/relayer"
	"github.com/inft-labs/inft/txmgr"
)

// gated is the local provider held at a gate until it opens (or the
// generation's context ends).
type gated struct {
	ai.Provider
	open chan struct{}
}

func (g gated) GenerateText(ctx context.Context, r ai.Request) (ai.Output, error) {
	select {
	case <-g.open:
		return g.Provider.GenerateText(ctx, r)
	case <-ctx.Done():
		return ai.Output{}, ctx.Err()
	}
}

// pipeline is a chain that mines on its own, indexed into db with jobs
// queued, and a way to start relayers on it.
type pipeline struct {
	t     *testing.T
	chain *chaintest.Chain
	db    *pgtest.DB
	store *ipfs.Local
}

func newPipeline(t *testing.T) *pipeline {
	t.Helper()
	ctx := context.Background()
	c := chaintest.NewWithOptions(t, chaintest.Options{HTTP: true})
	db := pgtest.New(t)
	_, err := migrations.Up(ctx, db.DB.DB)
	require.NoError(t, err)
	inserter, err := jobs.NewInserter(db.DB.DB, 5)
	require.NoError(t, err)
	ix, err := indexer.New(ctx, db.DB, indexer.NewClient(c.RPC()), indexer.Config{
		Contracts: c.Contracts, StartBlock: c.DeployBlock, PollInterval: 20 * time.Millisecond, Jobs: inserter,
	})
	require.NoError(t, err)
	ixCtx, stop := context.WithCancel(ctx)
	done := make(chan error, 1)
	go func() { done <- ix.Run(ixCtx) }()
	t.Cleanup(func() { stop(); <-done })
	c.AutoMine(50 * time.Millisecond)
	store, err := ipfs.NewLocal(t.TempDir())
	require.NoError(t, err)
	return &pipeline{t: t, chain: c, db: db, store: store}
}

// service builds a relayer on the pipeline, not started.
func (p *pipeline) service(provider ai.Provider, softStop time.Duration) *relayer.Service {
	p.t.Helper()
	orch, err := ai.NewOrchestrator([]ai.Provider{provider}, ai.OrchestratorConfig{Policies: ai.OpenPolicies})
	require.NoError(p.t, err)
	svc, err := relayer.NewService(context.Background(), p.db.DB, p.chain.Client, relayer.ServiceConfig{
		AI: orch, Store: p.store, Agents: p.chain.Contracts.Agents, Generated: p.chain.Contracts.Generated,
		Tx:         txmgr.Config{Key: p.chain.Accounts[chaintest.Relayer].Key},
		TxInterval: 20 * time.Millisecond,
		Queue:      relayer.QueueConfig{PollInterval: 20 * time.Millisecond, SoftStop: softStop},
	})
	require.NoError(p.t, err)
	return svc
}

// start starts a relayer on the pipeline.
func (p *pipeline) start(provider ai.Provider, softStop time.Duration) *relayer.Service {
	p.t.Helper()
	svc := p.service(provider, softStop)
	require.NoError(p.t, svc.Start(context.Background()))
	return svc
}

func (p *pipeline) stages(id string) []string {
	var out []string
	require.NoError(p.t, p.db.Select(&out, `SELECT stage FROM generation_progress WHERE request_id = $1 ORDER BY id`, id))
	return out
}

func (p *pipeline) waitStage(id, stage string) {
	p.t.Helper()
	require.Eventually(p.t, func() bool {
		for _, s := range p.stages(id) {
			if s == stage {
				return true
			}
		}
		return false
	}, 90*time.Second, 10*time.Millisecond, "request %s reaches %s", id, stage)
}

// waitStatus waits for a request to reach an on-chain status, and on
// failure says where everything stands.
func (p *pipeline) waitStatus(id string, status int) {
	p.t.Helper()
	if assert.Eventually(p.t, func() bool { return statuses(p.t, p.db)[id] == status }, 90*time.Second, 20*time.Millisecond,
		"request %s reaches status %d", id, status) {
		return
	}
	var state []string
	_ = p.db.Select(&state, `SELECT 'job ' || state || ' attempt ' || attempt || ' ' || coalesce(errors::text, '') FROM river_job
		UNION ALL SELECT 'tx ' || idempotency_key || ' ' || state || ' ' || coalesce(error, '') FROM txs
		UNION ALL SELECT 'progress ' || request_id || ' ' || stage FROM generation_progress`)
	p.t.Fatalf("where things stand: %q", state)
}

func (p *pipeline) jobState(id string) string {
	var state string
	require.NoError(p.t, p.db.Get(&state, `SELECT state FROM river_job WHERE args->>'request_id' = $1`, id))
	return state
}

// Graceful shutdown: a job in the middle of its generation finishes its
// stage when it can within the soft stop, and is released (its attempt not
// counted) when it cannot; either way the request ends exactly once.
func TestGracefulShutdown(t *testing.T) {
	t.Parallel()

	t.Run("a running job finishes", func(t *testing.T) {
		t.Parallel()
		p := newPipeline(t)
		gate := gated{local.New(), make(chan struct{})}
		svc := p.start(gate, 10*time.Second)
		requestAs(t, p.chain, chaintest.Alice, 1, 0, "a haiku")
		p.waitStage("1", relayer.StageGenerating)

		stopped := make(chan error, 1)
		go func() { stopped <- svc.Stop(context.Background()) }()
		time.Sleep(200 * time.Millisecond)
		select {
		case err := <-stopped:
			t.Fatalf("Stop returned before the running job finished: %v", err)
		default:
		}
		close(gate.open)
		require.NoError(t, <-stopped)
		require.Equal(t, "completed", p.jobState("1"))
		require.Contains(t, p.stages("1"), relayer.StageMinting, "the job went on to queue its fulfilment")

		// The next relayer sends what the stopped one queued.
		svc = p.start(local.New(), time.Second)
		defer func() { require.NoError(t, svc.Stop(context.Background())) }()
		p.waitStatus("1", 2)
	})

	t.Run("a job that cannot finish is released", func(t *testing.T) {
		t.Parallel()
		p := newPipeline(t)
		svc := p.start(gated{local.New(), make(chan struct{})}, 200*time.Millisecond)
		requestAs(t, p.chain, chaintest.Alice, 1, 0, "a haiku")
		p.waitStage("1", relayer.StageGenerating)

		began := time.Now()
		require.NoError(t, svc.Stop(context.Background()))
		require.Less(t, time.Since(began), 5*time.Second, "the soft stop bounds the wait")
		var job struct {
			State   string `db:"state"`
			Attempt int    `db:"attempt"`
			Max     int    `db:"max_attempts"`
		}
		require.NoError(t, p.db.Get(&job, `SELECT state, attempt, max_attempts FROM river_job WHERE args->>'request_id' = '1'`))
		require.Contains(t, []string{"available", "scheduled"}, job.State, "released, neither running nor lost")
		require.Less(t, job.Attempt, job.Max, "the cut attempt does not use up the job")
		var intents []string
		require.NoError(t, p.db.Select(&intents, `SELECT idempotency_key FROM txs`))
		require.Empty(t, intents, "nothing failed or fulfilled by the stop")

		svc = p.start(local.New(), time.Second)
		defer func() { require.NoError(t, svc.Stop(context.Background())) }()
		p.waitStatus("1", 2)
		credits := chaintest.Call(t, p.chain.Agents, p.chain.AgentsABI.PackCredits(big.NewInt(1)), p.chain.AgentsABI.UnpackCredits)
		require.Equal(t, uint64(499), credits, "one text generation spent, once")
	})
}

// Every stage a worker records reaches LISTENers of the schema's channel,
// the async-committed ones included.
func TestProgressIsNotified(t *testing.T) {
	t.Parallel()
	e := setup(t)
	e.request(0, "a haiku")
	listener := pq.NewListener(e.db.URL, 10*time.Millisecond, time.Second, nil)
	defer listener.Close()
	require.NoError(t, listener.Listen(notify.ChannelFor(e.db.Schema)))

	require.NoError(t, e.worker.Process(context.Background(), "1"))
	var got int
	timeout := time.After(10 * time.Second)
	for got < 3 { // GENERATING, UPLOADING, MINTING
		select {
		case n := <-listener.Notify:
			require.Contains(t, n.Extra, `"progress"`)
			require.Contains(t, n.Extra, `"1"`)
			got++
		case <-timeout:
			t.Fatalf("%d of 3 progress notifications", got)
		}
	}
	var setting string
	require.NoError(t, e.db.Get(&setting, `SHOW synchronous_commit`))
	require.Equal(t, "on", setting, "an async commit is for its own statement only")
}
