package relayer

import (
	"bytes"
	"cmp"
	"context"
	"database/sql"
	"errors"
	"fmt"
	"log/slog"
	"math/big"
	"time"

	"github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/common"
	"github.com/jmoiron/sqlx"
	"github.com/lib/pq"
	"github.com/prometheus/client_golang/prometheus"
	"github.com/riverqueue/river"
	"github.com/riverqueue/river/rivertype"
	"github.com/robfig/cron/v3"

	"github.com/inft-labs/inft/bindings"
	"github.com/inft-labs/inft/chat"
	"github.com/inft-labs/inft/internal/pg"
	"github.com/inft-labs/inft/jobs"
)

// ScheduleConfig tunes the relayer's scheduled work. Specs are robfig/cron
// schedules ("@every 30s", "*/5 * * * *"), parsed with cron.ParseStandard.
type ScheduleConfig struct {
	// Deadlines: how often requests past the deadline are failed. Default "@every 30s".
	Deadlines string
	// Evolution: how often level-ups not yet anchored are anchored. Default "@every 1m".
	Evolution string
	// Reconcile: how often a sample is compared with the chain. Default "@every 5m".
	Reconcile string
	// Settlements: how often the chat sessions that are due (ended, at their
	// cap, expired, or whose agent changed hands) are settled. Default "@every 5s".
	Settlements string

	// Lease is how long a job may run before it is presumed dead (its worker
	// crashed) and River's rescuer queues it again (River's
	// RescueStuckJobsAfter; the relayer's QueueConfig.Lease when that is
	// unset). Default 11 minutes: an attempt's timeout (10 minutes) and a
	// margin.
	Lease time.Duration
	// Deadline fails a request that has no output this long after its job
	// was created. Default 30 minutes.
	Deadline time.Duration
	// Sample is how many agents and tokens each reconciliation compares. Default 50.
	Sample int
}

func (c ScheduleConfig) withDefaults() ScheduleConfig {
	c.Deadlines = cmp.Or(c.Deadlines, "@every 30s")
	c.Evolution = cmp.Or(c.Evolution, "@every 1m")
	c.Reconcile = cmp.Or(c.Reconcile, "@every 5m")
	c.Settlements = cmp.Or(c.Settlements, "@every 5s")
	c.Lease = cmp.Or(c.Lease, 11*time.Minute)
	c.Deadline = cmp.Or(c.Deadline, 30*time.Minute)
	c.Sample = cmp.Or(c.Sample, 50)
	return c
}

// Scheduler is the relayer's periodic work: it fails requests past their
// deadline, anchors level-ups that were not, settles the chat sessions that
// are due, and reconciles a sample of the database against the chain. The tasks are River periodic jobs of the
// Queue it is given to, so they are queued by River's elected leader only,
// once per period whatever the number of replicas, and worked by any of them.
// It also exports provider health and the queue's depth, read at each
// scrape. Each task is also a method, so that tests and operators can run it
// at once.
type Scheduler struct {
	cfg       ScheduleConfig
	db        *sqlx.DB
	w         *Worker
	chain     ethereum.ContractCaller
	agents    common.Address
	generated common.Address
	log       *slog.Logger
	tasks     []task
	metrics   schedulerMetrics
}

// task is one scheduled task.
type task struct {
	name     string
	schedule cron.Schedule // a river.PeriodicSchedule: Next(time.Time) time.Time
	run      func(context.Context) error
}

type schedulerMetrics struct {
	divergences   *prometheus.GaugeVec
	divergedTotal *prometheus.CounterVec
	overdue       prometheus.Counter
	anchored      prometheus.Counter
	runs          *prometheus.CounterVec
}

