package indexer_test

import (
	"context"
	"testing"
	"time"

	"github.com/lib/pq"
	"github.com/stretchr/testify/require"

	"github.com/inft-labs/inft/indexer"
	"github.com/inft-labs/inft/notify"
)

// listen returns the notifications of the indexer's channel as they arrive.
func (e *env) listen() <-chan notify.Note {
	e.t.Helper()
	l := pq.NewListener(e.db.URL, 10*time.Millisecond, time.Second, nil)
	require.NoError(e.t, l.Listen(e.ix.Channel()))
	e.t.Cleanup(func() { _ = l.Close() })
	out := make(chan notify.Note, 1024)
	go func() {
		for n := range l.Notify {
			if n == nil {
				continue
			}
			v, err := notify.Decode(n.Extra)
			if err != nil {
				e.t.Errorf("the indexer sent an undecodable note: %v", err)
				continue
			}
			out <- v
		}
		close(out)
	}()
	return out
}

// drain collects notifications until none arrives for a moment.
func drain(ch <-chan notify.Note) []notify.Note {
	var out []notify.Note
	for {
		select {
		case n := <-ch:
			out = append(out, n)
		case <-time.After(300 * time.Millisecond):
			return out
		}
	}
}

func TestNotifiesAfterEachCommit(t *testing.T) {
	t.Parallel()
	e := setup(t, indexer.Config{})
	ch := e.listen()
	steps := workload()
	for _, s := range steps[:5] { // buy, buy, top up, request, fulfil
		s.run(e)
	}
	e.sync()
	got := drain(ch)
	byKind := map[string]map[string]bool{}
	for _, n := range got {
		if byKind[n.Kind] == nil {
			byKind[n.Kind] = map[string]bool{}
		}
		for _, id := range n.IDs {
			byKind[n.Kind][id] = true
		}
	}
	require.Equal(t, map[string]bool{"1": true, "2": true}, byKind["agents"])
	require.Equal(t, map[string]bool{"1": true}, byKind["requests"])
	require.Equal(t, map[string]bool{"1": true}, byKind["tokens"])
	require.Contains(t, byKind, "packages", "the constructor's PackageSet events")

	for _, s := range steps[5:21] { // through the sessions, the stale listings and carol's cancel
		s.run(e)
	}
	e.sync()
	var listings []string
	sessions := map[string]bool{}
	for _, n := range drain(ch) {
		for _, ev := range n.Events {
			listings = append(listings, ev.ID+":"+ev.Event)
		}
		if n.Kind == notify.Sessions {
			for _, id := range n.IDs {
				sessions[id] = true
			}
		}
	}
	require.Equal(t, map[string]bool{"1": true, "2": true, "3": true}, sessions, "the sessions opened and settled")
	require.Equal(t, []string{"1:LISTED", "1:PRICE_UPDATED", "1:SOLD", "2:LISTED", "2:STALE", "2:CANCELLED", "3:LISTED",
		"3:STALE", "3:REACTIVATED", "3:STALE", "3:REACTIVATED", "3:CANCELLED"}, listings,
		"the sale's own transfer does not make listing 1 stale; listing 3 goes stale each time carol withdraws the approval, and is buyable again each time she gives it back")
}

func TestOneWriterAtATime(t *testing.T) {
	t.Parallel()
	e := setup(t, indexer.Config{PollInterval: 20 * time.Millisecond})
	workload()[0].run(e)

	ctx, stop := context.WithCancel(context.Background())
	done := make(chan error, 1)
	go func() { done <- e.ix.Run(ctx) }()
	require.Eventually(t, func() bool {
		cp, err := e.ix.Checkpoint(context.Background())
		return err == nil && cp != nil
	}, 20*time.Second, 20*time.Millisecond)

	second := e.newIndexer(indexer.NewClient(e.chain.RPC()))
	waitCtx, cancel := context.WithTimeout(context.Background(), 1500*time.Millisecond)
	defer cancel()
	require.ErrorIs(t, second.Sync(waitCtx), context.DeadlineExceeded, "the second indexer waits for the lock")

	stop()
	require.NoError(t, <-done)
	ctx2, cancel2 := context.WithTimeout(context.Background(), 20*time.Second)
	defer cancel2()
	require.NoError(t, second.Sync(ctx2), "the lock is free once the first stops")
}
