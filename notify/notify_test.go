package notify_test

import (
	"context"
	"errors"
	"fmt"
	"strings"
	"testing"
	"time"

	"github.com/lib/pq"
	"github.com/stretchr/testify/require"
	"go.uber.org/goleak"

	"github.com/inft-labs/inft/internal/pgtest"
	"github.com/inft-labs/inft/notify"
)

func TestMain(m *testing.M) {
	goleak.VerifyTestMain(m, goleak.IgnoreTopFunction("github.com/lib/pq.(*ListenerConn).listenerConnLoop"))
}

func TestChannelFor(t *testing.T) {
	require.Equal(t, "inft_changes", notify.ChannelFor(""))
	require.Equal(t, "inft_changes", notify.ChannelFor("public"))
	require.Equal(t, "inft_changes.t_1", notify.ChannelFor("t_1"))
}

// What is published in a transaction arrives when it commits, decoded as
// it was sent, a big note in parts that each fit a payload.
func TestPublishAndDecode(t *testing.T) {
	t.Parallel()
	db := pgtest.New(t)
	channel := notify.ChannelFor(db.Schema)
	l := pq.NewListener(db.URL, 10*time.Millisecond, time.Second, nil)
	defer l.Close()
	require.NoError(t, l.Listen(channel))

	ids := make([]string, 2000)
	for i := range ids {
		ids[i] = fmt.Sprint(1_000_000 + i)
	}
	ancestor := uint64(41)
	sent := []notify.Note{
		{Kind: notify.Agents, IDs: ids},
		{Kind: notify.Sessions, IDs: []string{"5", "6"}},
		{Kind: notify.Listings, Events: []notify.ListingEvent{{ID: "4", Event: "LISTED"}, {ID: "4", Event: "SOLD"}}},
		{Kind: notify.Packages},
		{Kind: notify.Reorg, Ancestor: &ancestor},
	}
	ctx := context.Background()
	tx := db.MustBeginTx(ctx, nil)
	require.NoError(t, notify.Publish(ctx, tx, channel, sent...))
	require.NoError(t, tx.Rollback())
	tx = db.MustBeginTx(ctx, nil)
	require.NoError(t, notify.Publish(ctx, tx, channel, sent...))
	require.NoError(t, tx.Commit())

	var got []notify.Note
	var agentIDs []string
	for len(got) < len(sent)-1 || len(agentIDs) < len(ids) {
		select {
		case n := <-l.Notify:
			require.LessOrEqual(t, len(n.Extra), notify.MaxPayload)
			note, err := notify.Decode(n.Extra)
			require.NoError(t, err)
			if note.Kind == notify.Agents {
				agentIDs = append(agentIDs, note.IDs...)
				continue
			}
			got = append(got, note)
		case <-time.After(10 * time.Second):
			t.Fatalf("got %d notes and %d agent ids", len(got), len(agentIDs))
		}
	}
	require.Equal(t, ids, agentIDs, "every id, in order, none from the rolled-back transaction")
	require.Equal(t, sent[1:], got)
}

// Anyone who can connect can NOTIFY on the channel: what is not a note of a
// known kind, with decimal ids, is refused.
func TestDecodeRefusesWhatIsNotANote(t *testing.T) {
	for _, p := range []string{
		``, `null`, `[]`, `{"kind":"agents","ids":[1]}`, `{"kind":"drop tables"}`,
		`{"kind":"agents","ids":["1; DROP"]}`, `{"kind":"agents","ids":["01"]}`, `{"kind":"agents","ids":[""]}`,
		`{"kind":"listings","events":[{"id":"1","event":"STOLEN"}]}`, "{\"kind\":\"agents\",\"ids\":[\"\xff\"]}",
		`{"kind":"agents","ids":["` + strings.Repeat("9", 79) + `"]}`,
	} {
		_, err := notify.Decode(p)
		require.True(t, errors.Is(err, notify.ErrUndecodable), "%q: %v", p, err)
	}
	n, err := notify.Decode(`{"kind":"progress","ids":["7"],"extra":"ignored"}`)
	require.NoError(t, err)
	require.Equal(t, notify.Note{Kind: notify.Progress, IDs: []string{"7"}}, n)
	n, err = notify.Decode(`{"kind":"sessions","ids":["5"]}`)
	require.NoError(t, err)
	require.Equal(t, notify.Note{Kind: notify.Sessions, IDs: []string{"5"}}, n)
	_, err = notify.Decode(`{"kind":"sessions","ids":["05"]}`)
	require.ErrorIs(t, err, notify.ErrUndecodable, "session ids are decimal ids")
}
