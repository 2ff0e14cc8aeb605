package graph_test

import (
	"context"
	"encoding/json"
	"net"
	"net/http"
	"net/http/httptest"
	"strings"
	"syscall"
	"testing"
	"time"

	"github.com/coder/websocket"
	"github.com/coder/websocket/wsjson"
	"github.com/prometheus/client_golang/prometheus"
	"github.com/stretchr/testify/require"

	"github.com/inft-labs/inft/graph"
	"github.com/inft-labs/inft/graph/live"
	"github.com/inft-labs/inft/internal/pgtest"
	"github.com/inft-labs/inft/internal/promtest"
	"github.com/inft-labs/inft/migrations"
	"github.com/inft-labs/inft/notify"
)

// smallBuffers makes accepted connections' send buffers small and fixed, so
// that a peer that stops reading stops the server's writes after kilobytes,
// not after the megabytes Linux would grow the buffer to.
type smallBuffers struct{ net.Listener }

func (l smallBuffers) Accept() (net.Conn, error) {
	c, err := l.Listener.Accept()
	if tc, ok := c.(*net.TCPConn); ok {
		_ = tc.SetWriteBuffer(16 << 10)
	}
	return c, err
}

// A client that subscribes and then never reads is cut off once a write has
// waited WriteTimeout, although it is far from filling its queue: its
// subscription ends rather than waiting for it forever.
func TestAPeerThatStopsReadingIsCutOff(t *testing.T) {
	t.Parallel()
	db := pgtest.New(t)
	ctx := context.Background()
	_, err := migrations.Up(ctx, db.DB.DB)
	require.NoError(t, err)
	db.MustExec(`INSERT INTO agents (id, owner, tier, credits, created_block, created_at, updated_block, updated_at, state_uri)
		VALUES (1, decode(repeat('01', 20), 'hex'), 0, 100, 1, now(), 1, now(), 'ipfs://' || repeat('x', 65536))`)
	reg := prometheus.NewRegistry()
	hub, err := live.NewHub(db.URL, notify.ChannelFor(db.Schema), nil, reg)
	require.NoError(t, err)
	h, err := graph.NewHandler(graph.Config{DB: db.DB, Hub: hub, Registerer: reg, WriteTimeout: 500 * time.Millisecond})
	require.NoError(t, err)
	srv := httptest.NewUnstartedServer(h)
	srv.Listener = smallBuffers{srv.Listener}
	srv.Start()
	t.Cleanup(func() { hub.Close(); srv.Close() })

	// The client's receive buffer is small too, and it never reads past the
	// first event.
	dialer := &net.Dialer{Control: func(_, _ string, c syscall.RawConn) error {
		var serr error
		err := c.Control(func(fd uintptr) { serr = syscall.SetsockoptInt(int(fd), syscall.SOL_SOCKET, syscall.SO_RCVBUF, 4096) })
		if err != nil {
			return err
		}
		return serr
	}}
	dctx, cancel := context.WithTimeout(ctx, 10*time.Second)
	defer cancel()
	conn, _, err := websocket.Dial(dctx, "ws"+strings.TrimPrefix(srv.URL, "http")+"/graphql", &websocket.DialOptions{
		Subprotocols: []string{"graphql-transport-ws"},
		HTTPClient:   &http.Client{Transport: &http.Transport{DialContext: dialer.DialContext}},
	})
	require.NoError(t, err)
	defer conn.CloseNow()
	conn.SetReadLimit(1 << 20)
	require.NoError(t, wsjson.Write(dctx, conn, wsMessage{Type: "connection_init"}))
	var m wsMessage
	require.NoError(t, wsjson.Read(dctx, conn, &m))
	require.Equal(t, "connection_ack", m.Type)
	payload, _ := json.Marshal(map[string]string{"query": `subscription { agentUpdates(agentId: "1") { id credits stateURI } }`})
	require.NoError(t, wsjson.Write(dctx, conn, wsMessage{ID: "a", Type: "subscribe", Payload: payload}))
	require.Eventually(t, func() bool { return promtest.Sum(t, reg, "inft_api_subscriptions_active", nil) == 1 }, 5*time.Second, 10*time.Millisecond)

	// 30 changes of 64 KiB each: 2 MiB, half the queue, 30 of its 1,024
	// messages, and far beyond what the two sockets hold.
	for i := 1; i <= 30; i++ {
		db.MustExec(`UPDATE agents SET credits = $1 WHERE id = 1`, i)
		db.MustExec(`SELECT pg_notify($1, '{"kind":"agents","ids":["1"]}')`, notify.ChannelFor(db.Schema))
		time.Sleep(20 * time.Millisecond)
	}
	require.Eventually(t, func() bool { return promtest.Sum(t, reg, "inft_api_subscriptions_active", nil) == 0 }, 10*time.Second, 50*time.Millisecond,
		"the connection of a peer that stopped reading is closed and its subscription ended")
}
