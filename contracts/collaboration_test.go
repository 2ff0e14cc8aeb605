package contracts_test

import (
	"math/big"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/core/types"
	"github.com/stretchr/testify/require"

	"github.com/inft-labs/inft/bindings"
	"github.com/inft-labs/inft/internal/chaintest"
)

// Collaboration modes of INFTAgents.
const (
	modeStyleFusion    uint8 = 0
	modeCollaborative  uint8 = 1
	modePeerReview     uint8 = 2
	modeSwarm          uint8 = 3
	modeSkillTransfer  uint8 = 4
	modeKnowledgeShare uint8 = 5
)

const stateURI = "ipfs://bafkreistudentstate"

// collaborate has account who ask agents to work together and returns the
// request id and the receipt.
func collaborate(t testing.TB, c *chaintest.Chain, who int, agents []*big.Int, mode, kind uint8) (*big.Int, *types.Receipt) {
	t.Helper()
	r := c.Send(who, c.Agents, nil, c.AgentsABI.PackRequestCollaboration(agents, mode, kind, promptText))
	evs := events(r, c.Contracts.Agents, c.AgentsABI.UnpackCollaborationRequestedEvent)
	require.Len(t, evs, 1, "CollaborationRequested events")
	requireNoEvent(t, r, c.Contracts.Agents, c.AgentsABI.UnpackGenerationRequestedEvent)
	return evs[0].RequestId, r
}

func collaborationOf(t testing.TB, c *chaintest.Chain, request *big.Int) bindings.CollaborationOfOutput {
	t.Helper()
	return chaintest.Call(t, c.Agents, c.AgentsABI.PackCollaborationOf(request), c.AgentsABI.UnpackCollaborationOf)
}

func coCreators(t testing.TB, c *chaintest.Chain, tok *big.Int) []*big.Int {
	t.Helper()
	return chaintest.Call(t, c.Generated, c.GeneratedABI.PackCoCreators(tok), c.GeneratedABI.UnpackCoCreators)
}

func generationsOf(t testing.TB, c *chaintest.Chain, agent *big.Int) uint64 {
	t.Helper()
	return chaintest.Call(t, c.Agents, c.AgentsABI.PackGenerationsOf(agent), c.AgentsABI.UnpackGenerationsOf)
}

func allCredits(t testing.TB, c *chaintest.Chain, agents []*big.Int) []uint64 {
	t.Helper()
	out := make([]uint64, len(agents))
	for i, a := range agents {
		out[i] = credits(t, c, a)
	}
	return out
}

