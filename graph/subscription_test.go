package graph_test

import (
	"context"
	"encoding/json"
	"fmt"
	"math/big"
	"net/http/httptest"
	"strconv"
	"strings"
	"sync"
	"sync/atomic"
	"testing"
	"time"

	"github.com/coder/websocket"
	"github.com/coder/websocket/wsjson"
	"github.com/prometheus/client_golang/prometheus"
	"github.com/stretchr/testify/require"

	"github.com/inft-labs/inft/graph"
	"github.com/inft-labs/inft/graph/live"
	"github.com/inft-labs/inft/internal/chaintest"
	"github.com/inft-labs/inft/internal/promtest"
	"github.com/inft-labs/inft/notify"
)

// wsClient speaks graphql-transport-ws.
type wsClient struct {
	t    testing.TB
	conn *websocket.Conn
}

type wsMessage struct {
	ID      string          `json:"id,omitempty"`
	Type    string          `json:"type"`
	Payload json.RawMessage `json:"payload,omitempty"`
}

func dial(t testing.TB, url string) *wsClient {
	t.Helper()
	ctx, cancel := context.WithTimeout(context.Background(), 10*time.Second)
	defer cancel()
	conn, _, err := websocket.Dial(ctx, "ws"+strings.TrimPrefix(url, "http"), &websocket.DialOptions{Subprotocols: []string{"graphql-transport-ws"}})
	require.NoError(t, err)
	conn.SetReadLimit(1 << 20)
	c := &wsClient{t: t, conn: conn}
	c.send(wsMessage{Type: "connection_init", Payload: json.RawMessage(`{"authorization":"ignored here"}`)})
	require.Equal(t, "connection_ack", c.next(10*time.Second).Type)
	t.Cleanup(func() { conn.Close(websocket.StatusNormalClosure, "") })
	return c
}

func (c *wsClient) send(m wsMessage) {
	c.t.Helper()
	ctx, cancel := context.WithTimeout(context.Background(), 10*time.Second)
	defer cancel()
	require.NoError(c.t, wsjson.Write(ctx, c.conn, m))
}

func (c *wsClient) subscribe(id, query string) {
	payload, _ := json.Marshal(map[string]string{"query": query})
	c.send(wsMessage{ID: id, Type: "subscribe", Payload: payload})
}

// next reads the next message that is not a ping (answering pings).
func (c *wsClient) next(timeout time.Duration) wsMessage {
	c.t.Helper()
	ctx, cancel := context.WithTimeout(context.Background(), timeout)
	defer cancel()
	for {
		var m wsMessage
		require.NoError(c.t, wsjson.Read(ctx, c.conn, &m))
		if m.Type == "ping" {
			c.send(wsMessage{Type: "pong"})
			continue
		}
		return m
	}
}

// nextNot is next, skipping messages of type skip (graphql-ws keep-alives).
func (c *wsClient) nextNot(skip string) wsMessage {
	c.t.Helper()
	for {
		if m := c.next(10 * time.Second); m.Type != skip {
			return m
		}
	}
}

// api starts another API server on e's database, with its own hub.
func (e *env) api() string {
	url, _ := e.apiWithMetrics()
	return url
}

// apiWithMetrics is api, with the server's metrics.
func (e *env) apiWithMetrics() (string, *prometheus.Registry) {
	e.t.Helper()
	reg := prometheus.NewRegistry()
	hub, err := live.NewHub(e.db.URL, notify.ChannelFor(e.db.Schema), nil, reg)
	require.NoError(e.t, err)
	// A minute per write: the slow subscribers of these tests stop reading
	// for seconds on purpose, to be cut off by their queue's limit, which a
	// busy machine would otherwise beat with the 10 s write deadline
	// (TestAPeerThatStopsReadingIsCutOff tests that one).
	h, err := graph.NewHandler(graph.Config{DB: e.db.DB, ChainID: "1337", Hub: hub, KeepAlive: time.Second, Registerer: reg,
		WriteTimeout: time.Minute})
	require.NoError(e.t, err)
	srv := httptest.NewServer(h)
	e.t.Cleanup(func() { hub.Close(); srv.Close() })
	return srv.URL + "/graphql", reg
}

