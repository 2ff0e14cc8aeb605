package relayer_test

import (
	"context"
	"math/big"
	"testing"
	"time"

	"github.com/prometheus/client_golang/prometheus"
	"github.com/stretchr/testify/require"

	"github.com/inft-labs/inft/internal/chaintest"
	"github.com/inft-labs/inft/internal/promtest"
	"github.com/inft-labs/inft/jobs"
	"github.com/inft-labs/inft/relayer"
	"github.com/inft-labs/inft/txmgr"
)

func (e *env) scheduler(cfg relayer.ScheduleConfig) (*relayer.Scheduler, *prometheus.Registry) {
	e.t.Helper()
	reg := prometheus.NewRegistry()
	s, err := relayer.NewScheduler(e.worker, e.chain.Client, e.chain.Contracts.Generated, cfg, reg)
	require.NoError(e.t, err)
	return s, reg
}

func (e *env) intentKeys() []string {
	e.t.Helper()
	var keys []string
	require.NoError(e.t, e.db.Select(&keys, `SELECT idempotency_key FROM txs ORDER BY id`))
	return keys
}

// A job left running by a crashed worker is rescued by River once it has
// run for the lease, and worked again.
func TestStuckJobIsRescuedByRiver(t *testing.T) {
	t.Parallel()
	e := setup(t)
	e.request(0, "a haiku")
	ins, err := jobs.NewInserter(e.db.DB.DB, 5)
	require.NoError(t, err)
	tx, err := e.db.DB.DB.Begin()
	require.NoError(t, err)
	require.NoError(t, ins.InsertTx(context.Background(), tx, []jobs.Generate{{RequestID: "1"}}))
	require.NoError(t, tx.Commit())
	// Its worker took it an hour ago and died.
	e.db.MustExec(`UPDATE river_job SET state = 'running', attempt = 1, attempted_at = now() - interval '1 hour'`)

	q, err := relayer.NewQueue(e.db.DB.DB, e.worker, nil, relayer.QueueConfig{PollInterval: 20 * time.Millisecond,
		RetryPolicy: relayer.FixedRetry(10 * time.Millisecond), AttemptTimeout: time.Second, Lease: 2 * time.Second})
	require.NoError(t, err)
	require.NoError(t, q.Start(context.Background()))
	defer func() { require.NoError(t, q.Stop(context.Background())) }()
	var job struct {
		State  string `db:"state"`
		Errors string `db:"errors"`
	}
	require.Eventually(t, func() bool {
		return e.db.Get(&job, `SELECT state, coalesce(errors::text, '') AS errors FROM river_job WHERE kind = 'generate'`) == nil &&
			job.State == "completed"
	}, 30*time.Second, 50*time.Millisecond, "rescued and worked: %+v", job)
	require.Contains(t, job.Errors, "Stuck job rescued by JobRescuer", "the lost attempt on record")
	require.Contains(t, e.intentKeys(), "fulfil:1")
}

// A scheduled task is a River periodic job: with two replicas on one
// database, only the elected leader queues it, once per period, and one of
// them works it.
func TestScheduledTaskRunsOncePerPeriod(t *testing.T) {
	t.Parallel()
	e := setup(t)
	regs := make([]*prometheus.Registry, 2)
	for i := range regs {
		var s *relayer.Scheduler
		s, regs[i] = e.scheduler(relayer.ScheduleConfig{Deadlines: "@every 1s", Evolution: "@every 1h", Reconcile: "@every 1h"})
		q, err := relayer.NewQueue(e.db.DB.DB, e.worker, s, relayer.QueueConfig{PollInterval: 20 * time.Millisecond})
		require.NoError(t, err)
		require.NoError(t, q.Start(context.Background()))
		defer func() { require.NoError(t, q.Stop(context.Background())) }()
	}
	runs := func() float64 {
		var n float64
		for _, reg := range regs {
			n += promtest.Sum(t, reg, "inft_scheduler_runs_total", map[string]string{"task": "deadlines", "result": "ok"})
		}
		return n
	}
	require.Eventually(t, func() bool { return runs() >= 4 }, 30*time.Second, 20*time.Millisecond)
	var perSecond []int
	require.NoError(t, e.db.Select(&perSecond, `SELECT count(*) FROM river_job WHERE kind = 'scheduled_task'
		GROUP BY date_trunc('second', scheduled_at) ORDER BY 1 DESC`))
	require.NotEmpty(t, perSecond)
	require.Equal(t, 1, perSecond[0], "one run queued per period: %v", perSecond)
	var leaders int
	require.NoError(t, e.db.Get(&leaders, `SELECT count(*) FROM river_leader`))
	require.Equal(t, 1, leaders)
}