func TestRequestCollaboration(t *testing.T) {
	t.Parallel()

	t.Run("charges every agent its share and records the request", func(t *testing.T) {
		t.Parallel()
		c := chaintest.New(t)
		agents := []*big.Int{buyAgent(t, c, alice, tierStarter), buyAgent(t, c, alice, tierPro), buyAgent(t, c, alice, tierStarter)}
		before := allCredits(t, c, agents)
		require.Equal(t, uint8(8), chaintest.Call(t, c.Agents, c.AgentsABI.PackMaxCollaborators(), c.AgentsABI.UnpackMaxCollaborators))

		id, r := collaborate(t, c, alice, agents, modePeerReview, kindImage)

		requireEvent(t, r, c.Contracts.Agents, c.AgentsABI.UnpackCollaborationRequestedEvent, &bindings.INFTAgentsCollaborationRequested{
			RequestId: id, Requester: c.Addr(alice), AgentIds: agents, Mode: modePeerReview, Kind: kindImage, Prompt: promptText, CreditsSpent: 15,
		})
		for i, a := range agents {
			require.Equal(t, before[i]-5, credits(t, c, a), "agent %d pays one image", i)
		}
		now := blockTime(t, c, r)
		requireSame(t, bindings.RequestsOutput{
			AgentId: agents[0], Requester: c.Addr(alice), Kind: kindImage, Status: statusPending, CreditsSpent: 15,
			CreatedAt: now, ExpiresAt: now + 3600,
		}, requestOf(t, c, id))
		requireSame(t, bindings.CollaborationOfOutput{Mode: modePeerReview, AgentIds: agents}, collaborationOf(t, c, id))

		// A request of one agent is no collaboration.
		single, _ := requestGeneration(t, c, alice, agents[0], kindText, promptText)
		requireSame(t, bindings.CollaborationOfOutput{Mode: 0, AgentIds: []*big.Int{}}, collaborationOf(t, c, single))
	})

	t.Run("with agents owned and rented, from the subscription's quota", func(t *testing.T) {
		t.Parallel()
		c := chaintest.New(t)
		own := buyAgent(t, c, bob, tierStarter)
		rented := buyAgent(t, c, alice, tierStarter)
		offerSubscriptions(t, c, alice, rented, subCredits)
		subscribe(t, c, bob, rented)

		id, _ := collaborate(t, c, bob, []*big.Int{own, rented}, modeSwarm, kindText)

		require.Equal(t, subCredits-1, subscriptionOf(t, c, rented, bob).CreditsLeft)
		require.Equal(t, []uint64{99, 99}, allCredits(t, c, []*big.Int{own, rented}))
		require.Equal(t, c.Addr(bob), requestOf(t, c, id).Requester)
	})

	t.Run("refused", func(t *testing.T) {
		t.Parallel()
		c := chaintest.New(t)
		a := c.AgentsABI
		mine := []*big.Int{buyAgent(t, c, alice, tierStarter), buyAgent(t, c, alice, tierStarter)}
		bobs := buyAgent(t, c, bob, tierStarter)
		// An agent of 3 credits cannot pay for an image (5).
		c.Send(deployer, c.Agents, nil, a.PackSetPackage(tierBusiness, ether(1), 3))
		poor := buyAgent(t, c, alice, tierBusiness)
		c.Send(deployer, c.Agents, nil, a.PackSetPackage(tierBusiness, ether(160), 2_000))
		lapsed := buyAgent(t, c, carol, tierStarter)
		offerSubscriptions(t, c, carol, lapsed, subCredits)
		expiredAt := subscribe(t, c, alice, lapsed)
		c.AdjustTime(time.Duration(subPeriod+1) * time.Second)
		c.Commit()
		nine := make([]*big.Int, 9)
		for i := range nine {
			nine[i] = buyAgent(t, c, alice, tierStarter)
		}
		all := append(append([]*big.Int{}, mine...), bobs, poor, lapsed)
		before := allCredits(t, c, all)
		requests := requestCount(t, c)

		try := func(agents []*big.Int, mode, kind uint8, prompt string, want any) {
			t.Helper()
			tryAgents(t, c, alice, nil, a.PackRequestCollaboration(agents, mode, kind, prompt), want)
		}
		try([]*big.Int{mine[0], bobs}, modeStyleFusion, kindText, promptText,
			&bindings.INFTAgentsNotOwnerOrSubscriber{AgentId: bobs, Caller: c.Addr(alice)})
		try([]*big.Int{mine[0], lapsed}, modeStyleFusion, kindText, promptText,
			&bindings.INFTAgentsSubscriptionExpired{AgentId: lapsed, Subscriber: c.Addr(alice), ExpiredAt: expiredAt})
		try([]*big.Int{mine[0], mine[1], mine[0]}, modeStyleFusion, kindText, promptText,
			&bindings.INFTAgentsDuplicateAgent{AgentId: mine[0]})
		try(nine, modeStyleFusion, kindText, promptText, &bindings.INFTAgentsCollaboratorCount{Count: big.NewInt(9), Max: 8})
		try(mine[:1], modeStyleFusion, kindText, promptText, &bindings.INFTAgentsCollaboratorCount{Count: big.NewInt(1), Max: 8})
		try([]*big.Int{}, modeStyleFusion, kindText, promptText, &bindings.INFTAgentsCollaboratorCount{Count: big.NewInt(0), Max: 8})
		try([]*big.Int{mine[0], mine[1], poor}, modeCollaborative, kindImage, promptText,
			&bindings.INFTAgentsInsufficientCredits{AgentId: poor, Available: 3, Required: 5})
		try(mine, 6, kindText, promptText, &bindings.INFTAgentsUnknownMode{Mode: 6})
		try(mine, modeStyleFusion, 2, promptText, &bindings.INFTAgentsUnknownKind{Kind: 2})
		try(mine, modeStyleFusion, kindText, "", &bindings.INFTAgentsEmptyPrompt{})
		try([]*big.Int{mine[0], big.NewInt(999)}, modeStyleFusion, kindText, promptText, &bindings.INFTAgentsUnknownAgent{AgentId: big.NewInt(999)})
		// A renter may use an agent in a collaboration but not teach it.
		offerSubscriptions(t, c, alice, mine[0], subCredits)
		subscribe(t, c, bob, mine[0])
		tryAgents(t, c, bob, nil, a.PackRequestCollaboration([]*big.Int{mine[0], bobs}, modeSkillTransfer, kindText, promptText),
			&bindings.INFTAgentsNotAgentOwner{AgentId: mine[0], Caller: c.Addr(bob)})
		c.Send(deployer, c.Agents, nil, a.PackPause())
		try(mine, modeStyleFusion, kindText, promptText, &bindings.INFTAgentsEnforcedPause{})
		c.Send(deployer, c.Agents, nil, a.PackUnpause())

		require.Equal(t, before, allCredits(t, c, all), "nothing charged")
		requireBig(t, requests, requestCount(t, c), "no request made")
	})

	t.Run("the limit is the admin's to set", func(t *testing.T) {
		t.Parallel()
		c := chaintest.New(t)
		a := c.AgentsABI
		four := make([]*big.Int, 4)
		for i := range four {
			four[i] = buyAgent(t, c, alice, tierStarter)
		}
		tryAgents(t, c, alice, nil, a.PackSetMaxCollaborators(3),
			&bindings.INFTAgentsAccessControlUnauthorizedAccount{Account: c.Addr(alice), NeededRole: adminRole})
		for _, bad := range []uint8{0, 1, 33} {
			tryAgents(t, c, deployer, nil, a.PackSetMaxCollaborators(bad), &bindings.INFTAgentsInvalidLimits{})
		}
		r := c.Send(deployer, c.Agents, nil, a.PackSetMaxCollaborators(3))
		requireEvent(t, r, c.Contracts.Agents, a.UnpackMaxCollaboratorsSetEvent, &bindings.INFTAgentsMaxCollaboratorsSet{MaxCollaborators: 3})

		tryAgents(t, c, alice, nil, a.PackRequestCollaboration(four, modeSwarm, kindText, promptText),
			&bindings.INFTAgentsCollaboratorCount{Count: big.NewInt(4), Max: 3})
		collaborate(t, c, alice, four[:3], modeSwarm, kindText)

		c.Send(deployer, c.Agents, nil, a.PackSetMaxCollaborators(32))
		many := make([]*big.Int, 32)
		for i := range many {
			many[i] = buyAgent(t, c, alice, tierStarter)
		}
		id, _ := collaborate(t, c, alice, many, modeSwarm, kindText)
		c.Send(relayer, c.Agents, nil, a.PackFailGeneration(id, "too many cooks"))
		require.Equal(t, uint64(100), credits(t, c, many[31]), "the 32nd agent refunded")
	})
}

