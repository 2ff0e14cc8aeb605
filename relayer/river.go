package relayer

import (
	"cmp"
	"context"
	"database/sql"
	"errors"
	"fmt"
	"log/slog"
	"sync/atomic"
	"time"

	"github.com/riverqueue/river"
	"github.com/riverqueue/river/riverdriver/riverdatabasesql"
	"github.com/riverqueue/river/rivertype"

	"github.com/inft-labs/inft/internal/startstop"
	"github.com/inft-labs/inft/jobs"
)

// QueueConfig tunes the River client that works generation jobs and the
// relayer's own (anchoring, scheduled tasks: two at a time).
type QueueConfig struct {
	// Workers is how many generation jobs run at once. Default 8.
	Workers int
	// PerRequester is how many of one wallet's requests run at once, across
	// replicas: one wallet with hundreds of requests must not hold every
	// worker while another waits. Its others wait (River's snooze, which
	// counts no attempt), oldest first. Default 2; negative: no limit.
	PerRequester int
	// Deadline fails a request on chain (a refund) when its job is older than
	// this without success. Default 30 minutes; the contract lets the
	// requester cancel after its requestTimeout (1 hour) anyway.
	Deadline time.Duration
	// PollInterval is how often idle workers look for jobs (the database/sql
	// driver has no LISTEN). Default 50ms.
	PollInterval time.Duration
	// RetryPolicy spaces attempts; default River's exponential backoff with jitter.
	RetryPolicy river.ClientRetryPolicy
	// SoftStop is how long Stop lets running jobs finish before cancelling
	// them, which releases them. Default 30 seconds.
	SoftStop time.Duration
	// AttemptTimeout bounds one attempt of any of the queue's jobs (River's
	// JobTimeout). Default 10 minutes.
	AttemptTimeout time.Duration
	// Lease is how long a job may be running before River's rescuer takes
	// it for stuck (its worker crashed) and retries it, once its
	// AttemptTimeout has passed too (River's RescueStuckJobsAfter, on the
	// elected leader, every 30 seconds). At least AttemptTimeout. Default
	// AttemptTimeout plus a minute (11 minutes).
	Lease  time.Duration
	Logger *slog.Logger
}

// GenerateWorker works generation jobs with a Worker. The last attempt of a
// job that keeps failing, or any attempt past the deadline, fails the request
// on chain with the reason, which refunds its credits.
type GenerateWorker struct {
	river.WorkerDefaults[jobs.GenerateArgs]
	w            *Worker
	deadline     time.Duration
	perRequester int
	timeout      time.Duration
	stopping     *atomic.Bool
}

// Work runs one attempt. An attempt cut short because the relayer is
// stopping releases the job without counting the attempt (River's snooze),
// to be worked at the next start.
func (g *GenerateWorker) Work(ctx context.Context, job *river.Job[jobs.GenerateArgs]) error {
	id := job.Args.RequestID
	if time.Since(job.CreatedAt) > g.deadline {
		return g.w.Fail(ctx, id, fmt.Sprintf("no output within %s", g.deadline))
	}
	if g.perRequester > 0 {
		release, ok, waiting, err := g.w.requesterSlot(ctx, job.ID, id, g.perRequester)
		if err != nil {
			return err
		}
		if !ok {
			// Wait a quarter of a second a turn of those ahead, at most
			// 30 s: a long queue is not fetched again and again while it waits.
			return river.JobSnooze(min(time.Duration(max(waiting/g.perRequester, 1))*250*time.Millisecond, 30*time.Second))
		}
		defer release()
	}
	err := g.w.Process(ctx, id)
	switch {
	case err == nil:
		return nil
	case ctx.Err() != nil && g.stopping.Load():
		g.w.log.Info("relayer stopping: job released for the next start", "request", id, "attempt", job.Attempt)
		return river.JobSnooze(0)
	case errors.Is(err, ErrGone):
		return river.JobCancel(err)
	case job.Attempt >= job.MaxAttempts:
		if ferr := g.w.Fail(ctx, id, fmt.Sprintf("gave up after %d attempts: %s", job.Attempt, reason(err))); ferr != nil {
			return errors.Join(err, ferr)
		}
		return nil
	}
	g.w.log.Warn("generation attempt failed; River retries it", "request", id, "attempt", job.Attempt, "err", err)
	return err
}

// Timeout bounds one attempt: the queue's AttemptTimeout.
func (g *GenerateWorker) Timeout(*river.Job[jobs.GenerateArgs]) time.Duration {
	return g.timeout
}