func TestSchedulerFailsOverdueRequests(t *testing.T) {
	t.Parallel()
	e := setup(t)
	c := e.chain
	e.request(0, "a haiku")                                                                                   // 1: overdue, nothing queued
	c.Send(chaintest.Alice, c.Agents, nil, c.AgentsABI.PackRequestGeneration(big.NewInt(1), 0, "a limerick")) // 2: overdue, fulfilment queued
	c.Send(chaintest.Alice, c.Agents, nil, c.AgentsABI.PackRequestGeneration(big.NewInt(1), 0, "an ode"))     // 3: recent
	e.sync()
	require.NoError(t, e.worker.Process(context.Background(), "2"))
	e.db.MustExec(`UPDATE generation_jobs SET created_at = now() - interval '2 hours' WHERE request_id IN (1, 2)`)
	before := chaintest.Call(t, c.Agents, c.AgentsABI.PackCredits(big.NewInt(1)), c.AgentsABI.UnpackCredits)

	s, _ := e.scheduler(relayer.ScheduleConfig{Deadline: time.Hour})
	n, err := s.FailOverdue(context.Background())
	require.NoError(t, err)
	require.Equal(t, 1, n)
	require.Equal(t, []string{"fulfil:2", "fail:1"}, e.intentKeys(), "only the overdue request with nothing queued is failed")
	e.mine()

	var reason string
	require.NoError(t, e.db.Get(&reason, `SELECT failure_reason FROM generation_requests WHERE id = 1`))
	require.Equal(t, "no output within 1h0m0s", reason)
	require.Equal(t, before+1, chaintest.Call(t, c.Agents, c.AgentsABI.PackCredits(big.NewInt(1)), c.AgentsABI.UnpackCredits), "refunded")
	n, err = s.FailOverdue(context.Background())
	require.NoError(t, err)
	require.Zero(t, n, "failed once")
}

func TestSchedulerAnchorsMissedLevelUps(t *testing.T) {
	t.Parallel()
	e := setup(t)
	e.request(1, "a noir lighthouse")
	require.NoError(t, e.worker.Process(context.Background(), "1"))
	e.mine()
	s, _ := e.scheduler(relayer.ScheduleConfig{})
	n, err := s.AnchorEvolution(context.Background())
	require.NoError(t, err)
	require.Zero(t, n, "level 1 is where every agent starts: nothing to anchor")

	// The agent learned its way to level 3, but no evolution was queued (say
	// the transaction that learned it predates anchoring).
	e.db.MustExec(`UPDATE agent_profiles SET profile = jsonb_set(profile, '{level}', '3') WHERE agent_id = 1`)
	n, err = s.AnchorEvolution(context.Background())
	require.NoError(t, err)
	require.Equal(t, 1, n)
	n, err = s.AnchorEvolution(context.Background())
	require.NoError(t, err)
	require.Zero(t, n, "queued once")
	var anchorJobs int
	require.NoError(t, e.db.Get(&anchorJobs, `SELECT count(*) FROM river_job WHERE kind = 'anchor' AND args->>'agent_id' = '1'`))
	require.Equal(t, 1, anchorJobs, "an anchor job, as a level-up at generation time queues")
	// What the job does (no River client works here).
	queued, err := e.worker.Anchor(context.Background(), "1")
	require.NoError(t, err)
	require.True(t, queued)
	e.mine()
	var level int
	require.NoError(t, e.db.Get(&level, `SELECT level FROM agents WHERE id = 1`))
	require.Equal(t, 3, level, "anchored on chain and indexed")
	require.Contains(t, e.intentKeys(), "evolve:1:3")
}

