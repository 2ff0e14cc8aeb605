package backoff

import (
	"context"
	"testing"
	"time"
)

// extremes makes the jitter pick the lowest (0) or the highest (n-1) wait.
func extremes(highest bool) func(int64) int64 {
	return func(n int64) int64 {
		if highest {
			return n - 1
		}
		return 0
	}
}

func TestNextDoublesUpToMax(t *testing.T) {
	t.Parallel()
	b := New(Config{Min: 100 * time.Millisecond, Max: time.Second})
	b.rand = extremes(true)
	var got []time.Duration
	for range 6 {
		got = append(got, b.Next(0))
	}
	want := []time.Duration{100 * time.Millisecond, 200 * time.Millisecond, 400 * time.Millisecond,
		800 * time.Millisecond, time.Second, time.Second}
	for i := range want {
		if got[i] != want[i] {
			t.Fatalf("the longest waits are %v, want %v", got, want)
		}
	}

	b.Reset()
	if d := b.Next(0); d != 100*time.Millisecond {
		t.Fatalf("after Reset the first wait is %v, want Min", d)
	}
}

func TestNextJitterStaysWithinMinAndTheBound(t *testing.T) {
	t.Parallel()
	lo, hi := 10*time.Millisecond, 640*time.Millisecond
	low := New(Config{Min: lo, Max: hi})
	low.rand = extremes(false)
	for i := range 10 {
		if d := low.Next(0); d != lo {
			t.Fatalf("wait %d with the lowest jitter is %v, want Min %v", i, d, lo)
		}
	}

	// With the real generator every wait lies between Min and its bound, and
	// the waits spread out (full jitter), rather than all landing on the bound.
	for range 200 {
		b := New(Config{Min: lo, Max: hi})
		bound := lo
		for i := range 8 {
			d := b.Next(0)
			if d < lo || d > bound {
				t.Fatalf("wait %d is %v, outside [%v, %v]", i, d, lo, bound)
			}
			bound = min(hi, bound*2)
		}
	}
	seen := map[time.Duration]bool{}
	for range 100 {
		b := New(Config{Min: lo, Max: hi})
		for range 6 {
			b.Next(0)
		}
		seen[b.Next(0)] = true
	}
	if len(seen) < 50 {
		t.Fatalf("100 backoffs at the cap chose only %d distinct waits: no jitter", len(seen))
	}
}

func TestRetryAfterIsAFloorCappedByMaxRetryAfter(t *testing.T) {
	t.Parallel()
	b := New(Config{Min: 100 * time.Millisecond, Max: time.Second, MaxRetryAfter: 5 * time.Second})
	b.rand = extremes(false)
	if d := b.Next(2 * time.Second); d != 2*time.Second {
		t.Fatalf("with Retry-After 2s the wait is %v, want 2s", d)
	}
	if d := b.Next(time.Hour); d != 5*time.Second {
		t.Fatalf("with Retry-After 1h the wait is %v, want MaxRetryAfter 5s", d)
	}
	b.rand = extremes(true)
	if d := b.Next(time.Millisecond); d != 400*time.Millisecond {
		t.Fatalf("a Retry-After shorter than the backoff: wait %v, want the backoff's 400ms", d)
	}

	// MaxRetryAfter defaults to Max.
	d := New(Config{Min: time.Millisecond, Max: 50 * time.Millisecond}).Next(time.Minute)
	if d != 50*time.Millisecond {
		t.Fatalf("default cap: wait %v, want Max", d)
	}
}

func TestDefaults(t *testing.T) {
	t.Parallel()
	b := New(Config{})
	if b.cfg.Min != 100*time.Millisecond || b.cfg.Max != 30*time.Second || b.cfg.MaxRetryAfter != 30*time.Second {
		t.Fatalf("defaults %+v", b.cfg)
	}
	// A Max below Min is raised to Min: every wait is Min.
	b = New(Config{Min: time.Second, Max: time.Millisecond})
	for range 3 {
		if d := b.Next(0); d != time.Second {
			t.Fatalf("Max below Min: wait %v, want Min", d)
		}
	}
}

func TestSleepEndsWithTheContext(t *testing.T) {
	t.Parallel()
	if !Sleep(context.Background(), time.Millisecond) {
		t.Fatal("Sleep did not report a full wait")
	}

	ctx, cancel := context.WithCancel(context.Background())
	time.AfterFunc(20*time.Millisecond, cancel)
	start := time.Now()
	if Sleep(ctx, time.Minute) {
		t.Fatal("Sleep reported a full wait after its context ended")
	}
	if el := time.Since(start); el > 10*time.Second {
		t.Fatalf("Sleep took %v to notice the cancellation", el)
	}

	if Sleep(ctx, 0) {
		t.Fatal("Sleep on an ended context reported a full wait")
	}
}

func TestWait(t *testing.T) {
	t.Parallel()
	b := New(Config{Min: time.Millisecond, Max: time.Millisecond})
	d, err := b.Wait(context.Background(), 0)
	if err != nil || d != time.Millisecond {
		t.Fatalf("Wait = %v, %v", d, err)
	}
	ctx, cancel := context.WithCancel(context.Background())
	cancel()
	if _, err := b.Wait(ctx, time.Hour); err != context.Canceled {
		t.Fatalf("Wait on a cancelled context: %v", err)
	}
}