// Queue is the River client that works generation jobs (queue "generate")
// and the relayer's own (QueueTasks: anchoring, scheduled tasks). River
// does its housekeeping: its elected leader rescues jobs stuck running past
// the Lease (a crashed worker's) and queues the periodic jobs. Start runs it
// and Stop ends it gracefully (startstop's lifecycle).
type Queue struct {
	startstop.Base
	db       *sql.DB
	config   *river.Config
	stopping atomic.Bool
}

var _ startstop.Service = (*Queue)(nil)

// NewQueue returns a queue (not started) that works generation and anchor
// jobs with w on db, and the scheduled tasks of s, if not nil, as River
// periodic jobs.
func NewQueue(db *sql.DB, w *Worker, s *Scheduler, cfg QueueConfig) (*Queue, error) {
	timeout := cmp.Or(cfg.AttemptTimeout, 10*time.Minute)
	lease := cmp.Or(cfg.Lease, timeout+time.Minute) // past the attempt timeout, with a margin
	if lease < timeout {
		return nil, fmt.Errorf("relayer: the lease (%s) is shorter than an attempt's timeout (%s): running jobs would be taken for stuck", lease, timeout)
	}
	q := &Queue{db: db}
	workers := river.NewWorkers()
	perRequester := cmp.Or(cfg.PerRequester, 2)
	if err := river.AddWorkerSafely(workers, &GenerateWorker{w: w, deadline: cmp.Or(cfg.Deadline, 30*time.Minute),
		perRequester: perRequester, timeout: timeout, stopping: &q.stopping}); err != nil {
		return nil, err
	}
	if err := river.AddWorkerSafely(workers, &AnchorWorker{w: w}); err != nil {
		return nil, err
	}
	var periodic []*river.PeriodicJob
	if s != nil {
		if err := river.AddWorkerSafely(workers, &TaskWorker{s: s}); err != nil {
			return nil, err
		}
		periodic = s.periodicJobs()
	}
	q.config = &river.Config{
		Queues: map[string]river.QueueConfig{
			jobs.QueueGenerate: {MaxWorkers: cmp.Or(cfg.Workers, 8)},
			QueueTasks:         {MaxWorkers: 2},
		},
		Workers:              workers,
		PeriodicJobs:         periodic,
		JobTimeout:           timeout,
		RescueStuckJobsAfter: lease,
		FetchPollInterval:    cmp.Or(cfg.PollInterval, 50*time.Millisecond),
		FetchCooldown:        min(cmp.Or(cfg.PollInterval, 50*time.Millisecond), 100*time.Millisecond),
		RetryPolicy:          cfg.RetryPolicy,
		SoftStopTimeout:      cmp.Or(cfg.SoftStop, 30*time.Second),
		Logger:               cfg.Logger,
	}
	if _, err := q.client(); err != nil { // the configuration is checked now
		return nil, err
	}
	return q, nil
}

// client returns a new River client. Each start has its own: a River client
// restarted at once after a stop that reached its SoftStopTimeout races with
// its previous run's soft-stop timer (River v0.51.2, client.go:1251/1299).
func (q *Queue) client() (*river.Client[*sql.Tx], error) {
	c, err := river.NewClient(riverdatabasesql.New(q.db), q.config)
	if err != nil {
		return nil, fmt.Errorf("relayer: river client: %w", err)
	}
	return c, nil
}

// Start starts working jobs and returns.
func (q *Queue) Start(ctx context.Context) error {
	ctx, ok, stopped := q.StartInit(ctx)
	if !ok {
		return nil
	}
	c, err := q.client()
	if err != nil {
		stopped(err)
		return err
	}
	q.stopping.Store(false)
	// Only Stop ends the client, letting running jobs finish or releasing them.
	if err := c.Start(context.WithoutCancel(ctx)); err != nil {
		stopped(err)
		return fmt.Errorf("river: %w", err) // the caller names the queue
	}
	go func() {
		<-ctx.Done()
		q.stopping.Store(true)
		stopped(c.Stop(context.WithoutCancel(ctx)))
	}()
	return nil
}

// Stop stops taking jobs and lets running ones finish for up to SoftStop,
// then cancels them, which releases them (their attempt not counted) for the
// next start; it returns once every job has finished or been released, or
// ctx ends.
func (q *Queue) Stop(ctx context.Context) error { return q.Base.Stop(ctx) }

// fixedRetry retries after a fixed delay (tests).
type fixedRetry time.Duration

func (f fixedRetry) NextRetry(*rivertype.JobRow) time.Time { return time.Now().Add(time.Duration(f)) }

// FixedRetry is a retry policy with a constant delay, for tests and demos.
func FixedRetry(d time.Duration) river.ClientRetryPolicy { return fixedRetry(d) }
