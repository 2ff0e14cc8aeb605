package graph_test

import (
	"encoding/json"
	"math/big"
	"testing"
	"time"

	"github.com/stretchr/testify/require"

	"github.com/inft-labs/inft/ai"
	"github.com/inft-labs/inft/internal/chaintest"
)

// A generation shows each call to a provider that made its output, as the
// relayer recorded them: the failover first, then the success.
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
