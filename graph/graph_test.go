package graph_test

import (
	"bytes"
	"context"
	"database/sql"
	"database/sql/driver"
	"encoding/json"
	"fmt"
	"io"
	"math/big"
	"net/http"
	"net/http/httptest"
	"strings"
	"sync/atomic"
	"testing"
	"time"

	"github.com/jmoiron/sqlx"
	"github.com/lib/pq"
	"github.com/stretchr/testify/require"

	"github.com/inft-labs/inft/graph"
	"github.com/inft-labs/inft/indexer"
	"github.com/inft-labs/inft/internal/chaintest"
	"github.com/inft-labs/inft/internal/pg"
	"github.com/inft-labs/inft/internal/pgtest"
	"github.com/inft-labs/inft/migrations"
)

// countingDriver is lib/pq counting the statements run through it.
type countingDriver struct{ n *atomic.Int64 }

var drivers atomic.Int64

type pqConn interface {
	driver.Conn
	driver.QueryerContext
	driver.ExecerContext
}

func (d countingDriver) Open(name string) (driver.Conn, error) {
	c, err := pq.Open(name)
	if err != nil {
		return nil, err
	}
	return countingConn{c.(pqConn), d.n}, nil
}

type countingConn struct {
	pqConn
	n *atomic.Int64
}

func (c countingConn) QueryContext(ctx context.Context, q string, args []driver.NamedValue) (driver.Rows, error) {
	c.n.Add(1)
	return c.pqConn.QueryContext(ctx, q, args)
}

func (c countingConn) ExecContext(ctx context.Context, q string, args []driver.NamedValue) (driver.Result, error) {
	c.n.Add(1)
	return c.pqConn.ExecContext(ctx, q, args)
}

// Prepare counts each execution of the prepared statement.
func (c countingConn) Prepare(q string) (driver.Stmt, error) {
	st, err := c.pqConn.Prepare(q)
	if err != nil {
		return nil, err
	}
	return countingStmt{st.(pqStmt), c.n}, nil
}

type pqStmt interface {
	driver.Stmt
	driver.StmtQueryContext
	driver.StmtExecContext
}

type countingStmt struct {
	pqStmt
	n *atomic.Int64
}

func (s countingStmt) QueryContext(ctx context.Context, args []driver.NamedValue) (driver.Rows, error) {
	s.n.Add(1)
	return s.pqStmt.QueryContext(ctx, args)
}

func (s countingStmt) ExecContext(ctx context.Context, args []driver.NamedValue) (driver.Result, error) {
	s.n.Add(1)
	return s.pqStmt.ExecContext(ctx, args)
}

// env is an indexed chain with a workload, and the API over it.
type env struct {
	t     testing.TB
	chain *chaintest.Chain
	db    *pgtest.DB
	ix    *indexer.Indexer
	url   string
	// statements counts what the API's pool runs (a driver of its own).
	statements *atomic.Int64
	apiDB      *sqlx.DB
}

func setup(t testing.TB) *env {
	t.Helper()
	ctx := context.Background()
	c := chaintest.NewWithOptions(t, chaintest.Options{HTTP: true})
	db := pgtest.New(t)
	_, err := migrations.Up(ctx, db.DB.DB)
	require.NoError(t, err)
	ix, err := indexer.New(ctx, db.DB, indexer.NewClient(c.RPC()), indexer.Config{Contracts: c.Contracts, StartBlock: c.DeployBlock})
	require.NoError(t, err)

	statements := new(atomic.Int64)
	name := fmt.Sprintf("postgres-counting-%d", drivers.Add(1))
	sql.Register(name, countingDriver{statements})
	sqlx.BindDriver(name, sqlx.DOLLAR)
	counted, err := sqlx.Open(name, db.URL)
	require.NoError(t, err)
	pg.Pool(counted, 40, 8)
	t.Cleanup(func() { counted.Close() })
	h, err := graph.NewHandler(graph.Config{DB: counted, ChainID: "1337", Introspection: true})
	require.NoError(t, err)
	srv := httptest.NewServer(h)
	t.Cleanup(srv.Close)
	return &env{t: t, chain: c, db: db, ix: ix, url: srv.URL + "/graphql", statements: statements, apiDB: counted}
}

