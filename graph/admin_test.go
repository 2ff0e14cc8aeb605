package graph_test

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"net/http"
	"net/http/httptest"
	"strings"
	"testing"
	"time"

	"github.com/coder/websocket"
	"github.com/prometheus/client_golang/prometheus"
	"github.com/stretchr/testify/require"

	"github.com/inft-labs/inft/graph"
	"github.com/inft-labs/inft/graph/live"
	"github.com/inft-labs/inft/internal/pgtest"
	"github.com/inft-labs/inft/internal/promtest"
	"github.com/inft-labs/inft/migrations"
	"github.com/inft-labs/inft/notify"
)

type fakeAdmin struct{ calls []string }

func (f *fakeAdmin) RetryJob(_ context.Context, id string) error {
	f.calls = append(f.calls, "retry "+id)
	return nil
}

func (f *fakeAdmin) FailJob(_ context.Context, id, reason string) error {
	f.calls = append(f.calls, "fail "+id+" "+reason)
	return nil
}

func (f *fakeAdmin) PauseProvider(name string) error {
	if name != "openai" {
		return errors.New("no provider named " + name)
	}
	f.calls = append(f.calls, "pause "+name)
	return nil
}

func (f *fakeAdmin) ResumeProvider(name string) error {
	f.calls = append(f.calls, "resume "+name)
	return nil
}

func serve(t *testing.T, cfg graph.Config) string {
	t.Helper()
	if cfg.DB == nil {
		cfg.DB = pgtest.New(t).DB
	}
	h, err := graph.NewHandler(cfg)
	require.NoError(t, err)
	srv := httptest.NewServer(h)
	t.Cleanup(srv.Close)
	return srv.URL + "/graphql"
}

func postAs(t *testing.T, url, auth, query string) (int, string) {
	t.Helper()
	body, _ := json.Marshal(map[string]string{"query": query})
	req, err := http.NewRequest(http.MethodPost, url, strings.NewReader(string(body)))
	require.NoError(t, err)
	req.Header.Set("Content-Type", "application/json")
	if auth != "" {
		req.Header.Set("Authorization", auth)
	}
	resp, err := http.DefaultClient.Do(req)
	require.NoError(t, err)
	defer resp.Body.Close()
	raw, _ := io.ReadAll(resp.Body)
	return resp.StatusCode, string(raw)
}

func TestAdminMutations(t *testing.T) {
	t.Parallel()
	const key = "an-admin-key-of-at-least-32-characters"
	admin := &fakeAdmin{}
	url := serve(t, graph.Config{AdminKey: key, Admin: admin})

	_, out := postAs(t, url, "", `mutation { pauseProvider(name: "openai") }`)
	require.Contains(t, out, "unauthorized: admin mutations need the header Authorization: Bearer")
	_, out = postAs(t, url, "Bearer not-the-key", `mutation { failJob(requestId: "1", reason: "stuck") }`)
	require.Contains(t, out, "unauthorized")
	_, out = postAs(t, url, key, `mutation { retryJob(requestId: "1") }`) // no "Bearer "
	require.Contains(t, out, "unauthorized")
	require.Empty(t, admin.calls, "nothing done without the key")

	for _, q := range []string{
		`mutation { pauseProvider(name: "openai") }`, `mutation { resumeProvider(name: "openai") }`,
		`mutation { retryJob(requestId: "7") }`, `mutation { failJob(requestId: "7", reason: "stuck for hours") }`,
	} {
		_, out = postAs(t, url, "Bearer "+key, q)
		require.NotContains(t, out, "errors", q)
	}
	require.Equal(t, []string{"pause openai", "resume openai", "retry 7", "fail 7 stuck for hours"}, admin.calls)
	_, out = postAs(t, url, "Bearer "+key, `mutation { pauseProvider(name: "nope") }`)
	require.Contains(t, out, "no provider named nope")
	_, out = postAs(t, url, "Bearer "+key, `mutation { failJob(requestId: "7", reason: " ") }`)
	require.Contains(t, out, "a reason is required")
	_, out = postAs(t, url, "Bearer "+key, `mutation { retryJob(requestId: "x") }`)
	require.Contains(t, out, "not an on-chain id")

	off := serve(t, graph.Config{Admin: admin})
	_, out = postAs(t, off, "Bearer ", `mutation { retryJob(requestId: "7") }`)
	require.Contains(t, out, "admin mutations are off")
	noRelayer := serve(t, graph.Config{AdminKey: key})
	_, out = postAs(t, noRelayer, "Bearer "+key, `mutation { retryJob(requestId: "7") }`)
	require.Contains(t, out, "does not run the relayer")
}

func TestRateLimitAndCORS(t *testing.T) {
	t.Parallel()
	url := serve(t, graph.Config{RateLimit: 5, CORSOrigins: []string{"https://app.example"}})
	limited := 0
	for range 30 {
		if code, _ := postAs(t, url, "", `{ packages { tier } }`); code == http.StatusTooManyRequests {
			limited++
		}
	}
	require.Greater(t, limited, 10, "beyond a burst of 10 at 5/s, most are refused")

	other := serve(t, graph.Config{CORSOrigins: []string{"https://app.example"}})
	for origin, allowed := range map[string]bool{"https://app.example": true, "https://evil.example": false} {
		req, err := http.NewRequest(http.MethodOptions, other, nil)
		require.NoError(t, err)
		req.Header.Set("Origin", origin)
		req.Header.Set("Access-Control-Request-Method", "POST")
		resp, err := http.DefaultClient.Do(req)
		require.NoError(t, err)
		resp.Body.Close()
		require.Equal(t, http.StatusNoContent, resp.StatusCode)
		if allowed {
			require.Equal(t, origin, resp.Header.Get("Access-Control-Allow-Origin"))
		} else {
			require.Empty(t, resp.Header.Get("Access-Control-Allow-Origin"), origin)
		}
	}
}

