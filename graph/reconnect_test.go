package graph_test

import (
	"context"
	"encoding/json"
	"testing"
	"time"

	"github.com/prometheus/client_golang/prometheus"
	"github.com/stretchr/testify/require"

	"github.com/inft-labs/inft/graph"
	"github.com/inft-labs/inft/graph/live"
	"github.com/inft-labs/inft/internal/pgtest"
	"github.com/inft-labs/inft/internal/promtest"
	"github.com/inft-labs/inft/internal/startstop/startstoptest"
	"github.com/inft-labs/inft/migrations"
	"github.com/inft-labs/inft/notify"
)

// The hub's LISTEN connection is lost while an agent changes: the change's
// notification is lost with it, so once the hub has listened again, every
// agentUpdates subscription gets its agent's current state.
func TestAgentUpdatesAfterAListenReconnection(t *testing.T) {
	t.Parallel()
	db := pgtest.New(t)
	ctx := context.Background()
	_, err := migrations.Up(ctx, db.DB.DB)
	require.NoError(t, err)
	for _, id := range []int{1, 2} {
		db.MustExec(`INSERT INTO agents (id, owner, tier, credits, created_block, created_at, updated_block, updated_at)
			VALUES ($1, decode(repeat('01', 20), 'hex'), 0, 100, 1, now(), 1, now())`, id)
	}
	reg := prometheus.NewRegistry()
	channel := notify.ChannelFor(db.Schema)
	hub, err := live.NewHub(db.URL, channel, nil, reg)
	require.NoError(t, err)
	url := serve(t, graph.Config{DB: db.DB, Hub: hub, Registerer: reg})
	t.Cleanup(func() { hub.Close() })
	ws := dial(t, url)
	ws.subscribe("one", `subscription { agentUpdates(agentId: "1") { id credits } }`)
	ws.subscribe("two", `subscription { agentUpdates(agentId: "2") { id credits } }`)
	require.Eventually(t, func() bool { return promtest.Sum(t, reg, "inft_api_subscriptions_active", nil) == 2 }, 5*time.Second, 10*time.Millisecond)

	// The listener's backend goes away (a failover, a restart); meanwhile
	// agent 1 changes, and its notification reaches nobody.
	var killed int
	require.NoError(t, db.Get(&killed, `SELECT count(pg_terminate_backend(pid)) FROM pg_stat_activity
		WHERE query = 'LISTEN ' || quote_ident($1) OR query = 'LISTEN "' || $1 || '"'`, channel))
	require.Equal(t, 1, killed, "the hub's listening backend")
	db.MustExec(`UPDATE agents SET credits = 42 WHERE id = 1`)
	db.MustExec(`SELECT pg_notify($1, '{"kind":"agents","ids":["1"]}')`, channel)

	got := map[string]string{}
	for len(got) < 2 {
		m := ws.next(15 * time.Second)
		require.Equal(t, "next", m.Type, "%s", m.Payload)
		var p struct {
			Data struct{ AgentUpdates struct{ ID, Credits string } }
		}
		require.NoError(t, json.Unmarshal(m.Payload, &p))
		got[m.ID] = p.Data.AgentUpdates.ID + ":" + p.Data.AgentUpdates.Credits
	}
	require.Equal(t, map[string]string{"one": "1:42", "two": "2:100"}, got, "every followed agent's current state")
}

// The hub starts and stops from many goroutines at once without blocking or
// leaking; a stopped hub ends new subscriptions at once, a restarted one
// delivers again.
func TestHubLifecycle(t *testing.T) {
	t.Parallel()
	db := pgtest.New(t)
	_, err := migrations.Up(context.Background(), db.DB.DB)
	require.NoError(t, err)
	db.MustExec(`INSERT INTO agents (id, owner, tier, credits, created_block, created_at, updated_block, updated_at)
		VALUES (1, decode(repeat('01', 20), 'hex'), 0, 100, 1, now(), 1, now())`)
	hub, err := live.NewHub(db.URL, notify.ChannelFor(db.Schema), nil, nil)
	require.NoError(t, err)
	startstoptest.Stress(t, hub, nil)

	url := serve(t, graph.Config{DB: db.DB, Hub: hub})
	ws := dial(t, url)
	ws.subscribe("a", `subscription { agentUpdates(agentId: "1") { credits } }`)
	require.Equal(t, "complete", ws.next(10*time.Second).Type, "a stopped hub completes a new subscription")

	require.NoError(t, hub.Start(context.Background()))
	t.Cleanup(func() { hub.Close() })
	ws.subscribe("b", `subscription { agentUpdates(agentId: "1") { credits } }`)
	require.Eventually(t, func() bool {
		db.MustExec(`UPDATE agents SET credits = credits + 1 WHERE id = 1`)
		db.MustExec(`SELECT pg_notify($1, '{"kind":"agents","ids":["1"]}')`, notify.ChannelFor(db.Schema))
		m := ws.next(10 * time.Second)
		return m.Type == "next" && m.ID == "b"
	}, 10*time.Second, 100*time.Millisecond, "a restarted hub delivers")
}

// Listing events sent while the hub's LISTEN connection was lost cannot be
// told: a listingEvents subscription gets an error event and completes,
// never a silent gap.
func TestListingEventsEndAfterAListenReconnection(t *testing.T) {
	t.Parallel()
	db := pgtest.New(t)
	ctx := context.Background()
	_, err := migrations.Up(ctx, db.DB.DB)
	require.NoError(t, err)
	reg := prometheus.NewRegistry()
	channel := notify.ChannelFor(db.Schema)
	hub, err := live.NewHub(db.URL, channel, nil, reg)
	require.NoError(t, err)
	url := serve(t, graph.Config{DB: db.DB, Hub: hub, Registerer: reg})
	t.Cleanup(func() { hub.Close() })
	ws := dial(t, url)
	ws.subscribe("l", `subscription { listingEvents { type listing { id } } }`)
	require.Eventually(t, func() bool { return promtest.Sum(t, reg, "inft_api_subscriptions_active", nil) == 1 }, 5*time.Second, 10*time.Millisecond)

	var killed int
	require.NoError(t, db.Get(&killed, `SELECT count(pg_terminate_backend(pid)) FROM pg_stat_activity
		WHERE query = 'LISTEN ' || quote_ident($1) OR query = 'LISTEN "' || $1 || '"'`, channel))
	require.Equal(t, 1, killed)
	m := ws.next(15 * time.Second)
	require.Equal(t, "next", m.Type)
	require.Contains(t, string(m.Payload), `"errors"`, "an error event")
	require.Equal(t, "complete", ws.next(10*time.Second).Type)
}
