package startstop_test

import (
	"context"
	"errors"
	"sync/atomic"
	"testing"
	"time"

	"go.uber.org/goleak"

	"github.com/inft-labs/inft/internal/startstop"
	"github.com/inft-labs/inft/internal/startstop/startstoptest"
)

func TestMain(m *testing.M) { goleak.VerifyTestMain(m) }

// ticker is a service in the shape every inft part has: a loop until Stop.
type ticker struct {
	startstop.Base
	runs, ticks atomic.Int64
	failStart   error
}

func (s *ticker) Start(ctx context.Context) error {
	ctx, ok, stopped := s.StartInit(ctx)
	if !ok {
		return nil
	}
	if s.failStart != nil {
		stopped(s.failStart)
		return s.failStart
	}
	s.runs.Add(1)
	go func() {
		t := time.NewTicker(time.Millisecond)
		defer t.Stop()
		for {
			select {
			case <-ctx.Done():
				stopped(ctx.Err())
				return
			case <-t.C:
				s.ticks.Add(1)
			}
		}
	}()
	return nil
}

func TestStartStop(t *testing.T) {
	ctx := context.Background()
	s := &ticker{}
	if err := s.Stop(ctx); err != nil {
		t.Fatalf("Stop before Start: %v", err)
	}
	if err := s.Start(ctx); err != nil {
		t.Fatal(err)
	}
	if err := s.Start(ctx); err != nil {
		t.Fatal(err)
	}
	if got := s.runs.Load(); got != 1 {
		t.Fatalf("a second Start started a second run: %d runs", got)
	}
	for s.ticks.Load() == 0 {
		time.Sleep(time.Millisecond)
	}
	if err := s.Stop(ctx); err != nil {
		t.Fatalf("Stop: %v (a run ended by Stop is not an error)", err)
	}
	select {
	case <-s.Stopped():
	default:
		t.Fatal("Stopped not closed after Stop")
	}
	if err := s.Stop(ctx); err != nil {
		t.Fatalf("second Stop: %v", err)
	}
	if err := s.Start(ctx); err != nil {
		t.Fatal(err)
	}
	if got := s.runs.Load(); got != 2 {
		t.Fatalf("restart: %d runs, want 2", got)
	}
	if err := s.Stop(ctx); err != nil {
		t.Fatal(err)
	}
}

func TestStartOutlivesItsContext(t *testing.T) {
	s := &ticker{}
	ctx, cancel := context.WithCancel(context.Background())
	if err := s.Start(ctx); err != nil {
		t.Fatal(err)
	}
	cancel()
	before := s.ticks.Load()
	time.Sleep(20 * time.Millisecond)
	if s.ticks.Load() == before {
		t.Fatal("the service stopped with the context that started it")
	}
	if err := s.Stop(context.Background()); err != nil {
		t.Fatal(err)
	}
}

func TestFailedStart(t *testing.T) {
	boom := errors.New("boom")
	s := &ticker{failStart: boom}
	if err := s.Start(context.Background()); !errors.Is(err, boom) {
		t.Fatalf("Start = %v, want boom", err)
	}
	if err := s.Stop(context.Background()); err != nil {
		t.Fatalf("Stop after a failed start: %v", err)
	}
	s.failStart = nil
	if err := s.Start(context.Background()); err != nil {
		t.Fatalf("Start after a failed one: %v", err)
	}
	if err := s.Stop(context.Background()); err != nil {
		t.Fatal(err)
	}
}

// A run that ends by itself with an error reports it to Stop and Err.
func TestRunError(t *testing.T) {
	s := &startstop.Base{}
	_, ok, stopped := s.StartInit(context.Background())
	if !ok {
		t.Fatal("not started")
	}
	boom := errors.New("lost the database")
	stopped(boom)
	<-s.Stopped()
	if err := s.Err(); !errors.Is(err, boom) {
		t.Fatalf("Err = %v", err)
	}
}

// Stop gives up waiting when its context ends, and a later Stop still waits.
func TestStopDeadline(t *testing.T) {
	var b startstop.Base
	_, _, stopped := b.StartInit(context.Background())
	ctx, cancel := context.WithTimeout(context.Background(), 10*time.Millisecond)
	defer cancel()
	if err := b.Stop(ctx); !errors.Is(err, context.DeadlineExceeded) {
		t.Fatalf("Stop = %v, want its deadline", err)
	}
	stopped(nil)
	if err := b.Stop(context.Background()); err != nil {
		t.Fatal(err)
	}
}

func TestStress(t *testing.T) {
	startstoptest.Stress(t, &ticker{}, nil)
}

type recorder struct {
	name  string
	log   *[]string
	fail  bool
	start error
}

func (r *recorder) Start(context.Context) error {
	*r.log = append(*r.log, "start "+r.name)
	return r.start
}
func (r *recorder) Stop(context.Context) error {
	*r.log = append(*r.log, "stop "+r.name)
	if r.fail {
		return errors.New("stuck")
	}
	return nil
}

func TestGroup(t *testing.T) {
	var log []string
	var g startstop.Group
	ctx := context.Background()
	for _, r := range []*recorder{{name: "a", log: &log, fail: true}, {name: "b", log: &log}, {name: "c", log: &log, fail: true}} {
		if err := g.Start(ctx, r.name, r); err != nil {
			t.Fatal(err)
		}
	}
	err := g.Stop(ctx)
	want := []string{"start a", "start b", "start c", "stop c", "stop b", "stop a"}
	if len(log) != len(want) {
		t.Fatalf("log %v, want %v", log, want)
	}
	for i := range want {
		if log[i] != want[i] {
			t.Fatalf("log %v, want %v", log, want)
		}
	}
	if err == nil || err.Error() != "stop c: stuck\nstop a: stuck" {
		t.Fatalf("Stop = %q, want both failures named", err)
	}
	if err := g.Stop(ctx); err != nil {
		t.Fatalf("second Stop: %v", err)
	}
	boom := errors.New("no database")
	if err := g.Start(ctx, "d", &recorder{name: "d", log: &log, start: boom}); !errors.Is(err, boom) || err.Error() != "start d: no database" {
		t.Fatalf("failed start: %v", err)
	}
}
