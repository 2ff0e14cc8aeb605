// Package startstop gives every long-running part of inft one lifecycle:
// Start(ctx) returns once the part runs, with its goroutines started;
// Stop(ctx) ends them and waits. Both are idempotent and safe to call
// concurrently, Stop before Start does nothing, and a stopped part can be
// started again. Modelled on River's rivershared/startstop.
package startstop

import (
	"context"
	"errors"
	"fmt"
	"sync"
)

// Service is a long-running part of inft.
type Service interface {
	// Start starts the service's goroutines and returns. Calling it on a
	// running service does nothing.
	Start(ctx context.Context) error
	// Stop ends the service's goroutines and waits for them, or for ctx.
	// Calling it on a stopped service does nothing.
	Stop(ctx context.Context) error
}

// Base is embedded by a service to give it the lifecycle. The service's
// Start calls StartInit and, when told to start, runs its goroutines under the
// returned context and calls the returned stopped once when they have all
// returned; its Stop is Base's.
type Base struct {
	mu  sync.Mutex
	cur *run  // the current run; nil when not running
	err error // the last run's error
}

// run is one start's cancel, its end and its error.
type run struct {
	cancel context.CancelFunc
	done   chan struct{} // closed when the run has ended
	err    error         // set before done is closed
}

// StartInit begins a start. When the service already runs, ok is false and
// the caller returns nil. Otherwise runCtx is cancelled by Stop (and carries
// ctx's values but not its cancellation: a service outlives the context that
// started it), and the caller must call stopped exactly once, with the run's
// error, when every goroutine it started has returned, or at once if its
// start fails.
func (b *Base) StartInit(ctx context.Context) (runCtx context.Context, ok bool, stopped func(error)) {
	b.mu.Lock()
	defer b.mu.Unlock()
	if b.cur != nil {
		return nil, false, nil
	}
	runCtx, cancel := context.WithCancel(context.WithoutCancel(ctx))
	r := &run{cancel: cancel, done: make(chan struct{})}
	b.cur, b.err = r, nil
	var once sync.Once
	return runCtx, true, func(err error) {
		once.Do(func() {
			if errors.Is(err, context.Canceled) && runCtx.Err() != nil {
				err = nil // ended by Stop, as asked
			}
			r.err = err
			b.mu.Lock()
			b.err = err
			if b.cur == r {
				b.cur = nil
			}
			b.mu.Unlock()
			cancel()
			close(r.done)
		})
	}
}

// Stop cancels the running service's context and waits until its goroutines
// have returned or ctx ends. It returns that run's error, or ctx's when it
// gave up waiting (the service then still runs: a later Stop waits again). On
// a service that does not run it returns nil.
func (b *Base) Stop(ctx context.Context) error {
	b.mu.Lock()
	r := b.cur
	b.mu.Unlock()
	if r == nil {
		return nil
	}
	r.cancel()
	select {
	case <-r.done:
		return r.err
	case <-ctx.Done():
		return ctx.Err()
	}
}

// Stopped returns a channel closed when the current run ends (or a closed
// one when the service does not run), for a caller that waits on a service
// that can end by itself.
func (b *Base) Stopped() <-chan struct{} {
	b.mu.Lock()
	defer b.mu.Unlock()
	if b.cur == nil {
		c := make(chan struct{})
		close(c)
		return c
	}
	return b.cur.done
}

// Err returns the error of the last run that ended, nil while one runs.
func (b *Base) Err() error {
	b.mu.Lock()
	defer b.mu.Unlock()
	if b.cur != nil {
		return nil
	}
	return b.err
}

// Group starts services in order and stops them in reverse, joining errors:
// the wiring of a process.
type Group struct {
	mu      sync.Mutex
	started []named
}

type named struct {
	name string
	svc  Service
}

// Start starts svc, named for errors, after those started before it. When
// its start fails, the error names it; the caller then stops the group.
func (g *Group) Start(ctx context.Context, name string, svc Service) error {
	if err := svc.Start(ctx); err != nil {
		return fmt.Errorf("start %s: %w", name, err)
	}
	g.mu.Lock()
	g.started = append(g.started, named{name, svc})
	g.mu.Unlock()
	return nil
}

// Stop stops every started service in reverse order of start, each with
// ctx, and joins their errors, each naming its service.
func (g *Group) Stop(ctx context.Context) error {
	g.mu.Lock()
	started := g.started
	g.started = nil
	g.mu.Unlock()
	var errs []error
	for i := len(started) - 1; i >= 0; i-- {
		if err := started[i].svc.Stop(ctx); err != nil {
			errs = append(errs, fmt.Errorf("stop %s: %w", started[i].name, err))
		}
	}
	return errors.Join(errs...)
}