func (e *env) sync() {
	e.t.Helper()
	ctx, cancel := context.WithTimeout(context.Background(), time.Minute)
	defer cancel()
	require.NoError(e.t, e.ix.Sync(ctx))
}

var prices = map[uint8]int64{0: 10, 1: 45, 2: 160, 3: 700}

func ether(n int64) *big.Int { return new(big.Int).Mul(big.NewInt(n), big.NewInt(1e18)) }

func (e *env) buy(who int, tier uint8) *big.Int {
	c := e.chain
	c.Send(who, c.Agents, ether(prices[tier]), c.AgentsABI.PackPurchasePackage(tier))
	return chaintest.Call(e.t, c.Agents, c.AgentsABI.PackAgentCount(), c.AgentsABI.UnpackAgentCount)
}

func (e *env) request(who int, agent *big.Int, kind uint8, prompt string) *big.Int {
	c := e.chain
	c.Send(who, c.Agents, nil, c.AgentsABI.PackRequestGeneration(agent, kind, prompt))
	return chaintest.Call(e.t, c.Agents, c.AgentsABI.PackRequestCount(), c.AgentsABI.UnpackRequestCount)
}

type response struct {
	Data   json.RawMessage `json:"data"`
	Errors []struct {
		Message string `json:"message"`
	} `json:"errors"`
	status int
}

func (r response) errs() string {
	var msgs []string
	for _, e := range r.Errors {
		msgs = append(msgs, e.Message)
	}
	return strings.Join(msgs, "; ")
}

func (e *env) post(body string) response {
	e.t.Helper()
	resp, err := http.Post(e.url, "application/json", strings.NewReader(body))
	require.NoError(e.t, err)
	defer resp.Body.Close()
	raw, err := io.ReadAll(resp.Body)
	require.NoError(e.t, err)
	var out response
	require.NoError(e.t, json.Unmarshal(raw, &out), "response %s", raw)
	out.status = resp.StatusCode
	return out
}

// query runs a query expecting no errors and decodes its data into out.
func (e *env) query(out any, q string, vars map[string]any) {
	e.t.Helper()
	body, err := json.Marshal(map[string]any{"query": q, "variables": vars})
	require.NoError(e.t, err)
	r := e.post(string(body))
	require.Empty(e.t, r.Errors, "query %s", q)
	require.NoError(e.t, json.Unmarshal(r.Data, out))
}

// queryErr runs a query expecting an error and returns its messages.
func (e *env) queryErr(q string, vars map[string]any) string {
	e.t.Helper()
	body, err := json.Marshal(map[string]any{"query": q, "variables": vars})
	require.NoError(e.t, err)
	r := e.post(string(body))
	require.NotEmpty(e.t, r.Errors, "query %s", q)
	return r.errs()
}