// NewScheduler returns the scheduled work for w's database, to give to
// NewQueue. chain answers the reconciliation's reads; generated is
// INFTGenerated. Its metrics, provider health and the queue's depth are
// registered with reg, if not nil.
func NewScheduler(w *Worker, chain ethereum.ContractCaller, generated common.Address, cfg ScheduleConfig, reg prometheus.Registerer) (*Scheduler, error) {
	cfg = cfg.withDefaults()
	s := &Scheduler{
		cfg: cfg, db: w.db, w: w, chain: chain, agents: w.cfg.Agents, generated: generated,
		log: w.log.With("component", "scheduler"),
		metrics: schedulerMetrics{
			divergences: prometheus.NewGaugeVec(prometheus.GaugeOpts{Name: "inft_reconcile_divergences",
				Help: "Rows of the last reconciliation's sample (on the replica that ran it) that differ from the chain at the indexed block."}, []string{"field"}),
			divergedTotal: prometheus.NewCounterVec(prometheus.CounterOpts{Name: "inft_reconcile_divergences_total",
				Help: "Rows found differing from the chain, over all reconciliations."}, []string{"field"}),
			overdue: prometheus.NewCounter(prometheus.CounterOpts{Name: "inft_relayer_deadline_failures_total",
				Help: "Requests failed on chain (refunded) for passing their deadline."}),
			anchored: prometheus.NewCounter(prometheus.CounterOpts{Name: "inft_relayer_evolutions_anchored_total",
				Help: "Level-ups queued for anchoring by the scheduler (missed at generation time)."}),
			runs: prometheus.NewCounterVec(prometheus.CounterOpts{Name: "inft_scheduler_runs_total",
				Help: "Scheduled task runs on this replica, by task and result."}, []string{"task", "result"}),
		},
	}
	if reg != nil {
		m := s.metrics
		for _, c := range []prometheus.Collector{m.divergences, m.divergedTotal, m.overdue, m.anchored, m.runs,
			ProviderHealth(w.cfg.AI), QueueDepth(w.db)} {
			if err := reg.Register(c); err != nil {
				return nil, fmt.Errorf("relayer: register metrics: %w", err)
			}
		}
	}
	for _, t := range []struct {
		name, spec string
		run        func(context.Context) error
	}{
		{"deadlines", cfg.Deadlines, func(ctx context.Context) error { _, err := s.FailOverdue(ctx); return err }},
		{"evolution", cfg.Evolution, func(ctx context.Context) error { _, err := s.AnchorEvolution(ctx); return err }},
		{"reconcile", cfg.Reconcile, func(ctx context.Context) error { _, err := s.Reconcile(ctx); return err }},
		{"settlements", cfg.Settlements, func(ctx context.Context) error { _, err := s.SettleSessions(ctx); return err }},
	} {
		sched, err := cron.ParseStandard(t.spec)
		if err != nil {
			return nil, fmt.Errorf("relayer: schedule %s %q: %w", t.name, t.spec, err)
		}
		s.tasks = append(s.tasks, task{t.name, sched, t.run})
	}
	return s, nil
}

// TaskArgs is the River job of one run of a scheduled task.
type TaskArgs struct {
	Task string `json:"task" river:"unique"`
}

// Kind is River's name of the job.
func (TaskArgs) Kind() string { return "scheduled_task" }

// taskOpts: a task is not queued again while its previous run waits or runs
// (cron's SkipIfStillRunning), and a failed run is not retried: the next
// period runs it again.
var taskOpts = &river.InsertOpts{
	Queue:       QueueTasks,
	MaxAttempts: 1,
	UniqueOpts: river.UniqueOpts{ByArgs: true, ByState: []rivertype.JobState{
		rivertype.JobStateAvailable, rivertype.JobStatePending, rivertype.JobStateRunning,
		rivertype.JobStateRetryable, rivertype.JobStateScheduled,
	}},
}

// periodicJobs returns the tasks as River periodic jobs.
func (s *Scheduler) periodicJobs() []*river.PeriodicJob {
	out := make([]*river.PeriodicJob, len(s.tasks))
	for i, t := range s.tasks {
		out[i] = river.NewPeriodicJob(t.schedule, func() (river.JobArgs, *river.InsertOpts) {
			return TaskArgs{Task: t.name}, taskOpts
		}, &river.PeriodicJobOpts{ID: t.name})
	}
	return out
}

// TaskWorker runs scheduled tasks' jobs.
type TaskWorker struct {
	river.WorkerDefaults[TaskArgs]
	s *Scheduler
}

// Work runs the job's task.
func (tw *TaskWorker) Work(ctx context.Context, job *river.Job[TaskArgs]) error {
	for _, t := range tw.s.tasks {
		if t.name == job.Args.Task {
			return tw.s.run(ctx, t)
		}
	}
	return river.JobCancel(fmt.Errorf("relayer: no scheduled task %q", job.Args.Task))
}

