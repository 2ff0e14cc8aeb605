// Package jobs defines the relayer's River jobs and inserts them: the indexer
// queues one GenerateArgs job per confirmed request, in the same transaction
// as the batch that confirms it, and the relayer's River client works them.
package jobs

import (
	"context"
	"database/sql"
	"errors"
	"fmt"

	"github.com/lib/pq"
	"github.com/riverqueue/river"
	"github.com/riverqueue/river/riverdriver/riverdatabasesql"
	"github.com/riverqueue/river/rivertype"
)

// QueueGenerate is the River queue of generation jobs.
const QueueGenerate = "generate"

// DefaultMaxAttempts bounds the attempts of a generation job; the last one
// that fails fails the request on chain, refunding it.
const DefaultMaxAttempts = 5

// GenerateArgs asks the relayer to take a request through its stages.
type GenerateArgs struct {
	RequestID string `json:"request_id" river:"unique"`
}

// Kind is River's name of the job.
func (GenerateArgs) Kind() string { return "generate" }

// uniqueStates: one live job per request; a finished one does not stop a new
// job when a reorg makes its request pending again.
var uniqueStates = []rivertype.JobState{
	rivertype.JobStateAvailable, rivertype.JobStatePending, rivertype.JobStateRunning,
	rivertype.JobStateRetryable, rivertype.JobStateScheduled,
}

// Generate is one job to queue.
type Generate struct {
	RequestID string
	// Tier 0 (Starter) to 3 (Enterprise); Enterprise runs first.
	Tier int
}

// Opts are a generation job's insert options: its queue, its priority by tier
// (River's 1, first, for Enterprise … 4 for Starter), its attempts, one live
// job per request.
func Opts(tier, maxAttempts int) *river.InsertOpts {
	return &river.InsertOpts{
		Queue:       QueueGenerate,
		Priority:    min(max(4-tier, 1), 4),
		MaxAttempts: maxAttempts,
		UniqueOpts:  river.UniqueOpts{ByArgs: true, ByState: uniqueStates},
	}
}

// Inserter queues generation jobs inside the caller's transaction.
type Inserter struct {
	client      *river.Client[*sql.Tx]
	maxAttempts int
}

// NewInserter returns an insert-only River client over db.
func NewInserter(db *sql.DB, maxAttempts int) (*Inserter, error) {
	if maxAttempts <= 0 {
		maxAttempts = DefaultMaxAttempts
	}
	c, err := river.NewClient(riverdatabasesql.New(db), &river.Config{})
	if err != nil {
		return nil, fmt.Errorf("jobs: river client: %w", err)
	}
	return &Inserter{client: c, maxAttempts: maxAttempts}, nil
}

// InsertTx queues the jobs in tx; a request with a live job is skipped.
func (i *Inserter) InsertTx(ctx context.Context, tx *sql.Tx, gs []Generate) error {
	if len(gs) == 0 {
		return nil
	}
	params := make([]river.InsertManyParams, len(gs))
	for n, g := range gs {
		params[n] = river.InsertManyParams{Args: GenerateArgs{RequestID: g.RequestID}, InsertOpts: Opts(g.Tier, i.maxAttempts)}
	}
	if _, err := i.client.InsertManyTx(ctx, tx, params); err != nil {
		return fmt.Errorf("jobs: queue %d generation jobs: %w", len(gs), err)
	}
	return nil
}

// RunNowTx makes the request's generation job that waits to retry after a
// failed attempt (or is scheduled) run now, in tx, and says whether there
// was one: an operator's retry does not wait out River's backoff.
func (i *Inserter) RunNowTx(ctx context.Context, tx *sql.Tx, requestID string) (bool, error) {
	var id int64
	err := tx.QueryRowContext(ctx, `SELECT id FROM river_job WHERE kind = $1 AND args->>'request_id' = $2
		AND state IN ('retryable', 'scheduled') ORDER BY id DESC LIMIT 1 FOR UPDATE`, GenerateArgs{}.Kind(), requestID).Scan(&id)
	if errors.Is(err, sql.ErrNoRows) {
		return false, nil
	}
	if err != nil {
		return false, fmt.Errorf("jobs: find the waiting job of request %s: %w", requestID, err)
	}
	if _, err := i.client.JobRetryTx(ctx, tx, id); err != nil {
		return false, fmt.Errorf("jobs: run job %d of request %s now: %w", id, requestID, err)
	}
	return true, nil
}

// Execer runs a statement: a *sql.DB, or a *sql.Tx to delete along with
// what makes the jobs pointless.
type Execer interface {
	ExecContext(ctx context.Context, query string, args ...any) (sql.Result, error)
}

// DeleteWaiting removes the waiting (not running, not finished) generation
// jobs of the requests, in q: those a reorg took out, or failed for being
// overdue.
func DeleteWaiting(ctx context.Context, q Execer, requestIDs []string) error {
	if len(requestIDs) == 0 {
		return nil
	}
	_, err := q.ExecContext(ctx, `DELETE FROM river_job WHERE kind = $1
		AND state IN ('available', 'scheduled', 'retryable', 'pending')
		AND args->>'request_id' = ANY($2)`, GenerateArgs{}.Kind(), pq.Array(requestIDs))
	if err != nil {
		return fmt.Errorf("jobs: delete the waiting jobs of %d requests: %w", len(requestIDs), err)
	}
	return nil
}

// Queryer reads rows: a *sql.DB or a *sql.Tx.
type Queryer interface {
	QueryContext(ctx context.Context, query string, args ...any) (*sql.Rows, error)
}

// Abandoned returns those of the requests whose generation job River gave
// up on (discarded: its rescuer found it stuck at its last attempt, a worker
// having died with it) and that have no other job waiting or running: no
// worker will end them.
func Abandoned(ctx context.Context, q Queryer, requestIDs []string) ([]string, error) {
	if len(requestIDs) == 0 {
		return nil, nil
	}
	rows, err := q.QueryContext(ctx, `SELECT DISTINCT d.args->>'request_id' FROM river_job d
		WHERE d.kind = $1 AND d.state = 'discarded' AND d.args->>'request_id' = ANY($2)
		AND NOT EXISTS (SELECT 1 FROM river_job l WHERE l.kind = $1 AND l.args->>'request_id' = d.args->>'request_id'
			AND l.state IN ('available', 'scheduled', 'retryable', 'pending', 'running'))`,
		GenerateArgs{}.Kind(), pq.Array(requestIDs))
	if err != nil {
		return nil, fmt.Errorf("jobs: find abandoned jobs: %w", err)
	}
	defer rows.Close()
	var out []string
	for rows.Next() {
		var id string
		if err := rows.Scan(&id); err != nil {
			return nil, fmt.Errorf("jobs: find abandoned jobs: %w", err)
		}
		out = append(out, id)
	}
	if err := rows.Err(); err != nil {
		return nil, fmt.Errorf("jobs: find abandoned jobs: %w", err)
	}
	return out, nil
}
