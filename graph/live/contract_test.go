package live

import (
	"bytes"
	"context"
	"encoding/json"
	"fmt"
	"io"
	"maps"
	"net/http"
	"net/http/httptest"
	"reflect"
	"slices"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/99designs/gqlgen/graphql"
	"github.com/99designs/gqlgen/graphql/handler"
	"github.com/99designs/gqlgen/graphql/handler/transport"
	"github.com/coder/websocket"
	"github.com/stretchr/testify/require"
	"github.com/vektah/gqlparser/v2"
	"github.com/vektah/gqlparser/v2/ast"
	"github.com/vektah/gqlparser/v2/gqlerror"
)

// The writer and the shared feeds rely on how gqlgen's WebSocket transport
// (v0.17.98, see go.mod) runs, and on its messages:
//
//   - (a) the values it hands WriteJSON are its protocol message structs,
//     of the layout encodeMessage spells without encoding/json (Payload
//     json.RawMessage `payload,omitempty`, ID string `id,omitempty`, Type
//     `type`), and a feed's event is, byte for byte, the message gqlgen
//     would write for it;
//   - (b) it reads and starts one message at a time: nothing more is read
//     between a subscribe and the CreateOperationContext of its operation,
//     so the id noted for the last subscribe read belongs to the operation
//     created next (wsState.pending).
//
// These tests pin both through real gqlgen sessions over httptest, for
// graphql-transport-ws and graphql-ws. A gqlgen upgrade that changes either
// fails here, naming the assumption, rather than quietly writing through
// reflection or sending one subscription's events under another's id.

// contractSchema has a query, and a subscription the transport shares
// whose events name their argument.
var contractSchema = gqlparser.MustLoadSchema(&ast.Source{Input: `
	type Query { name: String! }
	type Subscription { agentUpdates(agentId: ID!): String! }
`})

// contractServer is gqlgen's handler with the transport, its connections
// observed.
type contractServer struct {
	url  string
	hub  *Hub
	fire chan struct{} // closed: every subscription sends its one event

	mu     sync.Mutex
	probes []*probe
}

func newContractServer(t *testing.T) *contractServer {
	cs := &contractServer{hub: newHub("", "test", nil), fire: make(chan struct{})}
	cs.hub.mu.Lock()
	cs.hub.open = true // feeds need no LISTEN
	cs.hub.mu.Unlock()
	srv := handler.New(&graphql.ExecutableSchemaMock{
		SchemaFunc: func() *ast.Schema { return contractSchema },
		ComplexityFunc: func(context.Context, string, string, int, map[string]any) (int, bool) {
			return 0, false
		},
		ExecFunc: cs.exec,
	})
	tr := NewTransport(TransportConfig{Hub: cs.hub, SharedFields: []string{"agentUpdates"}, KeepAlive: 20 * time.Millisecond}).(websocketTransport)
	// The transport's every kind of message: server pings and pongs of
	// graphql-transport-ws too.
	tr.PingPongInterval, tr.MissingPongOk, tr.PongOnlyInterval = 20*time.Millisecond, true, 20*time.Millisecond
	tr.Implementation = recordingAcceptor{tr.Implementation.(acceptor)}
	srv.AddTransport(probedTransport{tr, cs})
	hs := httptest.NewServer(srv)
	t.Cleanup(hs.Close)
	cs.url = "ws" + strings.TrimPrefix(hs.URL, "http")
	return cs
}

func (cs *contractServer) exec(ctx context.Context) graphql.ResponseHandler {
	oc := graphql.GetOperationContext(ctx)
	if oc.Operation.Operation != ast.Subscription {
		return graphql.OneShot(&graphql.Response{Data: json.RawMessage(`{"name":"test"}`)})
	}
	id := oc.Operation.SelectionSet[0].(*ast.Field).ArgumentMap(oc.Variables)["agentId"].(string)
	sent := false
	return func(ctx context.Context) *graphql.Response {
		if !sent {
			select {
			case <-cs.fire:
				sent = true
				data, _ := json.Marshal(map[string]string{"agentUpdates": id})
				return &graphql.Response{Data: data}
			case <-ctx.Done():
				return nil
			}
		}
		<-ctx.Done()
		return nil
	}
}