// A subscription connection that does not start with connection_init, or
// sends garbage, is closed with a protocol error naming the problem.
func TestBadSubscriptionInit(t *testing.T) {
	t.Parallel()
	url := serve(t, graph.Config{})
	for name, tc := range map[string]struct {
		first string
		code  websocket.StatusCode
	}{
		"subscribe before init": {`{"id":"1","type":"subscribe","payload":{"query":"subscription { agentUpdates(agentId: \"1\") { id } }"}}`, websocket.StatusProtocolError},
		"not JSON":              {`{"type":`, websocket.StatusProtocolError},
	} {
		ctx, cancel := context.WithTimeout(context.Background(), 10*time.Second)
		conn, _, err := websocket.Dial(ctx, "ws"+strings.TrimPrefix(url, "http"), &websocket.DialOptions{Subprotocols: []string{"graphql-transport-ws"}})
		require.NoError(t, err, name)
		require.NoError(t, conn.Write(ctx, websocket.MessageText, []byte(tc.first)), name)
		_, _, err = conn.Read(ctx)
		require.Equal(t, tc.code, websocket.CloseStatus(err), "%s: %v", name, err)
		var ce websocket.CloseError
		require.ErrorAs(t, err, &ce)
		require.NotEmpty(t, ce.Reason, name)
		cancel()
	}
}

// The API's metrics move: operations timed by name, errors counted,
// subscriptions counted while open; and closing the hub (as shutdown does)
// completes every subscription.
func TestMetricsAndShutdown(t *testing.T) {
	t.Parallel()
	db := pgtest.New(t)
	_, err := migrations.Up(context.Background(), db.DB.DB)
	require.NoError(t, err)
	reg := prometheus.NewRegistry()
	hub, err := live.NewHub(db.URL, notify.ChannelFor(db.Schema), nil, reg)
	require.NoError(t, err)
	url := serve(t, graph.Config{DB: db.DB, Hub: hub, Registerer: reg, MetricOperations: []string{"Packages", "Broken"}})

	postAs(t, url, "", `query Packages { packages { tier } }`)
	postAs(t, url, "", `query Broken { agent(id: "x") { id } }`)
	ws := dial(t, url)
	ws.subscribe("a", `subscription { agentUpdates(agentId: "1") { id } }`)
	require.Eventually(t, func() bool { return promtest.Sum(t, reg, "inft_api_subscriptions_active", nil) == 1 }, 5*time.Second, 10*time.Millisecond)
	require.Equal(t, 1.0, promtest.Sum(t, reg, "inft_api_request_duration_seconds", map[string]string{"operation": "Packages", "type": "query"}))
	require.Equal(t, 1.0, promtest.Sum(t, reg, "inft_api_errors_total", map[string]string{"operation": "Broken"}))
	require.Zero(t, promtest.Sum(t, reg, "inft_api_errors_total", map[string]string{"operation": "Packages"}))

	require.NoError(t, hub.Close())
	require.Equal(t, "complete", ws.next(10*time.Second).Type, "shutdown completes the subscription")
}

// A client names its operations as it likes: only the names operators listed
// become label values, so 10,000 names add a handful of series, not 10,000.
func TestMetricLabelsAreBounded(t *testing.T) {
	t.Parallel()
	db := pgtest.New(t)
	_, err := migrations.Up(context.Background(), db.DB.DB)
	require.NoError(t, err)
	reg := prometheus.NewRegistry()
	h, err := graph.NewHandler(graph.Config{DB: db.DB, Registerer: reg, MetricOperations: []string{"Packages"}})
	require.NoError(t, err)
	post := func(doc string) {
		body, _ := json.Marshal(map[string]string{"query": doc})
		req := httptest.NewRequest(http.MethodPost, "/graphql", strings.NewReader(string(body)))
		req.Header.Set("Content-Type", "application/json")
		rec := httptest.NewRecorder()
		h.ServeHTTP(rec, req)
		require.Equal(t, http.StatusOK, rec.Code, rec.Body.String())
	}
	post(`query Packages { packages { tier } }`)
	post(`{ packages { tier } }`)
	for i := range 10_000 {
		post(fmt.Sprintf(`query Flood%d { packages { tier } }`, i))
	}
	series := map[string]float64{}
	families, err := reg.Gather()
	require.NoError(t, err)
	for _, f := range families {
		if f.GetName() != "inft_api_request_duration_seconds" {
			continue
		}
		for _, m := range f.GetMetric() {
			for _, l := range m.GetLabel() {
				if l.GetName() == "operation" {
					series[l.GetValue()] += float64(m.GetHistogram().GetSampleCount())
				}
			}
		}
	}
	require.Equal(t, map[string]float64{"Packages": 1, "anonymous": 1, "other": 10_000}, series)
}
