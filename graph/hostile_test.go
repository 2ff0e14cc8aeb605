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
	"github.com/inft-labs/inft/graph/live"
	"github.com/inft-labs/inft/internal/pg"
	"github.com/inft-labs/inft/internal/pgtest"
	"github.com/inft-labs/inft/migrations"
	"github.com/inft-labs/inft/notify"
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

	hub, err := live.NewHub(db.URL, notify.ChannelFor(db.Schema), nil, nil)
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

// fragmentChain is a document whose operation spreads a fragment that
// spreads the next, n times.
func fragmentChain(n int) string {
	var b strings.Builder
	b.WriteString("query { ...F0 }\n")
	for i := range n {
		fmt.Fprintf(&b, "fragment F%d on Query { ...F%d }\n", i, i+1)
	}
	fmt.Fprintf(&b, "fragment F%d on Query { packages { tier } }\n", n)
	return b.String()
}

// fragmentTree is a document whose fragments each spread the next width
// times, depth deep: width^depth fields once expanded.
func fragmentTree(depth, width int) string {
	var b strings.Builder
	b.WriteString("query { ...F0 }\n")
	for i := range depth {
		fmt.Fprintf(&b, "fragment F%d on Query {%s }\n", i, strings.Repeat(fmt.Sprintf(" ...F%d", i+1), width))
	}
	fmt.Fprintf(&b, "fragment F%d on Query { __typename }\n", depth)
	return b.String()
}

func repeat(n int, f func(int) string) string {
	var b strings.Builder
	for i := range n {
		b.WriteString(f(i))
	}
	return b.String()
}

// Documents that cost the validator seconds and hundreds of megabytes are
// refused before it sees them: a chain of 4,000 fragment spreads took 7 s
// and 560 MB. A chain that fits the size limit is refused by the count of
// spreads; a document of many tokens by the parser.
func TestHostileExpensiveDocuments(t *testing.T) {
	h := newHostile(t, graph.Config{})
	for _, a := range []struct{ name, doc, want string }{
		{"4,000 fragment spreads", fragmentChain(4000), "bytes, more than"},
		{"1,600 fragment spreads (in 64 KiB)", fragmentChain(1600), "fragment spreads allowed"},
		{"25,000 tokens (in 64 KiB)", "{" + strings.Repeat(" a", 25_000) + "}", "tokens allowed"},
	} {
		t.Run(a.name, func(t *testing.T) {
			var r response
			c := measure(func() { r = h.query(a.doc, nil) })
			t.Logf("%s (%d KB): %s: %.120s", a.name, len(a.doc)/1000, c, r.errs())
			require.Contains(t, r.errs(), a.want)
			require.Less(t, c.took, time.Second)
			require.Less(t, c.alloc, int64(64<<20))
		})
	}
	// The worst shapes known within the limits: each answered or refused in
	// bounded time.
	for _, a := range []struct{ name, doc string }{
		{"a chain of 99 fragments", fragmentChain(99)},
		{"9,998 fields of one name", "{" + strings.Repeat(" a", 9_998) + "}"},
		{"800 aliases of one name, each with its own argument", "{" + repeat(800, func(i int) string { return fmt.Sprintf(" x: agent(id: \"%d\") { id }", i) }) + "}"},
		{"a fragment of 900 fields spread 99 times", "query {" + strings.Repeat(" ...F", 99) + "} fragment F on Query {" +
			repeat(900, func(i int) string { return fmt.Sprintf(" a%d: __typename", i) }) + "}"},
		{"fragments spreading fragments, 10 wide and 9 deep", fragmentTree(9, 10)},
		{"50 fields of one name, each with 50 conflicting fields of one name", "{" + strings.Repeat(` x: agent(id: "1") {`+strings.Repeat(" y: id y: owner", 25)+" }", 50) + "}"},
		// Validation walks fragments that nothing spreads too.
		{"the same, in a fragment nothing spreads", "query { __typename } fragment X on Query {" + strings.Repeat(` x: agent(id: "1") {`+strings.Repeat(" y: id y: owner", 25)+" }", 50) + "}"},
		{"800 aliases of one name, in a fragment nothing spreads", "query { __typename } fragment X on Query {" + repeat(800, func(i int) string { return fmt.Sprintf(" x: agent(id: \"%d\") { id }", i) }) + "}"},
		{"a tree of fragments nothing spreads", strings.Replace(fragmentTree(9, 10), "query { ...F0 }", "query { __typename }", 1)},
	} {
		t.Run(a.name, func(t *testing.T) {
			var r response
			c := measure(func() { r = h.query(a.doc, nil) })
			t.Logf("%s (%d KB): %s: %.120s", a.name, len(a.doc)/1000, c, r.errs())
			require.Less(t, c.took, 2*time.Second)
			require.Less(t, c.alloc, int64(256<<20))
		})
	}
	// Variables may be as large as the body allows.
	big := strings.Repeat("1", 500_000)
	r := h.query(`query($id: ID!) { agent(id: $id) { id } }`, map[string]any{"id": big})
	require.Contains(t, r.errs(), "is not an on-chain id", "the variable reached the resolver")
}