func (s *Scheduler) run(ctx context.Context, t task) error {
	if err := t.run(ctx); err != nil {
		s.metrics.runs.WithLabelValues(t.name, "error").Inc()
		s.log.Error("scheduled task failed", "task", t.name, "err", err)
		return err
	}
	s.metrics.runs.WithLabelValues(t.name, "ok").Inc()
	return nil
}

// ReleaseOrphans makes every running job of the relayer's (generations,
// anchoring, scheduled tasks) available again, at once: for a relayer that
// knows it is the only one on its database (`inft dev` holds its database
// alone), every running job at its start was left by a run that was killed.
// Elsewhere River's rescuer does it, once a job has run for the Lease.
func ReleaseOrphans(ctx context.Context, db *sqlx.DB) ([]int64, error) {
	var ids []int64
	err := db.SelectContext(ctx, &ids, `UPDATE river_job SET state = 'available', scheduled_at = now(),
		errors = array_append(errors, jsonb_build_object('at', now(), 'attempt', attempt, 'error', $2::text, 'trace', ''))
		WHERE kind = ANY($1) AND state = 'running'
		RETURNING id`, pq.Array([]string{jobs.GenerateArgs{}.Kind(), AnchorArgs{}.Kind(), TaskArgs{}.Kind()}),
		"left running by a stopped run: re-queued at start")
	if err != nil {
		return nil, fmt.Errorf("relayer: release orphaned jobs: %w", err)
	}
	return ids, nil
}

// maxPerRun bounds the requests a deadline sweep fails, and the level-ups an
// anchoring sweep queues, in one run; the next run goes on.
const maxPerRun = 500

// FailOverdue fails on chain (refunding) every pending request whose job is
// older than the deadline, or whose job River gave up on (jobs.Abandoned: a
// worker died with it at its last attempt) once its lease has passed, and
// which has neither a fulfilment nor a failure queued; it drops their waiting
// jobs.
func (s *Scheduler) FailOverdue(ctx context.Context) (int, error) {
	reasons := map[string]string{}
	var due []string
	pick := func(ids []string, why string) error {
		keys := make([]string, 0, 2*len(ids))
		for _, id := range ids {
			keys = append(keys, endKeys(id)...)
		}
		queued, err := s.w.cfg.Tx.QueuedOf(ctx, s.db, keys)
		if err != nil {
			return err
		}
		for _, id := range ids {
			if !queued[fulfilKey(id)] && !queued[failKey(id)] && len(due) < maxPerRun {
				reasons[id] = why
				due = append(due, id)
			}
		}
		return nil
	}
	// One pass over the pending requests whose job is older than the lease
	// (none of River's can be given up on sooner) or the deadline.
	after := "0"
	for len(due) < maxPerRun {
		var rows []struct {
			ID      string `db:"id"`
			Overdue bool   `db:"overdue"`
		}
		err := s.db.SelectContext(ctx, &rows, `SELECT j.request_id::text AS id, j.created_at < now() - make_interval(secs => $1) AS overdue
			FROM generation_jobs j JOIN generation_requests r ON r.id = j.request_id
			WHERE r.status = 1 AND j.created_at < now() - make_interval(secs => $2) AND j.request_id > $3::numeric
			ORDER BY j.request_id LIMIT $4`, s.cfg.Deadline.Seconds(), min(s.cfg.Lease, s.cfg.Deadline).Seconds(), after, maxPerRun)
		if err != nil {
			return 0, fmt.Errorf("relayer: find overdue requests: %w", err)
		}
		if len(rows) == 0 {
			break
		}
		after = rows[len(rows)-1].ID
		var overdue, younger []string
		for _, r := range rows {
			if r.Overdue {
				overdue = append(overdue, r.ID)
			} else {
				younger = append(younger, r.ID)
			}
		}
		abandoned, err := jobs.Abandoned(ctx, s.db, younger)
		if err == nil {
			err = pick(overdue, fmt.Sprintf("no output within %s", s.cfg.Deadline))
		}
		if err == nil {
			err = pick(abandoned, "gave up: no attempt finished")
		}
		if err != nil {
			return 0, fmt.Errorf("relayer: find overdue requests: %w", err)
		}
		if len(rows) < maxPerRun {
			break
		}
	}
	var failed []string
	var err error
	for _, id := range due {
		if err = s.w.Fail(ctx, id, reasons[id]); err != nil {
			break
		}
		failed = append(failed, id)
	}
	if derr := jobs.DeleteWaiting(ctx, s.db, failed); derr != nil {
		err = errors.Join(err, fmt.Errorf("relayer: drop jobs of overdue requests: %w", derr))
	}
	if len(failed) > 0 {
		s.metrics.overdue.Add(float64(len(failed)))
		s.log.Warn("failed requests past their deadline or given up by River", "requests", failed, "deadline", s.cfg.Deadline)
	}
	return len(failed), err
}

