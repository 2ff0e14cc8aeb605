package graph

import (
	"context"
	"encoding/json"
	"errors"
	"net/http"
	"sync"

	"github.com/99designs/gqlgen/graphql"
	"github.com/99designs/gqlgen/graphql/handler/transport"
	"github.com/vektah/gqlparser/v2/ast"
	"github.com/vektah/gqlparser/v2/gqlerror"
)

// Identical subscriptions share one execution. Ten thousand marketplace
// pages following one agent are one stream over the hub, one read and one
// response per change, marshalled once and written to every subscriber's
// connection queue (wsconn.go): the cost per subscriber is a message in a
// batch, not running the operation.
//
// Only subscriptions whose streams carry no history are shared (sharedRoots):
// one who joins a running feed gets the changes from then on, which is what
// those subscriptions promise anyway. generationProgress first replays what
// happened so far, so each of its subscribers runs its own stream.
//
// A connection whose queue has no room for a feed's message is too slow:
// its subscription is cut off as the hub cuts off a stream, with an error
// event after what was queued, then the end of its stream.

// sharedRoots are the subscriptions whose identical instances share a feed.
var sharedRoots = map[string]bool{"agentUpdates": true, "generationUpdates": true, "listingEvents": true}

// A feed's subscribers are guarded by its own lock, so that feeds serve
// their subscribers side by side; the hub's feedMu guards the set of feeds
// and is taken first.
type feed struct {
	key    string
	cancel context.CancelFunc
	mu     sync.Mutex
	taps   map[*tap]struct{}
}

// tap is one subscription of a feed: where its events go, and the end of its
// stream (done closed when the feed ends, or when it was cut, set before).
type tap struct {
	conn   *batchedConn
	suffix []byte // `,"id":"…","type":"next"}`
	done   chan struct{}
	cut    bool
}

// sharedWebsocket is gqlgen's WebSocket transport with an executor that
// lets identical subscriptions share a feed, and that takes each operation
// from its client's allowance of requests.
type sharedWebsocket struct {
	*transport.Websocket
	hub     *Hub
	limiter *limiter
}

func (t sharedWebsocket) Do(w http.ResponseWriter, r *http.Request, exec graphql.GraphExecutor) {
	st := &wsState{ids: map[*graphql.OperationContext]string{}, active: map[string][]bool{}}
	r = r.WithContext(context.WithValue(r.Context(), connKey{}, st))
	t.Websocket.Do(w, r, sharingExecutor{GraphExecutor: exec, hub: t.hub, limiter: t.limiter, ip: clientIP(r)})
	// gqlgen returns without closing after a failed init; the writer
	// goroutine would keep the connection open for good.
	if st.conn != nil {
		_ = st.conn.Close()
	}
}

// sharingExecutor runs the operations of one connection.
type sharingExecutor struct {
	graphql.GraphExecutor
	hub     *Hub // nil: no sharing (nor subscriptions)
	limiter *limiter
	ip      string
}

// errTooManyOperations refuses an operation over its client's allowance.
// The operation gets it as its result, then ends (graphql-transport-ws:
// next, complete; graphql-ws: data, complete), and the connection stays
// open: graphql-ws clients (graphql-ws, Apollo, urql) hand it to the
// operation's error handler as any GraphQL error, where closing the
// connection with a code of 4xxx would make them reconnect and subscribe
// everything again, or give up for good.
func errTooManyOperations() gqlerror.List {
	return gqlerror.List{{Message: "too many operations from this address: slow down",
		Extensions: map[string]any{"code": "RATE_LIMITED"}}}
}

// CreateOperationContext refuses an operation over the client's allowance,
// and notes which subscription id the operation is for.
func (e sharingExecutor) CreateOperationContext(ctx context.Context, params *graphql.RawParams) (*graphql.OperationContext, gqlerror.List) {
	if !e.limiter.allow(e.ip) {
		return &graphql.OperationContext{}, errTooManyOperations()
	}
	rc, errs := e.GraphExecutor.CreateOperationContext(ctx, params)
	if st := connState(ctx); st != nil && errs == nil && rc != nil {
		st.mu.Lock()
		st.ids[rc] = st.pending
		st.mu.Unlock()
	}
	return rc, errs
}

func (e sharingExecutor) DispatchOperation(ctx context.Context, rc *graphql.OperationContext) (graphql.ResponseHandler, context.Context) {
	st, id := connState(ctx), ""
	if st != nil {
		st.mu.Lock()
		id = st.ids[rc]
		delete(st.ids, rc)
		st.mu.Unlock()
	}
	if e.hub == nil || rc.Operation == nil || rc.Operation.Operation != ast.Subscription {
		return e.GraphExecutor.DispatchOperation(ctx, rc)
	}
	e.hub.active.Inc()
	var once sync.Once
	var next graphql.ResponseHandler
	key, ok := shareKey(rc)
	if ok && id != "" && st.conn != nil {
		next = e.hub.join(ctx, key, st.conn, id, func(ctx context.Context) (graphql.ResponseHandler, context.Context) {
			return e.GraphExecutor.DispatchOperation(ctx, rc)
		})
	} else {
		next, ctx = e.GraphExecutor.DispatchOperation(ctx, rc)
	}
	return func(ctx context.Context) *graphql.Response {
		resp := next(ctx)
		if resp == nil {
			once.Do(e.hub.active.Dec)
		}
		return resp
	}, ctx
}