func TestSchedulerReconcilesWithTheChain(t *testing.T) {
	t.Parallel()
	e := setup(t)
	e.request(0, "a haiku")
	require.NoError(t, e.worker.Process(context.Background(), "1"))
	e.mine()
	s, reg := e.scheduler(relayer.ScheduleConfig{})
	got, err := s.Reconcile(context.Background())
	require.NoError(t, err)
	require.Empty(t, got, "the index agrees with the chain")

	// Lag is no divergence: a purchase the indexer has not seen yet.
	c := e.chain
	c.Send(chaintest.Bob, c.Agents, new(big.Int).Mul(big.NewInt(10), big.NewInt(1e18)), c.AgentsABI.PackPurchasePackage(0))
	c.Send(chaintest.Alice, c.Agents, nil, c.AgentsABI.PackTransferFrom(c.Addr(chaintest.Alice), c.Addr(chaintest.Carol), big.NewInt(1)))
	got, err = s.Reconcile(context.Background())
	require.NoError(t, err)
	require.Empty(t, got, "compared at the indexed block")
	e.sync()

	e.db.MustExec(`UPDATE agents SET credits = credits + 7 WHERE id = 1`)
	e.db.MustExec(`UPDATE generated_tokens SET owner = $1 WHERE id = 1`, c.Addr(chaintest.Bob).Bytes())
	got, err = s.Reconcile(context.Background())
	require.NoError(t, err)
	require.ElementsMatch(t, []relayer.Divergence{
		{Field: "agent_credits", ID: "1", DB: "506", Chain: "499"},
		{Field: "token_owner", ID: "1", DB: c.Addr(chaintest.Bob).Hex(), Chain: c.Addr(chaintest.Alice).Hex()},
	}, got)
	require.Equal(t, 1.0, promtest.Sum(t, reg, "inft_reconcile_divergences", map[string]string{"field": "agent_credits"}))
	require.Equal(t, 1.0, promtest.Sum(t, reg, "inft_reconcile_divergences", map[string]string{"field": "token_owner"}))
	require.Equal(t, 0.0, promtest.Sum(t, reg, "inft_reconcile_divergences", map[string]string{"field": "agent_owner"}))
}

// Before sending, the request's status is read from the chain: a fulfilment
// of a request fulfilled elsewhere (here, behind the index's back) is vetoed.
func TestAlreadyFulfilledOnChainIsNotSentAgain(t *testing.T) {
	t.Parallel()
	e := setup(t)
	c := e.chain
	e.request(0, "a haiku")
	c.Send(chaintest.Relayer, c.Agents, nil, c.AgentsABI.PackFulfillGeneration(big.NewInt(1), "ipfs://elsewhere"))
	require.NoError(t, e.worker.Process(context.Background(), "1")) // the index still says pending

	check := relayer.StatusCheck(c.Client, c.Contracts.Agents)
	intent, err := e.tx.Get(context.Background(), "fulfil:1")
	require.NoError(t, err)
	veto, err := check(context.Background(), []txmgr.Tx{*intent, {ID: 99, Key: "evolve:1:2"}})
	require.NoError(t, err)
	require.Equal(t, map[int64]string{intent.ID: "request 1 is fulfilled on chain"}, veto)
}