// AnchorEvolution queues an anchor job for every agent whose learned level
// is above its level on chain with no evolution to that level queued yet (a
// level-up anchored at generation time is not queued twice); the job stores
// the state document and queues evolveAgent (Worker.Anchor).
func (s *Scheduler) AnchorEvolution(ctx context.Context) (int, error) {
	n := 0
	after := "0"
	for n < maxPerRun {
		var rows []struct {
			Agent string `db:"agent_id"`
			Level uint32 `db:"level"`
		}
		err := s.db.SelectContext(ctx, &rows, `SELECT p.agent_id::text, (p.profile->>'level')::bigint AS level
			FROM agent_profiles p JOIN agents a ON a.id = p.agent_id
			WHERE (p.profile->>'level')::bigint > GREATEST(a.level, 1) AND p.agent_id > $1::numeric
			ORDER BY p.agent_id LIMIT $2`, after, maxPerRun)
		if err != nil {
			return n, fmt.Errorf("relayer: find level-ups to anchor: %w", err)
		}
		if len(rows) == 0 {
			break
		}
		after = rows[len(rows)-1].Agent
		keys := make([]string, len(rows))
		for i, r := range rows {
			keys[i] = evolveKey(r.Agent, r.Level)
		}
		queued, err := s.w.cfg.Tx.QueuedOf(ctx, s.db, keys)
		if err != nil {
			return n, fmt.Errorf("relayer: find level-ups to anchor: %w", err)
		}
		for i, r := range rows {
			if queued[keys[i]] || n >= maxPerRun {
				continue
			}
			// An anchor job, as a level-up at generation time queues (that
			// one's job, if still waiting, makes this a duplicate River
			// skips): the IPFS store is called by the job, retried by River
			// per agent, not here, one agent after another.
			res, err := s.w.jobs.Insert(ctx, AnchorArgs{AgentID: r.Agent, Level: r.Level}, anchorOpts)
			if err != nil {
				return n, fmt.Errorf("relayer: queue anchoring of agent %s: %w", r.Agent, err)
			}
			if !res.UniqueSkippedAsDuplicate {
				n++
				s.metrics.anchored.Inc()
				s.log.Info("queued a level-up to anchor", "agent", r.Agent, "level", r.Level)
			}
		}
		if len(rows) < maxPerRun {
			break
		}
	}
	return n, nil
}

// Divergence is one row that differs from the chain.
type Divergence struct {
	Field string // "agent_credits", "agent_owner" or "token_owner"
	ID    string
	DB    string
	Chain string
}

