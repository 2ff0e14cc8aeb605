package relayer_test

import (
	"context"
	"strings"
	"sync/atomic"
	"testing"
	"time"
	"unicode/utf8"

	"github.com/google/uuid"
	"github.com/stretchr/testify/require"

	"github.com/inft-labs/inft/ai"
	"github.com/inft-labs/inft/ai/local"
	"github.com/inft-labs/inft/internal/chaintest"
	"github.com/inft-labs/inft/internal/pgtest"
	"github.com/inft-labs/inft/relayer"
)

// scripted serves text through the local provider under a name of its own,
// with a priced model, failing the calls fail says (counted from 1).
type scripted struct {
	name  string
	fail  func(call int) error
	calls atomic.Int64
}

func (p *scripted) Name() string { return p.name }

func (p *scripted) Models() []ai.Model {
	return []ai.Model{{Name: p.name + "-text", Kind: ai.KindText, Quality: 1, USDPerMInputTokens: 1, USDPerMOutputTokens: 2}}
}

func (p *scripted) GenerateText(ctx context.Context, r ai.Request) (ai.Output, error) {
	n := int(p.calls.Add(1))
	select {
	case <-time.After(time.Millisecond):
	case <-ctx.Done():
		return ai.Output{}, ctx.Err()
	}
	if p.fail != nil {
		if err := p.fail(n); err != nil {
			return ai.Output{}, err
		}
	}
	r.Model = ""
	out, err := local.New().GenerateText(ctx, r)
	out.Model = p.name + "-text"
	return out, err
}

func (p *scripted) GenerateImage(context.Context, ai.Request) (ai.Output, error) {
	return ai.Output{}, &ai.Error{Provider: p.name, Class: ai.ClassNotFound, Message: "no image model"}
}

func always(err error) func(int) error { return func(int) error { return err } }

// orchestrator fails over across providers, at most maxAttempts calls a task.
func orchestrator(t *testing.T, maxAttempts int, providers ...ai.Provider) *ai.Orchestrator {
	t.Helper()
	o, err := ai.NewOrchestrator(providers, ai.OrchestratorConfig{Backoff: time.Millisecond, MaxAttempts: maxAttempts, Policies: ai.OpenPolicies})
	require.NoError(t, err)
	return o
}

// workerOn is a worker of e's on another orchestrator.
func (e *env) workerOn(o *ai.Orchestrator) *relayer.Worker {
	e.t.Helper()
	w, err := relayer.New(context.Background(), e.db.DB, relayer.Config{AI: o, Store: e.store, Tx: e.tx, Agents: e.chain.Contracts.Agents})
	require.NoError(e.t, err)
	return w
}

// recorded is a row of generation_attempts.
type recorded struct {
	Provider  string  `db:"provider"`
	Model     string  `db:"model"`
	Outcome   string  `db:"outcome"`
	LatencyMs float64 `db:"latency_ms"`
	CostUSD   float64 `db:"cost_usd"`
	Error     *string `db:"error"`
}

// attemptsOf reads a request's recorded calls in order.
func attemptsOf(t *testing.T, db *pgtest.DB, requestID string) []recorded {
	t.Helper()
	var out []recorded
	require.NoError(t, db.Select(&out, `SELECT provider, model, outcome, latency_ms, cost_usd, error
		FROM generation_attempts WHERE request_id = $1 ORDER BY seq`, requestID))
	return out
}

// summary names each call "provider/model outcome".
func summary(attempts []recorded) []string {
	var out []string
	for _, a := range attempts {
		out = append(out, a.Provider+"/"+a.Model+" "+a.Outcome)
	}
	return out
}

// requireFailures checks that each attempt is a measured failure with the
// provider's words and no cost.
func requireFailures(t *testing.T, attempts []recorded) {
	t.Helper()
	for i, a := range attempts {
		require.Positive(t, a.LatencyMs, "attempt %d measured", i)
		require.Zero(t, a.CostUSD, "attempt %d: a failure costs nothing", i)
		require.NotNil(t, a.Error, "attempt %d has its error", i)
		require.Contains(t, *a.Error, a.Provider+": "+a.Outcome, "attempt %d", i)
	}
}

func requestStatus(t *testing.T, db *pgtest.DB, id string) (status int, reason string) {
	t.Helper()
	var row struct {
		Status int     `db:"status"`
		Reason *string `db:"failure_reason"`
	}
	require.NoError(t, db.Get(&row, `SELECT status, failure_reason FROM generation_requests WHERE id = $1`, id))
	if row.Reason != nil {
		reason = *row.Reason
	}
	return row.Status, reason
}

// A request whose providers all fail, run after run, ends FAILED on chain
// with every call on record in order: each run's failover, both runs.
func TestFailedRequestKeepsItsAttempts(t *testing.T) {
	t.Parallel()
	alpha := &scripted{name: "alpha", fail: always(&ai.Error{Provider: "alpha", Class: ai.ClassServer, Status: 503, Message: "overloaded"})}
	beta := &scripted{name: "beta", fail: always(&ai.Error{Provider: "beta", Class: ai.ClassTimeout, Message: "no answer in 60 s"})}
	c, db := runningOn(t, orchestrator(t, 2, alpha, beta), 2, relayer.QueueConfig{})
	requestAs(t, c, chaintest.Alice, 1, 0, "a haiku")

	require.Eventually(t, func() bool { return statuses(t, db)["1"] == 3 }, 60*time.Second, 50*time.Millisecond)
	_, reason := requestStatus(t, db, "1")
	require.Contains(t, reason, "gave up after 2 attempts")
	got := attemptsOf(t, db, "1")
	require.Equal(t, []string{"alpha/alpha-text server", "beta/beta-text timeout", "alpha/alpha-text server", "beta/beta-text timeout"},
		summary(got), "the failovers of both runs, in order")
	requireFailures(t, got)
	require.Equal(t, "alpha: server (HTTP 503): overloaded", *got[0].Error)
	require.Equal(t, "beta: timeout: no answer in 60 s", *got[1].Error)
}