// workload: Alice buys a Pro agent and a Starter one, Bob an Enterprise one;
// requests fulfilled, failed and pending; Alice lists her first token and
// her Starter agent, Bob buys the token; Alice offers her Pro agent for rent
// and Carol subscribes.
func (e *env) workload() {
	c := e.chain
	pro := e.buy(chaintest.Alice, 1)
	starter := e.buy(chaintest.Alice, 0)
	ent := e.buy(chaintest.Bob, 3)
	r1 := e.request(chaintest.Alice, pro, 1, "a lighthouse")
	r2 := e.request(chaintest.Alice, pro, 0, "a haiku")
	e.request(chaintest.Alice, pro, 0, "pending")
	r4 := e.request(chaintest.Bob, ent, 1, "a harbour")
	c.Send(chaintest.Relayer, c.Agents, nil, c.AgentsABI.PackFulfillGeneration(r1, "ipfs://meta1"))
	c.Send(chaintest.Relayer, c.Agents, nil, c.AgentsABI.PackFailGeneration(r2, "provider down"))
	c.Send(chaintest.Relayer, c.Agents, nil, c.AgentsABI.PackFulfillGeneration(r4, "ipfs://meta4"))

	m := c.MarketplaceABI
	c.Send(chaintest.Alice, c.Generated, nil, c.GeneratedABI.PackSetApprovalForAll(c.Contracts.Marketplace, true))
	c.Send(chaintest.Alice, c.Agents, nil, c.AgentsABI.PackSetApprovalForAll(c.Contracts.Marketplace, true))
	c.Send(chaintest.Alice, c.Marketplace, nil, m.PackList(c.Contracts.Generated, big.NewInt(1), ether(2)))
	c.Send(chaintest.Alice, c.Marketplace, nil, m.PackList(c.Contracts.Agents, starter, ether(5)))
	c.Send(chaintest.Bob, c.Marketplace, ether(2), m.PackBuy(big.NewInt(1)))
	c.Send(chaintest.Alice, c.Agents, nil, c.AgentsABI.PackSetSubscriptionTerms(pro, ether(1), 3600, 10))
	c.Send(chaintest.Carol, c.Agents, ether(1), c.AgentsABI.PackSubscribe(pro))
	e.sync()
}