// The queue's depth by state and the age of its oldest waiting job are read
// at each scrape, and so is the providers' health.
func TestSchedulerReportsTheQueue(t *testing.T) {
	t.Parallel()
	e := setup(t)
	ins, err := jobs.NewInserter(e.db.DB.DB, 5)
	require.NoError(t, err)
	tx, err := e.db.DB.DB.Begin()
	require.NoError(t, err)
	require.NoError(t, ins.InsertTx(context.Background(), tx, []jobs.Generate{{RequestID: "1"}, {RequestID: "2"}, {RequestID: "3"}}))
	require.NoError(t, tx.Commit())
	e.db.MustExec(`UPDATE river_job SET state = 'running', attempt = 1, attempted_at = now() WHERE args->>'request_id' = '1'`)
	e.db.MustExec(`UPDATE river_job SET created_at = now() - interval '90 seconds', scheduled_at = now() - interval '90 seconds'
		WHERE args->>'request_id' = '2'`)

	_, reg := e.scheduler(relayer.ScheduleConfig{})
	require.Equal(t, 1.0, promtest.Sum(t, reg, "inft_relayer_queue_jobs", map[string]string{"state": "running"}))
	require.Equal(t, 2.0, promtest.Sum(t, reg, "inft_relayer_queue_jobs", map[string]string{"state": "available"}))
	require.Zero(t, promtest.Sum(t, reg, "inft_relayer_queue_jobs", map[string]string{"state": "retryable"}), "every state is reported, 0 included")
	age := promtest.Sum(t, reg, "inft_relayer_queue_oldest_waiting_seconds", nil)
	require.InDelta(t, 90, age, 10, "the oldest waiting job's age")
	require.Equal(t, 1.0, promtest.Sum(t, reg, "inft_ai_provider_up", map[string]string{"provider": "local"}))
	require.Equal(t, 3.0, promtest.Sum(t, reg, "inft_ai_provider_quality", map[string]string{"provider": "local"}), "unrated")

	e.db.MustExec(`UPDATE river_job SET state = 'available' WHERE args->>'request_id' = '1'`)
	require.Equal(t, 3.0, promtest.Sum(t, reg, "inft_relayer_queue_jobs", map[string]string{"state": "available"}), "read again at the next scrape")
}

// A request whose job River gave up on (its rescuer found it stuck at its
// last attempt: the worker died with it) is failed and refunded by the next
// sweep once its lease has passed, not after the whole deadline.
func TestSchedulerFailsRequestsRiverGaveUpOn(t *testing.T) {
	t.Parallel()
	e := setup(t)
	c := e.chain
	e.request(0, "a haiku")                                                                               // 1: River gave up
	c.Send(chaintest.Alice, c.Agents, nil, c.AgentsABI.PackRequestGeneration(big.NewInt(1), 0, "an ode")) // 2: still being worked
	e.sync()
	ins, err := jobs.NewInserter(e.db.DB.DB, 0)
	require.NoError(t, err)
	tx, err := e.db.DB.DB.Begin()
	require.NoError(t, err)
	require.NoError(t, ins.InsertTx(context.Background(), tx, []jobs.Generate{{RequestID: "1"}, {RequestID: "2"}}))
	require.NoError(t, tx.Commit())
	e.db.MustExec(`UPDATE river_job SET state = 'discarded', finalized_at = now(), attempt = max_attempts
		WHERE kind = 'generate' AND args->>'request_id' = '1'`)
	e.db.MustExec(`UPDATE river_job SET state = 'running', attempted_at = now(), attempt = 1
		WHERE kind = 'generate' AND args->>'request_id' = '2'`)
	e.db.MustExec(`UPDATE generation_jobs SET created_at = now() - interval '1 minute'`)

	s, _ := e.scheduler(relayer.ScheduleConfig{Deadline: time.Hour, Lease: time.Second})
	n, err := s.FailOverdue(context.Background())
	require.NoError(t, err)
	require.Equal(t, 1, n, "only the request River gave up on")
	require.Equal(t, []string{"fail:1"}, e.intentKeys())
	e.mine()
	var reason string
	require.NoError(t, e.db.Get(&reason, `SELECT failure_reason FROM generation_requests WHERE id = 1`))
	require.Equal(t, "gave up: no attempt finished", reason)
	n, err = s.FailOverdue(context.Background())
	require.NoError(t, err)
	require.Zero(t, n, "failed once")
}