// theProbe is the one connection's probe.
func (cs *contractServer) theProbe(t *testing.T) *probe {
	cs.mu.Lock()
	defer cs.mu.Unlock()
	require.Len(t, cs.probes, 1)
	return cs.probes[0]
}

// probe observes one connection: what gqlgen reads and writes, and the
// state of its reading when it creates an operation.
type probe struct {
	mu         sync.Mutex
	reading    int    // reads begun and not returned
	last       []byte // the message read last
	written    []written
	violations []string // of (b)
	conn       *batchedConn
}

// written is a value gqlgen handed WriteJSON.
type written struct {
	typ  reflect.Type
	fast bool   // encodeMessage spelled it itself
	same bool   // as encoding/json spells it
	json []byte // encoding/json's spelling
}

// probedTransport hands each connection's probe to its acceptor, and
// checks (b) as the transport creates each operation.
type probedTransport struct {
	websocketTransport
	cs *contractServer
}

type probeKey struct{}

func (p probedTransport) Do(w http.ResponseWriter, r *http.Request, exec graphql.GraphExecutor) {
	pr := &probe{}
	p.cs.mu.Lock()
	p.cs.probes = append(p.cs.probes, pr)
	p.cs.mu.Unlock()
	p.websocketTransport.Do(w, r.WithContext(context.WithValue(r.Context(), probeKey{}, pr)), probingExecutor{exec, pr})
}

// probingExecutor is what the sharing executor runs operations with.
type probingExecutor struct {
	graphql.GraphExecutor
	probe *probe
}

func (e probingExecutor) CreateOperationContext(ctx context.Context, params *graphql.RawParams) (*graphql.OperationContext, gqlerror.List) {
	p := e.probe
	p.mu.Lock()
	var m struct {
		Type    string
		Payload struct{ Query string }
	}
	_ = json.Unmarshal(p.last, &m)
	if p.reading != 0 || (m.Type != "subscribe" && m.Type != "start") || m.Payload.Query != params.Query {
		p.violations = append(p.violations, fmt.Sprintf("operation %q created with %d reads under way, after reading %s", params.Query, p.reading, p.last))
	}
	p.mu.Unlock()
	return e.GraphExecutor.CreateOperationContext(ctx, params)
}

// recordingAcceptor accepts as the transport does, and records what
// gqlgen reads from and writes to the connection.
type recordingAcceptor struct{ acceptor }

func (a recordingAcceptor) Accept(w http.ResponseWriter, r *http.Request, opts transport.WebsocketAcceptOptions) (transport.WebsocketConn, error) {
	conn, err := a.acceptor.Accept(w, r, opts)
	if err != nil {
		return nil, err
	}
	p := r.Context().Value(probeKey{}).(*probe)
	p.mu.Lock()
	p.conn = conn.(*batchedConn)
	p.mu.Unlock()
	return recordedConn{conn.(*batchedConn), p}, nil
}

type recordedConn struct {
	*batchedConn
	probe *probe
}

func (c recordedConn) NextReader() (int, io.Reader, error) {
	p := c.probe
	p.mu.Lock()
	p.reading++
	p.mu.Unlock()
	typ, r, err := c.batchedConn.NextReader()
	var data []byte
	if r != nil {
		data, _ = io.ReadAll(r)
	}
	p.mu.Lock()
	p.reading--
	if err == nil {
		p.last = data
	}
	p.mu.Unlock()
	return typ, bytes.NewReader(data), err
}

func (c recordedConn) WriteJSON(v any) error {
	got, fast, err := encodeProtocolMessage(v)
	want, jerr := json.Marshal(v)
	c.probe.mu.Lock()
	c.probe.written = append(c.probe.written, written{typ: reflect.TypeOf(v), fast: fast && err == nil, same: jerr == nil && bytes.Equal(got, want), json: want})
	c.probe.mu.Unlock()
	return c.batchedConn.WriteJSON(v)
}