func TestQueries(t *testing.T) {
	t.Parallel()
	e := setup(t)
	e.workload()
	c := e.chain
	alice, bob, carol := c.Addr(chaintest.Alice).Hex(), c.Addr(chaintest.Bob).Hex(), c.Addr(chaintest.Carol).Hex()

	t.Run("agent", func(t *testing.T) {
		var out struct {
			Agent struct {
				ID, Owner, Tier, Credits, StateURI string
				Level                              int
				Terms                              struct{ PricePerPeriod, Period, CreditsPerPeriod string }
				Subscription                       struct {
					Subscriber, CreditsLeft string
					Active                  bool
				}
				Generations struct {
					Edges []struct {
						Node struct{ RequestID, Status, Kind, Prompt string }
					}
				}
			}
		}
		e.query(&out, `query($carol: Address!) { agent(id: "1") { id owner tier credits level stateURI
			terms { pricePerPeriod period creditsPerPeriod }
			subscription(subscriber: $carol) { subscriber creditsLeft active }
			generations { edges { node { requestId status kind prompt } } } } }`, map[string]any{"carol": strings.ToLower(carol)})
		a := out.Agent
		require.Equal(t, "1", a.ID)
		require.Equal(t, alice, a.Owner, "checksummed")
		require.Equal(t, "PRO", a.Tier)
		credits := chaintest.Call(t, c.Agents, c.AgentsABI.PackCredits(big.NewInt(1)), c.AgentsABI.UnpackCredits)
		require.Equal(t, fmt.Sprint(credits), a.Credits)
		require.Equal(t, struct{ PricePerPeriod, Period, CreditsPerPeriod string }{"1000000000000000000", "3600", "10"}, a.Terms)
		require.Equal(t, carol, a.Subscription.Subscriber)
		require.True(t, a.Subscription.Active)
		require.Len(t, a.Generations.Edges, 3)
		got := []string{}
		for _, g := range a.Generations.Edges {
			got = append(got, g.Node.RequestID+":"+g.Node.Status+":"+g.Node.Kind)
		}
		require.Equal(t, []string{"3:QUEUED:TEXT", "2:FAILED:TEXT", "1:FULFILLED:IMAGE"}, got, "newest first; the pending one has its job")

		var none struct{ Agent *struct{ ID string } }
		e.query(&none, `{ agent(id: "99") { id } }`, nil)
		require.Nil(t, none.Agent)
	})

	t.Run("agents with filters", func(t *testing.T) {
		ids := func(q string, vars map[string]any) []string {
			var out struct {
				Agents struct {
					Edges []struct{ Node struct{ ID string } }
				}
			}
			e.query(&out, q, vars)
			var got []string
			for _, ed := range out.Agents.Edges {
				got = append(got, ed.Node.ID)
			}
			return got
		}
		require.Equal(t, []string{"3", "2", "1"}, ids(`{ agents { edges { node { id } } } }`, nil))
		require.Equal(t, []string{"2", "1"}, ids(`query($o: Address) { agents(owner: $o) { edges { node { id } } } }`, map[string]any{"o": alice}))
		require.Equal(t, []string{"3"}, ids(`{ agents(tier: ENTERPRISE) { edges { node { id } } } }`, nil))
		require.Empty(t, ids(`query($o: Address) { agents(owner: $o, tier: STARTER) { edges { node { id } } } }`, map[string]any{"o": bob}))
	})

	t.Run("generation and its token", func(t *testing.T) {
		var out struct {
			Generation struct {
				RequestID, Requester, Status, CreditsSpent string
				FailureReason                              *string
				Agent                                      struct{ ID string }
				Token                                      *struct {
					ID, Owner string
					TokenURI  string
					Listing   *struct{ ID string }
				}
			}
		}
		e.query(&out, `{ generation(requestId: "1") { requestId requester status creditsSpent failureReason
			agent { id } token { id owner tokenURI listing { id } } } }`, nil)
		g := out.Generation
		require.Equal(t, "FULFILLED", g.Status)
		require.Equal(t, alice, g.Requester)
		require.Equal(t, "1", g.Agent.ID)
		require.NotNil(t, g.Token)
		require.Equal(t, bob, g.Token.Owner, "Bob bought it")
		require.Equal(t, "ipfs://meta1", g.Token.TokenURI)
		require.Nil(t, g.Token.Listing, "sold: no active listing")

		e.query(&out, `{ generation(requestId: "2") { requestId requester status creditsSpent failureReason agent { id } token { id owner tokenURI listing { id } } } }`, nil)
		require.Equal(t, "FAILED", out.Generation.Status)
		require.Equal(t, "provider down", *out.Generation.FailureReason)
		require.Nil(t, out.Generation.Token)
	})

	t.Run("generations with filters", func(t *testing.T) {
		ids := func(args string, vars map[string]any) []string {
			var out struct {
				Generations struct {
					Edges []struct{ Node struct{ RequestID string } }
				}
			}
			e.query(&out, `query($r: Address) { generations(`+args+`) { edges { node { requestId } } } }`, vars)
			var got []string
			for _, ed := range out.Generations.Edges {
				got = append(got, ed.Node.RequestID)
			}
			return got
		}
		require.Equal(t, []string{"4", "3", "2", "1"}, ids(`requester: $r`, map[string]any{"r": nil}))
		require.Equal(t, []string{"4"}, ids(`requester: $r`, map[string]any{"r": bob}))
		require.Equal(t, []string{"3", "2", "1"}, ids(`agentId: "1", requester: $r`, map[string]any{"r": alice}))
		require.Equal(t, []string{"4", "1"}, ids(`status: FULFILLED, requester: $r`, nil))
		require.Equal(t, []string{"3"}, ids(`status: QUEUED, requester: $r`, nil))
		require.Empty(t, ids(`status: GENERATING, requester: $r`, nil))
	})

	t.Run("tokens", func(t *testing.T) {
		var out struct {
			Tokens struct {
				Edges []struct {
					Node struct {
						ID, Owner  string
						Agent      struct{ ID string }
						Generation struct{ RequestID string }
					}
				}
			}
		}
		e.query(&out, `query($o: Address) { tokens(owner: $o) { edges { node { id owner agent { id } generation { requestId } } } } }`,
			map[string]any{"o": bob})
		require.Len(t, out.Tokens.Edges, 2)
		require.Equal(t, "2", out.Tokens.Edges[0].Node.ID)
		require.Equal(t, "4", out.Tokens.Edges[0].Node.Generation.RequestID)
		require.Equal(t, "1", out.Tokens.Edges[1].Node.Agent.ID)
		e.query(&out, `{ tokens(agentId: "3") { edges { node { id owner agent { id } generation { requestId } } } } }`, nil)
		require.Len(t, out.Tokens.Edges, 1)
		require.Equal(t, "2", out.Tokens.Edges[0].Node.ID)
	})

	t.Run("listings", func(t *testing.T) {
		type listing struct {
			ID, Collection, TokenID, Seller, Price string
			Active                                 bool
			Buyer                                  *string
		}
		list := func(args string) []listing {
			var out struct {
				Listings struct{ Edges []struct{ Node listing } }
			}
			e.query(&out, `{ listings(`+args+`) { edges { node { id collection tokenId seller price active buyer } } } }`, nil)
			var got []listing
			for _, ed := range out.Listings.Edges {
				got = append(got, ed.Node)
			}
			return got
		}
		require.Equal(t, []listing{{ID: "2", Collection: "AGENTS", TokenID: "2", Seller: alice, Price: "5000000000000000000", Active: true}},
			list(`first: 10`), "active by default")
		sold := list(`active: false`)
		require.Len(t, sold, 1)
		require.Equal(t, "GENERATED", sold[0].Collection)
		require.Equal(t, bob, *sold[0].Buyer)
		require.Empty(t, list(`collection: GENERATED`))
	})

	t.Run("packages and indexer status", func(t *testing.T) {
		var out struct {
			Packages []struct{ Tier, Price, Credits string }
			Status   struct{ ChainID, HeadBlock, IndexedBlock, LagBlocks string } `json:"indexerStatus"`
		}
		e.query(&out, `{ packages { tier price credits } indexerStatus { chainId headBlock indexedBlock lagBlocks } }`, nil)
		require.Len(t, out.Packages, 4)
		require.Equal(t, struct{ Tier, Price, Credits string }{"STARTER", "10000000000000000000", "100"}, out.Packages[0])
		require.Equal(t, "ENTERPRISE", out.Packages[3].Tier)
		require.Equal(t, "1337", out.Status.ChainID)
		head, err := c.Client.BlockNumber(context.Background())
		require.NoError(t, err)
		require.Equal(t, fmt.Sprint(head), out.Status.IndexedBlock)
		require.Equal(t, "0", out.Status.LagBlocks)
	})
}

