package graph

import (
	"testing"

	"github.com/stretchr/testify/require"

	"github.com/inft-labs/inft/notify"
)

// A stream that fell behind takes the waiting notes that concern it as one:
// ids once each, listing events all and in order, a reconnection kept.
func TestGatherMergesWaitingNotes(t *testing.T) {
	sub := &subscriber{ch: make(chan note, 8)}
	first := note{Note: notify.Note{Kind: "listings", IDs: []string{"1"}, Events: []notify.ListingEvent{{ID: "1", Event: "LISTED"}}}}
	second := note{Note: notify.Note{Kind: "listings", IDs: []string{"1", "2"}, Events: []notify.ListingEvent{{ID: "1", Event: "SOLD"}, {ID: "2", Event: "LISTED"}}}}
	sub.ch <- note{Note: notify.Note{Kind: "agents", IDs: []string{"9"}}} // not this stream's
	sub.ch <- second
	sub.ch <- note{resync: true}
	concerns := func(n note) bool { return n.Kind == "listings" }

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

	_, ok, _ = gather(sub, note{Note: notify.Note{Kind: "agents"}}, concerns)
	require.False(t, ok, "nothing that concerns it")
	close(sub.ch)
	_, _, closed = gather(sub, first, concerns)
	require.True(t, closed)
}