// contractClient is a client of one protocol.
type contractClient struct {
	t        *testing.T
	conn     *websocket.Conn
	start    string // the protocol's subscribe
	received [][]byte
}

func (cs *contractServer) dial(t *testing.T, subprotocol string) *contractClient {
	ctx, cancel := context.WithTimeout(context.Background(), 10*time.Second)
	defer cancel()
	conn, _, err := websocket.Dial(ctx, cs.url, &websocket.DialOptions{Subprotocols: []string{subprotocol}})
	require.NoError(t, err)
	t.Cleanup(func() { conn.CloseNow() })
	c := &contractClient{t: t, conn: conn, start: "subscribe"}
	if subprotocol == "graphql-ws" {
		c.start = "start"
	}
	c.send(`{"type":"connection_init"}`)
	require.Equal(t, "connection_ack", c.next("").Type)
	return c
}

func (c *contractClient) send(msg string) {
	c.t.Helper()
	ctx, cancel := context.WithTimeout(context.Background(), 10*time.Second)
	defer cancel()
	require.NoError(c.t, c.conn.Write(ctx, websocket.MessageText, []byte(msg)))
}

func (c *contractClient) subscribe(id, query string) {
	c.t.Helper()
	payload, _ := json.Marshal(map[string]string{"query": query})
	c.send(fmt.Sprintf(`{"id":%q,"type":%q,"payload":%s}`, id, c.start, payload))
}

type contractMessage struct {
	ID      string          `json:"id"`
	Type    string          `json:"type"`
	Payload json.RawMessage `json:"payload"`
	raw     []byte
}

// next reads the next message of type typ (any: ""), skipping keep-alives,
// pings and pongs unless asked for.
func (c *contractClient) next(typ string) contractMessage {
	c.t.Helper()
	ctx, cancel := context.WithTimeout(context.Background(), 10*time.Second)
	defer cancel()
	for {
		_, data, err := c.conn.Read(ctx)
		require.NoError(c.t, err, "waiting for %q", typ)
		c.received = append(c.received, data)
		var m contractMessage
		require.NoError(c.t, json.Unmarshal(data, &m), "%s", data)
		m.raw = data
		if m.Type == typ || (typ == "" && m.Type != "ka" && m.Type != "ping" && m.Type != "pong") {
			return m
		}
	}
}