// shareKey names a subscription by its document, operation and variables,
// if it may share a feed.
func shareKey(rc *graphql.OperationContext) (string, bool) {
	for _, sel := range rc.Operation.SelectionSet {
		f, ok := sel.(*ast.Field)
		if !ok || !sharedRoots[f.Name] || len(f.Directives) > 0 {
			return "", false
		}
	}
	vars, err := json.Marshal(rc.Variables) // map keys sorted: one spelling per value
	if err != nil {
		return "", false
	}
	return rc.RawQuery + "\x00" + rc.OperationName + "\x00" + string(vars), true
}

// join adds subscription id of conn to the feed of key, starting the feed
// with start if there is none. The feed runs apart from the subscription
// that started it, until its last subscriber leaves. The handler it
// returns gives gqlgen no events (the feed writes them): only the end of
// the stream, after an error if the subscription was cut off.
func (h *Hub) join(ctx context.Context, key string, conn *batchedConn, id string, start func(context.Context) (graphql.ResponseHandler, context.Context)) graphql.ResponseHandler {
	quoted, _ := json.Marshal(id)
	t := &tap{conn: conn, done: make(chan struct{}),
		suffix: []byte(`,"id":` + string(quoted) + `,"type":"` + conn.next + `"}`)}
	h.feedMu.Lock()
	f := h.feeds[key]
	var fctx context.Context
	if f == nil {
		var cancel context.CancelFunc
		// Apart from the first subscriber: neither its cancellation nor
		// its connection's state.
		fctx, cancel = context.WithCancel(context.WithValue(context.WithoutCancel(ctx), connKey{}, (*wsState)(nil)))
		f = &feed{key: key, cancel: cancel, taps: map[*tap]struct{}{}}
		h.feeds[key] = f
		h.feedsOpen.Inc()
	}
	f.mu.Lock()
	f.taps[t] = struct{}{}
	f.mu.Unlock()
	h.feedMu.Unlock()
	if fctx != nil {
		next, fctx := start(fctx)
		go h.serve(f, fctx, next)
	}

	reported := false
	return func(ctx context.Context) *graphql.Response {
		select {
		case <-t.done:
			h.leave(f, t)           // the feed stops if this was its last subscriber
			if t.cut && !reported { // after what was queued
				reported = true
				h.log.Warn("subscriber cut off", "reason", errTooSlow)
				return &graphql.Response{Errors: gqlerror.List{{Message: errTooSlow.Error()}}}
			}
			return nil
		case <-ctx.Done():
			h.leave(f, t)
			return nil
		}
	}
}

// serve marshals each response of a feed once and queues it on the
// connection of every subscriber; it ends their streams when the feed ends.
func (h *Hub) serve(f *feed, ctx context.Context, next graphql.ResponseHandler) {
	defer func() {
		if v := recover(); v != nil { // as gqlgen recovers a subscription's: the stream ends
			h.log.Error("subscription feed panicked", "panic", v)
			h.endFeed(f)
		}
	}()
	for {
		resp := next(ctx)
		if resp == nil {
			break
		}
		payload, err := json.Marshal(resp)
		if err != nil {
			h.log.Error("subscription event not marshalled", "err", err)
			break
		}
		h.deliver(f, append([]byte(`{"payload":`), payload...))
	}
	h.endFeed(f)
}

// deliver queues an event, prefix `{"payload":…`, on every subscriber's
// connection; one without room is cut off.
func (h *Hub) deliver(f *feed, prefix []byte) {
	f.mu.Lock()
	defer f.mu.Unlock()
	for t := range f.taps {
		msg := make([]byte, 0, len(prefix)+len(t.suffix))
		msg = append(append(msg, prefix...), t.suffix...)
		switch err := t.conn.offer(msg); {
		case errors.Is(err, errQueueFull):
			t.cut = true
			h.dropped.Inc()
			fallthrough
		case err != nil: // or the connection is closing: its stream ends
			close(t.done)
			delete(f.taps, t)
		}
	}
}

// endFeed ends the streams of a feed's subscribers.
func (h *Hub) endFeed(f *feed) {
	h.feedMu.Lock()
	if h.feeds[f.key] == f {
		delete(h.feeds, f.key)
		h.feedsOpen.Dec()
	}
	h.feedMu.Unlock()
	// No one joins now: joining takes feedMu and finds it gone.
	f.mu.Lock()
	for t := range f.taps {
		close(t.done)
		delete(f.taps, t)
	}
	f.mu.Unlock()
	f.cancel()
}

// leave removes a subscriber; the last one to leave stops the feed.
func (h *Hub) leave(f *feed, t *tap) {
	h.feedMu.Lock()
	defer h.feedMu.Unlock()
	f.mu.Lock()
	delete(f.taps, t)
	empty := len(f.taps) == 0
	f.mu.Unlock()
	if empty && h.feeds[f.key] == f {
		delete(h.feeds, f.key)
		h.feedsOpen.Dec()
		f.cancel()
	}
}
