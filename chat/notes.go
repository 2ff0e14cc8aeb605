package chat

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"log/slog"
	"sync"
	"time"

	"github.com/jmoiron/sqlx"
	"github.com/lib/pq"

	"github.com/inft-labs/inft/internal/safe"
	"github.com/inft-labs/inft/internal/startstop"
)

// Channel is the PostgreSQL channel of the conversations in the schema
// "public"; in another schema S it is "inft_chat.S" (ChannelFor). This
// package owns its payloads (note).
const Channel = "inft_chat"

// ChannelFor returns the chat channel of the tables in schema.
func ChannelFor(schema string) string {
	if schema == "" || schema == "public" {
		return Channel
	}
	return Channel + "." + schema
}

// Note types.
const (
	noteMessage  = "M" // a message was stored; read it
	noteDelta    = "D" // a piece of a reply, sealed like the messages
	noteFinished = "F" // a reply ended (done, failed or interrupted); read it
	noteEnded    = "E" // the conversation takes no more messages
)

// note is one notification on the chat channel. A delta's text is sealed
// with the messages' keys: PostgreSQL keeps pending notifications on disk.
type note struct {
	Session string `json:"s"`
	Seq     int    `json:"q,omitempty"`
	Type    string `json:"t"`
	// Index orders a reply's deltas, from 0.
	Index int    `json:"i,omitempty"`
	KeyID string `json:"k,omitempty"`
	Nonce []byte `json:"n,omitempty"`
	Text  []byte `json:"c,omitempty"`
}

// maxNoteText bounds a delta's text in one notification (PostgreSQL's
// payload limit is 8000 bytes; base64 and the envelope take the rest).
const maxNoteText = 2048

func deltaAAD(session string, seq, index int) []byte {
	return []byte(fmt.Sprintf("delta\x00%s\x00%d\x00%d", session, seq, index))
}

// publish sends notes on channel through q (a transaction's are delivered
// at its commit, in order).
func publish(ctx context.Context, q sqlx.ExecerContext, channel string, notes ...note) error {
	for _, n := range notes {
		if _, err := q.ExecContext(ctx, `SELECT pg_notify($1, $2)`, channel, encodeNote(n)); err != nil {
			return fmt.Errorf("chat: notify: %w", err)
		}
	}
	return nil
}

func encodeNote(n note) string {
	b, _ := json.Marshal(n) // plain fields: never fails
	return string(b)
}

func decodeNote(payload string) (note, error) {
	var n note
	if err := json.Unmarshal([]byte(payload), &n); err != nil {
		return note{}, err
	}
	if !decimal(n.Session) || n.Seq < 0 || n.Index < 0 {
		return note{}, errors.New("not a chat note")
	}
	switch n.Type {
	case noteMessage, noteDelta, noteFinished, noteEnded:
	default:
		return note{}, errors.New("not a chat note")
	}
	return n, nil
}

// subscriberBuffer is how many notes a subscriber may lag behind before it
// is cut off (its stream ends with an error).
const subscriberBuffer = 1024

type subscriber struct {
	session string
	ch      chan note
	// lost is closed when notes were lost for it: it lagged, or the
	// listener reconnected.
	lost     chan struct{}
	lostOnce sync.Once
}

func (s *subscriber) markLost() { s.lostOnce.Do(func() { close(s.lost) }) }

// fanout listens on the chat channel with one connection and hands each
// note to the subscribers of its session.
type fanout struct {
	startstop.Base
	dsn, channel string
	log          *slog.Logger

	mu   sync.Mutex
	subs map[string]map[*subscriber]struct{}
}

func newFanout(dsn, channel string, log *slog.Logger) *fanout {
	return &fanout{dsn: dsn, channel: channel, log: log, subs: map[string]map[*subscriber]struct{}{}}
}

func (f *fanout) Start(ctx context.Context) error {
	ctx, ok, stopped := f.StartInit(ctx)
	if !ok {
		return nil
	}
	l := pq.NewListener(f.dsn, 100*time.Millisecond, 10*time.Second, func(ev pq.ListenerEventType, err error) {
		if err != nil {
			f.log.Warn("chat listener", "event", ev, "err", err)
		}
	})
	if err := l.Listen(f.channel); err != nil {
		l.Close()
		err = fmt.Errorf("chat: listen on %s: %w", f.channel, err)
		stopped(err)
		return err
	}
	go func() {
		<-ctx.Done()
		l.Close()
	}()
	go func() {
		defer stopped(nil)
		defer f.closeAll()
		for n := range l.Notify {
			if n == nil { // reconnected: notes may have been missed
				f.mu.Lock()
				for _, set := range f.subs {
					for s := range set {
						s.markLost()
					}
				}
				f.mu.Unlock()
				continue
			}
			nt, err := decodeNote(n.Extra)
			if err != nil {
				f.log.Warn("undecodable chat note", "payload", safe.Truncate(n.Extra, 100), "err", err)
				continue
			}
			f.deliver(nt)
		}
	}()
	return nil
}

func (f *fanout) deliver(n note) {
	f.mu.Lock()
	defer f.mu.Unlock()
	for s := range f.subs[n.Session] {
		select {
		case s.ch <- n:
		default:
			s.markLost()
		}
	}
}

func (f *fanout) closeAll() {
	f.mu.Lock()
	defer f.mu.Unlock()
	for id, set := range f.subs {
		for s := range set {
			close(s.ch)
		}
		delete(f.subs, id)
	}
}

// subscribe registers a subscriber of session; nil when the fanout does not run.
func (f *fanout) subscribe(session string) *subscriber {
	select {
	case <-f.Stopped():
		return nil
	default:
	}
	s := &subscriber{session: session, ch: make(chan note, subscriberBuffer), lost: make(chan struct{})}
	f.mu.Lock()
	defer f.mu.Unlock()
	if f.subs[session] == nil {
		f.subs[session] = map[*subscriber]struct{}{}
	}
	f.subs[session][s] = struct{}{}
	return s
}

func (f *fanout) unsubscribe(s *subscriber) {
	f.mu.Lock()
	defer f.mu.Unlock()
	set := f.subs[s.session]
	if _, ok := set[s]; !ok {
		return // closed by closeAll
	}
	delete(set, s)
	close(s.ch)
	if len(set) == 0 {
		delete(f.subs, s.session)
	}
}