// Reconcile compares a random sample of agents (credits, owner) and
// generated tokens (owner) with the chain's views at the block the indexer
// has reached, so that indexing lag is no divergence, and exports what
// differs as inft_reconcile_divergences and a log line each.
func (s *Scheduler) Reconcile(ctx context.Context) ([]Divergence, error) {
	type agentRow struct {
		ID      string `db:"id"`
		Owner   []byte `db:"owner"`
		Credits string `db:"credits"`
	}
	var (
		block  int64
		agents []agentRow
		tokens []agentRow
	)
	// One snapshot: the checkpoint and the rows as of it.
	err := pg.Snapshot(ctx, s.db, func(tx *sqlx.Tx) error {
		if err := tx.GetContext(ctx, &block, `SELECT block_number FROM indexer_checkpoints WHERE chain_id = $1`,
			s.w.cfg.Tx.ChainID().Int64()); err != nil {
			return err
		}
		if err := tx.SelectContext(ctx, &agents, `SELECT id::text, owner, credits::text FROM agents ORDER BY random() LIMIT $1`, s.cfg.Sample); err != nil {
			return err
		}
		return tx.SelectContext(ctx, &tokens, `SELECT id::text, owner, '0' AS credits FROM generated_tokens ORDER BY random() LIMIT $1`, s.cfg.Sample)
	})
	if errors.Is(err, sql.ErrNoRows) {
		return nil, nil // nothing indexed yet
	}
	if err != nil {
		return nil, fmt.Errorf("relayer: read the sample to reconcile: %w", err)
	}
	at := big.NewInt(block)
	abi := bindings.NewINFTAgents()
	var out []Divergence
	if len(agents) > 0 {
		views := make([][]byte, 0, 2*len(agents))
		for _, a := range agents {
			id, _ := new(big.Int).SetString(a.ID, 10)
			views = append(views, abi.PackCredits(id), abi.PackOwnerOf(id))
		}
		raw, err := s.chain.CallContract(ctx, ethereum.CallMsg{To: &s.agents, Data: abi.PackMulticall(views)}, at)
		if err != nil {
			return nil, fmt.Errorf("relayer: read agents at block %d: %w", block, err)
		}
		results, err := abi.UnpackMulticall(raw)
		if err != nil || len(results) != len(views) {
			return nil, fmt.Errorf("relayer: read agents at block %d: %d answers to %d views: %v", block, len(results), len(views), err)
		}
		for i, a := range agents {
			credits, err := abi.UnpackCredits(results[2*i])
			if err != nil {
				return nil, err
			}
			owner, err := abi.UnpackOwnerOf(results[2*i+1])
			if err != nil {
				return nil, err
			}
			if c := fmt.Sprint(credits); c != a.Credits {
				out = append(out, Divergence{"agent_credits", a.ID, a.Credits, c})
			}
			if !bytes.Equal(owner.Bytes(), a.Owner) {
				out = append(out, Divergence{"agent_owner", a.ID, common.BytesToAddress(a.Owner).Hex(), owner.Hex()})
			}
		}
	}
	gen := bindings.NewINFTGenerated()
	for _, t := range tokens {
		id, _ := new(big.Int).SetString(t.ID, 10)
		raw, err := s.chain.CallContract(ctx, ethereum.CallMsg{To: &s.generated, Data: gen.PackOwnerOf(id)}, at)
		if err != nil {
			return nil, fmt.Errorf("relayer: read token %s at block %d: %w", t.ID, block, err)
		}
		owner, err := gen.UnpackOwnerOf(raw)
		if err != nil {
			return nil, err
		}
		if !bytes.Equal(owner.Bytes(), t.Owner) {
			out = append(out, Divergence{"token_owner", t.ID, common.BytesToAddress(t.Owner).Hex(), owner.Hex()})
		}
	}
	counts := map[string]int{"agent_credits": 0, "agent_owner": 0, "token_owner": 0}
	for _, d := range out {
		counts[d.Field]++
		s.metrics.divergedTotal.WithLabelValues(d.Field).Inc()
		s.log.Error("the database differs from the chain", "field", d.Field, "id", d.ID, "db", d.DB, "chain", d.Chain, "block", block)
	}
	for f, n := range counts {
		s.metrics.divergences.WithLabelValues(f).Set(float64(n))
	}
	s.log.Info("reconciled a sample with the chain", "block", block, "agents", len(agents), "tokens", len(tokens), "divergences", len(out))
	return out, nil
}

// SettleSessions queues the settlement of the chat sessions that are due
// (chat.Settler) and wakes the transaction manager, which batches them with
// the fulfilments. It returns how many it queued.
func (s *Scheduler) SettleSessions(ctx context.Context) (int, error) {
	st := chat.Settler{DB: s.db, Tx: s.w.cfg.Tx, Agents: s.agents, Channel: chat.ChannelFor(s.w.schema), Log: s.log}
	total := 0
	for total < maxPerRun {
		n, err := st.SettleDue(ctx, 100)
		total += n
		if err != nil {
			return total, err
		}
		if n == 0 {
			break
		}
	}
	if total > 0 {
		s.w.cfg.Tx.Wake()
	}
	return total, nil
}
