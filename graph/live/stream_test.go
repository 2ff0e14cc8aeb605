package live

import (
	"context"
	"log/slog"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/prometheus/client_golang/prometheus"
	"github.com/stretchr/testify/require"

	"github.com/inft-labs/inft/internal/promtest"
	"github.com/inft-labs/inft/notify"
)

// A stream that fell behind takes the waiting notes that concern it as one:
// ids once each, listing events all and in order, a reconnection kept.
func TestGatherMergesWaitingNotes(t *testing.T) {
	sub := &subscriber{ch: make(chan Note, 8)}
	first := Note{Note: notify.Note{Kind: "listings", IDs: []string{"1"}, Events: []notify.ListingEvent{{ID: "1", Event: "LISTED"}}}}
	second := Note{Note: notify.Note{Kind: "listings", IDs: []string{"1", "2"}, Events: []notify.ListingEvent{{ID: "1", Event: "SOLD"}, {ID: "2", Event: "LISTED"}}}}
	sub.ch <- Note{Note: notify.Note{Kind: "agents", IDs: []string{"9"}}} // not this stream's
	sub.ch <- second
	sub.ch <- Note{resync: true}
	concerns := func(n Note) bool { return n.Kind == "listings" }

	merged, ok, closed := gather(sub, first, concerns)
	require.True(t, ok)
	require.False(t, closed)
	require.Empty(t, sub.ch, "every waiting note taken")
	require.Equal(t, []string{"1", "2"}, merged.IDs)
	var got []string
	for _, e := range merged.Events {
		got = append(got, e.ID+" "+e.Event)
	}
	require.Equal(t, []string{"1 LISTED", "1 SOLD", "2 LISTED"}, got)
	require.True(t, merged.resync)
	require.Equal(t, []string{"1"}, first.IDs, "the hub's note is not changed: other streams read it")

	_, ok, _ = gather(sub, Note{Note: notify.Note{Kind: "agents"}}, concerns)
	require.False(t, ok, "nothing that concerns it")
	close(sub.ch)
	_, _, closed = gather(sub, first, concerns)
	require.True(t, closed)
}

// openHub is a hub that feeds its subscribers what the test broadcasts,
// without listening.
func openHub(t *testing.T, buffer int) *Hub {
	h := newHub("", "test", slog.New(slog.NewTextHandler(t.Output(), nil)))
	h.buffer = buffer
	h.mu.Lock()
	h.open = true
	h.mu.Unlock()
	return h
}

// A stream that fell behind, and so takes two notes as one, still gets both
// notes' reads, although a stream that kept up already read the newer note
// alone through the same shared memo: a key naming all its read depends on
// is shared only by the same read.
func TestALaggingStreamMissesNothing(t *testing.T) {
	ctx, cancel := context.WithTimeout(context.Background(), 30*time.Second)
	defer cancel()
	h := openHub(t, 16)
	follow := func() <-chan string {
		ch, err := Stream(ctx, h, func(n Note) bool { return n.Kind == "listings" }, func(_ context.Context, n Note) ([]string, bool, error) {
			ids := make([]string, len(n.Events))
			for i, e := range n.Events {
				ids[i] = e.ID
			}
			rows, err := Shared(ctx, n, "listings:"+strings.Join(ids, ","), func(context.Context) ([]string, error) { return ids, nil })
			return rows, false, err
		})
		require.NoError(t, err)
		return ch
	}
	lagging, current := follow(), follow()
	listed := func(id string) Note {
		return Note{Note: notify.Note{Kind: "listings", IDs: []string{id}, Events: []notify.ListingEvent{{ID: id, Event: "LISTED"}}}, memo: newMemo()}
	}
	next := func(ch <-chan string) string {
		select {
		case id, ok := <-ch:
			require.True(t, ok, "the stream ended")
			require.NotEmpty(t, id, "an error event: the stream was cut off")
			return id
		case <-ctx.Done():
			t.Fatal("no event")
			return ""
		}
	}
	// The lagging stream blocks sending listing 2 (nobody reads it yet)...
	h.broadcast(listed("2"))
	require.Equal(t, "2", next(current))
	// ...while listings 1 and 3 are announced, and the current stream reads
	// each note as it comes, filling the memos.
	h.broadcast(listed("1"))
	require.Equal(t, "1", next(current))
	h.broadcast(listed("3"))
	require.Equal(t, "3", next(current))
	// The lagging stream now takes 1 and 3 as one note.
	require.Equal(t, "2", next(lagging))
	require.Equal(t, "1", next(lagging), "the lagging stream skipped listing 1")
	require.Equal(t, "3", next(lagging))
}

// A stream more than its buffer behind is cut off: it gets what was
// buffered, then an empty event (gqlgen reports it with an error), then its
// end; the others go on, and the cut is counted.
func TestAStreamTooFarBehindIsCutOff(t *testing.T) {
	ctx, cancel := context.WithTimeout(context.Background(), 30*time.Second)
	defer cancel()
	h := openHub(t, 2)
	// follow's reads wait for gate, if any, once it entered.
	follow := func(entered, gate chan struct{}) <-chan *string {
		ch, err := Stream(ctx, h, func(n Note) bool { return n.Kind == "agents" }, func(_ context.Context, n Note) ([]*string, bool, error) {
			if n.Initial() {
				return nil, false, nil
			}
			if gate != nil {
				close(entered)
				<-gate
				gate = nil
			}
			ids := strings.Join(n.IDs, ",")
			return []*string{&ids}, false, nil
		})
		require.NoError(t, err)
		return ch
	}
	entered, gate := make(chan struct{}), make(chan struct{})
	slow, fast := follow(entered, gate), follow(nil, nil)
	for i := range 4 {
		h.broadcast(Note{Note: notify.Note{Kind: "agents", IDs: []string{strconv.Itoa(i)}}, memo: newMemo()})
		if i == 0 {
			<-entered // the slow one reads 0 and holds 1 and 2: 3 cuts it off
		}
		select {
		case id := <-fast:
			require.Equal(t, strconv.Itoa(i), *id)
		case <-ctx.Done():
			t.Fatal("the fast stream is held up")
		}
	}
	close(gate)
	var got []string
	cut := false
	for id := range slow {
		require.False(t, cut, "an event after the error event")
		if id == nil {
			cut = true
			continue
		}
		got = append(got, strings.Split(*id, ",")...) // 1 and 2 may come merged
	}
	require.True(t, cut, "the slow stream ends with an error event")
	require.Equal(t, []string{"0", "1", "2"}, got, "what was buffered")
	reg := prometheus.NewRegistry()
	reg.MustRegister(h.dropped)
	require.Equal(t, 1.0, promtest.Sum(t, reg, "inft_api_subscribers_dropped_total", nil))
	h.mu.Lock()
	defer h.mu.Unlock()
	require.Len(t, h.subs, 1, "the fast one is still fed")
}