// Thousands of aliases of a root field that reads the database cost a read
// each: 2,400 of them took 2,400 reads and slowed every other client
// (2 ms to 4.3 s). Each such field is costed as a read now, so that such a
// document is over the complexity limit; 2,400 aliases are over the limits
// of a document too.
func TestHostileAliasFanOut(t *testing.T) {
	h := newHostile(t, graph.Config{})
	for _, field := range []string{`agent(id: "1") { id }`, `indexerStatus { lagBlocks }`, `packages { tier }`, `agents(first: 1) { edges { cursor } }`} {
		for _, n := range []int{2400, 500} {
			doc := "{" + repeat(n, func(i int) string { return fmt.Sprintf(" a%d: %s", i, field) }) + " }"
			t.Run(fmt.Sprint(n, " ", field), func(t *testing.T) {
				before := h.statements.Load()
				var r response
				c := measure(func() { r = h.query(doc, nil) })
				reads := h.statements.Load() - before
				t.Logf("%d aliases of %s: %d reads, %s: %.100s", n, field, reads, c, r.errs())
				require.NotEmpty(t, r.Errors)
				if n == 500 {
					require.Contains(t, r.errs(), "complexity")
				}
				require.Zero(t, reads)
				require.Less(t, c.took, time.Second)
			})
		}
	}
	r := h.query(`{ a: agent(id: "1") { id } b: agent(id: "2") { id } s: indexerStatus { lagBlocks } packages { tier } agents { edges { cursor } } }`, nil)
	require.Empty(t, r.Errors, "a page's few reads are served")
}

// A body over the limit is refused with 413 when its length is not
// announced either (chunked): it was answered 200 with an error.
func TestHostileChunkedBody(t *testing.T) {
	h := newHostile(t, graph.Config{})
	var status int
	c := measure(func() {
		status, _ = h.post(io.MultiReader(strings.NewReader(`{"query": "{ __typename }", "variables": {"x": "`), strings.NewReader(strings.Repeat("a", 4<<20))), -1)
	})
	t.Logf("4 MiB chunked body: %d, %s", status, c)
	require.Equal(t, http.StatusRequestEntityTooLarge, status)
	status, raw := h.post(strings.NewReader(`{"query": "{ __typename }"}`), -1)
	require.Equal(t, http.StatusOK, status, "a small chunked body is served: %s", raw)
}

// Errors do not echo what the client sent at length: a body that is not
// JSON came back whole in the error, and so did a bad id.
func TestHostileErrorsDoNotEcho(t *testing.T) {
	h := newHostile(t, graph.Config{})
	bad := `{"query": "` + strings.Repeat("x", 500_000)
	status, raw := h.post(strings.NewReader(bad), int64(len(bad)))
	t.Logf("500 KB of bad JSON: %d, answered in %d bytes", status, len(raw))
	require.Equal(t, http.StatusBadRequest, status)
	require.Less(t, len(raw), 1000, "%.300s", raw)
	require.Contains(t, string(raw), "could not be decoded")

	r := h.query(`query($id: ID!) { agent(id: $id) { id } }`, map[string]any{"id": strings.Repeat("1", 500_000)})
	require.Contains(t, r.errs(), "is not an on-chain id")
	require.Less(t, len(r.errs()), 1000)
}