// progress writes a progress row and NOTIFYs, as the relayer does from its process.
func (e *env) progress(id, stage string, percent int) {
	e.t.Helper()
	e.db.MustExec(`INSERT INTO generation_progress (request_id, stage, percent, message) VALUES ($1, $2, $3, $4)`, id, stage, percent, stage)
	e.db.MustExec(`SELECT pg_notify($1, $2)`, notify.ChannelFor(e.db.Schema), fmt.Sprintf(`{"kind":"progress","ids":[%q]}`, id))
}

func TestGenerationProgressSubscription(t *testing.T) {
	t.Parallel()
	e := setup(t)
	c := e.chain
	agent := e.buy(chaintest.Alice, 1)
	id := e.request(chaintest.Alice, agent, 1, "a lighthouse")
	e.sync()
	e.progress(id.String(), "GENERATING", 10) // before the subscription: caught up

	ws := dial(t, e.api())
	ws.subscribe("p", fmt.Sprintf(`subscription { generationProgress(requestId: "%s") { requestId status percent } }`, id))
	var got []string
	read := func() {
		m := ws.next(10 * time.Second)
		require.Equal(t, "next", m.Type, string(m.Payload))
		var p struct {
			Data struct {
				GenerationProgress struct {
					Status  string
					Percent int
				}
			}
		}
		require.NoError(t, json.Unmarshal(m.Payload, &p))
		got = append(got, fmt.Sprintf("%s %d", p.Data.GenerationProgress.Status, p.Data.GenerationProgress.Percent))
	}
	read()
	e.progress(id.String(), "GENERATING", 40)
	e.progress(id.String(), "UPLOADING", 75)
	e.progress(id.String(), "MINTING", 90)
	for range 3 {
		read()
	}
	c.Send(chaintest.Relayer, c.Agents, nil, c.AgentsABI.PackFulfillGeneration(id, "ipfs://m"))
	e.sync() // the indexer writes FULFILLED and NOTIFYs
	read()
	require.Equal(t, []string{"GENERATING 10", "GENERATING 40", "UPLOADING 75", "MINTING 90", "FULFILLED 100"}, got, "in order")
	require.Equal(t, "complete", ws.next(10*time.Second).Type, "the stream ends with the chain's word")
}

func TestListingEventsSubscription(t *testing.T) {
	t.Parallel()
	e := setup(t)
	c := e.chain
	m := c.MarketplaceABI
	ws := dial(t, e.api())
	ws.subscribe("l", `subscription { listingEvents { type listing { id collection price active } } }`)
	ws.subscribe("g", `subscription { listingEvents(collection: GENERATED) { type listing { id } } }`)
	time.Sleep(200 * time.Millisecond) // the subscriptions are registered

	one := e.buy(chaintest.Alice, 0)
	two := e.buy(chaintest.Alice, 0)
	c.Send(chaintest.Alice, c.Agents, nil, c.AgentsABI.PackSetApprovalForAll(c.Contracts.Marketplace, true))
	c.Send(chaintest.Alice, c.Marketplace, nil, m.PackList(c.Contracts.Agents, one, ether(5)))
	c.Send(chaintest.Alice, c.Marketplace, nil, m.PackUpdatePrice(big.NewInt(1), ether(4)))
	c.Send(chaintest.Bob, c.Marketplace, ether(4), m.PackBuy(big.NewInt(1)))
	c.Send(chaintest.Alice, c.Marketplace, nil, m.PackList(c.Contracts.Agents, two, ether(5)))
	c.Send(chaintest.Alice, c.Marketplace, nil, m.PackCancel(big.NewInt(2)))
	c.Send(chaintest.Alice, c.Marketplace, nil, m.PackList(c.Contracts.Agents, two, ether(6)))
	c.Send(chaintest.Alice, c.Agents, nil, c.AgentsABI.PackTransferFrom(c.Addr(chaintest.Alice), c.Addr(chaintest.Carol), two))
	e.sync()

	var got []string
	for range 7 {
		msg := ws.next(10 * time.Second)
		require.Equal(t, "next", msg.Type, string(msg.Payload))
		require.Equal(t, "l", msg.ID, "nothing for the GENERATED collection")
		var p struct {
			Data struct {
				ListingEvents struct {
					Type    string
					Listing struct{ ID, Collection string }
				}
			}
		}
		require.NoError(t, json.Unmarshal(msg.Payload, &p))
		got = append(got, p.Data.ListingEvents.Type+" "+p.Data.ListingEvents.Listing.ID)
	}
	require.Equal(t, []string{"LISTED 1", "PRICE_UPDATED 1", "SOLD 1", "LISTED 2", "CANCELLED 2", "LISTED 3", "STALE 3"}, got)
}

