package graph_test

import (
	"context"
	"encoding/json"
	"fmt"
	"strings"
	"testing"
	"time"

	"github.com/coder/websocket"
	"github.com/stretchr/testify/require"

	"github.com/inft-labs/inft/internal/chaintest"
	"github.com/inft-labs/inft/internal/promtest"
	"github.com/inft-labs/inft/notify"
)

// Identical subscriptions share one feed, whatever connection they come
// on; each still gets its events under its own id, joins and leaves on its
// own, and the feed stops with its last subscriber.
func TestIdenticalSubscriptionsShareAFeed(t *testing.T) {
	t.Parallel()
	e := setup(t)
	e.buy(chaintest.Alice, 0)
	e.sync()
	url, reg := e.apiWithMetrics()
	feeds := func() float64 { return promtest.Sum(t, reg, "inft_api_subscription_feeds", nil) }
	active := func() float64 { return promtest.Sum(t, reg, "inft_api_subscriptions_active", nil) }
	const same = `subscription { agentUpdates(agentId: "1") { credits } }`
	change := func(credits int) {
		e.db.MustExec(`UPDATE agents SET credits = $1 WHERE id = 1`, credits)
		e.db.MustExec(`SELECT pg_notify($1, '{"kind":"agents","ids":["1"]}')`, notify.ChannelFor(e.db.Schema))
	}
	// expect reads one event for each id, in any order.
	expect := func(c *wsClient, credits int, ids ...string) {
		t.Helper()
		want := map[string]bool{}
		for _, id := range ids {
			want[id] = true
		}
		for len(want) > 0 {
			m := c.next(10 * time.Second)
			require.Equal(t, "next", m.Type, "%s", m.Payload)
			require.True(t, want[m.ID], "an event for %q, expected one of %v", m.ID, want)
			require.JSONEq(t, fmt.Sprintf(`{"data":{"agentUpdates":{"credits":"%d"}}}`, credits), string(m.Payload))
			delete(want, m.ID)
		}
	}

	a, b := dial(t, url), dial(t, url)
	a.subscribe("1", same)
	a.subscribe("2", same)
	b.subscribe("x", same)
	// The same subscription spelled with a variable is another feed.
	payload, _ := json.Marshal(map[string]any{"query": `subscription($id: ID!) { agentUpdates(agentId: $id) { credits } }`, "variables": map[string]any{"id": "1"}})
	b.send(wsMessage{ID: "y", Type: "subscribe", Payload: payload})
	// The gauges move as each subscription starts its feed or joins one: both
	// are awaited (a loaded machine showed four active before the second feed).
	require.Eventually(t, func() bool { return active() == 4 && feeds() == 2 }, 10*time.Second, 10*time.Millisecond,
		"four subscriptions, two operations: %v active, %v feeds", active(), feeds())

	change(11)
	expect(a, 11, "1", "2")
	expect(b, 11, "x", "y")

	// One leaves: the others go on.
	a.send(wsMessage{ID: "1", Type: "complete"})
	require.Equal(t, wsMessage{ID: "1", Type: "complete"}, a.next(10*time.Second), "gqlgen confirms")
	require.Eventually(t, func() bool { return active() == 3 }, 5*time.Second, 10*time.Millisecond)
	change(12)
	expect(a, 12, "2")
	expect(b, 12, "x", "y")

	// One joins the running feed: it gets what happens from then on.
	c := dial(t, url)
	c.subscribe("late", same)
	require.Eventually(t, func() bool { return active() == 4 }, 5*time.Second, 10*time.Millisecond)
	require.Equal(t, 2.0, feeds())
	change(13)
	expect(c, 13, "late")
	expect(a, 13, "2")
	expect(b, 13, "x", "y")

	// A connection that goes away takes its subscriptions with it; the last
	// subscriber of a feed stops it.
	require.NoError(t, b.conn.Close(websocket.StatusNormalClosure, ""))
	require.Eventually(t, func() bool { return active() == 2 && feeds() == 1 }, 5*time.Second, 10*time.Millisecond,
		"the variable's feed stopped with its only subscriber")
	a.send(wsMessage{ID: "2", Type: "complete"})
	c.send(wsMessage{ID: "late", Type: "complete"})
	require.Equal(t, "complete", a.next(10*time.Second).Type)
	require.Eventually(t, func() bool { return active() == 0 && feeds() == 0 }, 5*time.Second, 10*time.Millisecond)

	// And a new subscriber starts a new feed.
	a.subscribe("again", same)
	require.Eventually(t, func() bool { return feeds() == 1 }, 5*time.Second, 10*time.Millisecond)
	change(14)
	expect(a, 14, "again")
}

