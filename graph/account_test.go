package graph_test

import (
	"math/big"
	"net/http/httptest"
	"testing"
	"time"

	"github.com/stretchr/testify/require"

	"github.com/inft-labs/inft/graph"
	"github.com/inft-labs/inft/internal/chaintest"
	"github.com/inft-labs/inft/internal/promtest"
)

type payment struct {
	Contract, Cause, Amount string
	AgentID, ListingID      *string
	TxHash                  string
}

// An account shows, through the chain, what the wallet may withdraw (equal to
// the contracts' pendingWithdrawals), every payment to it and withdrawal by
// the payment it was a share of, the agents it rents and owns; an agent shows
// its subscribers and why it last changed; fees show the logged settings.
func TestAccount(t *testing.T) {
	t.Parallel()
	e := setup(t)
	e.workload() // Alice: Pro agent 1 (rented by Carol), Starter agent 2 listed; her token 1 sold to Bob for 2 S
	c := e.chain
	c.Send(chaintest.Alice, c.Marketplace, nil, c.MarketplaceABI.PackWithdraw())
	c.Send(chaintest.Bob, c.Agents, ether(1), c.AgentsABI.PackSubscribe(big.NewInt(1)))
	e.sync()

	pending := func(who int) *big.Int {
		a := chaintest.Call(t, c.Agents, c.AgentsABI.PackPendingWithdrawals(c.Addr(who)), c.AgentsABI.UnpackPendingWithdrawals)
		m := chaintest.Call(t, c.Marketplace, c.MarketplaceABI.PackPendingWithdrawals(c.Addr(who)), c.MarketplaceABI.UnpackPendingWithdrawals)
		return a.Add(a, m)
	}
	var out struct {
		Account struct {
			Address      string
			Withdrawable string
			Balances     []struct{ Contract, Withdrawable, Deposited, Withdrawn string }
			Payments     struct {
				Edges    []struct{ Node payment }
				PageInfo struct {
					HasNextPage bool
					EndCursor   *string
				}
			}
			Withdrawals struct{ Edges []struct{ Node payment } }
			Agents      struct {
				Edges []struct{ Node struct{ ID string } }
			}
		}
	}
	q := `query($a: Address!, $after: String) { account(address: $a) { address withdrawable
		balances { contract withdrawable deposited withdrawn }
		payments(first: 2, after: $after) { edges { node { contract cause amount agentId listingId txHash } } pageInfo { hasNextPage endCursor } }
		withdrawals { edges { node { contract cause amount agentId listingId txHash } } }
		agents { edges { node { id } } } } }`
	var payments []payment
	var after any
	for range 5 {
		e.query(&out, q, map[string]any{"a": c.Addr(chaintest.Alice).Hex(), "after": after})
		for _, edge := range out.Account.Payments.Edges {
			payments = append(payments, edge.Node)
		}
		if !out.Account.Payments.PageInfo.HasNextPage {
			break
		}
		after = *out.Account.Payments.PageInfo.EndCursor
	}
	a := out.Account
	require.Equal(t, c.Addr(chaintest.Alice).Hex(), a.Address)
	require.Equal(t, pending(chaintest.Alice).String(), a.Withdrawable, "what the contracts would pay her")
	require.Equal(t, ether(2).String(), a.Withdrawable, "Carol's and Bob's rent; the sale was withdrawn")
	type balance = struct{ Contract, Withdrawable, Deposited, Withdrawn string }
	require.Equal(t, []balance{
		{"AGENTS", ether(2).String(), ether(2).String(), "0"},
		{"MARKETPLACE", "0", "1950000000000000000", "1950000000000000000"},
	}, a.Balances)
	s := func(v string) *string { return &v }
	var got []payment
	for _, p := range payments {
		require.Regexp(t, `^0x[0-9a-f]{64}$`, p.TxHash)
		p.TxHash = ""
		got = append(got, p)
	}
	require.Equal(t, []payment{
		{"AGENTS", "SUBSCRIPTION", ether(1).String(), s("1"), nil, ""},
		{"MARKETPLACE", "WITHDRAWAL", "-1950000000000000000", nil, nil, ""},
		{"AGENTS", "SUBSCRIPTION", ether(1).String(), s("1"), nil, ""},
		{"MARKETPLACE", "SALE_PROCEEDS", "1850000000000000000", nil, s("1"), ""},
		{"MARKETPLACE", "ROYALTY", "100000000000000000", nil, s("1"), ""},
	}, got, "newest first, across pages of 2")
	require.Len(t, a.Withdrawals.Edges, 1)
	require.Equal(t, "WITHDRAWAL", a.Withdrawals.Edges[0].Node.Cause)
	require.Len(t, a.Agents.Edges, 2, "her Pro and Starter agents")

	// The revenue wallets' shares, and an address nothing was paid to.
	var staking struct {
		Account struct {
			Withdrawable string
			Payments     struct{ Edges []struct{ Node payment } }
		}
	}
	e.query(&staking, `query($a: Address!) { account(address: $a) { withdrawable payments(first: 100) { edges { node { cause agentId } } } } }`,
		map[string]any{"a": c.Addr(chaintest.Staking).Hex()})
	require.Equal(t, pending(chaintest.Staking).String(), staking.Account.Withdrawable)
	require.Len(t, staking.Account.Payments.Edges, 3, "half of each of the three packages")
	require.Equal(t, "PACKAGE", staking.Account.Payments.Edges[0].Node.Cause)
	var nobody struct {
		Account struct {
			Withdrawable string
			Balances     []struct{ Contract string }
		}
	}
	e.query(&nobody, `{ account(address: "0x000000000000000000000000000000000000dEaD") { withdrawable balances { contract } } }`, nil)
	require.Equal(t, "0", nobody.Account.Withdrawable)
	require.Empty(t, nobody.Account.Balances)

	// Carol's and Bob's rentals, and agent 1's renters, paged one by one.
	var carol struct {
		Account struct {
			Subscriptions struct {
				Edges []struct {
					Node struct {
						Agent  struct{ ID string }
						Paid   string
						Active bool
					}
				}
			}
		}
	}
	e.query(&carol, `query($a: Address!) { account(address: $a) { subscriptions(active: true) { edges { node { agent { id } paid active } } } } }`,
		map[string]any{"a": c.Addr(chaintest.Carol).Hex()})
	require.Len(t, carol.Account.Subscriptions.Edges, 1)
	require.Equal(t, "1", carol.Account.Subscriptions.Edges[0].Node.Agent.ID)
	require.Equal(t, ether(1).String(), carol.Account.Subscriptions.Edges[0].Node.Paid)

	var agent struct {
		Agent struct {
			Subscribers struct {
				Edges    []struct{ Node struct{ Subscriber string } }
				PageInfo struct {
					HasNextPage bool
					EndCursor   *string
				}
			}
			LastChange struct {
				Reason, Block, TxHash string
				At                    time.Time
			}
		}
	}
	sq := `query($after: String) { agent(id: "1") { subscribers(active: true, first: 1, after: $after) {
		edges { node { subscriber } } pageInfo { hasNextPage endCursor } } lastChange { reason block txHash at } } }`
	var renters []string
	after = nil
	for range 3 {
		e.query(&agent, sq, map[string]any{"after": after})
		for _, edge := range agent.Agent.Subscribers.Edges {
			renters = append(renters, edge.Node.Subscriber)
		}
		if !agent.Agent.Subscribers.PageInfo.HasNextPage {
			break
		}
		after = *agent.Agent.Subscribers.PageInfo.EndCursor
	}
	require.Equal(t, []string{c.Addr(chaintest.Bob).Hex(), c.Addr(chaintest.Carol).Hex()}, renters, "the latest to expire first")
	require.Equal(t, "SUBSCRIBED", agent.Agent.LastChange.Reason, "Bob's subscription changed agent 1 last")
	require.Regexp(t, `^0x[0-9a-f]{64}$`, agent.Agent.LastChange.TxHash)
	require.NotEqual(t, "0", agent.Agent.LastChange.Block)

	var fees struct {
		Fees struct {
			StakingWallet, DevWallet, FeeRecipient string
			StakingShareBps, MarketplaceFeeBps     int
		}
	}
	e.query(&fees, `{ fees { stakingWallet devWallet stakingShareBps marketplaceFeeBps feeRecipient } }`, nil)
	require.Equal(t, c.Addr(chaintest.Staking).Hex(), fees.Fees.StakingWallet)
	require.Equal(t, c.Addr(chaintest.Dev).Hex(), fees.Fees.DevWallet)
	require.Equal(t, c.Addr(chaintest.Fees).Hex(), fees.Fees.FeeRecipient)
	require.Equal(t, 5000, fees.Fees.StakingShareBps)
	require.Equal(t, 250, fees.Fees.MarketplaceFeeBps)

	// A page of agents reads their subscribers in one statement, whatever its size.
	// (A wide batching window, as in TestNestedFieldsAreBatched, so that a
	// loaded machine cannot close a batch early.)
	h, err := graph.NewHandler(graph.Config{DB: e.apiDB, ChainID: "1337", LoaderWait: 100 * time.Millisecond})
	require.NoError(t, err)
	srv := httptest.NewServer(h)
	defer srv.Close()
	batched := *e
	batched.url = srv.URL + "/graphql"
	cost := func(n int) int64 {
		var page struct{ Agents struct{ Edges []struct{} } }
		before := e.statements.Load()
		batched.query(&page, `query($n: Int) { agents(first: $n) { edges { node { subscribers { edges { node { subscriber paid } } } } } } }`, map[string]any{"n": n})
		return e.statements.Load() - before
	}
	require.Equal(t, cost(1), cost(3), "subscribers are batched")

	// agentUpdates says why it sent the agent.
	url, reg := e.apiWithMetrics()
	ws := dial(t, url)
	ws.subscribe("u", `subscription { agentUpdates(agentId: "1") { credits lastChange { reason } } }`)
	require.Eventually(t, func() bool { return promtest.Sum(t, reg, "inft_api_subscriptions_active", nil) == 1 }, 5*time.Second, 10*time.Millisecond)
	c.Send(chaintest.Carol, c.Agents, ether(10), c.AgentsABI.PackTopUp(big.NewInt(1), 0))
	e.sync()
	m := ws.nextNot("ping")
	require.Equal(t, "next", m.Type, "%s", m.Payload)
	require.Contains(t, string(m.Payload), `"lastChange":{"reason":"TOPPED_UP"}`)

	// Bad input.
	require.Contains(t, e.queryErr(`{ agent(id: "1") { subscribers(after: "garbage") { edges { cursor } } } }`, nil), "invalid cursor")
	require.Contains(t, e.queryErr(`{ account(address: "0x1234") { withdrawable } }`, nil), "address")
	tooBig := "c3Vic2NyaWJlcnM6MToyOTIzMDAzMjc0NjYxODA1ODM2NDA3MzY5NjY1NDMyNTY2MDM5MzExODY1MDg1OTUy" // subscribers:1:2^161
	require.Contains(t, e.queryErr(`query($c: String) { agent(id: "1") { subscribers(after: $c) { edges { cursor } } } }`, map[string]any{"c": tooBig}), "invalid cursor")
}