// Two API servers on one database both deliver a change that a third
// process NOTIFYs.
func TestEveryReplicaDelivers(t *testing.T) {
	t.Parallel()
	e := setup(t)
	e.buy(chaintest.Alice, 0)
	e.sync()
	a, b := dial(t, e.api()), dial(t, e.api())
	for _, ws := range []*wsClient{a, b} {
		ws.subscribe("a", `subscription { agentUpdates(agentId: "1") { id credits } }`)
	}
	time.Sleep(200 * time.Millisecond)
	e.db.MustExec(`UPDATE agents SET credits = 42 WHERE id = 1`)
	e.db.MustExec(`SELECT pg_notify($1, '{"kind":"agents","ids":["1"]}')`, notify.ChannelFor(e.db.Schema))
	for _, ws := range []*wsClient{a, b} {
		m := ws.next(10 * time.Second)
		require.Equal(t, "next", m.Type)
		require.JSONEq(t, `{"data":{"agentUpdates":{"id":"1","credits":"42"}}}`, string(m.Payload))
	}
}

// A thousand subscribers on one server all receive a change.
func TestAThousandSubscribers(t *testing.T) {
	t.Parallel()
	e := setup(t)
	e.buy(chaintest.Alice, 0)
	e.sync()
	url := e.api()
	const n = 1000
	clients := make([]*wsClient, n)
	var wg sync.WaitGroup
	for i := range clients {
		wg.Add(1)
		go func() {
			defer wg.Done()
			clients[i] = dial(t, url)
			clients[i].subscribe("a", `subscription { agentUpdates(agentId: "1") { credits } }`)
		}()
	}
	wg.Wait()
	time.Sleep(500 * time.Millisecond) // every subscription registered
	e.db.MustExec(`UPDATE agents SET credits = 7777 WHERE id = 1`)
	e.db.MustExec(`SELECT pg_notify($1, '{"kind":"agents","ids":["1"]}')`, notify.ChannelFor(e.db.Schema))
	began := time.Now()
	errs := make(chan error, n)
	for _, c := range clients {
		go func() {
			ctx, cancel := context.WithTimeout(context.Background(), 30*time.Second)
			defer cancel()
			var m wsMessage
			if err := wsjson.Read(ctx, c.conn, &m); err != nil {
				errs <- err
				return
			}
			if !strings.Contains(string(m.Payload), `"7777"`) {
				errs <- fmt.Errorf("got %s %s", m.Type, m.Payload)
				return
			}
			errs <- nil
		}()
	}
	for range n {
		require.NoError(t, <-errs)
	}
	t.Logf("%d subscribers received the change within %s", n, time.Since(began))
}

