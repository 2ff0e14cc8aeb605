package graph

import (
	"context"
	"log/slog"
	"testing"
	"time"

	"github.com/stretchr/testify/require"

	"github.com/inft-labs/inft/graph/model"
	"github.com/inft-labs/inft/internal/pgtest"
	"github.com/inft-labs/inft/migrations"
	"github.com/inft-labs/inft/notify"
)

// A listingEvents stream that fell behind, and so takes two notes as one,
// still gets both notes' events, although a stream that kept up already read
// the newer note's listings through the same shared memo.
func TestLaggingListingStreamMissesNothing(t *testing.T) {
	db := pgtest.New(t)
	ctx, cancel := context.WithTimeout(context.Background(), 30*time.Second)
	defer cancel()
	_, err := migrations.Up(ctx, db.DB.DB)
	require.NoError(t, err)
	for _, id := range []int{1, 2, 3} {
		db.MustExec(`INSERT INTO listings (id, collection, token_id, seller, price, status, created_block, created_at, updated_block, updated_at)
			VALUES ($1, 0, $1, decode(repeat('01', 20), 'hex'), 1000, 'active', 1, now(), 1, now())`, id)
	}
	hub := &Hub{buffer: 16, log: slog.New(slog.NewTextHandler(t.Output(), nil)), subs: map[*subscriber]struct{}{}, open: true}
	r := &Resolver{DB: db.DB, Hub: hub}
	lagging, err := r.listingEvents(ctx, nil)
	require.NoError(t, err)
	current, err := r.listingEvents(ctx, nil)
	require.NoError(t, err)
	require.Eventually(t, func() bool { hub.mu.Lock(); defer hub.mu.Unlock(); return len(hub.subs) == 2 }, 5*time.Second, time.Millisecond)

	listed := func(id string) note {
		return note{Note: notify.Note{Kind: "listings", IDs: []string{id}, Events: []notify.ListingEvent{{ID: id, Event: "LISTED"}}}, memo: &memo{results: map[string]*memoResult{}}}
	}
	next := func(ch <-chan *model.ListingEvent) string {
		select {
		case e, ok := <-ch:
			require.True(t, ok, "the stream ended")
			require.NotNil(t, e.Listing, "an error event: the stream was cut off")
			return e.Listing.ID
		case <-ctx.Done():
			t.Fatal("no event")
			return ""
		}
	}
	// The lagging stream blocks sending listing 2 (nobody reads it yet)...
	hub.broadcast(listed("2"))
	require.Equal(t, "2", next(current))
	// ...while listings 1 and 3 are announced, and the current stream reads
	// each note as it comes, filling the memos.
	hub.broadcast(listed("1"))
	require.Equal(t, "1", next(current))
	hub.broadcast(listed("3"))
	require.Equal(t, "3", next(current))
	// The lagging stream now takes 1 and 3 as one note.
	require.Equal(t, "2", next(lagging))
	require.Equal(t, "1", next(lagging), "the lagging stream skipped listing 1")
	require.Equal(t, "3", next(lagging))
}