func TestFulfillCollaboration(t *testing.T) {
	t.Parallel()

	t.Run("mints one token with every agent as co-creator", func(t *testing.T) {
		t.Parallel()
		c := chaintest.New(t)
		lead := buyAgent(t, c, alice, tierStarter)
		rented := buyAgent(t, c, carol, tierStarter)
		offerSubscriptions(t, c, carol, rented, subCredits)
		subscribe(t, c, alice, rented)
		agents := []*big.Int{lead, rented, buyAgent(t, c, alice, tierPro)}
		id, _ := collaborate(t, c, alice, agents, modeCollaborative, kindText)

		tok := fulfil(t, c, id, outputURI)

		require.Equal(t, c.Addr(alice), ownerOf(t, c, c.Contracts.Generated, tok))
		require.Equal(t, statusFulfilled, requestOf(t, c, id).Status)
		require.Equal(t, agents, coCreators(t, c, tok))
		requireSame(t, bindings.GeneratedFromOutput{AgentId: lead, RequestId: id},
			chaintest.Call(t, c.Generated, c.GeneratedABI.PackGeneratedFrom(tok), c.GeneratedABI.UnpackGeneratedFrom))
		for _, a := range agents {
			require.Equal(t, uint64(1), generationsOf(t, c, a))
		}
		// ERC-2981, for other marketplaces, pays the lead agent's owner.
		info := chaintest.Call(t, c.Generated, c.GeneratedABI.PackRoyaltyInfo(tok, ether(1)), c.GeneratedABI.UnpackRoyaltyInfo)
		require.Equal(t, c.Addr(alice), info.Receiver)

		// A token of one agent names that agent alone.
		single, _ := requestGeneration(t, c, alice, lead, kindText, promptText)
		require.Equal(t, []*big.Int{lead}, coCreators(t, c, fulfil(t, c, single, outputURI)))
	})

	t.Run("a learning collaboration mints nothing and anchors the student", func(t *testing.T) {
		t.Parallel()
		c := chaintest.New(t)
		a := c.AgentsABI
		student, teacher := buyAgent(t, c, alice, tierStarter), buyAgent(t, c, alice, tierEnterprise)
		c.Send(relayer, c.Agents, nil, a.PackEvolveAgent(student, 2, "ipfs://before"))
		for _, mode := range []uint8{modeSkillTransfer, modeKnowledgeShare} {
			id, _ := collaborate(t, c, alice, []*big.Int{student, teacher}, mode, kindText)
			minted := chaintest.Call(t, c.Generated, c.GeneratedABI.PackTotalMinted(), c.GeneratedABI.UnpackTotalMinted)

			// Fulfilled and anchored in one transaction, as the relayer batches them.
			r := c.Send(relayer, c.Agents, nil, a.PackMulticall([][]byte{
				a.PackFulfillGeneration(id, stateURI), a.PackEvolveAgent(student, 2, stateURI),
			}))

			requireEvent(t, r, c.Contracts.Agents, a.UnpackGenerationFulfilledEvent,
				&bindings.INFTAgentsGenerationFulfilled{RequestId: id, TokenId: big.NewInt(0), TokenURI: stateURI})
			requireEvent(t, r, c.Contracts.Agents, a.UnpackAgentEvolvedEvent,
				&bindings.INFTAgentsAgentEvolved{AgentId: student, Level: 2, StateURI: stateURI})
			requireBig(t, minted, chaintest.Call(t, c.Generated, c.GeneratedABI.PackTotalMinted(), c.GeneratedABI.UnpackTotalMinted), "nothing minted")
			require.Equal(t, statusFulfilled, requestOf(t, c, id).Status)
			require.Equal(t, uint64(0), generationsOf(t, c, student))
			tryAgents(t, c, relayer, nil, a.PackFulfillGeneration(id, stateURI),
				&bindings.INFTAgentsRequestNotPending{RequestId: id, Status: statusFulfilled})
		}
	})

	t.Run("failed or cancelled, every agent gets its share back", func(t *testing.T) {
		t.Parallel()
		c := chaintest.New(t)
		a := c.AgentsABI
		own := buyAgent(t, c, bob, tierStarter)
		rented := buyAgent(t, c, alice, tierStarter)
		offerSubscriptions(t, c, alice, rented, subCredits)
		subscribe(t, c, bob, rented)
		agents := []*big.Int{own, rented}

		id, _ := collaborate(t, c, bob, agents, modeStyleFusion, kindImage)
		require.Equal(t, []uint64{95, 95}, allCredits(t, c, agents))
		require.Equal(t, uint64(1), subscriptionOf(t, c, rented, bob).CreditsLeft)
		r := c.Send(relayer, c.Agents, nil, a.PackFailGeneration(id, "every provider refused"))
		requireEvent(t, r, c.Contracts.Agents, a.UnpackGenerationFailedEvent,
			&bindings.INFTAgentsGenerationFailed{RequestId: id, Reason: "every provider refused", CreditsRefunded: 10})
		require.Equal(t, []uint64{100, 100}, allCredits(t, c, agents))
		require.Equal(t, subCredits, subscriptionOf(t, c, rented, bob).CreditsLeft)

		id, _ = collaborate(t, c, bob, agents, modeSwarm, kindText)
		tryAgents(t, c, bob, nil, a.PackCancelExpired(id), &bindings.INFTAgentsRequestNotExpired{RequestId: id, ExpiresAt: requestOf(t, c, id).ExpiresAt})
		c.AdjustTime(time.Hour)
		c.Commit()
		r = c.Send(bob, c.Agents, nil, a.PackCancelExpired(id))
		requireEvent(t, r, c.Contracts.Agents, a.UnpackGenerationFailedEvent,
			&bindings.INFTAgentsGenerationFailed{RequestId: id, Reason: cancelNote, CreditsRefunded: 2})
		require.Equal(t, []uint64{100, 100}, allCredits(t, c, agents))
		require.Equal(t, subCredits, subscriptionOf(t, c, rented, bob).CreditsLeft)
	})
}

