package live

import (
	"cmp"
	"net/http"
	"time"

	"github.com/99designs/gqlgen/graphql"
	"github.com/99designs/gqlgen/graphql/handler/transport"
	"github.com/coder/websocket"
)

// TransportConfig configures the WebSocket transport of subscriptions.
type TransportConfig struct {
	// Hub feeds the subscriptions; nil: queries and mutations are served
	// over the socket, subscriptions answer that they are not served here
	// (Stream).
	Hub *Hub
	// SharedFields are the subscription fields whose identical
	// subscriptions (same document, operation and variables) share one
	// execution, whatever connection they came on: those whose events carry
	// no history, since one who joins a running feed gets the events from
	// then on. A subscription selecting any other field runs its own.
	SharedFields []string
	// KeepAlive spaces the pings on a connection. Default 15 s.
	KeepAlive time.Duration
	// WriteTimeout bounds each write to a connection: a peer that takes
	// nothing for that long is cut off. Default DefaultWriteTimeout.
	WriteTimeout time.Duration
	// OriginPatterns are the hosts (coder/websocket's patterns) whose
	// browsers may connect besides the server's own.
	OriginPatterns []string
	// Allow takes one operation from the allowance of the client that
	// opened the connection r, and reports whether there was room; an
	// operation refused gets an error (RATE_LIMITED) and its end, and the
	// connection stays open. Nil: every operation is allowed.
	Allow func(r *http.Request) bool
	// Init reads a connection's connection_init payload (the bearer token,
	// say) into the context its operations run with. Nil: ignored.
	Init transport.WebsocketInitFunc
}

// NewTransport returns gqlgen's WebSocket transport (graphql-transport-ws,
// and the legacy graphql-ws when no subprotocol is asked for) with the
// subscriptions of cfg.Hub: identical subscriptions share a feed, each
// operation is taken from its client's allowance, and connections are
// written through a batching writer.
func NewTransport(cfg TransportConfig) graphql.Transport {
	shared := make(map[string]bool, len(cfg.SharedFields))
	for _, f := range cfg.SharedFields {
		shared[f] = true
	}
	return websocketTransport{
		Websocket: &transport.Websocket{
			KeepAlivePingInterval: cmp.Or(cfg.KeepAlive, 15*time.Second),
			InitFunc:              cfg.Init,
			Implementation:        acceptor{accept: websocket.AcceptOptions{OriginPatterns: cfg.OriginPatterns}, writeTimeout: cfg.WriteTimeout},
		},
		hub:    cfg.Hub,
		shared: shared,
		allow:  cfg.Allow,
	}
}

// websocketTransport is gqlgen's WebSocket transport with an executor that
// lets identical subscriptions share a feed, and that takes each operation
// from its client's allowance of requests.
type websocketTransport struct {
	*transport.Websocket
	hub    *Hub
	shared map[string]bool
	allow  func(*http.Request) bool
}

var _ graphql.Transport = websocketTransport{}

func (t websocketTransport) Do(w http.ResponseWriter, r *http.Request, exec graphql.GraphExecutor) {
	st := newWSState()
	r = r.WithContext(withConnState(r.Context(), st))
	allow := func() bool { return true }
	if t.allow != nil {
		allow = func() bool { return t.allow(r) }
	}
	t.Websocket.Do(w, r, sharingExecutor{GraphExecutor: exec, hub: t.hub, shared: t.shared, allow: allow})
	// gqlgen returns without closing after a failed init; the writer
	// goroutine would keep the connection open for good.
	st.close()
}
