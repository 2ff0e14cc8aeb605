package graph_test

import (
	"encoding/json"
	"math/big"
	"net/http/httptest"
	"testing"
	"time"

	"github.com/stretchr/testify/require"

	"github.com/inft-labs/inft/ai"
	"github.com/inft-labs/inft/graph"
	"github.com/inft-labs/inft/internal/chaintest"
)

// A generation fulfilled before generation_attempts shows the calls to
// providers recorded with its output: the failover first, then the success.
func TestGenerationAttempts(t *testing.T) {
	t.Parallel()
	e := setup(t)
	agent := e.buy(chaintest.Alice, 1)
	id := e.request(chaintest.Alice, agent, 0, "a haiku")
	e.sync()
	attempts, err := json.Marshal([]ai.Attempt{
		{Provider: "openai", Model: "gpt-4o-mini", Latency: 1500 * time.Millisecond, Class: ai.ClassRateLimited, Error: "slow down"},
		{Provider: "cloudflare", Model: "llama", Latency: 250 * time.Millisecond, CostUSD: 0.0002},
	})
	require.NoError(t, err)
	e.db.MustExec(`INSERT INTO generation_outputs (request_id, provider, model, mime, output_cid, metadata_cid, cost_usd, attempts)
		VALUES ($1, 'cloudflare', 'llama', 'text/plain; charset=utf-8', 'bafyout', 'bafymeta', 0.0002, $2)`, id.String(), attempts)

	var out struct {
		Generation struct {
			Attempts []map[string]any
		}
	}
	e.query(&out, `query($id: ID!) { generation(requestId: $id) { attempts { provider model outcome latencyMs costUsd error } } }`,
		map[string]any{"id": id.String()})
	require.Equal(t, []map[string]any{
		{"provider": "openai", "model": "gpt-4o-mini", "outcome": "rate_limited", "latencyMs": 1500.0, "costUsd": 0.0, "error": "slow down"},
		{"provider": "cloudflare", "model": "llama", "outcome": "SUCCESS", "latencyMs": 250.0, "costUsd": 0.0002, "error": nil},
	}, out.Generation.Attempts)

	// Before any output, none.
	other := e.request(chaintest.Alice, agent, 0, "another")
	e.sync()
	e.query(&out, `query($id: ID!) { generation(requestId: $id) { attempts { provider } } }`, map[string]any{"id": other.String()})
	require.Empty(t, out.Generation.Attempts)
}

// A failed generation shows every call to a provider made for it, in order,
// though it has no output; fulfilled ones show theirs, from
// generation_attempts or (before it) their output's record. A page of
// generations reads them all in a statement or two, however many.
func TestFailedGenerationAttempts(t *testing.T) {
	t.Parallel()
	e := setup(t)
	e.workload() // request 1 fulfilled, 2 failed ("provider down"), 3 pending, 4 fulfilled
	e.db.MustExec(`INSERT INTO generation_attempts (request_id, call, n, provider, model, outcome, latency_ms, cost_usd, error, at) VALUES
		(2, '6f1c1e0a-0000-4000-8000-000000000001', 0, 'openai', 'gpt-4o-mini', 'server', 1200.5, 0, 'openai: server (HTTP 503): overloaded', now()),
		(2, '6f1c1e0a-0000-4000-8000-000000000001', 1, 'cloudflare', 'llama', 'timeout', 30000, 0, 'cloudflare: timeout', now()),
		(4, '6f1c1e0a-0000-4000-8000-000000000002', 0, 'cloudflare', 'flux', 'SUCCESS', 900, 0.01, NULL, now()),
		(2, '6f1c1e0a-0000-4000-8000-000000000003', 0, 'openai', 'gpt-4o-mini', 'content_policy', 300, 0, 'openai: content_policy: no', now())`)
	legacy, err := json.Marshal([]ai.Attempt{{Provider: "local", Model: "local-image", Latency: 20 * time.Millisecond}})
	require.NoError(t, err)
	e.db.MustExec(`INSERT INTO generation_outputs (request_id, provider, model, mime, output_cid, metadata_cid, cost_usd, attempts)
		VALUES (1, 'local', 'local-image', 'image/png', 'bafyout', 'bafymeta', 0, $1)`, legacy)

	var one struct {
		Generation struct {
			Status   string
			Attempts []map[string]any
		}
	}
	e.query(&one, `{ generation(requestId: "2") { status attempts { provider model outcome latencyMs costUsd error } } }`, nil)
	require.Equal(t, "FAILED", one.Generation.Status)
	require.Equal(t, []map[string]any{
		{"provider": "openai", "model": "gpt-4o-mini", "outcome": "server", "latencyMs": 1200.5, "costUsd": 0.0, "error": "openai: server (HTTP 503): overloaded"},
		{"provider": "cloudflare", "model": "llama", "outcome": "timeout", "latencyMs": 30000.0, "costUsd": 0.0, "error": "cloudflare: timeout"},
		{"provider": "openai", "model": "gpt-4o-mini", "outcome": "content_policy", "latencyMs": 300.0, "costUsd": 0.0, "error": "openai: content_policy: no"},
	}, one.Generation.Attempts, "both runs, in the order they were recorded")

	// A window every resolver of the page falls into on a loaded machine.
	h, err := graph.NewHandler(graph.Config{DB: e.apiDB, ChainID: "1337", LoaderWait: 100 * time.Millisecond})
	require.NoError(t, err)
	srv := httptest.NewServer(h)
	defer srv.Close()
	e.url = srv.URL + "/graphql"
	var page struct {
		Generations struct {
			Edges []struct {
				Node struct {
					RequestID string
					Attempts  []struct{ Provider, Outcome string }
				}
			}
		}
	}
	before := e.statements.Load()
	e.query(&page, `{ generations { edges { node { requestId attempts { provider outcome } } } } }`, nil)
	statements := e.statements.Load() - before
	got := map[string][]string{}
	for _, edge := range page.Generations.Edges {
		got[edge.Node.RequestID] = []string{}
		for _, a := range edge.Node.Attempts {
			got[edge.Node.RequestID] = append(got[edge.Node.RequestID], a.Provider+" "+a.Outcome)
		}
	}
	require.Equal(t, map[string][]string{
		"1": {"local SUCCESS"},
		"2": {"openai server", "cloudflare timeout", "openai content_policy"},
		"3": {},
		"4": {"cloudflare SUCCESS"},
	}, got)
	// The page, the attempts, and the outputs of those without any.
	require.LessOrEqual(t, statements, int64(3), "batched, not one per generation")
}

