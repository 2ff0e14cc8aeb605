package live

import (
	"context"
	"errors"
	"sync"

	"github.com/inft-labs/inft/notify"
)

// Note is one notification as a stream sees it: what changed (notify.Note,
// shared with the other streams: read it, never change it), whether it
// asks the stream to re-read (Resync), whether it is the stream's first
// read (Initial), and the reads shared by the streams it wakes (Shared).
type Note struct {
	notify.Note
	resync  bool
	initial bool
	memo    *memo
}

// Resync asks the stream to re-read what it follows: the listener
// reconnected, and notifications may have been lost meanwhile. A stream's
// first read (Initial) is one too.
func (n Note) Resync() bool { return n.resync }

// Initial reports the catch-up a stream reads when it starts, before any
// notification.
func (n Note) Initial() bool { return n.initial }

// memo lets the subscriptions woken by one notification share what they
// read: a thousand subscribers of one agent cost one query, not a thousand.
type memo struct {
	mu      sync.Mutex
	results map[string]*memoResult
}

func newMemo() *memo { return &memo{results: map[string]*memoResult{}} }

type memoResult struct {
	once sync.Once
	v    any
	err  error
}

// Shared runs read once per key for the notification n and gives every
// caller its result. The key must name everything read depends on: a stream
// that fell behind merges notes (see gather) and carries the newest one's
// memo, so a key shared by different reads would hand it another's rows.
// A note of no notification (a stream's first read) shares nothing.
func Shared[T any](n Note, key string, read func() (T, error)) (T, error) {
	if n.memo == nil {
		return read()
	}
	for {
		n.memo.mu.Lock()
		r := n.memo.results[key]
		if r == nil {
			r = &memoResult{}
			n.memo.results[key] = r
		}
		n.memo.mu.Unlock()
		mine := false
		r.once.Do(func() { mine = true; r.v, r.err = read() })
		if r.err == nil {
			return r.v.(T), nil
		}
		// A read cut short by its own stream's end (a subscriber that left)
		// is that stream's failure, not the others': it is forgotten, and
		// whoever waited on it reads again.
		cut := errors.Is(r.err, context.Canceled) || errors.Is(r.err, context.DeadlineExceeded)
		if mine || !cut {
			if cut {
				n.memo.mu.Lock()
				if n.memo.results[key] == r {
					delete(n.memo.results, key)
				}
				n.memo.mu.Unlock()
			}
			var zero T
			return zero, r.err
		}
		n.memo.mu.Lock()
		if n.memo.results[key] == r {
			delete(n.memo.results, key)
		}
		n.memo.mu.Unlock()
	}
}