// TestCoCreatorRoyalties sells a token three agents made, after one of them
// changed hands: the royalty is split among the agents' owners at the sale,
// exact to the wei, the lead's owner taking what does not divide.
func TestCoCreatorRoyalties(t *testing.T) {
	t.Parallel()
	c := chaintest.New(t)
	m := c.MarketplaceABI
	agents := []*big.Int{buyAgent(t, c, alice, tierStarter), buyAgent(t, c, alice, tierStarter), buyAgent(t, c, alice, tierStarter)}
	id, _ := collaborate(t, c, alice, agents, modeCollaborative, kindImage)
	tok := fulfil(t, c, id, outputURI)

	// Carol buys the second agent on the marketplace.
	buy(t, c, carol, list(t, c, alice, c.Contracts.Agents, agents[1], ether(20)), ether(20))
	require.Equal(t, c.Addr(carol), agentOwner(t, c, agents[1]))

	price := plus(ether(1), big.NewInt(7))
	q := quote(t, c, c.Contracts.Generated, tok, price)
	royalty := q.Royalty
	require.NotZero(t, new(big.Int).Mod(royalty, big.NewInt(3)).Sign(), "the test needs a royalty that does not divide by 3")
	share := new(big.Int).Div(royalty, big.NewInt(3))
	lead := minus(royalty, new(big.Int).Mul(share, big.NewInt(2)))
	aliceBefore, carolBefore := marketPending(t, c, c.Addr(alice)), marketPending(t, c, c.Addr(carol))

	listing := list(t, c, alice, c.Contracts.Generated, tok, price)
	r := buy(t, c, bob, listing, price)

	paid := events(r, c.Contracts.Marketplace, m.UnpackRoyaltyPaidEvent)
	want := []*bindings.INFTMarketplaceRoyaltyPaid{
		{ListingId: listing, AgentId: agents[0], Receiver: c.Addr(alice), Amount: lead},
		{ListingId: listing, AgentId: agents[1], Receiver: c.Addr(carol), Amount: share},
		{ListingId: listing, AgentId: agents[2], Receiver: c.Addr(alice), Amount: share},
	}
	require.Len(t, paid, len(want), "RoyaltyPaid events")
	for i := range want {
		requireSame(t, want[i], paid[i], "RoyaltyPaid %d", i)
	}
	requireEvent(t, r, c.Contracts.Marketplace, m.UnpackSoldEvent, &bindings.INFTMarketplaceSold{
		ListingId: listing, Buyer: c.Addr(bob), Price: price, Fee: q.Fee, Royalty: royalty,
	})
	proceeds := minus(minus(price, q.Fee), royalty)
	requireBig(t, plus(aliceBefore, plus(proceeds, plus(lead, share))), marketPending(t, c, c.Addr(alice)), "alice: proceeds and two shares")
	requireBig(t, plus(carolBefore, share), marketPending(t, c, c.Addr(carol)), "carol: the second agent's share")
	require.Equal(t, c.Addr(bob), ownerOf(t, c, c.Contracts.Generated, tok))
	marketLedger(c).requireWithdraws(t, c, carol, plus(carolBefore, share))
}
