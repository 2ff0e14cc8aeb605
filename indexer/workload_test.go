package indexer_test

import (
	"context"
	"crypto/sha256"
	"math/big"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/stretchr/testify/require"

	"github.com/inft-labs/inft/internal/chaintest"
)

const (
	starter uint8 = 0
	pro     uint8 = 1
	text    uint8 = 0
	image   uint8 = 1
)

type step struct {
	name string
	run  func(e *env)
}

// workload touches every event the indexer projects, in an order that
// exercises each rule: subscriptions, refunds, chat sessions (by an owner and
// on a subscriber's quota, settled before and after the agent changes hands,
// reclaimed), stale listings (moved, and approvals withdrawn and given
// again), sales.
func workload() []step {
	id := big.NewInt
	return []step{
		{"alice buys a starter agent (1)", func(e *env) {
			e.send(alice, e.chain.Agents, ether(10), e.chain.AgentsABI.PackPurchasePackage(starter))
		}},
		{"bob buys a pro agent (2)", func(e *env) {
			e.send(bob, e.chain.Agents, ether(45), e.chain.AgentsABI.PackPurchasePackage(pro))
		}},
		{"carol tops up agent 1", func(e *env) {
			e.send(carol, e.chain.Agents, ether(10), e.chain.AgentsABI.PackTopUp(id(1), starter))
		}},
		{"alice requests text (request 1)", func(e *env) {
			e.send(alice, e.chain.Agents, nil, e.chain.AgentsABI.PackRequestGeneration(id(1), text, "a haiku about a lighthouse"))
		}},
		{"relayer fulfils request 1 (token 1)", func(e *env) {
			e.send(relayer, e.chain.Agents, nil, e.chain.AgentsABI.PackFulfillGeneration(id(1), "ipfs://bafy-output-1"))
		}},
		{"alice requests an image (request 2) and the relayer fails it", func(e *env) {
			e.send(alice, e.chain.Agents, nil, e.chain.AgentsABI.PackRequestGeneration(id(1), image, "a red fox"))
			e.send(relayer, e.chain.Agents, nil, e.chain.AgentsABI.PackFailGeneration(id(2), "provider refused the prompt"))
		}},
		{"relayer evolves agent 1", func(e *env) {
			e.send(relayer, e.chain.Agents, nil, e.chain.AgentsABI.PackEvolveAgent(id(1), 1, "ipfs://bafy-state-1"))
		}},
		{"alice offers subscriptions, bob subscribes and requests (request 3)", func(e *env) {
			a := e.chain.AgentsABI
			e.send(alice, e.chain.Agents, nil, a.PackSetSubscriptionTerms(id(1), ether(1), 86400, 10))
			e.send(bob, e.chain.Agents, ether(1), a.PackSubscribe(id(1)))
			e.send(bob, e.chain.Agents, nil, a.PackRequestGeneration(id(1), image, "bob's castle"))
		}},
		{"the relayer fails bob's request: refund to agent and quota", func(e *env) {
			e.send(relayer, e.chain.Agents, nil, e.chain.AgentsABI.PackFailGeneration(id(3), "timeout"))
		}},
		{"bob opens a session with agent 1 on his quota (session 1) and one with his agent 2 (session 2); alice one with agent 1 (session 3)", func(e *env) {
			a := e.chain.AgentsABI
			e.send(bob, e.chain.Agents, nil, a.PackOpenSession(id(1), 4, 3600))
			e.send(bob, e.chain.Agents, nil, a.PackOpenSession(id(2), 20, 600))
			e.send(alice, e.chain.Agents, nil, a.PackOpenSession(id(1), 3, 600))
		}},
		{"the relayer settles alice's session: 1 credit used, 2 back to agent 1", func(e *env) {
			e.send(relayer, e.chain.Agents, nil, e.chain.AgentsABI.PackSettleSession(id(3), 1, transcript("alice")))
		}},
		{"admin reprices pro and images", func(e *env) {
			a := e.chain.AgentsABI
			e.send(deployer, e.chain.Agents, nil, a.PackSetPackage(pro, ether(50), 600))
			e.send(deployer, e.chain.Agents, nil, a.PackSetGenerationCost(image, 4))
		}},
		{"alice lists token 1, reprices it, bob buys it", func(e *env) {
			c, m := e.chain, e.chain.MarketplaceABI
			e.send(alice, c.Generated, nil, c.GeneratedABI.PackApprove(c.Contracts.Marketplace, id(1)))
			e.send(alice, c.Marketplace, nil, m.PackList(c.Contracts.Generated, id(1), ether(3)))
			e.send(alice, c.Marketplace, nil, m.PackUpdatePrice(id(1), ether(2)))
			e.send(bob, c.Marketplace, ether(2), m.PackBuy(id(1)))
		}},
		{"alice lists agent 1, then gives it to carol: the listing goes stale and bob's subscription lapses", func(e *env) {
			c, m := e.chain, e.chain.MarketplaceABI
			e.send(alice, c.Agents, nil, c.AgentsABI.PackSetApprovalForAll(c.Contracts.Marketplace, true))
			e.send(alice, c.Marketplace, nil, m.PackList(c.Contracts.Agents, id(1), ether(20)))
			e.send(alice, c.Agents, nil, c.AgentsABI.PackTransferFrom(c.Addr(alice), c.Addr(carol), id(1)))
		}},
		{"the relayer settles bob's session after agent 1 changed hands: what is left goes to the agent, not to the lapsed quota", func(e *env) {
			e.send(relayer, e.chain.Agents, nil, e.chain.AgentsABI.PackSettleSession(id(1), 1, transcript("bob")))
		}},
		{"carol lists agent 1 (listing 3, closing alice's stale listing)", func(e *env) {
			c, m := e.chain, e.chain.MarketplaceABI
			e.send(carol, c.Agents, nil, c.AgentsABI.PackApprove(c.Contracts.Marketplace, id(1)))
			e.send(carol, c.Marketplace, nil, m.PackList(c.Contracts.Agents, id(1), ether(25)))
		}},
		{"carol withdraws an approval for all she never gave: listing 3 stays active on its token's approval", func(e *env) {
			e.send(carol, e.chain.Agents, nil, e.chain.AgentsABI.PackSetApprovalForAll(e.chain.Contracts.Marketplace, false))
		}},
		{"carol approves bob for agent 1 instead of the marketplace: listing 3 goes stale", func(e *env) {
			e.send(carol, e.chain.Agents, nil, e.chain.AgentsABI.PackApprove(e.chain.Addr(bob), id(1)))
		}},
		{"carol makes the marketplace her operator: listing 3 is active again", func(e *env) {
			e.send(carol, e.chain.Agents, nil, e.chain.AgentsABI.PackSetApprovalForAll(e.chain.Contracts.Marketplace, true))
		}},
		{"carol withdraws the approval for all: listing 3 goes stale again", func(e *env) {
			e.send(carol, e.chain.Agents, nil, e.chain.AgentsABI.PackSetApprovalForAll(e.chain.Contracts.Marketplace, false))
		}},
		{"carol approves the marketplace for agent 1 again (active again) and cancels listing 3", func(e *env) {
			c := e.chain
			e.send(carol, c.Agents, nil, c.AgentsABI.PackApprove(c.Contracts.Marketplace, id(1)))
			e.send(carol, c.Marketplace, nil, c.MarketplaceABI.PackCancel(id(3)))
		}},
		{"bob approves the marketplace for token 1, and for all his tokens then not", func(e *env) {
			c, g := e.chain, e.chain.GeneratedABI
			e.send(bob, c.Generated, nil, g.PackApprove(c.Contracts.Marketplace, id(1)))
			e.send(bob, c.Generated, nil, g.PackSetApprovalForAll(c.Contracts.Marketplace, true))
			e.send(bob, c.Generated, nil, g.PackSetApprovalForAll(c.Contracts.Marketplace, false))
		}},
		{"bob requests from agent 2 and cancels it after the timeout", func(e *env) {
			e.send(bob, e.chain.Agents, nil, e.chain.AgentsABI.PackRequestGeneration(id(2), text, "a limerick"))
			e.chain.AdjustTime(2 * time.Hour)
			e.send(bob, e.chain.Agents, nil, e.chain.AgentsABI.PackCancelExpired(id(4)))
		}},
		{"nobody settled bob's session with agent 2 by its expiry and the grace period: he reclaims it", func(e *env) {
			e.send(bob, e.chain.Agents, nil, e.chain.AgentsABI.PackReclaimSession(id(2)))
		}},
		{"the staking wallet and alice withdraw (a package share; a sale's proceeds)", func(e *env) {
			c := e.chain
			e.send(chaintest.Staking, c.Agents, nil, c.AgentsABI.PackWithdraw())
			e.send(alice, c.Marketplace, nil, c.MarketplaceABI.PackWithdraw())
		}},
		{"bob gives token 1 to carol (which takes the marketplace's approval away) and requests again (request 5, pending)", func(e *env) {
			c := e.chain
			e.send(bob, c.Generated, nil, c.GeneratedABI.PackTransferFrom(c.Addr(bob), c.Addr(carol), id(1)))
			e.send(bob, c.Agents, nil, c.AgentsABI.PackRequestGeneration(id(2), image, "a quiet harbour"))
		}},
	}
}

// runWorkload runs every step, syncing and checking after each when check is set.
func (e *env) runWorkload(check bool) {
	for _, s := range workload() {
		s.run(e)
		if check {
			e.sync()
			e.requireMatchesChain()
		}
	}
}

// transcript is a transcript hash for a settlement.
func transcript(of string) [32]byte { return sha256.Sum256([]byte("transcript of " + of)) }

func (e *env) jobIDs() []string {
	var ids []string
	require.NoError(e.t, e.db.Select(&ids, `SELECT request_id::text FROM generation_jobs ORDER BY request_id`))
	return ids
}

func addr(b []byte) common.Address { return common.BytesToAddress(b) }

var _ = context.Background

func big1() *big.Int { return big.NewInt(1) }