// A prompt a provider refuses fails the request at once, the refusal on record.
func TestRefusalIsRecorded(t *testing.T) {
	t.Parallel()
	e := setup(t)
	prude := &scripted{name: "prude", fail: always(&ai.Error{Provider: "prude", Class: ai.ClassContentPolicy, Status: 400, Message: "not that"})}
	e.request(0, "a haiku")
	require.NoError(t, e.workerOn(orchestrator(t, 4, prude)).Process(context.Background(), "1"))
	e.mine()
	status, reason := requestStatus(t, e.db, "1")
	require.Equal(t, 3, status)
	require.Equal(t, "prude refused the prompt: not that", reason)
	got := attemptsOf(t, e.db, "1")
	require.Equal(t, []string{"prude/prude-text content_policy"}, summary(got))
	requireFailures(t, got)
}

// A request that failed over from one provider to another and was fulfilled
// lists both calls; the failing provider's words are kept as safe text, cut
// to whole characters.
func TestFailoverAttemptsAreListed(t *testing.T) {
	t.Parallel()
	e := setup(t)
	garbage := "overloaded \xff\xfe\x00 " + strings.Repeat("é", 400)
	alpha := &scripted{name: "alpha", fail: always(&ai.Error{Provider: "alpha", Class: ai.ClassServer, Status: 503, Message: garbage})}
	beta := &scripted{name: "beta"}
	e.request(0, "a haiku")
	require.NoError(t, e.workerOn(orchestrator(t, 4, alpha, beta)).Process(context.Background(), "1"))
	e.mine()
	status, reason := requestStatus(t, e.db, "1")
	require.Equal(t, 2, status, "fulfilled: %s", reason)

	got := attemptsOf(t, e.db, "1")
	require.Equal(t, []string{"alpha/alpha-text server", "beta/beta-text SUCCESS"}, summary(got))
	requireFailures(t, got[:1])
	msg := *got[0].Error
	// The orchestrator's own cut dropped the invalid bytes; the NUL is ours to replace.
	require.True(t, strings.HasPrefix(msg, "alpha: server (HTTP 503): overloaded \uFFFD éé"), "%q", msg)
	require.True(t, utf8.ValidString(msg))
	require.LessOrEqual(t, len(msg), 300)
	require.Greater(t, len(msg), 290, "cut only to whole characters")
	require.Positive(t, got[1].LatencyMs)
	require.Positive(t, got[1].CostUSD, "priced from the usage")
	require.Nil(t, got[1].Error)
}

// A request River retried (its first run's only call failed, its second's
// succeeded) lists the calls of both runs in order.
func TestRetriedRequestListsEveryRun(t *testing.T) {
	t.Parallel()
	flaky := &scripted{name: "flaky", fail: func(call int) error {
		if call == 1 {
			return &ai.Error{Provider: "flaky", Class: ai.ClassServer, Status: 502, Message: "bad gateway"}
		}
		return nil
	}}
	c, db := runningOn(t, orchestrator(t, 1, flaky), 3, relayer.QueueConfig{})
	requestAs(t, c, chaintest.Alice, 1, 0, "a haiku")

	require.Eventually(t, func() bool { return statuses(t, db)["1"] == 2 }, 60*time.Second, 50*time.Millisecond)
	var runs int
	require.NoError(t, db.Get(&runs, `SELECT attempt FROM river_job WHERE kind = 'generate'`))
	require.Equal(t, 2, runs, "River ran the job twice")
	got := attemptsOf(t, db, "1")
	require.Equal(t, []string{"flaky/flaky-text server", "flaky/flaky-text SUCCESS"}, summary(got))
	requireFailures(t, got[:1])
	require.Positive(t, got[1].LatencyMs)
	require.Positive(t, got[1].CostUSD)
}

// A call's attempts written again (a retried write whose first try had
// committed) add nothing; the next call's follow them.
func TestAttemptsWriteIsIdempotent(t *testing.T) {
	t.Parallel()
	e := setup(t)
	ctx := context.Background()
	first := []ai.Attempt{
		{Provider: "alpha", Model: "a", Latency: 5 * time.Millisecond, Class: ai.ClassRateLimited, Error: "alpha: rate_limited", At: time.Now()},
		{Provider: "beta", Model: "b", Latency: 7 * time.Millisecond, Class: ai.ClassServer, Error: "beta: server", At: time.Now()},
	}
	call := uuid.New()
	for range 2 {
		require.NoError(t, e.worker.RecordAttempts(ctx, "1", call, first))
	}
	require.NoError(t, e.worker.RecordAttempts(ctx, "1", uuid.New(), []ai.Attempt{
		{Provider: "alpha", Model: "a", Latency: 9 * time.Millisecond, CostUSD: 0.01, At: time.Now()},
	}))
	got := attemptsOf(t, e.db, "1")
	require.Equal(t, []string{"alpha/a rate_limited", "beta/b server", "alpha/a SUCCESS"}, summary(got))
	require.Equal(t, []float64{5, 7, 9}, []float64{got[0].LatencyMs, got[1].LatencyMs, got[2].LatencyMs})
	require.Equal(t, 0.01, got[2].CostUSD)
}