// Progress is not shared (each subscriber is first caught up on what
// happened), and the legacy graphql-ws protocol gets its events as "data".
func TestLegacyProtocolAndUnsharedSubscriptions(t *testing.T) {
	t.Parallel()
	e := setup(t)
	agent := e.buy(chaintest.Alice, 1)
	id := e.request(chaintest.Alice, agent, 1, "a lighthouse")
	e.sync()
	url, reg := e.apiWithMetrics()
	e.progress(id.String(), "GENERATING", 10)

	ctx, cancel := context.WithTimeout(context.Background(), 30*time.Second)
	defer cancel()
	conn, _, err := websocket.Dial(ctx, "ws"+strings.TrimPrefix(url, "http"), &websocket.DialOptions{Subprotocols: []string{"graphql-ws"}})
	require.NoError(t, err)
	defer conn.CloseNow()
	legacy := &wsClient{t: t, conn: conn}
	legacy.send(wsMessage{Type: "connection_init"})
	require.Equal(t, "connection_ack", legacy.nextNot("ka").Type)
	progress := fmt.Sprintf(`subscription { generationProgress(requestId: "%s") { status percent } }`, id)
	start := func(c *wsClient, id, query string) {
		payload, _ := json.Marshal(map[string]string{"query": query})
		c.send(wsMessage{ID: id, Type: "start", Payload: payload})
	}
	start(legacy, "p", progress)
	start(legacy, "a", `subscription { agentUpdates(agentId: "1") { credits } }`)
	m := legacy.nextNot("ka")
	require.Equal(t, "data", m.Type)
	require.Equal(t, "p", m.ID)
	require.Contains(t, string(m.Payload), `"GENERATING"`, "caught up")

	modern := dial(t, url)
	modern.subscribe("p2", progress)
	m = modern.next(10 * time.Second)
	require.Equal(t, "next", m.Type)
	require.Contains(t, string(m.Payload), `"GENERATING"`, "a later subscriber is caught up too")
	require.Equal(t, 1.0, promtest.Sum(t, reg, "inft_api_subscription_feeds", nil), "only agentUpdates shares a feed")

	e.db.MustExec(`UPDATE agents SET credits = 42 WHERE id = 1`)
	e.db.MustExec(`SELECT pg_notify($1, '{"kind":"agents","ids":["1"]}')`, notify.ChannelFor(e.db.Schema))
	m = legacy.nextNot("ka")
	require.Equal(t, "data", m.Type)
	require.Equal(t, "a", m.ID)
	require.JSONEq(t, `{"data":{"agentUpdates":{"credits":"42"}}}`, string(m.Payload))
	legacy.send(wsMessage{ID: "a", Type: "stop"})
	require.Equal(t, wsMessage{ID: "a", Type: "complete"}, legacy.nextNot("ka"))
}

// A connection whose init gqlgen refuses without closing it (a payload that
// is not an object) is closed, not left open with its writer.
func TestARefusedInitClosesTheConnection(t *testing.T) {
	t.Parallel()
	e := setup(t)
	url := e.api()
	ctx, cancel := context.WithTimeout(context.Background(), 10*time.Second)
	defer cancel()
	conn, _, err := websocket.Dial(ctx, "ws"+strings.TrimPrefix(url, "http"), &websocket.DialOptions{Subprotocols: []string{"graphql-transport-ws"}})
	require.NoError(t, err)
	defer conn.CloseNow()
	require.NoError(t, conn.Write(ctx, websocket.MessageText, []byte(`{"type":"connection_init","payload":1}`)))
	for {
		_, _, err := conn.Read(ctx)
		if err != nil {
			require.NoError(t, ctx.Err(), "closed by the server, not left open: %v", err)
			return
		}
	}
}
