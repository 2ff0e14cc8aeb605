package graph_test

// The API attacked as a hostile client would, from outside: each test sends
// what a client may send (raw WebSocket frames, crafted documents, odd
// bodies) to the real handler over a real PostgreSQL, and requires an answer
// in bounded time and memory. The figures each one logs (go test -v -run
// TestHostile ./graph/) are those of docs/reliability.md.
//
// These tests do not run in parallel, so that the memory they measure is
// their own.

import (
	"context"
	"database/sql"
	"encoding/json"
	"fmt"
	"io"
	"net/http"
	"net/http/httptest"
	"runtime"
	"runtime/metrics"
	"strings"
	"sync/atomic"
	"testing"
	"time"

	"github.com/coder/websocket"
	"github.com/jmoiron/sqlx"
	"github.com/stretchr/testify/require"

	"github.com/inft-labs/inft/graph"
	"github.com/inft-labs/inft/indexer"
	"github.com/inft-labs/inft/internal/pg"
	"github.com/inft-labs/inft/internal/pgtest"
	"github.com/inft-labs/inft/migrations"
)

// hostile is the API over an empty, migrated schema, with a hub.
type hostile struct {
	t   *testing.T
	url string
	// statements counts what the API runs on its database.
	statements *atomic.Int64
}

// newHostile serves the API configured by cfg (its DB, chain id and hub are
// set here).
func newHostile(t *testing.T, cfg graph.Config) *hostile {
	t.Helper()
	db := pgtest.New(t)
	_, err := migrations.Up(context.Background(), db.DB.DB)
	require.NoError(t, err)

	statements := new(atomic.Int64)
	name := fmt.Sprintf("postgres-counting-%d", drivers.Add(1))
	sql.Register(name, countingDriver{statements})
	sqlx.BindDriver(name, sqlx.DOLLAR)
	counted, err := sqlx.Open(name, db.URL)
	require.NoError(t, err)
	pg.Pool(counted, 40, 8)

	hub, err := graph.NewHub(db.URL, indexer.ChannelFor(db.Schema), nil, nil)
	require.NoError(t, err)
	cfg.DB, cfg.ChainID, cfg.Hub = counted, "1337", hub
	h, err := graph.NewHandler(cfg)
	require.NoError(t, err)
	srv := httptest.NewServer(h)
	t.Cleanup(func() { srv.Close(); hub.Close(); counted.Close() })
	return &hostile{t: t, url: srv.URL + "/graphql", statements: statements}
}

// post sends a raw body; it returns the status and the body.
func (h *hostile) post(body io.Reader, contentLength int64) (int, []byte) {
	h.t.Helper()
	ctx, cancel := context.WithTimeout(context.Background(), time.Minute)
	defer cancel()
	req, err := http.NewRequestWithContext(ctx, http.MethodPost, h.url, body)
	require.NoError(h.t, err)
	req.Header.Set("Content-Type", "application/json")
	req.ContentLength = contentLength
	resp, err := http.DefaultClient.Do(req)
	require.NoError(h.t, err)
	defer resp.Body.Close()
	raw, err := io.ReadAll(resp.Body)
	require.NoError(h.t, err)
	return resp.StatusCode, raw
}

// query sends a GraphQL document (and variables) and returns the response.
func (h *hostile) query(doc string, vars map[string]any) response {
	h.t.Helper()
	body, err := json.Marshal(map[string]any{"query": doc, "variables": vars})
	require.NoError(h.t, err)
	status, raw := h.post(strings.NewReader(string(body)), int64(len(body)))
	var out response
	require.NoError(h.t, json.Unmarshal(raw, &out), "response %.300s", raw)
	out.status = status
	return out
}

// cost is what an attack cost the process.
type cost struct {
	took time.Duration
	// alloc is the bytes allocated meanwhile; live the growth of the live
	// heap (after a collection) from before to after; peak the largest
	// growth of the heap seen meanwhile (sampled).
	alloc, live, peak int64
}

func (c cost) String() string {
	return fmt.Sprintf("%s, %.1f MB allocated, heap %+.1f MB at peak, %+.1f MB live after", c.took.Round(time.Millisecond),
		float64(c.alloc)/1e6, float64(c.peak)/1e6, float64(c.live)/1e6)
}