// Pages are stable: paging through agents while new ones are bought gives
// every agent that existed at the start exactly once.
func TestPaginationWhileRowsAreInserted(t *testing.T) {
	t.Parallel()
	e := setup(t)
	for range 7 {
		e.buy(chaintest.Alice, 0)
	}
	e.sync()
	var seen []string
	var after *string
	for {
		var out struct {
			Agents struct {
				Edges []struct {
					Cursor string
					Node   struct{ ID string }
				}
				PageInfo struct {
					HasNextPage bool
					EndCursor   *string
				}
			}
		}
		e.query(&out, `query($after: String) { agents(first: 2, after: $after) { edges { cursor node { id } } pageInfo { hasNextPage endCursor } } }`,
			map[string]any{"after": after})
		for _, ed := range out.Agents.Edges {
			seen = append(seen, ed.Node.ID)
		}
		// Someone buys an agent between pages.
		e.buy(chaintest.Bob, 0)
		e.sync()
		if !out.Agents.PageInfo.HasNextPage {
			break
		}
		after = out.Agents.PageInfo.EndCursor
	}
	require.Equal(t, []string{"7", "6", "5", "4", "3", "2", "1"}, seen)
}

// A page of 50 agents with their generations and those generations' tokens
// (and the tokens' listings) costs the same few statements as a page of 5.
func TestNestedFieldsAreBatched(t *testing.T) {
	t.Parallel()
	e := setup(t)
	c := e.chain
	for range 50 {
		agent := e.buy(chaintest.Alice, 0)
		id := e.request(chaintest.Alice, agent, 0, "a haiku")
		c.Send(chaintest.Relayer, c.Agents, nil, c.AgentsABI.PackFulfillGeneration(id, "ipfs://m"))
	}
	e.sync()
	// A window that the resolvers of a 50-agent page all fall into even on
	// a machine the race detector and other tests load: with the default
	// 2 ms, a level's batch sometimes closed early there, costing a
	// statement or two more (and once 15 in all).
	h, err := graph.NewHandler(graph.Config{DB: e.apiDB, ChainID: "1337", LoaderWait: 100 * time.Millisecond})
	require.NoError(t, err)
	srv := httptest.NewServer(h)
	defer srv.Close()
	e.url = srv.URL + "/graphql"
	cost := func(first int) int64 {
		var out struct {
			Agents struct {
				Edges []struct {
					Node struct {
						Generations struct {
							Edges []struct {
								Node struct {
									Token struct {
										ID, Owner string
										Listing   *struct{ ID string }
									}
									Agent struct{ Tier string }
								}
							}
						}
					}
				}
			}
		}
		before := e.statements.Load()
		e.query(&out, `query($n: Int) { agents(first: $n) { edges { node { generations(first: 10) { edges { node {
			token { id owner listing { id } } agent { tier } } } } } } } }`, map[string]any{"n": first})
		require.Len(t, out.Agents.Edges, first)
		require.Equal(t, "1", fmt.Sprint(len(out.Agents.Edges[0].Node.Generations.Edges)))
		return e.statements.Load() - before
	}
	small, large := cost(5), cost(50)
	t.Logf("statements: %d for 5 agents, %d for 50", small, large)
	// One per level (agents, generations, tokens, listings, agents), and
	// the same for 50 as for 5. Unbatched it would be over 150.
	require.GreaterOrEqual(t, small, int64(5), "every level is read (and counted)")
	require.LessOrEqual(t, small, int64(6))
	require.Equal(t, small, large, "the page's size costs no statement")
}

