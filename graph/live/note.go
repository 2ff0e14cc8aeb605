package live

import (
	"context"
	"sync"
	"time"

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

// sharedReadTimeout bounds a shared read, which runs apart from any one
// subscriber (see Shared).
const sharedReadTimeout = 30 * time.Second

// Shared runs read once per key for the notification n and gives every
// caller its result. The key must name everything read depends on: a stream
// that fell behind merges notes (see gather) and carries the newest one's
// memo, so a key shared by different reads would hand it another's rows.
// The read runs on a context of its own, not the caller's: the subscriber
// that happens to read first may leave meanwhile, and its cancellation (which
// the driver reports as its own error) must not become the others' result.
// A note of no notification (a stream's first read) shares nothing, and
// reads on ctx.
func Shared[T any](ctx context.Context, n Note, key string, read func(context.Context) (T, error)) (T, error) {
	if n.memo == nil {
		return read(ctx)
	}
	n.memo.mu.Lock()
	r := n.memo.results[key]
	if r == nil {
		r = &memoResult{}
		n.memo.results[key] = r
	}
	n.memo.mu.Unlock()
	r.once.Do(func() {
		rctx, cancel := context.WithTimeout(context.WithoutCancel(ctx), sharedReadTimeout)
		defer cancel()
		r.v, r.err = read(rctx)
	})
	if r.err != nil {
		var zero T
		return zero, r.err
	}
	return r.v.(T), nil
}