// A subscriber that stops reading holds up no other: it is cut off, with an
// error, once its connection falls more than its queue behind; whether the
// two follow the agent with different operations or with the same one (one
// shared feed).
func TestASlowSubscriberIsCutOff(t *testing.T) {
	t.Parallel()
	const slowQuery = `subscription { agentUpdates(agentId: "1") { id credits level owner stateURI tier createdAt } }`
	for name, fastQuery := range map[string]string{
		"apart":          `subscription { agentUpdates(agentId: "1") { credits } }`,
		"sharing a feed": slowQuery,
	} {
		t.Run(name, func(t *testing.T) {
			t.Parallel()
			e := setup(t)
			e.buy(chaintest.Alice, 0)
			e.sync()
			url, reg := e.apiWithMetrics()
			slow, fast := dial(t, url), dial(t, url)
			slow.subscribe("a", slowQuery)
			fast.subscribe("a", fastQuery)
			time.Sleep(200 * time.Millisecond)

			// Changes beyond the slow one's queue (4 MiB) and what its socket
			// holds: each of its messages carries a 64 KiB state URI. A change
			// is made once the fast one saw the one before, so that the
			// stream does not merge them: 400 events, 25 MiB.
			e.db.MustExec(`UPDATE agents SET state_uri = 'ipfs://' || repeat('x', 65536) WHERE id = 1`)
			const changes = 400
			done := make(chan error, 1)
			var seen atomic.Int64
			go func() {
				for {
					ctx, cancel := context.WithTimeout(context.Background(), 30*time.Second)
					var m wsMessage
					err := wsjson.Read(ctx, fast.conn, &m)
					cancel()
					if err != nil {
						done <- err
						return
					}
					if m.Type != "next" {
						done <- fmt.Errorf("fast subscriber got %s %.300s", m.Type, m.Payload)
						return
					}
					var p struct {
						Data struct{ AgentUpdates struct{ Credits string } }
					}
					if err := json.Unmarshal(m.Payload, &p); err != nil {
						done <- err
						return
					}
					n, _ := strconv.ParseInt(p.Data.AgentUpdates.Credits, 10, 64)
					seen.Store(n)
					if n == changes {
						done <- nil
						return
					}
				}
			}()
			for i := 1; i <= changes; i++ {
				e.db.MustExec(`UPDATE agents SET credits = $1 WHERE id = 1`, i)
				e.db.MustExec(`SELECT pg_notify($1, '{"kind":"agents","ids":["1"]}')`, notify.ChannelFor(e.db.Schema))
				require.Eventually(t, func() bool { return seen.Load() >= int64(i) || len(done) > 0 }, 30*time.Second, time.Millisecond)
			}
			require.NoError(t, <-done, "the fast subscriber saw every change through")
			require.Equal(t, 1.0, promtest.Sum(t, reg, "inft_api_subscribers_dropped_total", nil))

			sawError := false
			var last wsMessage
			for range changes + 2 {
				m := slow.next(30 * time.Second)
				if m.Type == "error" || (m.Type == "next" && strings.Contains(string(m.Payload), `"errors"`)) {
					sawError = true
					require.Contains(t, string(m.Payload), "subscribe again")
					break
				}
				if m.Type == "complete" {
					break
				}
				last = m
			}
			require.True(t, sawError, "the slow subscriber gets an error event; last message %s %.300s", last.Type, last.Payload)
			require.Equal(t, "complete", slow.next(10*time.Second).Type, "then its stream ends")
			require.Eventually(t, func() bool { return promtest.Sum(t, reg, "inft_api_subscription_feeds", nil) == 1 }, 5*time.Second, 10*time.Millisecond,
				"a feed left without subscribers stops; the fast one's goes on")
		})
	}
}

// A repeated query is answered from the cache until a change is announced:
// a row changed behind the API's back (no NOTIFY) is not seen, the same
// change announced is seen at once.
func TestResponseCacheFollowsNotifications(t *testing.T) {
	t.Parallel()
	e := setup(t)
	e.buy(chaintest.Alice, 0)
	e.sync()
	e.url = e.api()
	credits := func() string {
		var out struct{ Agent struct{ Credits string } }
		e.query(&out, `{ agent(id: "1") { credits } }`, nil)
		return out.Agent.Credits
	}
	require.Equal(t, "100", credits())
	e.db.MustExec(`UPDATE agents SET credits = 5 WHERE id = 1`)
	require.Equal(t, "100", credits(), "answered from the cache: nothing was announced")
	e.db.MustExec(`SELECT pg_notify($1, '{"kind":"agents","ids":["1"]}')`, notify.ChannelFor(e.db.Schema))
	require.Eventually(t, func() bool { return credits() == "5" }, 5*time.Second, 5*time.Millisecond, "the announcement empties the cache")

	var status struct{ IndexerStatus struct{ IndexedBlock string } }
	e.query(&status, `{ indexerStatus { indexedBlock } }`, nil)
	e.db.MustExec(`UPDATE indexer_checkpoints SET block_number = block_number + 1000`)
	var again struct{ IndexerStatus struct{ IndexedBlock string } }
	e.query(&again, `{ indexerStatus { indexedBlock } }`, nil)
	require.NotEqual(t, status.IndexerStatus.IndexedBlock, again.IndexerStatus.IndexedBlock, "indexerStatus is never cached")
}