// A sold listing shows its sale as the chain split the price: the fee, the
// royalty, and what the seller received.
func TestListingSale(t *testing.T) {
	t.Parallel()
	e := setup(t)
	e.workload() // Bob buys listing 1 (a generated token) for 2 S; listing 2 stays open
	var out struct {
		Listings struct {
			Edges []struct {
				Node struct {
					ID   string
					Sale *map[string]any
				}
			}
		}
	}
	e.query(&out, `{ listings(active: false) { edges { node { id sale { listingId seller buyer price fee royalty proceeds block txHash } } } } }`, nil)
	sales := map[string]*map[string]any{}
	for _, edge := range out.Listings.Edges {
		sales[edge.Node.ID] = edge.Node.Sale
	}
	require.Contains(t, sales, "1")
	sale := *sales["1"]
	require.Equal(t, "2000000000000000000", sale["price"])
	require.Equal(t, "50000000000000000", sale["fee"], "2.5 %")
	require.Equal(t, "100000000000000000", sale["royalty"], "5 %")
	require.Equal(t, "1850000000000000000", sale["proceeds"])
	require.Equal(t, e.chain.Addr(chaintest.Bob).Hex(), sale["buyer"])
	require.Equal(t, e.chain.Addr(chaintest.Alice).Hex(), sale["seller"])
	require.Regexp(t, `^0x[0-9a-f]{64}$`, sale["txHash"])

	e.query(&out, `{ listings(active: true) { edges { node { id sale { price } } } } }`, nil)
	require.NotEmpty(t, out.Listings.Edges)
	for _, edge := range out.Listings.Edges {
		require.Nil(t, edge.Node.Sale, "listing %s is open: no sale", edge.Node.ID)
	}
}

// An agent's credit history, newest first, with the reasons the chain gave,
// paged by cursor.
func TestCreditHistory(t *testing.T) {
	t.Parallel()
	e := setup(t)
	e.workload() // Alice's Pro agent: bought, an image and two texts asked, one text failed (refund); Carol subscribes
	c := e.chain
	c.Send(chaintest.Carol, c.Agents, nil, c.AgentsABI.PackRequestGeneration(big.NewInt(1), 0, "carol's haiku"))
	e.sync()

	type change struct {
		Reason, Delta, Balance string
		RequestID              *string
		TxHash                 string
	}
	var out struct {
		Agent struct {
			CreditHistory struct {
				Edges []struct {
					Cursor string
					Node   change
				}
				PageInfo struct {
					HasNextPage bool
					EndCursor   string
				}
			}
		}
	}
	q := `query($after: String) { agent(id: "1") { creditHistory(first: 3, after: $after) {
		edges { cursor node { reason delta balance requestId txHash } } pageInfo { hasNextPage endCursor } } } }`
	var all []change
	var after any
	for range 3 {
		e.query(&out, q, map[string]any{"after": after})
		for _, edge := range out.Agent.CreditHistory.Edges {
			all = append(all, edge.Node)
		}
		if !out.Agent.CreditHistory.PageInfo.HasNextPage {
			break
		}
		after = out.Agent.CreditHistory.PageInfo.EndCursor
	}
	var got []string
	for _, ch := range all {
		got = append(got, ch.Reason+" "+ch.Delta+" → "+ch.Balance)
		require.Regexp(t, `^0x[0-9a-f]{64}$`, ch.TxHash)
	}
	require.Equal(t, []string{
		"SUBSCRIPTION_USE -1 → 493", "REFUND 1 → 494", "SPEND -1 → 493", "SPEND -1 → 494", "SPEND -5 → 495", "PURCHASE 500 → 500",
	}, got)
	require.NotNil(t, all[0].RequestID)
}
