// Package backoff spaces out the attempts of a call that keeps failing: waits
// that double from a minimum to a maximum, each drawn at random below its
// bound (full jitter, so that callers which failed together do not retry
// together), never shorter than the wait the server asked for (Retry-After),
// within a cap, and cut short when the context ends.
//
// The indexer retries its node's calls with it, the AI providers read their
// answers' Retry-After with it.
package backoff

import (
	"cmp"
	"context"
	"math/rand/v2"
	"time"
)

// Config bounds a Backoff's waits.
type Config struct {
	// Min is the first wait and the shortest. Default 100ms.
	Min time.Duration
	// Max bounds the waits the backoff chooses itself; a Max below Min is
	// raised to Min. Default 30s.
	Max time.Duration
	// MaxRetryAfter bounds how long a server's Retry-After can make a wait, so
	// that an answer asking for an hour is asked again sooner. Default Max.
	MaxRetryAfter time.Duration
}

// Backoff chooses the waits between the attempts of one call. It is not safe
// for concurrent use: each retrying loop has its own.
type Backoff struct {
	cfg Config
	// bound is the next wait's upper bound, 0 before the first.
	bound time.Duration
	rand  func(n int64) int64
}

// New returns a Backoff whose first wait is cfg.Min.
func New(cfg Config) *Backoff {
	cfg.Min = cmp.Or(cfg.Min, 100*time.Millisecond)
	cfg.Max = max(cmp.Or(cfg.Max, 30*time.Second), cfg.Min)
	cfg.MaxRetryAfter = cmp.Or(cfg.MaxRetryAfter, cfg.Max)
	return &Backoff{cfg: cfg, rand: rand.Int64N}
}

// Next returns how long to wait before the next attempt: a random duration
// between Min and the current bound, which starts at Min and doubles with
// each call up to Max. retryAfter, the wait the server asked for (0 if none),
// is a floor, itself capped at MaxRetryAfter.
func (b *Backoff) Next(retryAfter time.Duration) time.Duration {
	if b.bound == 0 {
		b.bound = b.cfg.Min
	}
	d := b.cfg.Min + time.Duration(b.rand(int64(b.bound-b.cfg.Min)+1))
	b.bound = min(b.cfg.Max, 2*b.bound)
	return max(d, min(retryAfter, b.cfg.MaxRetryAfter))
}

// Wait sleeps for Next(retryAfter) and returns how long that was; it returns
// ctx's error if ctx ends first.
func (b *Backoff) Wait(ctx context.Context, retryAfter time.Duration) (time.Duration, error) {
	d := b.Next(retryAfter)
	if !Sleep(ctx, d) {
		return d, ctx.Err()
	}
	return d, nil
}

// Reset makes the next wait the first again, after a success.
func (b *Backoff) Reset() { b.bound = 0 }

// Sleep waits for d or until ctx ends, whichever comes first, and reports
// whether it waited the whole d.
func Sleep(ctx context.Context, d time.Duration) bool {
	if ctx.Err() != nil {
		return false
	}
	t := time.NewTimer(d)
	defer t.Stop()
	select {
	case <-ctx.Done():
		return false
	case <-t.C:
		return true
	}
}
