package graph_test

import (
	"bytes"
	"context"
	"fmt"
	"io"
	"net/http"
	"slices"
	"sync"
	"testing"
	"time"

	"github.com/inft-labs/inft/internal/chaintest"
	"github.com/inft-labs/inft/internal/pg"
	"github.com/inft-labs/inft/notify"
)

func percentileOf(sorted []time.Duration, p float64) time.Duration {
	return sorted[min(len(sorted)-1, int(float64(len(sorted))*p))]
}

// BenchmarkAPIQuery: the sample query of issue 6 over HTTP on loopback,
// agent(id){ generations(first:10){ edges{ node{ token{ id owner } } } } },
// from 16 concurrent keep-alive clients for 5 seconds: requests per second
// and p99 latency. The clients share the 2 cores with the server and
// PostgreSQL. Between changes the server answers a repeated query from its
// response cache; BenchmarkAPIQueryUncached measures every answer read
// from PostgreSQL.
func BenchmarkAPIQuery(b *testing.B) { benchQuery(b, false) }

func benchQuery(b *testing.B, uncached bool) {
	e := setup(b)
	pg.Pool(e.db.DB, 40, 20) // as inft run sizes its pool
	c := e.chain
	agent := e.buy(chaintest.Alice, 3)
	for i := range 10 {
		id := e.request(chaintest.Alice, agent, 0, fmt.Sprintf("a haiku %d", i))
		c.Send(chaintest.Relayer, c.Agents, nil, c.AgentsABI.PackFulfillGeneration(id, "ipfs://m"))
	}
	e.sync()
	url := e.api() // with its hub, as inft run serves it
	if uncached {
		url = e.url // the test server: no hub, no cache
		pg.Pool(e.apiDB, 40, 20)
	}
	body := []byte(`{"query":"{ agent(id: \"1\") { generations(first: 10) { edges { node { token { id owner } } } } } }"}`)
	client := &http.Client{Transport: &http.Transport{MaxIdleConnsPerHost: 64}}
	const workers, duration = 16, 5 * time.Second
	b.ResetTimer()
	var all []time.Duration
	var rate float64
	for range b.N {
		var mu sync.Mutex
		var lat []time.Duration
		var wg sync.WaitGroup
		deadline := time.Now().Add(duration)
		began := time.Now()
		for range workers {
			wg.Add(1)
			go func() {
				defer wg.Done()
				var mine []time.Duration
				for time.Now().Before(deadline) {
					t0 := time.Now()
					resp, err := client.Post(url, "application/json", bytes.NewReader(body))
					if err != nil {
						b.Error(err)
						return
					}
					raw, _ := io.ReadAll(resp.Body)
					resp.Body.Close()
					if resp.StatusCode != http.StatusOK || !bytes.Contains(raw, []byte(`"owner"`)) {
						b.Errorf("status %d: %s", resp.StatusCode, raw)
						return
					}
					mine = append(mine, time.Since(t0))
				}
				mu.Lock()
				lat = append(lat, mine...)
				mu.Unlock()
			}()
		}
		wg.Wait()
		rate = float64(len(lat)) / time.Since(began).Seconds()
		all = lat
	}
	b.StopTimer()
	slices.Sort(all)
	b.ReportMetric(rate, "req/s")
	b.ReportMetric(float64(percentileOf(all, 0.5).Microseconds())/1000, "p50-ms")
	b.ReportMetric(float64(percentileOf(all, 0.99).Microseconds())/1000, "p99-ms")
	b.ReportMetric(0, "ns/op")
}

// BenchmarkSubscriberLatency: 10,000 agentUpdates subscriptions on one
// server (100 WebSocket connections of 100 subscriptions each: the
// machine allows 20,000 open files), then changes committed with their
// NOTIFY one at a time; the figure is, per subscription and change, the
// time from the commit to the message's arrival.
func BenchmarkSubscriberLatency(b *testing.B) {
	e := setup(b)
	e.buy(chaintest.Alice, 0)
	e.sync()
	url := e.api()
	const conns, perConn = 100, 100
	clients := make([]*wsClient, conns)
	for i := range clients {
		clients[i] = dial(b, url)
		for j := range perConn {
			clients[i].subscribe(fmt.Sprint(j), `subscription { agentUpdates(agentId: "1") { credits } }`)
		}
	}
	time.Sleep(2 * time.Second) // every subscription registered
	const changes = 5
	var all []time.Duration
	b.ResetTimer()
	for range b.N {
		for change := 1; change <= changes; change++ {
			want := fmt.Sprintf(`"%d"`, 1000+change)
			arrived := make(chan time.Time, conns*perConn)
			var wg sync.WaitGroup
			for _, c := range clients {
				wg.Add(1)
				go func() {
					defer wg.Done()
					// A lean reader, as a browser on another machine costs
					// the server nothing: no deadline per read, no decoding.
					watchdog := time.AfterFunc(60*time.Second, func() { c.conn.CloseNow() })
					defer watchdog.Stop()
					var buf bytes.Buffer
					for got := 0; got < perConn; {
						buf.Reset()
						_, r, err := c.conn.Reader(context.Background())
						if err == nil {
							_, err = buf.ReadFrom(r)
						}
						if err != nil {
							b.Error(err)
							return
						}
						if bytes.Contains(buf.Bytes(), []byte(want)) {
							arrived <- time.Now()
							got++
						}
					}
				}()
			}
			tx := e.db.MustBegin()
			tx.MustExec(`UPDATE agents SET credits = $1 WHERE id = 1`, 1000+change)
			tx.MustExec(`SELECT pg_notify($1, '{"kind":"agents","ids":["1"]}')`, notify.ChannelFor(e.db.Schema))
			committed := time.Now() // conservative: the latency includes the commit itself
			if err := tx.Commit(); err != nil {
				b.Fatal(err)
			}
			wg.Wait()
			close(arrived)
			for at := range arrived {
				all = append(all, at.Sub(committed))
			}
		}
	}
	b.StopTimer()
	slices.Sort(all)
	b.ReportMetric(float64(len(all))/float64(b.N*changes), "deliveries/change")
	b.ReportMetric(float64(percentileOf(all, 0.5).Microseconds())/1000, "p50-ms")
	b.ReportMetric(float64(percentileOf(all, 0.99).Microseconds())/1000, "p99-ms")
	b.ReportMetric(0, "ns/op")
}

// BenchmarkAPIQueryUncached is BenchmarkAPIQuery with a change announced
// before every request, so that none is answered from the cache.
func BenchmarkAPIQueryUncached(b *testing.B) {
	benchQuery(b, true)
}
