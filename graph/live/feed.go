package live

import (
	"context"
	"encoding/json"
	"errors"
	"log/slog"
	"sync"

	"github.com/99designs/gqlgen/graphql"
	"github.com/prometheus/client_golang/prometheus"
	"github.com/vektah/gqlparser/v2/gqlerror"
)

// Identical subscriptions share one execution. Ten thousand marketplace
// pages following one agent are one stream over the hub, one read and one
// response per change, marshalled once and written to every subscriber's
// connection queue (conn.go): the cost per subscriber is a message in a
// batch, not running the operation.
//
// Only subscriptions whose streams carry no history are shared
// (TransportConfig.SharedFields): one who joins a running feed gets the
// changes from then on, which is what those subscriptions promise anyway.
//
// A connection whose queue has no room for a feed's message is too slow:
// its subscription is cut off as the hub cuts off a stream, with an error
// event after what was queued, then the end of its stream.

// subscriberConn is a connection as a feed sees it: where its subscribers'
// events are queued.
type subscriberConn interface {
	// offer queues a message if there is room: errQueueFull if there is
	// not, another error if the connection is closing. It never waits.
	offer(msg []byte) error
	// eventType is the protocol's type of a subscription event: "next"
	// (graphql-transport-ws) or "data" (graphql-ws).
	eventType() string
}

// feeds are the feeds running on a server, by the key of their operation.
// A feed's subscribers are guarded by its own lock, so that feeds serve
// their subscribers side by side; mu guards the set of feeds and is taken
// first.
type feeds struct {
	log     *slog.Logger
	open    prometheus.Gauge // the feeds running
	dropped func()           // counts a subscriber cut off

	mu    sync.Mutex
	byKey map[string]*feed
}

func newFeeds(log *slog.Logger, open prometheus.Gauge, dropped func()) *feeds {
	return &feeds{log: log, open: open, dropped: dropped, byKey: map[string]*feed{}}
}

type feed struct {
	key    string
	cancel context.CancelFunc
	mu     sync.Mutex
	taps   map[*tap]struct{}
}

// tap is one subscription of a feed: where its events go, and the end of its
// stream (done closed when the feed ends, or when it was cut, set before).
type tap struct {
	conn   subscriberConn
	suffix []byte // `,"id":"…","type":"next"}`
	done   chan struct{}
	cut    bool
}

// join adds subscription id of conn to the feed of key, starting the feed
// with start if there is none. The feed runs apart from the subscription
// that started it (start gets a context without its cancellation), until
// its last subscriber leaves. The handler it returns gives gqlgen no events
// (the feed writes them): only the end of the stream, after an error if
// the subscription was cut off.
func (fs *feeds) join(ctx context.Context, key string, conn subscriberConn, id string, start func(context.Context) (graphql.ResponseHandler, context.Context)) graphql.ResponseHandler {
	// The event gqlgen would write (TestGqlgenContract checks it is).
	quoted, _ := json.Marshal(id)
	t := &tap{conn: conn, done: make(chan struct{}),
		suffix: []byte(`,"id":` + string(quoted) + `,"type":"` + conn.eventType() + `"}`)}
	fs.mu.Lock()
	f := fs.byKey[key]
	var fctx context.Context
	if f == nil {
		var cancel context.CancelFunc
		fctx, cancel = context.WithCancel(context.WithoutCancel(ctx))
		f = &feed{key: key, cancel: cancel, taps: map[*tap]struct{}{}}
		fs.byKey[key] = f
		fs.open.Inc()
	}
	f.mu.Lock()
	f.taps[t] = struct{}{}
	f.mu.Unlock()
	fs.mu.Unlock()
	if fctx != nil {
		next, fctx := start(fctx)
		go fs.serve(f, fctx, next)
	}

	reported := false
	return func(ctx context.Context) *graphql.Response {
		select {
		case <-t.done:
			fs.leave(f, t)          // the feed stops if this was its last subscriber
			if t.cut && !reported { // after what was queued
				reported = true
				fs.log.Warn("subscriber cut off", "reason", errTooSlow)
				return &graphql.Response{Errors: gqlerror.List{{Message: errTooSlow.Error()}}}
			}
			return nil
		case <-ctx.Done():
			fs.leave(f, t)
			return nil
		}
	}
}

// serve marshals each response of a feed once and queues it on the
// connection of every subscriber; it ends their streams when the feed ends.
func (fs *feeds) serve(f *feed, ctx context.Context, next graphql.ResponseHandler) {
	defer func() {
		if v := recover(); v != nil { // as gqlgen recovers a subscription's: the stream ends
			fs.log.Error("subscription feed panicked", "panic", v)
			fs.end(f)
		}
	}()
	for {
		resp := next(ctx)
		if resp == nil {
			break
		}
		payload, err := json.Marshal(resp)
		if err != nil {
			fs.log.Error("subscription event not marshalled", "err", err)
			break
		}
		fs.deliver(f, append([]byte(`{"payload":`), payload...))
	}
	fs.end(f)
}

// deliver queues an event, prefix `{"payload":…`, on every subscriber's
// connection; one without room is cut off.
func (fs *feeds) deliver(f *feed, prefix []byte) {
	f.mu.Lock()
	defer f.mu.Unlock()
	for t := range f.taps {
		msg := make([]byte, 0, len(prefix)+len(t.suffix))
		msg = append(append(msg, prefix...), t.suffix...)
		switch err := t.conn.offer(msg); {
		case errors.Is(err, errQueueFull):
			t.cut = true
			fs.dropped()
			fallthrough
		case err != nil: // or the connection is closing: its stream ends
			close(t.done)
			delete(f.taps, t)
		}
	}
}

// end ends the streams of a feed's subscribers.
func (fs *feeds) end(f *feed) {
	fs.mu.Lock()
	if fs.byKey[f.key] == f {
		delete(fs.byKey, f.key)
		fs.open.Dec()
	}
	fs.mu.Unlock()
	// No one joins now: joining takes fs.mu and finds it gone.
	f.mu.Lock()
	for t := range f.taps {
		close(t.done)
		delete(f.taps, t)
	}
	f.mu.Unlock()
	f.cancel()
}

// leave removes a subscriber; the last one to leave stops the feed.
func (fs *feeds) leave(f *feed, t *tap) {
	fs.mu.Lock()
	defer fs.mu.Unlock()
	f.mu.Lock()
	delete(f.taps, t)
	empty := len(f.taps) == 0
	f.mu.Unlock()
	if empty && fs.byKey[f.key] == f {
		delete(fs.byKey, f.key)
		fs.open.Dec()
		f.cancel()
	}
}

// running counts the feeds running.
func (fs *feeds) running() int {
	fs.mu.Lock()
	defer fs.mu.Unlock()
	return len(fs.byKey)
}