// TestGqlgenContract pins (a) and (b) for both protocols.
func TestGqlgenContract(t *testing.T) {
	for _, tc := range []struct {
		subprotocol string
		event       string   // the protocol's subscription event
		types       []string // every message type the session makes gqlgen write
	}{
		{"graphql-transport-ws", "next", []string{"connection_ack", "next", "error", "complete", "ping", "pong"}},
		{"graphql-ws", "data", []string{"connection_ack", "ka", "data", "error", "complete", "connection_error"}},
	} {
		t.Run(tc.subprotocol, func(t *testing.T) {
			cs := newContractServer(t)
			c := cs.dial(t, tc.subprotocol)

			// (b) Subscribes sent back to back, each its own feed: every
			// event comes under the id of its own subscribe.
			const n = 32
			for i := range n {
				c.subscribe(fmt.Sprintf("s%d", i), fmt.Sprintf(`subscription { agentUpdates(agentId: "%d") }`, i))
			}
			require.Eventually(t, func() bool { return cs.hub.sharedFeeds().running() == n }, 10*time.Second, time.Millisecond,
				"gqlgen v0.17.98 created each subscription right after reading its subscribe, so each knew its id and shared a feed; "+
					"now %d of %d did", cs.hub.sharedFeeds().running(), n)
			close(cs.fire)
			var feedEvent contractMessage
			for range n {
				m := c.next("")
				require.Equal(t, tc.event, m.Type, "%s", m.raw)
				var p struct {
					Data struct{ AgentUpdates string }
				}
				require.NoError(t, json.Unmarshal(m.Payload, &p), "%s", m.raw)
				require.Equal(t, "s"+p.Data.AgentUpdates, m.ID,
					"the event of agentUpdates(%q) came under another subscription's id: gqlgen no longer reads and starts one message at a time, "+
						"so the id noted for the last subscribe read (wsState.pending) is not its next operation's", p.Data.AgentUpdates)
				feedEvent = m
			}
			pr := cs.theProbe(t)
			pr.mu.Lock()
			require.Empty(t, pr.violations, "gqlgen v0.17.98 read nothing between a subscribe and creating its operation; "+
				"now it does, and wsState.pending may give an operation another's id")
			pr.mu.Unlock()

			// What gqlgen writes itself: a query's event and completion, an
			// error and its completion, a completion asked for, and the
			// protocol's own messages.
			c.subscribe("q", `{ name }`)
			require.Equal(t, tc.event, c.next("").Type)
			require.Equal(t, "complete", c.next("").Type)
			c.send(fmt.Sprintf(`{"id":"bad","type":%q,"payload":"not an object"}`, c.start))
			require.Equal(t, "error", c.next("").Type)
			require.Equal(t, "complete", c.next("").Type)
			stop := "complete"
			if tc.subprotocol == "graphql-ws" {
				stop = "stop"
			}
			c.send(`{"id":"s0","type":"` + stop + `"}`)
			require.Equal(t, contractMessage{ID: "s0", Type: "complete"}, withoutRaw(c.next("")))
			if tc.subprotocol == "graphql-transport-ws" {
				c.send(`{"type":"ping"}`)
				c.next("ping") // the server's own
				c.next("pong") // the server's answer, or its own
			} else {
				c.next("ka")
				c.send(`{"type":"ka"}`) // not a client's: gqlgen answers connection_error, then closes
				c.next("connection_error")
			}

			pr.mu.Lock()
			defer pr.mu.Unlock()
			// (a) Every message gqlgen wrote went through the fast path, and
			// reads as encoding/json writes it.
			seen := map[string]bool{}
			var gqlgenEvent reflect.Type
			for _, w := range pr.written {
				require.True(t, w.fast, "gqlgen v0.17.98 handed WriteJSON protocol message structs of exactly Payload json.RawMessage `payload,omitempty`, "+
					"ID string `id,omitempty` and Type `type` (a string or TextMarshaler), which encodeMessage writes without encoding/json; "+
					"now it hands it %v, written %s, which goes through encoding/json's reflection: adapt messageLayoutOf", w.typ, w.json)
				require.True(t, w.same, "encodeMessage spells gqlgen's %v other than encoding/json: %s", w.typ, w.json)
				var m contractMessage
				require.NoError(t, json.Unmarshal(w.json, &m))
				seen[m.Type] = true
				if m.Type == tc.event {
					gqlgenEvent = w.typ
				}
			}
			for _, typ := range tc.types {
				require.True(t, seen[typ], "the session made gqlgen write no %q message (it wrote %v)", typ, slices.Sorted(maps.Keys(seen)))
			}
			// A feed writes its events itself: as gqlgen writes them.
			require.NotNil(t, gqlgenEvent)
			require.Equal(t, tc.event, pr.conn.eventType())
			v := reflect.New(gqlgenEvent.Elem())
			l := messageLayoutOf(gqlgenEvent.Elem())
			v.Elem().Field(l.payload).SetBytes(feedEvent.Payload)
			v.Elem().Field(l.id).SetString(feedEvent.ID)
			v.Elem().Field(l.typ).SetString(tc.event)
			want, err := json.Marshal(v.Interface())
			require.NoError(t, err)
			require.Equal(t, string(want), string(feedEvent.raw),
				"a shared feed's event is no longer what gqlgen writes for a subscription's event (%v): adapt feeds.join's suffix", gqlgenEvent)
		})
	}
}

func withoutRaw(m contractMessage) contractMessage {
	m.raw, m.Payload = nil, nil
	return m
}