// Bad input gets a clear error or status, and the server goes on serving.
func TestBadInput(t *testing.T) {
	t.Parallel()
	e := setup(t)
	e.buy(chaintest.Alice, 0)
	e.sync()

	cases := []struct {
		name, body, want string
		status           int
	}{
		{"malformed JSON", `{"query": "{ agents { edges`, "json", http.StatusBadRequest},
		{"unknown field", `{"query": "{ agents { nope } }"}`, `Cannot query field "nope"`, http.StatusUnprocessableEntity},
		{"a bad address", `{"query": "{ agents(owner: \"0x123\") { edges { cursor } } }"}`, "is not an address", http.StatusOK},
		{"a bad address variable", `{"query": "query($o: Address) { agents(owner: $o) { edges { cursor } } }", "variables": {"o": "0xabc"}}`, "is not an address", http.StatusOK},
		{"a bad id", `{"query": "{ agent(id: \"-1\") { id } }"}`, "not an on-chain id", http.StatusOK},
		{"a bad cursor", `{"query": "{ agents(after: \"bm9wZQ\") { edges { cursor } } }"}`, "invalid cursor", http.StatusOK},
	}
	for _, tc := range cases {
		r := e.post(tc.body)
		require.Contains(t, r.errs(), tc.want, tc.name)
		require.Equal(t, tc.status, r.status, tc.name)
	}

	deep := `{ agent(id: "1") { ` + strings.Repeat("generations { edges { node { agent { ", 12) + "id" + strings.Repeat(" } } } }", 12) + " } }"
	body, _ := json.Marshal(map[string]string{"query": deep})
	require.Contains(t, e.post(string(body)).errs(), "levels deep")

	bomb, _ := json.Marshal(map[string]string{"query": `{ agents(first: 100) { edges { node { generations(first: 100) { edges { node { prompt } } } } } } }`})
	require.Contains(t, e.post(string(bomb)).errs(), "complexity")

	resp, err := http.Post(e.url, "application/json", bytes.NewReader(make([]byte, 10<<20)))
	require.NoError(t, err)
	resp.Body.Close()
	require.Equal(t, http.StatusRequestEntityTooLarge, resp.StatusCode)

	var out struct {
		Agents struct {
			Edges []struct{ Node struct{ ID string } }
		}
	}
	e.query(&out, `{ agents { edges { node { id } } } }`, nil)
	require.Len(t, out.Agents.Edges, 1, "still serving")
}
