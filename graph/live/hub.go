package live

import (
	"context"
	"fmt"
	"log/slog"
	"sync"
	"sync/atomic"
	"time"

	"github.com/lib/pq"
	"github.com/prometheus/client_golang/prometheus"

	"github.com/inft-labs/inft/internal/safe"
	"github.com/inft-labs/inft/internal/startstop"
	"github.com/inft-labs/inft/notify"
)

// Hub listens on the indexer's channel with one PostgreSQL connection per
// process and fans every notification out in memory to the subscriptions
// of this server, so that a change written by any process (the indexer, a
// relayer replica) reaches the subscribers of every API replica. Payloads
// name what changed; subscriptions read the rows (Stream).
//
// A slow stream never holds up the others: each has a bounded buffer
// (SubscriberBuffer notes), and one whose buffer is full is cut off: it gets
// what was buffered, then an event carrying an error, then its stream
// completes, so that it subscribes again and reads the current state rather
// than silently missing changes. Identical subscriptions share one stream
// (feed.go), whose subscribers are cut off by their connection's queue.
type Hub struct {
	startstop.Base
	dsn, channel string
	buffer       int
	log          *slog.Logger
	active       prometheus.Gauge   // inft_api_subscriptions_active
	dropped      prometheus.Counter // inft_api_subscribers_dropped_total
	feedsOpen    prometheus.Gauge   // inft_api_subscription_feeds
	// feeds are the executions shared by identical subscriptions of this
	// server (feed.go).
	feeds *feeds

	mu   sync.Mutex
	subs map[*subscriber]struct{}
	open bool // listening: new subscribers are fed

	// version counts the notifications seen: a cached response of an older
	// version may be stale.
	version atomic.Uint64
}

// Version changes whenever something may have changed.
func (h *Hub) Version() uint64 { return h.version.Load() }

// SubscriberBuffer is how many notifications a subscriber may lag behind.
const SubscriberBuffer = 256

// subscriber is one stream as the hub feeds it.
type subscriber struct {
	ch      chan Note
	tooSlow chan struct{} // closed when cut off
}

// notes are the notifications for the stream, closed when the hub stops.
func (s *subscriber) notes() <-chan Note { return s.ch }

// cutOff is closed when the stream fell more than its buffer behind: the
// hub feeds it no more.
func (s *subscriber) cutOff() <-chan struct{} { return s.tooSlow }

// NewHub listens on channel through the database at dsn: it returns a
// started hub (Start), stopped by Stop or Close. Its metrics go to reg
// (nil: not registered).
func NewHub(dsn, channel string, log *slog.Logger, reg prometheus.Registerer) (*Hub, error) {
	h := newHub(dsn, channel, log)
	if reg != nil {
		for _, c := range []prometheus.Collector{h.active, h.dropped, h.feedsOpen} {
			if err := reg.Register(c); err != nil {
				return nil, fmt.Errorf("live: register metrics: %w", err)
			}
		}
	}
	if err := h.Start(context.Background()); err != nil {
		return nil, err
	}
	return h, nil
}

// newHub returns a hub that does not listen yet.
func newHub(dsn, channel string, log *slog.Logger) *Hub {
	if log == nil {
		log = slog.New(slog.DiscardHandler)
	}
	h := &Hub{
		dsn: dsn, channel: channel,
		buffer: SubscriberBuffer, log: log.With("component", "hub"),
		subs: map[*subscriber]struct{}{},
		active: prometheus.NewGauge(prometheus.GaugeOpts{Name: "inft_api_subscriptions_active",
			Help: "GraphQL subscriptions open on this server."}),
		dropped: prometheus.NewCounter(prometheus.CounterOpts{Name: "inft_api_subscribers_dropped_total",
			Help: "Subscriptions cut off because they fell more than the buffer behind."}),
		feedsOpen: prometheus.NewGauge(prometheus.GaugeOpts{Name: "inft_api_subscription_feeds",
			Help: "Executions shared by identical subscriptions on this server."}),
	}
	h.feeds = newFeeds(h.log, h.feedsOpen, h.subscriberDropped)
	return h
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
		err = fmt.Errorf("live: listen on %s: %w", h.channel, err)
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
		var nt Note
		if n == nil { // reconnected: what happened meanwhile is unknown
			nt.resync = true
		} else if nt.Note, err = notify.Decode(n.Extra); err != nil {
			h.log.Warn("undecodable notification", "payload", safe.Truncate(n.Extra, 200), "err", err)
			continue
		}
		nt.memo = newMemo()
		h.broadcast(nt)
	}
}

func (h *Hub) broadcast(nt Note) {
	h.version.Add(1)
	h.mu.Lock()
	defer h.mu.Unlock()
	for s := range h.subs {
		select {
		case s.ch <- nt:
		default:
			close(s.tooSlow)
			delete(h.subs, s)
			h.subscriberDropped()
		}
	}
}

// subscribe registers a subscriber; its stream calls unsubscribe when it ends.
func (h *Hub) subscribe() *subscriber {
	s := &subscriber{ch: make(chan Note, h.buffer), tooSlow: make(chan struct{})}
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

// subscriptionStarted and subscriptionEnded count the subscriptions open
// on this server, once each.
func (h *Hub) subscriptionStarted() { h.active.Inc() }
func (h *Hub) subscriptionEnded()   { h.active.Dec() }

// subscriberDropped counts a subscription cut off for being too slow, by
// the hub or by its connection's queue.
func (h *Hub) subscriberDropped() { h.dropped.Inc() }

// sharedFeeds are the feeds of this server's identical subscriptions.
func (h *Hub) sharedFeeds() *feeds { return h.feeds }

// logger is the hub's, for the streams it feeds.
func (h *Hub) logger() *slog.Logger { return h.log }

// errTooSlow ends the stream of a subscriber that fell too far behind.
var errTooSlow = fmt.Errorf("subscription cut off: it fell more than %d notifications behind; subscribe again", SubscriberBuffer)
