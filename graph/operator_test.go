package graph_test

import (
	"context"
	"encoding/json"
	"errors"
	"io"
	"math/big"
	"net/http"
	"net/http/httptest"
	"strings"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/stretchr/testify/require"

	"github.com/inft-labs/inft/ai"
	"github.com/inft-labs/inft/graph"
)

// Operator stats need the admin key, and tell the providers' calls, the
// queue, the relayer's intents and the failures from the tables.
func TestOperatorStats(t *testing.T) {
	t.Parallel()
	e := setup(t)
	e.workload() // a request failed ("provider down")
	e.db.MustExec(`INSERT INTO generation_attempts (request_id, call, n, provider, model, outcome, latency_ms, cost_usd, error, at) VALUES
		(1, gen_random_uuid(), 0, 'openai', 'gpt-image-1', 'server', 900, 0, 'HTTP 503', now()),
		(1, gen_random_uuid(), 0, 'local', 'local-image', 'SUCCESS', 100, 0.5, NULL, now()),
		(4, gen_random_uuid(), 0, 'local', 'local-image', 'SUCCESS', 300, 0.25, NULL, now()),
		(4, gen_random_uuid(), 0, 'local', 'local-image', 'SUCCESS', 50, 0, NULL, now() - interval '3 days')`)
	e.db.MustExec(`INSERT INTO river_job (args, kind, max_attempts, priority, queue, state, scheduled_at, attempt, attempted_at, finalized_at) VALUES
		('{}', 'generate', 5, 1, 'default', 'available', now() - interval '30 seconds', 0, NULL, NULL),
		('{}', 'generate', 5, 2, 'default', 'completed', now() - interval '2 hours', 2, now() - interval '1 hour', now() - interval '1 hour')`)
	e.db.MustExec(`INSERT INTO provider_ratings (provider, ratings, rating_sum) VALUES ('local', 5, 25)`)
	// Request 3 is pending: its first job was discarded, its second waits
	// to retry; request 2's discarded job is over (the request failed on
	// chain).
	e.db.MustExec(`INSERT INTO river_job (args, kind, max_attempts, priority, queue, state, scheduled_at, attempt, attempted_at, finalized_at, errors) VALUES
		('{"request_id": "3"}', 'generate', 5, 4, 'generate', 'discarded', now() - interval '1 hour', 5, now() - interval '1 hour', now() - interval '1 hour',
			ARRAY['{"attempt": 5, "error": "old"}'::jsonb]),
		('{"request_id": "3"}', 'generate', 5, 4, 'generate', 'retryable', now() + interval '16 seconds', 2, now() - interval '5 seconds', NULL,
			ARRAY['{"attempt": 1, "error": "first"}'::jsonb, '{"attempt": 2, "error": "all providers paused"}'::jsonb]),
		('{"request_id": "2"}', 'generate', 5, 4, 'generate', 'discarded', now() - interval '1 hour', 5, now() - interval '1 hour', now(), NULL)`)
	// Mined transactions' fees: two in the window, one before it.
	e.db.MustExec(`INSERT INTO txs (chain_id, idempotency_key, from_address, to_address, data, state, gas_used, gas_price, updated_at) VALUES
		(1337, 'a', '\x00', '\x00', '\x', 'confirmed', 21000, 2000000000, now()),
		(1337, 'b', '\x00', '\x00', '\x', 'confirmed', 50000, 1000000000, now() - interval '2 hours'),
		(1337, 'c', '\x00', '\x00', '\x', 'confirmed', 70000, 1000000000, now() - interval '3 days')`)
	var events int
	require.NoError(t, e.db.Get(&events, `SELECT count(*) FROM events`))
	h, err := graph.NewHandler(graph.Config{DB: e.db.DB, ChainID: "1337", AdminKey: "s3cret", Admin: &statingAdmin{}})
	require.NoError(t, err)
	srv := httptest.NewServer(h)
	t.Cleanup(srv.Close)
	post := func(key string) string {
		body, _ := json.Marshal(map[string]string{"query": `{ operatorStats(hours: 24) { since
			providers { name calls errors p50LatencyMs p95LatencyMs costUsd share quality breaker paused }
			queue { jobs { kind state count } oldestWaitingSeconds completedPerMinute retried }
			indexer { indexedBlock lagBlocks eventsPerSecond }
			relayer { pendingTransactions confirmed fatal walletAddress walletBalance gasSpent gasUsed } recentFailures { requestId reason }
			failedJobs { requestId agentId state attempt maxAttempts error nextAttemptAt }
			hourly { hour calls errors costUsd jobsCompleted events gasSpent } } }`})
		req, _ := http.NewRequestWithContext(context.Background(), http.MethodPost, srv.URL+"/graphql", strings.NewReader(string(body)))
		req.Header.Set("Content-Type", "application/json")
		if key != "" {
			req.Header.Set("Authorization", "Bearer "+key)
		}
		resp, err := http.DefaultClient.Do(req)
		require.NoError(t, err)
		defer resp.Body.Close()
		b, err := io.ReadAll(resp.Body)
		require.NoError(t, err)
		return string(b)
	}
	require.Contains(t, post(""), "unauthorized")
	require.Contains(t, post("wrong"), "unauthorized", "a wrong key is refused")
	var got struct {
		Data struct {
			OperatorStats struct {
				Since     time.Time
				Providers []struct {
					Name                  string
					Calls, Errors         int
					P50LatencyMs, CostUsd float64
					Share, Quality        float64
					Breaker               *string
					Paused                *bool
				}
				Queue struct {
					Jobs []struct {
						Kind, State string
						Count       int
					}
					OldestWaitingSeconds *float64
					CompletedPerMinute   float64
					Retried              int
				}
				Relayer struct {
					PendingTransactions, Confirmed, Fatal int
					WalletAddress, WalletBalance          *string
					GasSpent, GasUsed                     string
				}
				Indexer        struct{ EventsPerSecond float64 }
				RecentFailures []struct{ RequestID, Reason string }
				FailedJobs     []struct {
					RequestID, AgentID, State, Error string
					Attempt, MaxAttempts             int
					NextAttemptAt                    *time.Time
				}
				Hourly []struct {
					Hour                         time.Time
					Calls, Errors, JobsCompleted int
					Events                       int
					CostUsd                      float64
					GasSpent                     string
				}
			}
		}
	}
	body := post("s3cret")
	require.NoError(t, json.Unmarshal([]byte(body), &got), body)
	require.NotContains(t, body, `"errors":[`, body)
	s := got.Data.OperatorStats
	require.WithinDuration(t, time.Now().Add(-24*time.Hour), s.Since, time.Minute)
	require.Len(t, s.Providers, 3, "the calls of the window, then the relayer's provider not called")
	require.Equal(t, "open", *s.Providers[0].Breaker, "the breakers of this replica's relayer")
	require.Nil(t, s.Providers[1].Breaker, "openai: not a provider of this replica")
	require.Equal(t, "cloudflare", s.Providers[2].Name)
	require.True(t, *s.Providers[2].Paused)
	require.Equal(t, "local", s.Providers[0].Name, "most calls first")
	require.Equal(t, 2, s.Providers[0].Calls, "the call of three days ago is outside the window")
	require.Zero(t, s.Providers[0].Errors)
	require.Equal(t, 200.0, s.Providers[0].P50LatencyMs)
	require.Equal(t, 0.75, s.Providers[0].CostUsd)
	require.InDelta(t, 2.0/3, s.Providers[0].Share, 1e-9)
	require.Equal(t, 4.0, s.Providers[0].Quality, "five 5s drawn towards 3 with a weight of 5")
	require.Equal(t, 1, s.Providers[1].Errors)
	require.Equal(t, []struct{ RequestID, Reason string }{{"2", "provider down"}}, s.RecentFailures)
	require.Len(t, s.Queue.Jobs, 2, "the jobs not finished")
	require.Equal(t, "available", s.Queue.Jobs[0].State)
	require.Equal(t, "retryable", s.Queue.Jobs[1].State)
	require.NotNil(t, s.Queue.OldestWaitingSeconds)
	require.InDelta(t, 30, *s.Queue.OldestWaitingSeconds, 10)
	require.InDelta(t, 1.0/(24*60), s.Queue.CompletedPerMinute, 1e-9, "one job completed in the day")
	require.Equal(t, 4, s.Queue.Retried, "every job that needed more than one attempt")

	require.Len(t, s.FailedJobs, 1, "the newest job of each pending request that failed")
	f := s.FailedJobs[0]
	require.Equal(t, "3", f.RequestID)
	require.Equal(t, "1", f.AgentID)
	require.Equal(t, "retryable", f.State)
	require.Equal(t, 2, f.Attempt)
	require.Equal(t, 5, f.MaxAttempts)
	require.Equal(t, "all providers paused", f.Error, "the last attempt's")
	require.NotNil(t, f.NextAttemptAt)
	require.WithinDuration(t, time.Now().Add(16*time.Second), *f.NextAttemptAt, 10*time.Second)

	require.Equal(t, common.HexToAddress("0xaa").Hex(), *s.Relayer.WalletAddress)
	require.Equal(t, "5000000000000000000", *s.Relayer.WalletBalance)
	require.Equal(t, "92000000000000", s.Relayer.GasSpent, "21,000 × 2 gwei + 50,000 × 1 gwei")
	require.Equal(t, "71000", s.Relayer.GasUsed)
	require.Positive(t, s.Indexer.EventsPerSecond, "the workload was indexed a moment ago")

	require.Len(t, s.Hourly, 25, "every hour of the window, the current one included")
	sum := struct{ calls, errors, jobs, events int }{}
	var cost float64
	for i, h := range s.Hourly {
		require.Equal(t, h.Hour, h.Hour.Truncate(time.Hour))
		if i > 0 {
			require.Equal(t, time.Hour, h.Hour.Sub(s.Hourly[i-1].Hour), "oldest first, none missing")
		}
		sum.calls, sum.errors, sum.jobs, sum.events = sum.calls+h.Calls, sum.errors+h.Errors, sum.jobs+h.JobsCompleted, sum.events+h.Events
		cost += h.CostUsd
	}
	require.Equal(t, 3, sum.calls, "the window's calls")
	require.Equal(t, 1, sum.errors)
	require.InDelta(t, 0.75, cost, 1e-9)
	require.Equal(t, 1, sum.jobs)
	require.Equal(t, events, sum.events, "every event the indexer wrote")
	last := s.Hourly[len(s.Hourly)-1]
	require.Equal(t, "42000000000000", last.GasSpent, "the fee mined this hour")
}

