package httpserve_test

import (
	"context"
	"errors"
	"io"
	"net"
	"net/http"
	"syscall"
	"testing"
	"time"

	"github.com/coder/websocket"
	"github.com/stretchr/testify/require"

	"github.com/inft-labs/inft/internal/httpserve"
)

// from dials from a given loopback address, as another client would.
func from(t *testing.T, ip string) *net.Dialer {
	t.Helper()
	d := &net.Dialer{LocalAddr: &net.TCPAddr{IP: net.ParseIP(ip)}}
	c, err := d.Dial("tcp", "127.0.0.1:1") // nothing listens: only whether the address is usable
	if err != nil && !errors.Is(err, syscall.ECONNREFUSED) {
		t.Skipf("cannot send from %s here: %v", ip, err)
	}
	if c != nil {
		c.Close()
	}
	return d
}

// refused says whether the server closed c within wait without answering.
func refused(t *testing.T, c net.Conn, wait time.Duration) bool {
	t.Helper()
	require.NoError(t, c.SetReadDeadline(time.Now().Add(wait)))
	_, err := c.Read(make([]byte, 1))
	var ne net.Error
	return err != nil && !(errors.As(err, &ne) && ne.Timeout())
}

func get(t *testing.T, d *net.Dialer, addr string) int {
	t.Helper()
	client := &http.Client{Transport: &http.Transport{DialContext: d.DialContext, DisableKeepAlives: true}, Timeout: 10 * time.Second}
	resp, err := client.Get("http://" + addr)
	require.NoError(t, err)
	defer resp.Body.Close()
	_, _ = io.Copy(io.Discard, resp.Body)
	return resp.StatusCode
}

// One address holds at most ConnsPerIP connections: the next is closed at
// once, while another address is served; a closed connection frees its place.
func TestConnectionsPerIPAreCapped(t *testing.T) {
	t.Parallel()
	addr, l := serve(t, httpserve.Limits{ConnsPerIP: 5}, readBody)
	other := from(t, "127.0.0.2")
	var held []net.Conn
	for range 5 {
		c, err := net.Dial("tcp", addr)
		require.NoError(t, err)
		defer c.Close()
		held = append(held, c)
	}
	for _, c := range held {
		require.False(t, refused(t, c, 100*time.Millisecond), "within the cap")
	}
	extra, err := net.Dial("tcp", addr)
	if !errors.Is(err, syscall.ECONNRESET) { // else reset before the dial returned
		require.NoError(t, err)
		defer extra.Close()
		require.True(t, refused(t, extra, 5*time.Second), "the sixth connection from one address")
	}
	require.Equal(t, uint64(1), l.Refused())

	require.Equal(t, http.StatusOK, get(t, other, addr), "another client is served")

	held[0].Close()
	require.Eventually(t, func() bool {
		c, err := net.Dial("tcp", addr)
		if err != nil {
			return false
		}
		defer c.Close()
		return !refused(t, c, 300*time.Millisecond)
	}, 5*time.Second, 50*time.Millisecond, "a closed connection frees its place")
}

// A WebSocket taken over from the HTTP server still counts against its
// address until it closes.
func TestWebSocketsCountAgainstTheCap(t *testing.T) {
	t.Parallel()
	addr, _ := serve(t, httpserve.Limits{ConnsPerIP: 3}, echo(t))
	ctx, cancel := context.WithTimeout(context.Background(), 30*time.Second)
	defer cancel()
	var sockets []*websocket.Conn
	for range 3 {
		ws, _, err := websocket.Dial(ctx, "ws://"+addr, nil)
		require.NoError(t, err)
		defer ws.CloseNow()
		sockets = append(sockets, ws)
	}
	_, _, err := websocket.Dial(ctx, "ws://"+addr, nil)
	require.Error(t, err, "a fourth WebSocket from one address")

	require.NoError(t, sockets[0].Close(websocket.StatusNormalClosure, ""))
	require.Eventually(t, func() bool {
		ws, _, err := websocket.Dial(ctx, "ws://"+addr, nil)
		if err != nil {
			return false
		}
		ws.CloseNow()
		return true
	}, 5*time.Second, 50*time.Millisecond, "a closed WebSocket frees its place")
}

// Without a cap, the listener admits every connection.
func TestNoCap(t *testing.T) {
	t.Parallel()
	addr, l := serve(t, httpserve.Limits{}, readBody)
	for range 20 {
		c, err := net.Dial("tcp", addr)
		require.NoError(t, err)
		defer c.Close()
	}
	require.Equal(t, http.StatusOK, get(t, &net.Dialer{}, addr))
	require.Zero(t, l.Refused())
}
