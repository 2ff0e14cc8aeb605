package graph

import (
	"context"
	"fmt"
	"log/slog"
	"sync"
	"sync/atomic"
	"time"

	"github.com/lib/pq"
	"github.com/prometheus/client_golang/prometheus"

	"github.com/inft-labs/inft/internal/startstop"
	"github.com/inft-labs/inft/notify"
)

// Hub listens on the indexer's channel with one PostgreSQL connection per
// process and fans every notification out in memory to the subscriptions
// of this server, so that a change written by any process (the indexer, a
// relayer replica) reaches the subscribers of every API replica. Payloads
// name what changed; subscriptions read the rows.
//
// A slow stream never holds up the others: each has a bounded buffer
// (SubscriberBuffer notes), and one whose buffer is full is cut off: it gets
// what was buffered, then an event carrying an error, then its stream
// completes, so that it subscribes again and reads the current state rather
// than silently missing changes. Identical subscriptions share one stream
// (fanout.go), whose subscribers are cut off by their connection's queue.
type Hub struct {
	startstop.Base
	dsn, channel string
	buffer       int
	log          *slog.Logger
	active       prometheus.Gauge
	dropped      prometheus.Counter

	mu   sync.Mutex
	subs map[*subscriber]struct{}
	open bool // listening: new subscribers are fed

	// Feeds shared by identical subscriptions (fanout.go).
	feedMu    sync.Mutex
	feeds     map[string]*feed
	feedsOpen prometheus.Gauge
	// version counts the notifications seen: a cached response of an older
	// version may be stale.
	version atomic.Uint64
}

// Version changes whenever something may have changed.
func (h *Hub) Version() uint64 { return h.version.Load() }

// SubscriberBuffer is how many notifications a subscriber may lag behind.
const SubscriberBuffer = 256

// note is one notification as the streams see it; resync (after the
// listener reconnected, when notifications may have been lost) asks
// subscribers to re-read, and initial marks the catch-up a stream reads when
// it starts.
type note struct {
	notify.Note
	resync  bool
	initial bool
	memo    *memo
}

// memo lets the subscriptions woken by one notification share what they
// read: a thousand subscribers of one agent cost one query, not a thousand.
type memo struct {
	mu      sync.Mutex
	results map[string]*memoResult
}

type memoResult struct {
	once sync.Once
	v    any
	err  error
}

// shared runs read once per key for this notification and gives every
// caller its result. The key must name everything read depends on: a stream
// that fell behind merges notes (see gather) and carries the newest one's
// memo, so a key shared by different reads would hand it another's rows.
func shared[T any](n note, key string, read func() (T, error)) (T, error) {
	if n.memo == nil {
		return read()
	}
	n.memo.mu.Lock()
	r := n.memo.results[key]
	if r == nil {
		r = &memoResult{}
		n.memo.results[key] = r
	}
	n.memo.mu.Unlock()
	r.once.Do(func() { r.v, r.err = read() })
	if r.err != nil {
		var zero T
		return zero, r.err
	}
	return r.v.(T), nil
}

type subscriber struct {
	ch      chan note
	tooSlow chan struct{} // closed when cut off
}

// NewHub listens on channel through the database at dsn: it returns a
// started hub (Start), stopped by Stop or Close.
func NewHub(dsn, channel string, log *slog.Logger, reg prometheus.Registerer) (*Hub, error) {
	if log == nil {
		log = slog.New(slog.DiscardHandler)
	}
	h := &Hub{
		dsn: dsn, channel: channel,
		buffer: SubscriberBuffer, log: log.With("component", "hub"),
		subs: map[*subscriber]struct{}{}, feeds: map[string]*feed{},
		active: prometheus.NewGauge(prometheus.GaugeOpts{Name: "inft_api_subscriptions_active",
			Help: "GraphQL subscriptions open on this server."}),
		feedsOpen: prometheus.NewGauge(prometheus.GaugeOpts{Name: "inft_api_subscription_feeds",
			Help: "Executions shared by identical subscriptions on this server."}),
		dropped: prometheus.NewCounter(prometheus.CounterOpts{Name: "inft_api_subscribers_dropped_total",
			Help: "Subscriptions cut off because they fell more than the buffer behind."}),
	}
	if reg != nil {
		for _, c := range []prometheus.Collector{h.active, h.dropped, h.feedsOpen} {
			if err := reg.Register(c); err != nil {
				return nil, fmt.Errorf("graph: register metrics: %w", err)
			}
		}
	}
	if err := h.Start(context.Background()); err != nil {
		return nil, err
	}
	return h, nil
}

// Start listens on the hub's channel and fans out what arrives until Stop.
// It fails when the database does not take the LISTEN.
func (h *Hub) Start(ctx context.Context) error {
	ctx, ok, stopped := h.StartInit(ctx)
	if !ok {
		return nil
	}
	l := pq.NewListener(h.dsn, 100*time.Millisecond, 10*time.Second, func(ev pq.ListenerEventType, err error) {
		if err != nil {
			h.log.Warn("notification listener", "event", ev, "err", err)
		}
	})
	if err := l.Listen(h.channel); err != nil {
		l.Close()
		err = fmt.Errorf("graph: listen on %s: %w", h.channel, err)
		stopped(err)
		return err
	}
	h.mu.Lock()
	h.open = true
	h.mu.Unlock()
	go func() {
		<-ctx.Done()
		l.Close() // ends run's range over Notify
	}()
	go func() {
		h.run(l)
		stopped(nil)
	}()
	return nil
}

// Close stops the hub (Stop) and ends every subscription's stream.
func (h *Hub) Close() error { return h.Stop(context.Background()) }

func (h *Hub) run(l *pq.Listener) {
	defer func() {
		h.mu.Lock()
		h.open = false
		for s := range h.subs {
			close(s.ch)
			delete(h.subs, s)
		}
		h.mu.Unlock()
	}()
	var err error
	for n := range l.Notify {
		var nt note
		if n == nil { // reconnected: what happened meanwhile is unknown
			nt.resync = true
		} else if nt.Note, err = notify.Decode(n.Extra); err != nil {
			h.log.Warn("undecodable notification", "payload", truncate(n.Extra, 200), "err", err)
			continue
		}
		nt.memo = &memo{results: map[string]*memoResult{}}
		h.broadcast(nt)
	}
}

func (h *Hub) broadcast(nt note) {
	h.version.Add(1)
	h.mu.Lock()
	defer h.mu.Unlock()
	for s := range h.subs {
		select {
		case s.ch <- nt:
		default:
			close(s.tooSlow)
			delete(h.subs, s)
			h.dropped.Inc()
		}
	}
}

// subscribe registers a subscriber; its stream calls unsubscribe when it ends.
func (h *Hub) subscribe() *subscriber {
	s := &subscriber{ch: make(chan note, h.buffer), tooSlow: make(chan struct{})}
	h.mu.Lock()
	defer h.mu.Unlock()
	if !h.open { // a stopped hub ends the stream at once
		close(s.ch)
		return s
	}
	h.subs[s] = struct{}{}
	return s
}

func (h *Hub) unsubscribe(s *subscriber) {
	h.mu.Lock()
	delete(h.subs, s) // already gone if it was cut off or the hub closed
	h.mu.Unlock()
}

// errTooSlow ends the stream of a subscriber that fell too far behind.
var errTooSlow = fmt.Errorf("subscription cut off: it fell more than %d notifications behind; subscribe again", SubscriberBuffer)
