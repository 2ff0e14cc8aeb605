package contracts_test

import (
	"fmt"
	"math/big"
	"strings"
	"testing"

	"github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/core/types"

	"github.com/inft-labs/inft/internal/chaintest"
)

// BenchmarkGas reports the gas each user-facing call costs on the simulated
// chain ("gas/op"; the time per op is the simulated chain's, not the
// contracts'). Every iteration is a mined transaction; setup transactions are
// not counted.
func BenchmarkGas(b *testing.B) {
	c := chaintest.New(b)
	a, g, m := c.AgentsABI, c.GeneratedABI, c.MarketplaceABI
	prompt := strings.Repeat("a lighthouse keeper's cat, ", 4)[:100] // a typical 100-byte prompt

	// enterprise returns an agent of Alice's with room for many requests.
	var agent *big.Int
	enterprise := func() *big.Int {
		if agent == nil || credits(b, c, agent) < 10 {
			agent = buyAgent(b, c, alice, tierEnterprise)
		}
		return agent
	}
	pending := func() *big.Int {
		id, _ := requestGeneration(b, c, alice, enterprise(), kindImage, prompt)
		return id
	}

	measure := func(name string, setup func() []byte, op func(calldata []byte) *types.Receipt) {
		b.Run(name, func(b *testing.B) {
			var gas, n uint64
			for b.Loop() {
				b.StopTimer()
				calldata := setup()
				b.StartTimer()
				gas += op(calldata).GasUsed
				n++
			}
			b.ReportMetric(float64(gas)/float64(n), "gas/op")
		})
	}
	measure("purchasePackage", func() []byte { return a.PackPurchasePackage(tierStarter) },
		func(d []byte) *types.Receipt { return c.Send(bob, c.Agents, ether(10), d) })
	measure("topUp", func() []byte { return a.PackTopUp(enterprise(), tierStarter) },
		func(d []byte) *types.Receipt { return c.Send(carol, c.Agents, ether(10), d) })
	measure("requestGeneration", func() []byte { return a.PackRequestGeneration(enterprise(), kindImage, prompt) },
		func(d []byte) *types.Receipt { return c.Send(alice, c.Agents, nil, d) })
	measure("fulfillGeneration", func() []byte { return a.PackFulfillGeneration(pending(), outputURI) },
		func(d []byte) *types.Receipt { return c.Send(relayer, c.Agents, nil, d) })
	measure("failGeneration", func() []byte { return a.PackFailGeneration(pending(), "provider refused the prompt") },
		func(d []byte) *types.Receipt { return c.Send(relayer, c.Agents, nil, d) })

	// A collaboration of 2, 4 and 8 of Alice's agents, each paying its
	// share of an image: the gas grows with the number of agents.
	var team []*big.Int
	teamOf := func(n int) []*big.Int {
		for i := range team {
			if credits(b, c, team[i]) < 10 {
				team[i] = buyAgent(b, c, alice, tierEnterprise)
			}
		}
		for len(team) < n {
			team = append(team, buyAgent(b, c, alice, tierEnterprise))
		}
		return team[:n]
	}
	for _, n := range []int{2, 4, 8} {
		measure(fmt.Sprintf("requestCollaboration/%dagents", n),
			func() []byte { return a.PackRequestCollaboration(teamOf(n), modeCollaborative, kindImage, prompt) },
			func(d []byte) *types.Receipt { return c.Send(alice, c.Agents, nil, d) })
	}

	// Chat sessions: opening one, settling one, and settling ten in one
	// multicall as the relayer batches them (gas per session).
	session := func() *big.Int {
		r := c.Send(alice, c.Agents, nil, a.PackOpenSession(enterprise(), 5, 3600))
		return events(r, c.Contracts.Agents, a.UnpackSessionOpenedEvent)[0].SessionId
	}
	var transcript [32]byte
	transcript[0] = 1
	measure("openSession", func() []byte { return a.PackOpenSession(enterprise(), 5, 3600) },
		func(d []byte) *types.Receipt { return c.Send(alice, c.Agents, nil, d) })
	measure("settleSession", func() []byte { return a.PackSettleSession(session(), 3, transcript) },
		func(d []byte) *types.Receipt { return c.Send(relayer, c.Agents, nil, d) })
	b.Run("settleSession/batched10", func(b *testing.B) {
		var gas, n uint64
		for b.Loop() {
			b.StopTimer()
			calls := make([][]byte, 10)
			for i := range calls {
				calls[i] = a.PackSettleSession(session(), 3, transcript)
			}
			b.StartTimer()
			gas += c.Send(relayer, c.Agents, nil, a.PackMulticall(calls)).GasUsed
			n += 10
		}
		b.ReportMetric(float64(gas)/float64(n), "gas/op")
	})

	// A generated token of Alice's, approved for the marketplace.
	output := func() *big.Int {
		return fulfil(b, c, pending(), outputURI)
	}
	c.Send(alice, c.Generated, nil, g.PackSetApprovalForAll(c.Contracts.Marketplace, true))
	measure("list", func() []byte { return m.PackList(c.Contracts.Generated, output(), ether(1)) },
		func(d []byte) *types.Receipt { return c.Send(alice, c.Marketplace, nil, d) })
	listed := func() []byte {
		r := c.Send(alice, c.Marketplace, nil, m.PackList(c.Contracts.Generated, output(), ether(1)))
		return m.PackBuy(events(r, c.Contracts.Marketplace, m.UnpackListedEvent)[0].ListingId)
	}
	measure("buy", listed, func(d []byte) *types.Receipt { return c.Send(bob, c.Marketplace, ether(1), d) })
	measure("withdraw", func() []byte {
		buy(b, c, bob, list(b, c, alice, c.Contracts.Generated, output(), ether(1)), ether(1))
		return m.PackWithdraw()
	}, func(d []byte) *types.Receipt { return c.Send(alice, c.Marketplace, nil, d) })

	// tokenURI is a view: what an eth_call of it needs, for each tier (the
	// more rings, the longer the avatar).
	for tier := range uint8(4) {
		b.Run(fmt.Sprintf("tokenURI/tier%d", tier), func(b *testing.B) {
			agent := buyAgent(b, c, alice, tier)
			var gas, n uint64
			for b.Loop() {
				g, err := c.Client.EstimateGas(b.Context(), ethereum.CallMsg{To: &c.Contracts.Agents, Data: a.PackTokenURI(agent)})
				if err != nil {
					b.Fatal(err)
				}
				gas += g
				n++
			}
			b.ReportMetric(float64(gas)/float64(n), "gas/op")
		})
	}
}
