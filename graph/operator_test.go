package graph_test

import (
	"context"
	"encoding/json"
	"io"
	"net/http"
	"net/http/httptest"
	"strings"
	"testing"
	"time"

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
	h, err := graph.NewHandler(graph.Config{DB: e.db.DB, ChainID: "1337", AdminKey: "s3cret", Admin: &statingAdmin{}})
	require.NoError(t, err)
	srv := httptest.NewServer(h)
	t.Cleanup(srv.Close)
	post := func(key string) string {
		body, _ := json.Marshal(map[string]string{"query": `{ operatorStats(hours: 24) { since
			providers { name calls errors p50LatencyMs p95LatencyMs costUsd share quality breaker paused }
			queue { jobs { kind state count } oldestWaitingSeconds completedPerMinute retried }
			indexer { indexedBlock lagBlocks } relayer { pendingTransactions confirmed fatal } recentFailures { requestId reason } } }`})
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
				Relayer        struct{ PendingTransactions, Confirmed, Fatal int }
				RecentFailures []struct{ RequestID, Reason string }
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
	require.Len(t, s.Queue.Jobs, 1, "the jobs not finished")
	require.Equal(t, "available", s.Queue.Jobs[0].State)
	require.NotNil(t, s.Queue.OldestWaitingSeconds)
	require.InDelta(t, 30, *s.Queue.OldestWaitingSeconds, 10)
	require.InDelta(t, 1.0/(24*60), s.Queue.CompletedPerMinute, 1e-9, "one job completed in the day")
	require.Equal(t, 1, s.Queue.Retried)
}

// statingAdmin is an Admin whose relayer tells its providers' health.
type statingAdmin struct{ fakeAdmin }

func (*statingAdmin) ProviderStates() []ai.Stats {
	return []ai.Stats{{Provider: "local", State: "open", Quality: 4}, {Provider: "cloudflare", State: "closed", Paused: true, Quality: 3}}
}
