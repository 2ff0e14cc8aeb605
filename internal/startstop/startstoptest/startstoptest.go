// Package startstoptest stress-tests a startstop.Service the way River's
// startstoptest does: many goroutines start and stop it at once, in random
// order, and it must neither block, panic, race nor leak.
package startstoptest

import (
	"context"
	"math/rand/v2"
	"sync"
	"testing"
	"time"

	"github.com/inft-labs/inft/internal/startstop"
)

// Stress starts and stops svc from several goroutines at once, then stops it
// for good and checks that a last Stop, and a second one, return at once.
// Errors the service returns are reported through allowed: a nil allowed
// accepts none.
func Stress(t testing.TB, svc startstop.Service, allowed func(error) bool) {
	t.Helper()
	ctx, cancel := context.WithTimeout(context.Background(), time.Minute)
	defer cancel()
	check := func(what string, err error) {
		if err != nil && (allowed == nil || !allowed(err)) {
			t.Errorf("%s: %v", what, err)
		}
	}
	var wg sync.WaitGroup
	for range 8 {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for range 25 {
				if rand.IntN(2) == 0 {
					check("Start", svc.Start(ctx))
				} else {
					check("Stop", svc.Stop(ctx))
				}
				if rand.IntN(4) == 0 {
					time.Sleep(time.Duration(rand.IntN(2000)) * time.Microsecond)
				}
			}
		}()
	}
	wg.Wait()
	if ctx.Err() != nil {
		t.Fatalf("starting and stopping took over a minute: %v", ctx.Err())
	}
	for i := range 2 {
		sctx, scancel := context.WithTimeout(context.Background(), 30*time.Second)
		err := svc.Stop(sctx)
		blocked := sctx.Err() != nil
		scancel()
		if blocked {
			t.Fatalf("Stop %d blocked", i+1)
		}
		check("final Stop", err)
	}
}