// measure runs attack and tells what it cost.
func measure(attack func()) cost {
	var before, after runtime.MemStats
	runtime.GC()
	runtime.ReadMemStats(&before)
	heap := []metrics.Sample{{Name: "/memory/classes/heap/objects:bytes"}}
	var peak atomic.Uint64
	stop, sampled := make(chan struct{}), make(chan struct{})
	go func() {
		defer close(sampled)
		tick := time.NewTicker(5 * time.Millisecond)
		defer tick.Stop()
		for {
			metrics.Read(heap)
			if v := heap[0].Value.Uint64(); v > peak.Load() {
				peak.Store(v)
			}
			select {
			case <-stop:
				return
			case <-tick.C:
			}
		}
	}()
	began := time.Now()
	attack()
	took := time.Since(began)
	close(stop)
	<-sampled
	runtime.GC()
	runtime.ReadMemStats(&after)
	return cost{took: took, alloc: int64(after.TotalAlloc - before.TotalAlloc), live: int64(after.HeapAlloc) - int64(before.HeapAlloc),
		peak: int64(peak.Load()) - int64(before.HeapAlloc)}
}

// wsDial opens a WebSocket speaking protocol and acknowledges its init.
func (h *hostile) wsDial(protocol string) *wsClient {
	h.t.Helper()
	ctx, cancel := context.WithTimeout(context.Background(), 10*time.Second)
	defer cancel()
	conn, _, err := websocket.Dial(ctx, "ws"+strings.TrimPrefix(h.url, "http"), &websocket.DialOptions{Subprotocols: []string{protocol}})
	require.NoError(h.t, err)
	conn.SetReadLimit(1 << 20)
	c := &wsClient{t: h.t, conn: conn}
	c.send(wsMessage{Type: "connection_init"})
	require.Equal(h.t, "connection_ack", c.nextNot("ka").Type)
	h.t.Cleanup(func() { conn.CloseNow() })
	return c
}

func operation(id, typ, query string) wsMessage {
	payload, _ := json.Marshal(map[string]string{"query": query})
	return wsMessage{ID: id, Type: typ, Payload: payload}
}

// A query or a mutation sent over the WebSocket gets one result, then the
// end of its operation, on both protocols; the response cache answered it
// until the connection closed (254,785 results a second).
func TestHostileQueryOverWebSocket(t *testing.T) {
	h := newHostile(t, graph.Config{})
	for _, p := range []struct{ protocol, start, next string }{
		{"graphql-transport-ws", "subscribe", "next"},
		{"graphql-ws", "start", "data"},
	} {
		t.Run(p.protocol, func(t *testing.T) {
			ws := h.wsDial(p.protocol)
			c := measure(func() {
				for _, id := range []string{"q1", "q2"} { // the second one is answered from the cache
					ws.send(operation(id, p.start, `{ packages { tier } }`))
					m := ws.nextNot("ka")
					require.Equal(t, wsMessage{ID: id, Type: p.next, Payload: json.RawMessage(`{"data":{"packages":[]}}`)}, m)
					m = ws.nextNot("ka")
					require.Equal(t, wsMessage{ID: id, Type: "complete"}, m, "one result, then the end")
				}
				ws.send(operation("m", p.start, `mutation { pauseProvider(name: "x") }`))
				require.Equal(t, p.next, ws.nextNot("ka").Type)
				require.Equal(t, wsMessage{ID: "m", Type: "complete"}, ws.nextNot("ka"))
				ws.send(operation("last", p.start, `{ __typename }`))
				require.Equal(t, "last", ws.nextNot("ka").ID, "nothing more of the others came")
			})
			t.Logf("three operations over %s: %s", p.protocol, c)
		})
	}
}

// Operations on a WebSocket draw on their address's allowance, as HTTP
// requests do: those over it get an error each and end; none is dropped
// silently, and the connection stays open for the rest.
func TestHostileWebSocketRateLimit(t *testing.T) {
	h := newHostile(t, graph.Config{RateLimit: 2}) // bursts of 4
	ws := h.wsDial("graphql-transport-ws")
	const ops = 40
	c := measure(func() {
		for i := range ops {
			ws.send(operation(fmt.Sprint(i), "subscribe", `{ __typename }`))
		}
	})
	results, limited := map[string]int{}, 0
	for completed := 0; completed < ops; {
		m := ws.next(10 * time.Second)
		switch m.Type {
		case "next":
			results[m.ID]++
			if strings.Contains(string(m.Payload), "too many operations") {
				limited++
			}
		case "complete":
			completed++
		default:
			t.Fatalf("unexpected %s %s", m.Type, m.Payload)
		}
	}
	t.Logf("%d operations sent at once, %d refused: %s", ops, limited, c)
	require.Len(t, results, ops, "every operation is answered")
	for id, n := range results {
		require.Equal(t, 1, n, "operation %s: one result", id)
	}
	require.GreaterOrEqual(t, limited, ops-8, "at most the burst (and what refilled meanwhile) is served")
	time.Sleep(time.Second)
	ws.send(operation("later", "subscribe", `{ __typename }`))
	m := ws.next(10 * time.Second)
	require.Equal(t, "later", m.ID)
	require.JSONEq(t, `{"data":{"__typename":"Query"}}`, string(m.Payload), "served again once the allowance refilled")
}