// The wallet's balance is left out, with an error, when the node is away;
// the rest answers.
func TestOperatorStatsWithoutTheNode(t *testing.T) {
	t.Parallel()
	e := setup(t)
	h, err := graph.NewHandler(graph.Config{DB: e.db.DB, ChainID: "1337", AdminKey: "s3cret", Admin: &statingAdmin{balanceErr: errors.New("dial tcp: connection refused")}})
	require.NoError(t, err)
	srv := httptest.NewServer(h)
	t.Cleanup(srv.Close)
	req, _ := http.NewRequestWithContext(context.Background(), http.MethodPost, srv.URL+"/graphql",
		strings.NewReader(`{"query": "{ operatorStats { relayer { walletAddress walletBalance pendingTransactions } } }"}`))
	req.Header.Set("Content-Type", "application/json")
	req.Header.Set("Authorization", "Bearer s3cret")
	resp, err := http.DefaultClient.Do(req)
	require.NoError(t, err)
	defer resp.Body.Close()
	b, err := io.ReadAll(resp.Body)
	require.NoError(t, err)
	require.Contains(t, string(b), `"walletBalance":null`)
	require.Contains(t, string(b), `"walletAddress":"0x00000000000000000000000000000000000000AA"`)
	require.Contains(t, string(b), `"pendingTransactions":0`)
	require.Contains(t, string(b), "the relayer's wallet balance: dial tcp: connection refused")
}

// statingAdmin is an Admin whose relayer tells its providers' health.
type statingAdmin struct {
	fakeAdmin
	balanceErr error
}

func (a *statingAdmin) Wallet(context.Context) (common.Address, *big.Int, error) {
	if a.balanceErr != nil {
		return common.HexToAddress("0xaa"), nil, a.balanceErr
	}
	return common.HexToAddress("0xaa"), new(big.Int).Mul(big.NewInt(5), big.NewInt(1e18)), nil
}

func (*statingAdmin) ProviderStates() []ai.Stats {
	return []ai.Stats{{Provider: "local", State: "open", Quality: 4}, {Provider: "cloudflare", State: "closed", Paused: true, Quality: 3}}
}
