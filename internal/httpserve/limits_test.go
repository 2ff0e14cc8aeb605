package httpserve_test

import (
	"bufio"
	"context"
	"errors"
	"fmt"
	"io"
	"net"
	"net/http"
	"strings"
	"testing"
	"time"

	"github.com/coder/websocket"
	"github.com/stretchr/testify/require"

	"github.com/inft-labs/inft/internal/httpserve"
)

// serve runs handler on a real TCP port of 127.0.0.1 with the limits, until
// the test ends, and returns the address and the listener.
func serve(t *testing.T, lim httpserve.Limits, handler http.Handler) (string, *httpserve.Listener) {
	t.Helper()
	l, err := net.Listen("tcp", "127.0.0.1:0")
	require.NoError(t, err)
	ll := httpserve.LimitPerIP(l, lim.ConnsPerIP)
	srv := lim.Server(handler)
	done := make(chan struct{})
	go func() { defer close(done); _ = srv.Serve(ll) }()
	t.Cleanup(func() {
		_ = srv.Close()
		<-done
	})
	return l.Addr().String(), ll
}

// readBody is a handler that reads the whole body, as the GraphQL handler does.
var readBody = http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
	if _, err := io.Copy(io.Discard, r.Body); err != nil {
		http.Error(w, "body: "+err.Error(), http.StatusRequestTimeout)
		return
	}
	fmt.Fprintln(w, "ok")
})

// closedWithin reads c until the server closes it and returns how long that took.
// It may run on any goroutine: it reports instead of failing the test.
func closedWithin(c net.Conn, limit time.Duration) (time.Duration, error) {
	start := time.Now()
	if err := c.SetReadDeadline(start.Add(limit)); err != nil {
		return 0, err
	}
	_, err := io.Copy(io.Discard, c)
	var ne net.Error
	if errors.As(err, &ne) && ne.Timeout() {
		return 0, fmt.Errorf("the server still holds the connection after %s", limit)
	}
	return time.Since(start), nil
}

// dribble sends a POST's headers, then one byte of its body every interval
// until the connection fails.
func dribble(t *testing.T, dialer *net.Dialer, addr string, every time.Duration) net.Conn {
	t.Helper()
	c, err := dialer.Dial("tcp", addr)
	require.NoError(t, err)
	t.Cleanup(func() { c.Close() })
	_, err = fmt.Fprintf(c, "POST / HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\nContent-Length: 100000\r\n\r\n{")
	require.NoError(t, err)
	go func() {
		for {
			time.Sleep(every)
			if _, err := c.Write([]byte(" ")); err != nil {
				return
			}
		}
	}()
	return c
}

// A client that sends its body one byte at a time is cut off once
// ReadTimeout has passed since its request began, however steadily it sends.
func TestSlowBodiesAreCutOff(t *testing.T) {
	t.Parallel()
	addr, _ := serve(t, httpserve.Limits{ReadTimeout: time.Second}, readBody)
	type result struct {
		took time.Duration
		err  error
	}
	results := make(chan result, 50)
	for range 50 {
		c := dribble(t, &net.Dialer{}, addr, 100*time.Millisecond)
		go func() {
			took, err := closedWithin(c, 10*time.Second)
			results <- result{took, err}
		}()
	}
	for range 50 {
		r := <-results
		require.NoError(t, r.err)
		require.Less(t, r.took, 5*time.Second)
	}

	// A request that arrives in time is served.
	resp, err := http.Post("http://"+addr, "application/json", strings.NewReader(`{"query":"{x}"}`))
	require.NoError(t, err)
	defer resp.Body.Close()
	require.Equal(t, http.StatusOK, resp.StatusCode)
}

// An idle keep-alive connection is closed after IdleTimeout.
func TestIdleConnectionsAreClosed(t *testing.T) {
	t.Parallel()
	addr, _ := serve(t, httpserve.Limits{IdleTimeout: 500 * time.Millisecond}, readBody)
	c, err := net.Dial("tcp", addr)
	require.NoError(t, err)
	defer c.Close()
	_, err = fmt.Fprintf(c, "GET / HTTP/1.1\r\nHost: x\r\n\r\n")
	require.NoError(t, err)
	resp, err := http.ReadResponse(bufio.NewReader(c), nil)
	require.NoError(t, err)
	_, _ = io.Copy(io.Discard, resp.Body)
	resp.Body.Close()
	require.Equal(t, http.StatusOK, resp.StatusCode)
	took, err := closedWithin(c, 10*time.Second)
	require.NoError(t, err)
	require.Less(t, took, 5*time.Second)
}

// ReadTimeout and IdleTimeout bound the request, not a WebSocket that the
// handler took over: a subscription lives on well past both.
func TestWebSocketOutlivesTimeouts(t *testing.T) {
	t.Parallel()
	lim := httpserve.Limits{ReadHeaderTimeout: 300 * time.Millisecond, ReadTimeout: 300 * time.Millisecond, IdleTimeout: 300 * time.Millisecond}
	addr, _ := serve(t, lim, echo(t))
	ctx, cancel := context.WithTimeout(context.Background(), 30*time.Second)
	defer cancel()
	ws, _, err := websocket.Dial(ctx, "ws://"+addr, nil)
	require.NoError(t, err)
	defer ws.CloseNow()
	for i := range 5 {
		time.Sleep(400 * time.Millisecond) // past every timeout
		msg := fmt.Sprint("ping ", i)
		require.NoError(t, ws.Write(ctx, websocket.MessageText, []byte(msg)))
		_, got, err := ws.Read(ctx)
		require.NoError(t, err, "after %s", time.Duration(i+1)*400*time.Millisecond)
		require.Equal(t, msg, string(got))
	}
}

// echo is a WebSocket server that sends back what it reads.
func echo(t *testing.T) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		ws, err := websocket.Accept(w, r, nil)
		if err != nil {
			t.Errorf("accept: %v", err)
			return
		}
		defer ws.CloseNow()
		for {
			typ, data, err := ws.Read(r.Context())
			if err != nil {
				return
			}
			if err := ws.Write(r.Context(), typ, data); err != nil {
				return
			}
		}
	})
}