// GraphQL's Int is 32 bits: a larger one is an error, in the document and
// in variables.
func TestHostileIntOutside32Bits(t *testing.T) {
	h := newHostile(t, graph.Config{})
	for _, v := range []string{"2147483648", "-2147483649", "9223372036854775808"} {
		r := h.query(`{ agents(first: `+v+`) { edges { cursor } } }`, nil)
		require.NotEmpty(t, r.Errors, "first: %s", v)
		body := `{"query": "query($n: Int) { agents(first: $n) { edges { cursor } } }", "variables": {"n": ` + v + `}}`
		_, raw := h.post(strings.NewReader(body), int64(len(body)))
		require.Contains(t, string(raw), `"errors"`, "$n: %s", v)
	}
	r := h.query(`{ agents(first: 2147483647) { edges { cursor } } }`, nil)
	require.Empty(t, r.Errors, "the largest Int is served (and capped)")
}

// A second subscription under an id in use closes the connection with
// 4409, as graphql-transport-ws says; it was accepted.
func TestHostileDuplicateSubscriptionID(t *testing.T) {
	h := newHostile(t, graph.Config{})
	ws := h.wsDial("graphql-transport-ws")
	ws.send(operation("s", "subscribe", `subscription { agentUpdates(agentId: "1") { id } }`))
	ws.send(operation("s", "subscribe", `subscription { listingEvents { type } }`))
	ctx, cancel := context.WithTimeout(context.Background(), 10*time.Second)
	defer cancel()
	for {
		_, data, err := ws.conn.Read(ctx)
		if err != nil {
			require.Equal(t, websocket.StatusCode(4409), websocket.CloseStatus(err), "%v", err)
			require.ErrorContains(t, err, "Subscriber for s already exists")
			break
		}
		require.NotContains(t, string(data), `"type":"next"`)
	}
	// An id may be used again once its operation ended.
	ws = h.wsDial("graphql-transport-ws")
	for range 2 {
		ws.send(operation("q", "subscribe", `{ __typename }`))
		require.Equal(t, "next", ws.next(10*time.Second).Type)
		require.Equal(t, "complete", ws.next(10*time.Second).Type)
	}
	ws.send(operation("s", "subscribe", `subscription { agentUpdates(agentId: "1") { id } }`))
	ws.send(wsMessage{ID: "s", Type: "complete"})
	ws.send(operation("s", "subscribe", `subscription { agentUpdates(agentId: "1") { id } }`))
	// The server's late complete of the first "s" ends that one, not the
	// second: "s" is still in use.
	for m := ws.next(10 * time.Second); m.ID != "s" || m.Type != "complete"; m = ws.next(10 * time.Second) {
	}
	ws.send(operation("s", "subscribe", `subscription { listingEvents { type } }`))
	readCtx, cancelRead := context.WithTimeout(context.Background(), 10*time.Second)
	defer cancelRead()
	_, _, err := ws.conn.Read(readCtx)
	require.Equal(t, websocket.StatusCode(4409), websocket.CloseStatus(err), "%v", err)
}

// The caches are bounded by bytes, not entries: 1,000 parsed documents of
// up to 20 MB each, and 10,000 responses of up to 1.4 MB, could stay in
// memory. Large documents and their responses (limits raised here to 1 MiB
// a document) take at most the caches' budgets, and stale responses leave
// memory within their ttl or so.
func TestHostileCachesAreBoundedByBytes(t *testing.T) {
	h := newHostile(t, graph.Config{MaxBodyBytes: 2 << 20, MaxQueryBytes: 2 << 20, CacheTTL: 200 * time.Millisecond})
	var live []int64
	heap := func() int64 {
		var m runtime.MemStats
		runtime.GC()
		runtime.ReadMemStats(&m)
		return int64(m.HeapAlloc)
	}
	base := heap()
	c := measure(func() {
		for i := range 60 { // each document 1 MB and its response 1 MB: 50 aliases of 20,000 bytes
			doc := "{" + repeat(50, func(j int) string { return fmt.Sprintf(" a%d_%d_%s: __typename", i, j, strings.Repeat("x", 20_000)) }) + " }"
			r := h.query(doc, nil)
			require.Empty(t, r.Errors)
			require.Greater(t, len(r.Data), 1_000_000)
		}
	})
	live = append(live, heap()-base)
	t.Logf("60 documents of 1 MB and their responses: %s", c)
	time.Sleep(time.Second)
	live = append(live, heap()-base)
	t.Logf("live heap: %+.1f MB after, %+.1f MB a second later", float64(live[0])/1e6, float64(live[1])/1e6)
	require.Less(t, live[0], int64(48<<20), "bounded by the budgets")
	require.Less(t, live[1], int64(16<<20), "stale responses are dropped")
}
