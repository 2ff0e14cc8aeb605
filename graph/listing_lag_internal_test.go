package graph

import (
	"context"
	"log/slog"
	"testing"
	"time"

	"github.com/stretchr/testify/require"

	"github.com/inft-labs/inft/graph/live"
	"github.com/inft-labs/inft/graph/model"
	"github.com/inft-labs/inft/internal/pgtest"
	"github.com/inft-labs/inft/migrations"
	"github.com/inft-labs/inft/notify"
)

// A listingEvents stream that fell behind, and so takes two notes as one,
// still gets both notes' events, although a stream that kept up already read
// the newer note's listings through the same shared memo: the resolver's
// shared read is keyed by the listings it reads (live.Shared).
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
	channel := notify.ChannelFor(db.Schema)
	hub, err := live.NewHub(db.URL, channel, slog.New(slog.NewTextHandler(t.Output(), nil)), nil)
	require.NoError(t, err)
	t.Cleanup(func() { hub.Close() })
	r := &Resolver{DB: db.DB, Hub: hub}
	lagging, err := r.listingEvents(ctx, nil) // subscribed on return
	require.NoError(t, err)
	current, err := r.listingEvents(ctx, nil)
	require.NoError(t, err)

	announce := func(id string) {
		db.MustExec(`SELECT pg_notify($1, $2)`, channel, `{"kind":"listings","events":[{"id":"`+id+`","event":"LISTED"}]}`)
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
	announce("2")
	require.Equal(t, "2", next(current))
	// ...while listings 1 and 3 are announced, and the current stream reads
	// each note as it comes, filling the memos.
	announce("1")
	require.Equal(t, "1", next(current))
	announce("3")
	require.Equal(t, "3", next(current))
	// The lagging stream now takes 1 and 3 as one note.
	require.Equal(t, "2", next(lagging))
	require.Equal(t, "1", next(lagging), "the lagging stream skipped listing 1")
	require.Equal(t, "3", next(lagging))
}
