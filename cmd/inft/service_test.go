package main

import (
	"context"
	"errors"
	"fmt"
	"io"
	"log/slog"
	"net"
	"net/http"
	"runtime"
	"strings"
	"sync"
	"syscall"
	"testing"
	"time"

	"github.com/stretchr/testify/require"

	"github.com/inft-labs/inft/graph"
	"github.com/inft-labs/inft/internal/chaintest"
	"github.com/inft-labs/inft/internal/httpserve"
	"github.com/inft-labs/inft/internal/pgtest"
)

// The service's HTTP server against slow and greedy clients, over real TCP:
// 500 POSTs to /graphql from one address that send their body a byte at a
// time. The cap admits 256 and resets the rest at once; those admitted are
// cut off once the read timeout has passed; meanwhile another address is
// served, and the server's memory and goroutines stay bounded.
func TestServeOpsBoundsSlowAndGreedyClients(t *testing.T) {
	t.Parallel()
	const (
		clients     = 500
		perIP       = 256
		readTimeout = 2 * time.Second
	)
	db := pgtest.New(t)
	api, err := graph.NewHandler(graph.Config{DB: db.DB, ChainID: "1337"})
	require.NoError(t, err)
	addr := fmt.Sprintf("127.0.0.1:%d", chaintest.FreePort(t))
	ctx, cancel := context.WithCancel(context.Background())
	served, err := serveOps(ctx, addr, httpserve.Limits{ReadTimeout: readTimeout, IdleTimeout: readTimeout, ConnsPerIP: perIP},
		newRegistry(), func(context.Context) error { return nil }, slog.New(slog.DiscardHandler), map[string]http.Handler{"/graphql": api})
	require.NoError(t, err)
	defer func() { cancel(); require.NoError(t, <-served) }()

	other := &net.Dialer{LocalAddr: &net.TCPAddr{IP: net.IPv4(127, 0, 0, 2)}}
	if c, err := other.Dial("tcp", "127.0.0.1:1"); err != nil && !errors.Is(err, syscall.ECONNREFUSED) {
		t.Skipf("cannot send from 127.0.0.2 here: %v", err)
	} else if c != nil {
		c.Close()
	}
	query := func() int {
		client := &http.Client{Transport: &http.Transport{DialContext: other.DialContext, DisableKeepAlives: true}, Timeout: 10 * time.Second}
		resp, err := client.Post("http://"+addr+"/graphql", "application/json", strings.NewReader(`{"query":"{__typename}"}`))
		require.NoError(t, err)
		defer resp.Body.Close()
		_, _ = io.Copy(io.Discard, resp.Body)
		return resp.StatusCode
	}
	require.Equal(t, http.StatusOK, query())

	runtime.GC()
	var before runtime.MemStats
	runtime.ReadMemStats(&before)
	start := time.Now()
	var conns []net.Conn
	resetAtDial := 0 // refused before the dial returned
	for range clients {
		c, err := net.Dial("tcp", addr)
		if errors.Is(err, syscall.ECONNRESET) {
			resetAtDial++
			continue
		}
		require.NoError(t, err)
		defer c.Close()
		conns = append(conns, c)
		// Errors are expected once the server resets or closes the connection.
		_, _ = fmt.Fprintf(c, "POST /graphql HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\nContent-Length: 100000\r\n\r\n{")
		go func() {
			for {
				time.Sleep(500 * time.Millisecond)
				if _, err := c.Write([]byte(" ")); err != nil {
					return
				}
			}
		}()
	}
	require.Equal(t, http.StatusOK, query(), "another address is served during the attack")
	var during runtime.MemStats
	runtime.ReadMemStats(&during)

	var (
		mu               sync.Mutex
		refused, cut     = resetAtDial, 0
		slowest, refusal time.Duration
		wg               sync.WaitGroup
	)
	bound := readTimeout + 8*time.Second // generous: 2 cores under -race
	for _, c := range conns {
		wg.Add(1)
		go func() {
			defer wg.Done()
			_ = c.SetReadDeadline(start.Add(bound))
			n, err := io.Copy(io.Discard, c)
			took := time.Since(start)
			var ne net.Error
			if errors.As(err, &ne) && ne.Timeout() {
				return // still open: counted below
			}
			mu.Lock()
			defer mu.Unlock()
			if n == 0 { // reset without an answer: over the cap
				refused++
				refusal = max(refusal, took)
			} else { // answered once the read timeout passed, then closed
				cut++
				slowest = max(slowest, took)
			}
		}()
	}
	wg.Wait()
	t.Logf("%d slow POSTs from one address: %d refused (the last after %s), %d cut off (the last after %s); heap in use %d MB before, %d MB during (client and server)",
		clients, refused, refusal.Round(time.Millisecond), cut, slowest.Round(time.Millisecond), before.HeapInuse>>20, during.HeapInuse>>20)
	require.Equal(t, clients, refused+cut, "every connection ended within %s", bound)
	require.Equal(t, clients-perIP, refused, "the cap refuses exactly those beyond it")
	require.GreaterOrEqual(t, slowest, readTimeout-100*time.Millisecond, "cut off by the read timeout, not before")
	require.Less(t, during.HeapInuse-min(during.HeapInuse, before.HeapInuse), uint64(64<<20), "heap growth")
	// The cap's counts were released with the connections: the attacking
	// address is served again (other tests run in this process, so
	// goroutines are not counted here).
	require.Eventually(t, func() bool {
		resp, err := http.Post("http://"+addr+"/graphql", "application/json", strings.NewReader(`{"query":"{__typename}"}`))
		if err != nil {
			return false
		}
		defer resp.Body.Close()
		return resp.StatusCode == http.StatusOK
	}, 10*time.Second, 50*time.Millisecond, "the attacking address is served again")
	require.Equal(t, http.StatusOK, query(), "still serving")
}
