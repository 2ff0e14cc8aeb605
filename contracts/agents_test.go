package contracts_test

import (
	"math/big"
	"strings"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/stretchr/testify/require"

	"github.com/inft-labs/inft/bindings"
	"github.com/inft-labs/inft/internal/chaintest"
)

// Tiers, kinds and request statuses of INFTAgents.
const (
	tierStarter    uint8 = 0
	tierPro        uint8 = 1
	tierBusiness   uint8 = 2
	tierEnterprise uint8 = 3

	kindText  uint8 = 0
	kindImage uint8 = 1

	statusPending   uint8 = 1
	statusFulfilled uint8 = 2
	statusFailed    uint8 = 3
)

// Subscription terms offered in these tests: 2 ether a day for 6 credits.
var subPrice = ether(2)

const (
	subPeriod  uint64 = 24 * 60 * 60
	subCredits uint64 = 6
)

const (
	promptText = "a haiku about a lighthouse keeper's cat"
	outputURI  = "ipfs://bafybeigdyrzt5sfp7udm7hu76uh7y26nf3efuylqabf3oclgtqy55fbzdi"
	cancelNote = "expired: cancelled by requester"
)

// buyAgent buys a package of tier for account who at its current price and
// returns the new agent's id.
func buyAgent(t testing.TB, c *chaintest.Chain, who int, tier uint8) *big.Int {
	t.Helper()
	price := chaintest.Call(t, c.Agents, c.AgentsABI.PackPackagePrice(tier), c.AgentsABI.UnpackPackagePrice)
	r := c.Send(who, c.Agents, price, c.AgentsABI.PackPurchasePackage(tier))
	evs := events(r, c.Contracts.Agents, c.AgentsABI.UnpackPackagePurchasedEvent)
	require.Len(t, evs, 1, "PackagePurchased events")
	return evs[0].AgentId
}

// requestGeneration makes account who request a generation from agent and
// returns the request id and the receipt.
func requestGeneration(t testing.TB, c *chaintest.Chain, who int, agent *big.Int, kind uint8, prompt string) (*big.Int, *types.Receipt) {
	t.Helper()
	r := c.Send(who, c.Agents, nil, c.AgentsABI.PackRequestGeneration(agent, kind, prompt))
	evs := events(r, c.Contracts.Agents, c.AgentsABI.UnpackGenerationRequestedEvent)
	require.Len(t, evs, 1, "GenerationRequested events")
	return evs[0].RequestId, r
}

// fulfil has the relayer fulfil a request and returns the minted token's id.
func fulfil(t testing.TB, c *chaintest.Chain, request *big.Int, uri string) *big.Int {
	t.Helper()
	r := c.Send(relayer, c.Agents, nil, c.AgentsABI.PackFulfillGeneration(request, uri))
	evs := events(r, c.Contracts.Agents, c.AgentsABI.UnpackGenerationFulfilledEvent)
	require.Len(t, evs, 1, "GenerationFulfilled events")
	return evs[0].TokenId
}

// offerSubscriptions has account owner offer agent for rent on the test terms.
func offerSubscriptions(t testing.TB, c *chaintest.Chain, owner int, agent *big.Int, creditsPerPeriod uint64) {
	t.Helper()
	c.Send(owner, c.Agents, nil, c.AgentsABI.PackSetSubscriptionTerms(agent, subPrice, subPeriod, creditsPerPeriod))
}

// subscribe rents agent for account who and returns the Subscribed expiry.
func subscribe(t testing.TB, c *chaintest.Chain, who int, agent *big.Int) uint64 {
	t.Helper()
	r := c.Send(who, c.Agents, subPrice, c.AgentsABI.PackSubscribe(agent))
	evs := events(r, c.Contracts.Agents, c.AgentsABI.UnpackSubscribedEvent)
	require.Len(t, evs, 1, "Subscribed events")
	return evs[0].ExpiresAt
}

func credits(t testing.TB, c *chaintest.Chain, agent *big.Int) uint64 {
	t.Helper()
	return chaintest.Call(t, c.Agents, c.AgentsABI.PackCredits(agent), c.AgentsABI.UnpackCredits)
}

func requestOf(t testing.TB, c *chaintest.Chain, id *big.Int) bindings.RequestsOutput {
	t.Helper()
	return chaintest.Call(t, c.Agents, c.AgentsABI.PackRequests(id), c.AgentsABI.UnpackRequests)
}

func subscriptionOf(t testing.TB, c *chaintest.Chain, agent *big.Int, who int) bindings.SubscriptionOfOutput {
	t.Helper()
	return chaintest.Call(t, c.Agents, c.AgentsABI.PackSubscriptionOf(agent, c.Addr(who)), c.AgentsABI.UnpackSubscriptionOf)
}

func agentOwner(t testing.TB, c *chaintest.Chain, agent *big.Int) common.Address {
	t.Helper()
	return chaintest.Call(t, c.Agents, c.AgentsABI.PackOwnerOf(agent), c.AgentsABI.UnpackOwnerOf)
}

func agentCount(t testing.TB, c *chaintest.Chain) *big.Int {
	t.Helper()
	return chaintest.Call(t, c.Agents, c.AgentsABI.PackAgentCount(), c.AgentsABI.UnpackAgentCount)
}

func requestCount(t testing.TB, c *chaintest.Chain) *big.Int {
	t.Helper()
	return chaintest.Call(t, c.Agents, c.AgentsABI.PackRequestCount(), c.AgentsABI.UnpackRequestCount)
}

// tryAgents sends calldata to INFTAgents from account who and asserts it
// reverts with want.
func tryAgents(t testing.TB, c *chaintest.Chain, who int, value *big.Int, calldata []byte, want any) {
	t.Helper()
	_, err := c.Try(who, c.Agents, value, calldata)
	requireRevert(t, err, c.AgentsABI.UnpackError, want)
}

func TestAgentsDefaults(t *testing.T) {
	t.Parallel()
	c := chaintest.New(t)
	a := c.AgentsABI

	for _, tc := range []struct {
		tier    uint8
		price   *big.Int
		credits uint64
	}{
		{tierStarter, ether(10), 100},
		{tierPro, ether(45), 500},
		{tierBusiness, ether(160), 2_000},
		{tierEnterprise, ether(700), 10_000},
	} {
		requireBig(t, tc.price, chaintest.Call(t, c.Agents, a.PackPackagePrice(tc.tier), a.UnpackPackagePrice), "price of tier %d", tc.tier)
		require.Equal(t, tc.credits, chaintest.Call(t, c.Agents, a.PackPackageCredits(tc.tier), a.UnpackPackageCredits), "credits of tier %d", tc.tier)
	}
	require.Equal(t, uint64(1), chaintest.Call(t, c.Agents, a.PackGenerationCost(kindText), a.UnpackGenerationCost))
	require.Equal(t, uint64(5), chaintest.Call(t, c.Agents, a.PackGenerationCost(kindImage), a.UnpackGenerationCost))
	require.Equal(t, uint32(2000), chaintest.Call(t, c.Agents, a.PackMaxPromptBytes(), a.UnpackMaxPromptBytes))
	require.Equal(t, uint64(3600), chaintest.Call(t, c.Agents, a.PackRequestTimeout(), a.UnpackRequestTimeout))
	require.Equal(t, "INFT Agents", chaintest.Call(t, c.Agents, a.PackName(), a.UnpackName))
	require.Equal(t, "INFT", chaintest.Call(t, c.Agents, a.PackSymbol(), a.UnpackSymbol))
	require.Equal(t, uint16(5000), chaintest.Call(t, c.Agents, a.PackStakingShareBps(), a.UnpackStakingShareBps))
	require.Equal(t, c.Addr(staking), chaintest.Call(t, c.Agents, a.PackStakingWallet(), a.UnpackStakingWallet))
	require.Equal(t, c.Addr(dev), chaintest.Call(t, c.Agents, a.PackDevWallet(), a.UnpackDevWallet))
	require.Equal(t, c.Contracts.Generated, chaintest.Call(t, c.Agents, a.PackGenerated(), a.UnpackGenerated))
	require.Equal(t, relayerRole, chaintest.Call(t, c.Agents, a.PackRELAYERROLE(), a.UnpackRELAYERROLE))
	require.True(t, chaintest.Call(t, c.Agents, a.PackHasRole(adminRole, c.Addr(deployer)), a.UnpackHasRole), "deployer is admin")
	require.False(t, chaintest.Call(t, c.Agents, a.PackHasRole(relayerRole, c.Addr(deployer)), a.UnpackHasRole), "deployer is not the relayer")
	require.False(t, chaintest.Call(t, c.Agents, a.PackPaused(), a.UnpackPaused))
	requireBig(t, big.NewInt(0), agentCount(t, c))
	requireBig(t, big.NewInt(0), requestCount(t, c))

	requireRevert(t, callErr(c.Agents, a.PackPackagePrice(4)), a.UnpackError, &bindings.INFTAgentsUnknownTier{Tier: 4})
	requireRevert(t, callErr(c.Agents, a.PackPackageCredits(4)), a.UnpackError, &bindings.INFTAgentsUnknownTier{Tier: 4})
	requireRevert(t, callErr(c.Agents, a.PackGenerationCost(2)), a.UnpackError, &bindings.INFTAgentsUnknownKind{Kind: 2})
	requireRevert(t, callErr(c.Agents, a.PackCredits(big.NewInt(1))), a.UnpackError, &bindings.INFTAgentsUnknownAgent{AgentId: big.NewInt(1)})
}

func TestPurchasePackage(t *testing.T) {
	t.Parallel()

	for _, tc := range []struct {
		name           string
		tier           uint8
		price          *big.Int
		credits        uint64
		toStaking, dev *big.Int
	}{
		{"starter", tierStarter, ether(10), 100, ether(5), ether(5)},
		{"pro", tierPro, ether(45), 500, wei("22500000000000000000"), wei("22500000000000000000")},
		{"business", tierBusiness, ether(160), 2_000, ether(80), ether(80)},
		{"enterprise", tierEnterprise, ether(700), 10_000, ether(350), ether(350)},
	} {
		t.Run("mints the agent and splits the price, "+tc.name, func(t *testing.T) {
			t.Parallel()
			c := chaintest.New(t)
			a := c.AgentsABI
			before := balance(t, c, c.Addr(alice))

			r := c.Send(alice, c.Agents, tc.price, a.PackPurchasePackage(tc.tier))

			id := big.NewInt(1)
			requireEvent(t, r, c.Contracts.Agents, a.UnpackPackagePurchasedEvent, &bindings.INFTAgentsPackagePurchased{
				AgentId: id, Buyer: c.Addr(alice), Tier: tc.tier, Credits: tc.credits, Price: tc.price,
			})
			requireEvent(t, r, c.Contracts.Agents, a.UnpackTransferEvent, &bindings.INFTAgentsTransfer{
				From: common.Address{}, To: c.Addr(alice), TokenId: id,
			})
			require.Equal(t, c.Addr(alice), agentOwner(t, c, id))
			require.Equal(t, tc.credits, credits(t, c, id))
			require.Equal(t, tc.tier, chaintest.Call(t, c.Agents, a.PackTierOf(id), a.UnpackTierOf))
			require.Equal(t, uint32(0), chaintest.Call(t, c.Agents, a.PackLevelOf(id), a.UnpackLevelOf))
			require.Equal(t, "", chaintest.Call(t, c.Agents, a.PackStateURIOf(id), a.UnpackStateURIOf))
			require.Equal(t, uint64(0), chaintest.Call(t, c.Agents, a.PackGenerationsOf(id), a.UnpackGenerationsOf))
			requireBig(t, big.NewInt(1), agentCount(t, c))

			requireBig(t, tc.toStaking, agentsPending(t, c, c.Addr(staking)), "staking share")
			requireBig(t, tc.dev, agentsPending(t, c, c.Addr(dev)), "dev share")
			requireBig(t, big.NewInt(0), agentsPending(t, c, c.Addr(alice)), "buyer credited nothing")
			requireBig(t, tc.price, balance(t, c, c.Contracts.Agents), "contract holds the price")
			requireBig(t, minus(minus(before, tc.price), gasCost(r)), balance(t, c, c.Addr(alice)), "buyer paid price and gas")
		})
	}

	t.Run("agent ids count up per purchase", func(t *testing.T) {
		t.Parallel()
		c := chaintest.New(t)
		requireBig(t, big.NewInt(1), buyAgent(t, c, alice, tierStarter))
		requireBig(t, big.NewInt(2), buyAgent(t, c, bob, tierPro))
		requireBig(t, big.NewInt(3), buyAgent(t, c, alice, tierStarter))
		requireBig(t, big.NewInt(3), agentCount(t, c))
		require.Equal(t, c.Addr(bob), agentOwner(t, c, big.NewInt(2)))
		requireBig(t, big.NewInt(2), chaintest.Call(t, c.Agents, c.AgentsABI.PackBalanceOf(c.Addr(alice)), c.AgentsABI.UnpackBalanceOf))
	})

	for _, tc := range []struct {
		name           string
		shareBps       uint16
		toStaking, dev *big.Int
	}{
		// price 10 ether + 1 wei
		{"odd wei goes to dev at 50%", 5000, wei("5000000000000000000"), wei("5000000000000000001")},
		{"odd wei split at 33.33%", 3333, wei("3333000000000000000"), wei("6667000000000000001")},
	} {
		t.Run(tc.name, func(t *testing.T) {
			t.Parallel()
			c := chaintest.New(t)
			a := c.AgentsABI
			price := plus(ether(10), big.NewInt(1))
			c.Send(deployer, c.Agents, nil, a.PackSetPackage(tierStarter, price, 100))
			r := c.Send(deployer, c.Agents, nil, a.PackSetRevenueSplit(c.Addr(staking), c.Addr(dev), tc.shareBps))
			requireEvent(t, r, c.Contracts.Agents, a.UnpackRevenueSplitSetEvent, &bindings.INFTAgentsRevenueSplitSet{
				StakingWallet: c.Addr(staking), DevWallet: c.Addr(dev), StakingShareBps: tc.shareBps,
			})

			buyAgent(t, c, alice, tierStarter)

			requireBig(t, tc.toStaking, agentsPending(t, c, c.Addr(staking)))
			requireBig(t, tc.dev, agentsPending(t, c, c.Addr(dev)))
			requireBig(t, price, plus(tc.toStaking, tc.dev), "shares add up to the price")
		})
	}

	for _, tc := range []struct {
		name string
		sent *big.Int
	}{
		{"wrong price too little", minus(ether(10), big.NewInt(1))},
		{"wrong price too much", plus(ether(10), big.NewInt(1))},
		{"wrong price nothing", big.NewInt(0)},
		{"wrong price of another tier", ether(45)},
	} {
		t.Run(tc.name, func(t *testing.T) {
			t.Parallel()
			c := chaintest.New(t)
			tryAgents(t, c, alice, tc.sent, c.AgentsABI.PackPurchasePackage(tierStarter),
				&bindings.INFTAgentsWrongPayment{Expected: ether(10), Sent: tc.sent})
			requireBig(t, big.NewInt(0), agentCount(t, c))
		})
	}

	t.Run("unknown tier", func(t *testing.T) {
		t.Parallel()
		c := chaintest.New(t)
		for _, tier := range []uint8{4, 255} {
			tryAgents(t, c, alice, ether(10), c.AgentsABI.PackPurchasePackage(tier), &bindings.INFTAgentsUnknownTier{Tier: tier})
		}
		requireBig(t, big.NewInt(0), agentCount(t, c))
	})

	t.Run("package withdrawn from sale is unavailable", func(t *testing.T) {
		t.Parallel()
		c := chaintest.New(t)
		a := c.AgentsABI
		agent := buyAgent(t, c, alice, tierStarter)

		r := c.Send(deployer, c.Agents, nil, a.PackSetPackage(tierBusiness, ether(160), 0))
		requireEvent(t, r, c.Contracts.Agents, a.UnpackPackageSetEvent, &bindings.INFTAgentsPackageSet{Tier: tierBusiness, Price: ether(160), Credits: 0})

		tryAgents(t, c, bob, ether(160), a.PackPurchasePackage(tierBusiness), &bindings.INFTAgentsPackageUnavailable{Tier: tierBusiness})
		tryAgents(t, c, bob, ether(160), a.PackTopUp(agent, tierBusiness), &bindings.INFTAgentsPackageUnavailable{Tier: tierBusiness})
		requireBig(t, big.NewInt(2), buyAgent(t, c, bob, tierPro), "other tiers still sell")
	})
}

func TestTopUp(t *testing.T) {
	t.Parallel()

	t.Run("a stranger adds credits to an agent", func(t *testing.T) {
		t.Parallel()
		c := chaintest.New(t)
		a := c.AgentsABI
		agent := buyAgent(t, c, alice, tierStarter)

		r := c.Send(bob, c.Agents, ether(45), a.PackTopUp(agent, tierPro))

		requireEvent(t, r, c.Contracts.Agents, a.UnpackCreditsAddedEvent, &bindings.INFTAgentsCreditsAdded{
			AgentId: agent, Payer: c.Addr(bob), Credits: 500, Price: ether(45),
		})
		requireNoEvent(t, r, c.Contracts.Agents, a.UnpackTransferEvent)
		require.Equal(t, uint64(600), credits(t, c, agent))
		require.Equal(t, c.Addr(alice), agentOwner(t, c, agent), "top-up does not change the owner")
		require.Equal(t, tierStarter, chaintest.Call(t, c.Agents, a.PackTierOf(agent), a.UnpackTierOf), "top-up does not change the tier")
		requireBig(t, big.NewInt(1), agentCount(t, c), "top-up mints nothing")
		requireBig(t, wei("27500000000000000000"), agentsPending(t, c, c.Addr(staking)), "5 + 22.5 ether")
		requireBig(t, wei("27500000000000000000"), agentsPending(t, c, c.Addr(dev)), "5 + 22.5 ether")
	})

	t.Run("unknown agent", func(t *testing.T) {
		t.Parallel()
		c := chaintest.New(t)
		tryAgents(t, c, bob, ether(10), c.AgentsABI.PackTopUp(big.NewInt(1), tierStarter), &bindings.INFTAgentsUnknownAgent{AgentId: big.NewInt(1)})
	})

	t.Run("wrong price and unknown tier", func(t *testing.T) {
		t.Parallel()
		c := chaintest.New(t)
		agent := buyAgent(t, c, alice, tierStarter)
		tryAgents(t, c, bob, ether(9), c.AgentsABI.PackTopUp(agent, tierStarter), &bindings.INFTAgentsWrongPayment{Expected: ether(10), Sent: ether(9)})
		tryAgents(t, c, bob, ether(10), c.AgentsABI.PackTopUp(agent, 4), &bindings.INFTAgentsUnknownTier{Tier: 4})
		require.Equal(t, uint64(100), credits(t, c, agent))
	})
}

func TestRequestGeneration(t *testing.T) {
	t.Parallel()

	t.Run("by the owner spends the agent's credits", func(t *testing.T) {
		t.Parallel()
		c := chaintest.New(t)
		a := c.AgentsABI
		agent := buyAgent(t, c, alice, tierStarter)

		r := c.Send(alice, c.Agents, nil, a.PackRequestGeneration(agent, kindImage, promptText))

		id := big.NewInt(1)
		requireEvent(t, r, c.Contracts.Agents, a.UnpackGenerationRequestedEvent, &bindings.INFTAgentsGenerationRequested{
			RequestId: id, AgentId: agent, Requester: c.Addr(alice), Kind: kindImage, Prompt: promptText, CreditsSpent: 5,
		})
		require.Equal(t, uint64(95), credits(t, c, agent))
		requireSame(t, bindings.RequestsOutput{
			AgentId: agent, Requester: c.Addr(alice), Kind: kindImage, Status: statusPending, CreditsSpent: 5, CreatedAt: blockTime(t, c, r),
			ExpiresAt: blockTime(t, c, r) + 3600,
		}, requestOf(t, c, id))
		requireBig(t, big.NewInt(1), requestCount(t, c))

		second, r2 := requestGeneration(t, c, alice, agent, kindText, "another")
		requireBig(t, big.NewInt(2), second)
		require.Equal(t, uint64(1), events(r2, c.Contracts.Agents, a.UnpackGenerationRequestedEvent)[0].CreditsSpent)
		require.Equal(t, uint64(94), credits(t, c, agent))
		requireBig(t, big.NewInt(2), requestCount(t, c))
	})

	t.Run("prompt of exactly maxPromptBytes", func(t *testing.T) {
		t.Parallel()
		c := chaintest.New(t)
		agent := buyAgent(t, c, alice, tierStarter)
		prompt := strings.Repeat("a", 2000)
		_, r := requestGeneration(t, c, alice, agent, kindText, prompt)
		require.Equal(t, prompt, events(r, c.Contracts.Agents, c.AgentsABI.UnpackGenerationRequestedEvent)[0].Prompt)
	})

	for _, tc := range []struct {
		name   string
		who    int
		agent  int64
		kind   uint8
		prompt string
		want   func(c *chaintest.Chain) any
	}{
		{"by a stranger", bob, 1, kindText, promptText, func(c *chaintest.Chain) any {
			return &bindings.INFTAgentsNotOwnerOrSubscriber{AgentId: big.NewInt(1), Caller: c.Addr(bob)}
		}},
		{"by the relayer", relayer, 1, kindText, promptText, func(c *chaintest.Chain) any {
			return &bindings.INFTAgentsNotOwnerOrSubscriber{AgentId: big.NewInt(1), Caller: c.Addr(relayer)}
		}},
		{"of an unknown agent", alice, 2, kindText, promptText, func(*chaintest.Chain) any {
			return &bindings.INFTAgentsUnknownAgent{AgentId: big.NewInt(2)}
		}},
		{"of an unknown kind", alice, 1, 2, promptText, func(*chaintest.Chain) any {
			return &bindings.INFTAgentsUnknownKind{Kind: 2}
		}},
		{"with an empty prompt", alice, 1, kindText, "", func(*chaintest.Chain) any {
			return &bindings.INFTAgentsEmptyPrompt{}
		}},
		{"with a 2001-byte prompt", alice, 1, kindText, strings.Repeat("a", 2001), func(*chaintest.Chain) any {
			return &bindings.INFTAgentsPromptTooLong{Length: big.NewInt(2001), Max: big.NewInt(2000)}
		}},
		{"with a prompt of 667 characters but 2001 bytes", alice, 1, kindText, strings.Repeat("€", 667), func(*chaintest.Chain) any {
			return &bindings.INFTAgentsPromptTooLong{Length: big.NewInt(2001), Max: big.NewInt(2000)}
		}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			t.Parallel()
			c := chaintest.New(t)
			agent := buyAgent(t, c, alice, tierStarter)
			requireBig(t, big.NewInt(1), agent)
			tryAgents(t, c, tc.who, nil, c.AgentsABI.PackRequestGeneration(big.NewInt(tc.agent), tc.kind, tc.prompt), tc.want(c))
			require.Equal(t, uint64(100), credits(t, c, agent), "no credits spent")
			requireBig(t, big.NewInt(0), requestCount(t, c))
		})
	}

	t.Run("costing more than the agent's credits", func(t *testing.T) {
		t.Parallel()
		c := chaintest.New(t)
		agent := buyAgent(t, c, alice, tierStarter)
		c.Send(deployer, c.Agents, nil, c.AgentsABI.PackSetGenerationCost(kindImage, 101))
		tryAgents(t, c, alice, nil, c.AgentsABI.PackRequestGeneration(agent, kindImage, promptText),
			&bindings.INFTAgentsInsufficientCredits{AgentId: agent, Available: 100, Required: 101})
		require.Equal(t, uint64(100), credits(t, c, agent))
	})

	t.Run("after all credits are spent", func(t *testing.T) {
		t.Parallel()
		c := chaintest.New(t)
		a := c.AgentsABI
		agent := buyAgent(t, c, alice, tierStarter)
		c.Send(deployer, c.Agents, nil, a.PackSetGenerationCost(kindText, 50))
		requestGeneration(t, c, alice, agent, kindText, "one")
		requestGeneration(t, c, alice, agent, kindText, "two")
		require.Equal(t, uint64(0), credits(t, c, agent))

		tryAgents(t, c, alice, nil, a.PackRequestGeneration(agent, kindText, "three"),
			&bindings.INFTAgentsInsufficientCredits{AgentId: agent, Available: 0, Required: 50})

		c.Send(bob, c.Agents, ether(10), a.PackTopUp(agent, tierStarter))
		requestGeneration(t, c, alice, agent, kindText, "three, after a top-up")
		require.Equal(t, uint64(50), credits(t, c, agent))
	})
}

func TestSubscriptions(t *testing.T) {
	t.Parallel()

	t.Run("terms set by the owner", func(t *testing.T) {
		t.Parallel()
		c := chaintest.New(t)
		a := c.AgentsABI
		agent := buyAgent(t, c, alice, tierStarter)

		r := c.Send(alice, c.Agents, nil, a.PackSetSubscriptionTerms(agent, subPrice, subPeriod, subCredits))

		requireEvent(t, r, c.Contracts.Agents, a.UnpackSubscriptionTermsSetEvent, &bindings.INFTAgentsSubscriptionTermsSet{
			AgentId: agent, PricePerPeriod: subPrice, Period: subPeriod, CreditsPerPeriod: subCredits,
		})
		requireSame(t, bindings.SubscriptionTermsOutput{PricePerPeriod: subPrice, Period: subPeriod, CreditsPerPeriod: subCredits},
			chaintest.Call(t, c.Agents, a.PackSubscriptionTerms(agent), a.UnpackSubscriptionTerms))

		// A period of 0 (with no credits) stops new subscriptions.
		r = c.Send(alice, c.Agents, nil, a.PackSetSubscriptionTerms(agent, big.NewInt(0), 0, 0))
		requireEvent(t, r, c.Contracts.Agents, a.UnpackSubscriptionTermsSetEvent, &bindings.INFTAgentsSubscriptionTermsSet{
			AgentId: agent, PricePerPeriod: big.NewInt(0), Period: 0, CreditsPerPeriod: 0,
		})
		tryAgents(t, c, bob, big.NewInt(0), a.PackSubscribe(agent), &bindings.INFTAgentsSubscriptionsDisabled{AgentId: agent})
	})

	t.Run("terms set by a non-owner", func(t *testing.T) {
		t.Parallel()
		c := chaintest.New(t)
		agent := buyAgent(t, c, alice, tierStarter)
		for _, who := range []int{bob, deployer} {
			tryAgents(t, c, who, nil, c.AgentsABI.PackSetSubscriptionTerms(agent, subPrice, subPeriod, subCredits),
				&bindings.INFTAgentsNotAgentOwner{AgentId: agent, Caller: c.Addr(who)})
		}
		tryAgents(t, c, alice, nil, c.AgentsABI.PackSetSubscriptionTerms(big.NewInt(2), subPrice, subPeriod, subCredits),
			&bindings.INFTAgentsUnknownAgent{AgentId: big.NewInt(2)})
	})

	t.Run("terms with a period but no credits", func(t *testing.T) {
		t.Parallel()
		c := chaintest.New(t)
		agent := buyAgent(t, c, alice, tierStarter)
		tryAgents(t, c, alice, nil, c.AgentsABI.PackSetSubscriptionTerms(agent, subPrice, subPeriod, 0), &bindings.INFTAgentsInvalidTerms{})
	})

	t.Run("subscribe with no terms", func(t *testing.T) {
		t.Parallel()
		c := chaintest.New(t)
		agent := buyAgent(t, c, alice, tierStarter)
		tryAgents(t, c, bob, big.NewInt(0), c.AgentsABI.PackSubscribe(agent), &bindings.INFTAgentsSubscriptionsDisabled{AgentId: agent})
		tryAgents(t, c, bob, big.NewInt(0), c.AgentsABI.PackSubscribe(big.NewInt(2)), &bindings.INFTAgentsUnknownAgent{AgentId: big.NewInt(2)})
	})

	t.Run("subscribe at the wrong price", func(t *testing.T) {
		t.Parallel()
		c := chaintest.New(t)
		agent := buyAgent(t, c, alice, tierStarter)
		offerSubscriptions(t, c, alice, agent, subCredits)
		for _, sent := range []*big.Int{ether(1), plus(subPrice, big.NewInt(1)), big.NewInt(0)} {
			tryAgents(t, c, bob, sent, c.AgentsABI.PackSubscribe(agent), &bindings.INFTAgentsWrongPayment{Expected: subPrice, Sent: sent})
		}
		requireSame(t, bindings.SubscriptionOfOutput{}, subscriptionOf(t, c, agent, bob))
	})

	t.Run("subscribe pays the owner and grants a period's quota", func(t *testing.T) {
		t.Parallel()
		c := chaintest.New(t)
		a := c.AgentsABI
		agent := buyAgent(t, c, alice, tierStarter)
		offerSubscriptions(t, c, alice, agent, subCredits)

		r := c.Send(bob, c.Agents, subPrice, a.PackSubscribe(agent))

		expiresAt := blockTime(t, c, r) + subPeriod
		requireEvent(t, r, c.Contracts.Agents, a.UnpackSubscribedEvent, &bindings.INFTAgentsSubscribed{
			AgentId: agent, Subscriber: c.Addr(bob), ExpiresAt: expiresAt, Paid: subPrice,
		})
		requireSame(t, bindings.SubscriptionOfOutput{ExpiresAt: expiresAt, CreditsLeft: subCredits}, subscriptionOf(t, c, agent, bob))
		requireBig(t, subPrice, agentsPending(t, c, c.Addr(alice)), "the owner is paid")
		requireBig(t, ether(5), agentsPending(t, c, c.Addr(staking)), "no revenue split on subscriptions")
		requireBig(t, ether(5), agentsPending(t, c, c.Addr(dev)), "no revenue split on subscriptions")
		require.Equal(t, uint64(100), credits(t, c, agent), "subscribing spends no credits")

		agentsLedger(c).requireWithdraws(t, c, alice, subPrice)
	})

	t.Run("renewal before expiry adds a period and its quota", func(t *testing.T) {
		t.Parallel()
		c := chaintest.New(t)
		a := c.AgentsABI
		agent := buyAgent(t, c, alice, tierStarter)
		offerSubscriptions(t, c, alice, agent, subCredits)
		first := subscribe(t, c, bob, agent)
		requestGeneration(t, c, bob, agent, kindText, promptText)

		r := c.Send(bob, c.Agents, subPrice, a.PackSubscribe(agent))

		requireEvent(t, r, c.Contracts.Agents, a.UnpackSubscribedEvent, &bindings.INFTAgentsSubscribed{
			AgentId: agent, Subscriber: c.Addr(bob), ExpiresAt: first + subPeriod, Paid: subPrice,
		})
		requireSame(t, bindings.SubscriptionOfOutput{ExpiresAt: first + subPeriod, CreditsLeft: 2*subCredits - 1}, subscriptionOf(t, c, agent, bob))
		requireBig(t, ether(4), agentsPending(t, c, c.Addr(alice)))
	})

	t.Run("renewal after expiry starts a fresh period", func(t *testing.T) {
		t.Parallel()
		c := chaintest.New(t)
		a := c.AgentsABI
		agent := buyAgent(t, c, alice, tierStarter)
		offerSubscriptions(t, c, alice, agent, subCredits)
		subscribe(t, c, bob, agent)
		requestGeneration(t, c, bob, agent, kindText, promptText)
		c.AdjustTime(time.Duration(subPeriod) * time.Second)

		r := c.Send(bob, c.Agents, subPrice, a.PackSubscribe(agent))

		expiresAt := blockTime(t, c, r) + subPeriod
		requireEvent(t, r, c.Contracts.Agents, a.UnpackSubscribedEvent, &bindings.INFTAgentsSubscribed{
			AgentId: agent, Subscriber: c.Addr(bob), ExpiresAt: expiresAt, Paid: subPrice,
		})
		requireSame(t, bindings.SubscriptionOfOutput{ExpiresAt: expiresAt, CreditsLeft: subCredits}, subscriptionOf(t, c, agent, bob),
			"the unspent quota of the expired period is not carried over")
	})

	t.Run("subscriber request within quota spends the agent's credits", func(t *testing.T) {
		t.Parallel()
		c := chaintest.New(t)
		a := c.AgentsABI
		agent := buyAgent(t, c, alice, tierStarter)
		offerSubscriptions(t, c, alice, agent, subCredits)
		expiresAt := subscribe(t, c, bob, agent)

		r := c.Send(bob, c.Agents, nil, a.PackRequestGeneration(agent, kindImage, promptText))

		id := big.NewInt(1)
		requireEvent(t, r, c.Contracts.Agents, a.UnpackGenerationRequestedEvent, &bindings.INFTAgentsGenerationRequested{
			RequestId: id, AgentId: agent, Requester: c.Addr(bob), Kind: kindImage, Prompt: promptText, CreditsSpent: 5,
		})
		requireSame(t, bindings.RequestsOutput{
			AgentId: agent, Requester: c.Addr(bob), Kind: kindImage, Status: statusPending, CreditsSpent: 5, CreatedAt: blockTime(t, c, r),
			ExpiresAt: blockTime(t, c, r) + 3600,
		}, requestOf(t, c, id))
		require.Equal(t, uint64(95), credits(t, c, agent))
		requireSame(t, bindings.SubscriptionOfOutput{ExpiresAt: expiresAt, CreditsLeft: 1}, subscriptionOf(t, c, agent, bob))

		// The owner's own requests do not touch the subscriber's quota.
		requestGeneration(t, c, alice, agent, kindImage, promptText)
		require.Equal(t, uint64(90), credits(t, c, agent))
		requireSame(t, bindings.SubscriptionOfOutput{ExpiresAt: expiresAt, CreditsLeft: 1}, subscriptionOf(t, c, agent, bob))
	})

	t.Run("subscriber request over quota", func(t *testing.T) {
		t.Parallel()
		c := chaintest.New(t)
		a := c.AgentsABI
		agent := buyAgent(t, c, alice, tierStarter)
		offerSubscriptions(t, c, alice, agent, subCredits)
		subscribe(t, c, bob, agent)
		requestGeneration(t, c, bob, agent, kindImage, promptText)

		tryAgents(t, c, bob, nil, a.PackRequestGeneration(agent, kindImage, promptText),
			&bindings.INFTAgentsSubscriptionQuotaExceeded{AgentId: agent, Subscriber: c.Addr(bob), CreditsLeft: 1, Cost: 5})
		require.Equal(t, uint64(95), credits(t, c, agent))

		requestGeneration(t, c, bob, agent, kindText, "the last credit of the quota")
		tryAgents(t, c, bob, nil, a.PackRequestGeneration(agent, kindText, promptText),
			&bindings.INFTAgentsSubscriptionQuotaExceeded{AgentId: agent, Subscriber: c.Addr(bob), CreditsLeft: 0, Cost: 1})
	})

	t.Run("subscriber request when the agent lacks credits", func(t *testing.T) {
		t.Parallel()
		c := chaintest.New(t)
		a := c.AgentsABI
		agent := buyAgent(t, c, alice, tierStarter)
		offerSubscriptions(t, c, alice, agent, 1000)
		expiresAt := subscribe(t, c, bob, agent)
		c.Send(deployer, c.Agents, nil, a.PackSetGenerationCost(kindImage, 60))
		requestGeneration(t, c, bob, agent, kindImage, promptText)

		tryAgents(t, c, bob, nil, a.PackRequestGeneration(agent, kindImage, promptText),
			&bindings.INFTAgentsInsufficientCredits{AgentId: agent, Available: 40, Required: 60})
		requireSame(t, bindings.SubscriptionOfOutput{ExpiresAt: expiresAt, CreditsLeft: 940}, subscriptionOf(t, c, agent, bob),
			"the quota is not charged for a refused request")
	})

	t.Run("subscriber request after expiry", func(t *testing.T) {
		t.Parallel()
		c := chaintest.New(t)
		agent := buyAgent(t, c, alice, tierStarter)
		offerSubscriptions(t, c, alice, agent, subCredits)
		expiresAt := subscribe(t, c, bob, agent)
		c.AdjustTime(time.Duration(subPeriod) * time.Second)
		require.GreaterOrEqual(t, latestTime(t, c), expiresAt)

		tryAgents(t, c, bob, nil, c.AgentsABI.PackRequestGeneration(agent, kindText, promptText),
			&bindings.INFTAgentsSubscriptionExpired{AgentId: agent, Subscriber: c.Addr(bob), ExpiredAt: expiresAt})
		require.Equal(t, uint64(100), credits(t, c, agent))
	})

	t.Run("failed subscriber request refunds the agent and the quota", func(t *testing.T) {
		t.Parallel()
		c := chaintest.New(t)
		a := c.AgentsABI
		agent := buyAgent(t, c, alice, tierStarter)
		offerSubscriptions(t, c, alice, agent, subCredits)
		expiresAt := subscribe(t, c, bob, agent)
		id, _ := requestGeneration(t, c, bob, agent, kindImage, promptText)
		require.Equal(t, uint64(1), subscriptionOf(t, c, agent, bob).CreditsLeft)

		r := c.Send(relayer, c.Agents, nil, a.PackFailGeneration(id, "model overloaded"))

		requireEvent(t, r, c.Contracts.Agents, a.UnpackGenerationFailedEvent, &bindings.INFTAgentsGenerationFailed{
			RequestId: id, Reason: "model overloaded", CreditsRefunded: 5,
		})
		require.Equal(t, uint64(100), credits(t, c, agent))
		requireSame(t, bindings.SubscriptionOfOutput{ExpiresAt: expiresAt, CreditsLeft: subCredits}, subscriptionOf(t, c, agent, bob))
	})

	t.Run("cancelled subscriber request refunds the agent and the quota", func(t *testing.T) {
		t.Parallel()
		c := chaintest.New(t)
		agent := buyAgent(t, c, alice, tierStarter)
		offerSubscriptions(t, c, alice, agent, subCredits)
		expiresAt := subscribe(t, c, bob, agent)
		id, _ := requestGeneration(t, c, bob, agent, kindImage, promptText)
		c.AdjustTime(time.Hour)

		c.Send(bob, c.Agents, nil, c.AgentsABI.PackCancelExpired(id))

		require.Equal(t, uint64(100), credits(t, c, agent))
		requireSame(t, bindings.SubscriptionOfOutput{ExpiresAt: expiresAt, CreditsLeft: subCredits}, subscriptionOf(t, c, agent, bob))
	})

	t.Run("a sale ends the seller's terms and subscriptions for good", func(t *testing.T) {
		// Alice offers her agent for free with a huge quota, subscribes her
		// other wallet (Bob), then sells the agent to Carol. Bob must not go
		// on spending the credits Carol bought, and the old terms must not
		// bind Carol, even if the agent later returns to Alice.
		t.Parallel()
		c := chaintest.New(t)
		a := c.AgentsABI
		agent := buyAgent(t, c, alice, tierStarter)
		c.Send(alice, c.Agents, nil, a.PackSetSubscriptionTerms(agent, big.NewInt(0), 10*365*subPeriod, 1_000_000))
		c.Send(bob, c.Agents, big.NewInt(0), a.PackSubscribe(agent))
		buy(t, c, carol, list(t, c, alice, c.Contracts.Agents, agent, ether(50)), ether(50))
		require.Equal(t, c.Addr(carol), agentOwner(t, c, agent))
		c.Send(carol, c.Agents, ether(10), a.PackTopUp(agent, tierStarter))

		tryAgents(t, c, bob, nil, a.PackRequestGeneration(agent, kindImage, promptText),
			&bindings.INFTAgentsNotOwnerOrSubscriber{AgentId: agent, Caller: c.Addr(bob)})
		requireSame(t, bindings.SubscriptionOfOutput{}, subscriptionOf(t, c, agent, bob))
		requireSame(t, bindings.SubscriptionTermsOutput{PricePerPeriod: big.NewInt(0)},
			chaintest.Call(t, c.Agents, a.PackSubscriptionTerms(agent), a.UnpackSubscriptionTerms))
		tryAgents(t, c, bob, big.NewInt(0), a.PackSubscribe(agent), &bindings.INFTAgentsSubscriptionsDisabled{AgentId: agent})
		require.Equal(t, uint64(200), credits(t, c, agent), "Carol's credits: 100 bought with the agent, 100 topped up")

		// Back with Alice, the old subscription stays over.
		c.Send(carol, c.Agents, nil, a.PackTransferFrom(c.Addr(carol), c.Addr(alice), agent))
		tryAgents(t, c, bob, nil, a.PackRequestGeneration(agent, kindImage, promptText),
			&bindings.INFTAgentsNotOwnerOrSubscriber{AgentId: agent, Caller: c.Addr(bob)})

		// New terms from the new owner work as usual.
		offerSubscriptions(t, c, alice, agent, subCredits)
		subscribe(t, c, bob, agent)
		requestGeneration(t, c, bob, agent, kindImage, promptText)
		require.Equal(t, uint64(195), credits(t, c, agent))
	})

	t.Run("refund after the subscription expired goes to the agent only", func(t *testing.T) {
		t.Parallel()
		c := chaintest.New(t)
		agent := buyAgent(t, c, alice, tierStarter)
		offerSubscriptions(t, c, alice, agent, subCredits)
		expiresAt := subscribe(t, c, bob, agent)
		id, _ := requestGeneration(t, c, bob, agent, kindImage, promptText)
		c.AdjustTime(time.Duration(subPeriod) * time.Second)

		c.Send(relayer, c.Agents, nil, c.AgentsABI.PackFailGeneration(id, "late"))

		require.Equal(t, uint64(100), credits(t, c, agent))
		requireSame(t, bindings.SubscriptionOfOutput{ExpiresAt: expiresAt, CreditsLeft: 1}, subscriptionOf(t, c, agent, bob))
	})
}

func TestFulfillGeneration(t *testing.T) {
	t.Parallel()

	t.Run("by the relayer mints the output to the requester", func(t *testing.T) {
		t.Parallel()
		c := chaintest.New(t)
		a, g := c.AgentsABI, c.GeneratedABI
		agent := buyAgent(t, c, alice, tierStarter)
		id, req := requestGeneration(t, c, alice, agent, kindImage, promptText)

		r := c.Send(relayer, c.Agents, nil, a.PackFulfillGeneration(id, outputURI))

		token := big.NewInt(1)
		requireEvent(t, r, c.Contracts.Agents, a.UnpackGenerationFulfilledEvent, &bindings.INFTAgentsGenerationFulfilled{
			RequestId: id, TokenId: token, TokenURI: outputURI,
		})
		requireEvent(t, r, c.Contracts.Generated, g.UnpackTransferEvent, &bindings.INFTGeneratedTransfer{
			From: common.Address{}, To: c.Addr(alice), TokenId: token,
		})
		require.Equal(t, c.Addr(alice), chaintest.Call(t, c.Generated, g.PackOwnerOf(token), g.UnpackOwnerOf))
		require.Equal(t, outputURI, chaintest.Call(t, c.Generated, g.PackTokenURI(token), g.UnpackTokenURI))
		requireSame(t, bindings.GeneratedFromOutput{AgentId: agent, RequestId: id},
			chaintest.Call(t, c.Generated, g.PackGeneratedFrom(token), g.UnpackGeneratedFrom))
		requireSame(t, bindings.RoyaltyInfoOutput{Receiver: c.Addr(alice), Amount: wei("50000000000000000")},
			chaintest.Call(t, c.Generated, g.PackRoyaltyInfo(token, ether(1)), g.UnpackRoyaltyInfo), "5% royalty to the agent's owner")
		requireBig(t, big.NewInt(1), chaintest.Call(t, c.Generated, g.PackTotalMinted(), g.UnpackTotalMinted))
		requireSame(t, bindings.RequestsOutput{
			AgentId: agent, Requester: c.Addr(alice), Kind: kindImage, Status: statusFulfilled, CreditsSpent: 5, CreatedAt: blockTime(t, c, req),
			ExpiresAt: blockTime(t, c, req) + 3600,
		}, requestOf(t, c, id))
		require.Equal(t, uint64(95), credits(t, c, agent), "fulfilment keeps the credits spent")
	})

	t.Run("of a subscriber's request mints to the subscriber with royalty to the owner", func(t *testing.T) {
		t.Parallel()
		c := chaintest.New(t)
		g := c.GeneratedABI
		agent := buyAgent(t, c, alice, tierStarter)
		offerSubscriptions(t, c, alice, agent, subCredits)
		subscribe(t, c, bob, agent)
		id, _ := requestGeneration(t, c, bob, agent, kindText, promptText)

		token := fulfil(t, c, id, outputURI)

		require.Equal(t, c.Addr(bob), chaintest.Call(t, c.Generated, g.PackOwnerOf(token), g.UnpackOwnerOf))
		requireSame(t, bindings.RoyaltyInfoOutput{Receiver: c.Addr(alice), Amount: wei("50000000000000000")},
			chaintest.Call(t, c.Generated, g.PackRoyaltyInfo(token, ether(1)), g.UnpackRoyaltyInfo))
	})

	t.Run("royalty goes to whoever owns the agent at mint", func(t *testing.T) {
		t.Parallel()
		c := chaintest.New(t)
		g := c.GeneratedABI
		agent := buyAgent(t, c, alice, tierStarter)
		id, _ := requestGeneration(t, c, alice, agent, kindText, promptText)
		c.Send(alice, c.Agents, nil, c.AgentsABI.PackTransferFrom(c.Addr(alice), c.Addr(carol), agent))

		token := fulfil(t, c, id, outputURI)

		require.Equal(t, c.Addr(alice), chaintest.Call(t, c.Generated, g.PackOwnerOf(token), g.UnpackOwnerOf), "output to the requester")
		require.Equal(t, c.Addr(carol), chaintest.Call(t, c.Generated, g.PackRoyaltyInfo(token, ether(1)), g.UnpackRoyaltyInfo).Receiver,
			"royalty to the agent's owner at mint")
	})

	t.Run("by a non-relayer", func(t *testing.T) {
		t.Parallel()
		c := chaintest.New(t)
		agent := buyAgent(t, c, alice, tierStarter)
		id, _ := requestGeneration(t, c, alice, agent, kindText, promptText)
		for _, who := range []int{alice, deployer} { // the agent's owner, the admin
			tryAgents(t, c, who, nil, c.AgentsABI.PackFulfillGeneration(id, outputURI),
				&bindings.INFTAgentsAccessControlUnauthorizedAccount{Account: c.Addr(who), NeededRole: relayerRole})
		}
		require.Equal(t, statusPending, requestOf(t, c, id).Status)
	})

	t.Run("twice", func(t *testing.T) {
		t.Parallel()
		c := chaintest.New(t)
		agent := buyAgent(t, c, alice, tierStarter)
		id, _ := requestGeneration(t, c, alice, agent, kindText, promptText)
		fulfil(t, c, id, outputURI)
		tryAgents(t, c, relayer, nil, c.AgentsABI.PackFulfillGeneration(id, outputURI+"2"),
			&bindings.INFTAgentsRequestNotPending{RequestId: id, Status: statusFulfilled})
		requireBig(t, big.NewInt(1), chaintest.Call(t, c.Generated, c.GeneratedABI.PackTotalMinted(), c.GeneratedABI.UnpackTotalMinted))
	})

	t.Run("of an unknown request", func(t *testing.T) {
		t.Parallel()
		c := chaintest.New(t)
		agent := buyAgent(t, c, alice, tierStarter)
		requestGeneration(t, c, alice, agent, kindText, promptText)
		for _, id := range []int64{0, 2} {
			tryAgents(t, c, relayer, nil, c.AgentsABI.PackFulfillGeneration(big.NewInt(id), outputURI),
				&bindings.INFTAgentsUnknownRequest{RequestId: big.NewInt(id)})
		}
	})

	t.Run("with an empty URI", func(t *testing.T) {
		t.Parallel()
		c := chaintest.New(t)
		agent := buyAgent(t, c, alice, tierStarter)
		id, _ := requestGeneration(t, c, alice, agent, kindText, promptText)
		tryAgents(t, c, relayer, nil, c.AgentsABI.PackFulfillGeneration(id, ""), &bindings.INFTAgentsEmptyURI{})
		require.Equal(t, statusPending, requestOf(t, c, id).Status)
	})
}

func TestFailGeneration(t *testing.T) {
	t.Parallel()

	t.Run("by the relayer refunds the credits", func(t *testing.T) {
		t.Parallel()
		c := chaintest.New(t)
		a := c.AgentsABI
		agent := buyAgent(t, c, alice, tierStarter)
		id, req := requestGeneration(t, c, alice, agent, kindImage, promptText)
		require.Equal(t, uint64(95), credits(t, c, agent))

		r := c.Send(relayer, c.Agents, nil, a.PackFailGeneration(id, "content policy"))

		requireEvent(t, r, c.Contracts.Agents, a.UnpackGenerationFailedEvent, &bindings.INFTAgentsGenerationFailed{
			RequestId: id, Reason: "content policy", CreditsRefunded: 5,
		})
		require.Equal(t, uint64(100), credits(t, c, agent))
		requireSame(t, bindings.RequestsOutput{
			AgentId: agent, Requester: c.Addr(alice), Kind: kindImage, Status: statusFailed, CreditsSpent: 5, CreatedAt: blockTime(t, c, req),
			ExpiresAt: blockTime(t, c, req) + 3600,
		}, requestOf(t, c, id))
		requireBig(t, big.NewInt(0), chaintest.Call(t, c.Generated, c.GeneratedABI.PackTotalMinted(), c.GeneratedABI.UnpackTotalMinted))
	})

	t.Run("by a non-relayer", func(t *testing.T) {
		t.Parallel()
		c := chaintest.New(t)
		agent := buyAgent(t, c, alice, tierStarter)
		id, _ := requestGeneration(t, c, alice, agent, kindImage, promptText)
		for _, who := range []int{alice, deployer} {
			tryAgents(t, c, who, nil, c.AgentsABI.PackFailGeneration(id, "no"),
				&bindings.INFTAgentsAccessControlUnauthorizedAccount{Account: c.Addr(who), NeededRole: relayerRole})
		}
		require.Equal(t, uint64(95), credits(t, c, agent))
	})

	t.Run("fulfil after fail", func(t *testing.T) {
		t.Parallel()
		c := chaintest.New(t)
		agent := buyAgent(t, c, alice, tierStarter)
		id, _ := requestGeneration(t, c, alice, agent, kindImage, promptText)
		c.Send(relayer, c.Agents, nil, c.AgentsABI.PackFailGeneration(id, "gpu on fire"))

		tryAgents(t, c, relayer, nil, c.AgentsABI.PackFulfillGeneration(id, outputURI),
			&bindings.INFTAgentsRequestNotPending{RequestId: id, Status: statusFailed})
		tryAgents(t, c, relayer, nil, c.AgentsABI.PackFailGeneration(id, "again"),
			&bindings.INFTAgentsRequestNotPending{RequestId: id, Status: statusFailed})
		require.Equal(t, uint64(100), credits(t, c, agent), "refunded once only")
	})

	t.Run("fail after fulfil", func(t *testing.T) {
		t.Parallel()
		c := chaintest.New(t)
		agent := buyAgent(t, c, alice, tierStarter)
		id, _ := requestGeneration(t, c, alice, agent, kindImage, promptText)
		fulfil(t, c, id, outputURI)

		tryAgents(t, c, relayer, nil, c.AgentsABI.PackFailGeneration(id, "too late"),
			&bindings.INFTAgentsRequestNotPending{RequestId: id, Status: statusFulfilled})
		require.Equal(t, uint64(95), credits(t, c, agent))
	})

	t.Run("of an unknown request", func(t *testing.T) {
		t.Parallel()
		c := chaintest.New(t)
		tryAgents(t, c, relayer, nil, c.AgentsABI.PackFailGeneration(big.NewInt(1), "?"),
			&bindings.INFTAgentsUnknownRequest{RequestId: big.NewInt(1)})
	})
}

func TestCancelExpired(t *testing.T) {
	t.Parallel()

	t.Run("before the timeout", func(t *testing.T) {
		t.Parallel()
		c := chaintest.New(t)
		agent := buyAgent(t, c, alice, tierStarter)
		id, req := requestGeneration(t, c, alice, agent, kindImage, promptText)
		tryAgents(t, c, alice, nil, c.AgentsABI.PackCancelExpired(id),
			&bindings.INFTAgentsRequestNotExpired{RequestId: id, ExpiresAt: blockTime(t, c, req) + 3600})
		require.Equal(t, statusPending, requestOf(t, c, id).Status)
	})

	t.Run("by a non-requester", func(t *testing.T) {
		t.Parallel()
		c := chaintest.New(t)
		agent := buyAgent(t, c, alice, tierStarter)
		id, _ := requestGeneration(t, c, alice, agent, kindImage, promptText)
		c.AdjustTime(time.Hour)
		for _, who := range []int{bob, relayer} {
			tryAgents(t, c, who, nil, c.AgentsABI.PackCancelExpired(id), &bindings.INFTAgentsNotRequester{RequestId: id, Caller: c.Addr(who)})
		}
		require.Equal(t, statusPending, requestOf(t, c, id).Status)
	})

	t.Run("after the timeout refunds the requester's credits", func(t *testing.T) {
		t.Parallel()
		c := chaintest.New(t)
		a := c.AgentsABI
		agent := buyAgent(t, c, alice, tierStarter)
		id, req := requestGeneration(t, c, alice, agent, kindImage, promptText)
		c.AdjustTime(time.Hour)

		r := c.Send(alice, c.Agents, nil, a.PackCancelExpired(id))

		require.GreaterOrEqual(t, blockTime(t, c, r), blockTime(t, c, req)+3600)
		requireEvent(t, r, c.Contracts.Agents, a.UnpackGenerationFailedEvent, &bindings.INFTAgentsGenerationFailed{
			RequestId: id, Reason: cancelNote, CreditsRefunded: 5,
		})
		require.Equal(t, uint64(100), credits(t, c, agent))
		require.Equal(t, statusFailed, requestOf(t, c, id).Status)

		tryAgents(t, c, relayer, nil, a.PackFulfillGeneration(id, outputURI), &bindings.INFTAgentsRequestNotPending{RequestId: id, Status: statusFailed})
		tryAgents(t, c, alice, nil, a.PackCancelExpired(id), &bindings.INFTAgentsRequestNotPending{RequestId: id, Status: statusFailed})
	})

	t.Run("of a fulfilled request", func(t *testing.T) {
		t.Parallel()
		c := chaintest.New(t)
		agent := buyAgent(t, c, alice, tierStarter)
		id, _ := requestGeneration(t, c, alice, agent, kindImage, promptText)
		fulfil(t, c, id, outputURI)
		c.AdjustTime(time.Hour)
		tryAgents(t, c, alice, nil, c.AgentsABI.PackCancelExpired(id), &bindings.INFTAgentsRequestNotPending{RequestId: id, Status: statusFulfilled})
		require.Equal(t, uint64(95), credits(t, c, agent))
	})

	t.Run("of an unknown request", func(t *testing.T) {
		t.Parallel()
		c := chaintest.New(t)
		tryAgents(t, c, alice, nil, c.AgentsABI.PackCancelExpired(big.NewInt(7)), &bindings.INFTAgentsUnknownRequest{RequestId: big.NewInt(7)})
	})

	t.Run("a request keeps the timeout in force when it was made", func(t *testing.T) {
		t.Parallel()
		c := chaintest.New(t)
		a := c.AgentsABI
		agent := buyAgent(t, c, alice, tierStarter)
		early, req := requestGeneration(t, c, alice, agent, kindText, promptText) // under the default hour
		earlyExpiry := blockTime(t, c, req) + 3600

		// Shortened to 10 minutes: the early request still waits its hour.
		c.Send(deployer, c.Agents, nil, a.PackSetRequestLimits(2000, 600))
		require.Equal(t, earlyExpiry, requestOf(t, c, early).ExpiresAt)
		late, req := requestGeneration(t, c, alice, agent, kindText, promptText)
		lateExpiry := blockTime(t, c, req) + 600
		require.Equal(t, lateExpiry, requestOf(t, c, late).ExpiresAt)
		c.AdjustTime(10 * time.Minute)
		tryAgents(t, c, alice, nil, a.PackCancelExpired(early), &bindings.INFTAgentsRequestNotExpired{RequestId: early, ExpiresAt: earlyExpiry})
		c.Send(alice, c.Agents, nil, a.PackCancelExpired(late))
		require.Equal(t, statusFailed, requestOf(t, c, late).Status)

		// Lengthened to a day: the early request still expires after its hour.
		c.Send(deployer, c.Agents, nil, a.PackSetRequestLimits(2000, 86400))
		require.Equal(t, earlyExpiry, requestOf(t, c, early).ExpiresAt)
		c.AdjustTime(50 * time.Minute)
		r := c.Send(alice, c.Agents, nil, a.PackCancelExpired(early))
		require.GreaterOrEqual(t, blockTime(t, c, r), earlyExpiry)
		require.Less(t, blockTime(t, c, r), earlyExpiry+600, "cancelled within its hour's margin, long before a day")
		require.Equal(t, statusFailed, requestOf(t, c, early).Status)
		require.Equal(t, uint64(100), credits(t, c, agent), "both refunded")
	})

	t.Run("a timeout beyond uint64 time means never, and requests still go on", func(t *testing.T) {
		t.Parallel()
		c := chaintest.New(t)
		a := c.AgentsABI
		agent := buyAgent(t, c, alice, tierStarter)
		c.Send(deployer, c.Agents, nil, a.PackSetRequestLimits(2000, ^uint64(0)))
		id, _ := requestGeneration(t, c, alice, agent, kindText, promptText)
		require.Equal(t, ^uint64(0), requestOf(t, c, id).ExpiresAt)
		tryAgents(t, c, alice, nil, a.PackCancelExpired(id), &bindings.INFTAgentsRequestNotExpired{RequestId: id, ExpiresAt: ^uint64(0)})
	})
}

func TestEvolveAgent(t *testing.T) {
	t.Parallel()
	const state1, state2 = "ipfs://bafkreistate1", "ipfs://bafkreistate2"

	t.Run("by the relayer raises the level and sets the state URI", func(t *testing.T) {
		t.Parallel()
		c := chaintest.New(t)
		a := c.AgentsABI
		agent := buyAgent(t, c, alice, tierStarter)

		r := c.Send(relayer, c.Agents, nil, a.PackEvolveAgent(agent, 1, state1))

		requireEvent(t, r, c.Contracts.Agents, a.UnpackAgentEvolvedEvent, &bindings.INFTAgentsAgentEvolved{AgentId: agent, Level: 1, StateURI: state1})
		require.Equal(t, uint32(1), chaintest.Call(t, c.Agents, a.PackLevelOf(agent), a.UnpackLevelOf))
		require.Equal(t, state1, chaintest.Call(t, c.Agents, a.PackStateURIOf(agent), a.UnpackStateURIOf))

		r = c.Send(relayer, c.Agents, nil, a.PackEvolveAgent(agent, 7, state2))

		requireEvent(t, r, c.Contracts.Agents, a.UnpackAgentEvolvedEvent, &bindings.INFTAgentsAgentEvolved{AgentId: agent, Level: 7, StateURI: state2})
		require.Equal(t, uint32(7), chaintest.Call(t, c.Agents, a.PackLevelOf(agent), a.UnpackLevelOf))
		require.Equal(t, state2, chaintest.Call(t, c.Agents, a.PackStateURIOf(agent), a.UnpackStateURIOf))
	})

	t.Run("to a lower level or to level 0", func(t *testing.T) {
		t.Parallel()
		c := chaintest.New(t)
		a := c.AgentsABI
		agent := buyAgent(t, c, alice, tierStarter)
		tryAgents(t, c, relayer, nil, a.PackEvolveAgent(agent, 0, state1), &bindings.INFTAgentsLevelNotIncreasing{AgentId: agent, Current: 0, Level: 0})
		c.Send(relayer, c.Agents, nil, a.PackEvolveAgent(agent, 5, state1))
		tryAgents(t, c, relayer, nil, a.PackEvolveAgent(agent, 3, state2), &bindings.INFTAgentsLevelNotIncreasing{AgentId: agent, Current: 5, Level: 3})
		require.Equal(t, state1, chaintest.Call(t, c.Agents, a.PackStateURIOf(agent), a.UnpackStateURIOf))
	})

	t.Run("at the same level anchors a new state", func(t *testing.T) {
		t.Parallel()
		c := chaintest.New(t)
		a := c.AgentsABI
		agent := buyAgent(t, c, alice, tierStarter)
		c.Send(relayer, c.Agents, nil, a.PackEvolveAgent(agent, 5, state1))
		r := c.Send(relayer, c.Agents, nil, a.PackEvolveAgent(agent, 5, state2))
		requireEvent(t, r, c.Contracts.Agents, a.UnpackAgentEvolvedEvent, &bindings.INFTAgentsAgentEvolved{AgentId: agent, Level: 5, StateURI: state2})
		require.Equal(t, uint32(5), chaintest.Call(t, c.Agents, a.PackLevelOf(agent), a.UnpackLevelOf))
		require.Equal(t, state2, chaintest.Call(t, c.Agents, a.PackStateURIOf(agent), a.UnpackStateURIOf))
	})

	t.Run("by a non-relayer", func(t *testing.T) {
		t.Parallel()
		c := chaintest.New(t)
		agent := buyAgent(t, c, alice, tierStarter)
		for _, who := range []int{alice, deployer} {
			tryAgents(t, c, who, nil, c.AgentsABI.PackEvolveAgent(agent, 1, state1),
				&bindings.INFTAgentsAccessControlUnauthorizedAccount{Account: c.Addr(who), NeededRole: relayerRole})
		}
	})

	t.Run("with an empty URI or an unknown agent", func(t *testing.T) {
		t.Parallel()
		c := chaintest.New(t)
		agent := buyAgent(t, c, alice, tierStarter)
		tryAgents(t, c, relayer, nil, c.AgentsABI.PackEvolveAgent(agent, 1, ""), &bindings.INFTAgentsEmptyURI{})
		tryAgents(t, c, relayer, nil, c.AgentsABI.PackEvolveAgent(big.NewInt(2), 1, state1), &bindings.INFTAgentsUnknownAgent{AgentId: big.NewInt(2)})
	})
}

func TestAgentsPause(t *testing.T) {
	t.Parallel()

	t.Run("by a non-admin", func(t *testing.T) {
		t.Parallel()
		c := chaintest.New(t)
		for _, who := range []int{alice, relayer} {
			tryAgents(t, c, who, nil, c.AgentsABI.PackPause(),
				&bindings.INFTAgentsAccessControlUnauthorizedAccount{Account: c.Addr(who), NeededRole: adminRole})
		}
		c.Send(deployer, c.Agents, nil, c.AgentsABI.PackPause())
		tryAgents(t, c, alice, nil, c.AgentsABI.PackUnpause(),
			&bindings.INFTAgentsAccessControlUnauthorizedAccount{Account: c.Addr(alice), NeededRole: adminRole})
		require.True(t, chaintest.Call(t, c.Agents, c.AgentsABI.PackPaused(), c.AgentsABI.UnpackPaused))
	})

	t.Run("stops buying, topping up, requesting and subscribing until unpaused", func(t *testing.T) {
		t.Parallel()
		c := chaintest.New(t)
		a := c.AgentsABI
		agent := buyAgent(t, c, alice, tierStarter)
		offerSubscriptions(t, c, alice, agent, subCredits)

		r := c.Send(deployer, c.Agents, nil, a.PackPause())

		requireEvent(t, r, c.Contracts.Agents, a.UnpackPausedEvent, &bindings.INFTAgentsPaused{Account: c.Addr(deployer)})
		require.True(t, chaintest.Call(t, c.Agents, a.PackPaused(), a.UnpackPaused))
		for _, tc := range []struct {
			name     string
			who      int
			value    *big.Int
			calldata []byte
		}{
			{"purchasePackage", bob, ether(10), a.PackPurchasePackage(tierStarter)},
			{"topUp", bob, ether(10), a.PackTopUp(agent, tierStarter)},
			{"requestGeneration", alice, nil, a.PackRequestGeneration(agent, kindText, promptText)},
			{"subscribe", bob, subPrice, a.PackSubscribe(agent)},
		} {
			_, err := c.Try(tc.who, c.Agents, tc.value, tc.calldata)
			requireRevert(t, err, a.UnpackError, &bindings.INFTAgentsEnforcedPause{})
		}
		tryAgents(t, c, deployer, nil, a.PackPause(), &bindings.INFTAgentsEnforcedPause{})

		r = c.Send(deployer, c.Agents, nil, a.PackUnpause())

		requireEvent(t, r, c.Contracts.Agents, a.UnpackUnpausedEvent, &bindings.INFTAgentsUnpaused{Account: c.Addr(deployer)})
		require.False(t, chaintest.Call(t, c.Agents, a.PackPaused(), a.UnpackPaused))
		requireBig(t, big.NewInt(2), buyAgent(t, c, bob, tierStarter))
		requestGeneration(t, c, alice, agent, kindText, promptText)
		tryAgents(t, c, deployer, nil, a.PackUnpause(), &bindings.INFTAgentsExpectedPause{})
	})

	t.Run("lets fulfil, fail, cancel, evolve and withdraw go on", func(t *testing.T) {
		t.Parallel()
		c := chaintest.New(t)
		a := c.AgentsABI
		agent := buyAgent(t, c, alice, tierStarter)
		toFulfil, _ := requestGeneration(t, c, alice, agent, kindImage, "one")
		toFail, _ := requestGeneration(t, c, alice, agent, kindImage, "two")
		toCancel, _ := requestGeneration(t, c, alice, agent, kindImage, "three")
		require.Equal(t, uint64(85), credits(t, c, agent))
		c.Send(deployer, c.Agents, nil, a.PackPause())

		fulfil(t, c, toFulfil, outputURI)
		c.Send(relayer, c.Agents, nil, a.PackFailGeneration(toFail, "paused"))
		c.AdjustTime(time.Hour)
		c.Send(alice, c.Agents, nil, a.PackCancelExpired(toCancel))
		c.Send(relayer, c.Agents, nil, a.PackEvolveAgent(agent, 1, "ipfs://state"))
		c.Send(alice, c.Agents, nil, a.PackSetSubscriptionTerms(agent, subPrice, subPeriod, subCredits))
		agentsLedger(c).requireWithdraws(t, c, staking, ether(5))

		require.Equal(t, statusFulfilled, requestOf(t, c, toFulfil).Status)
		require.Equal(t, statusFailed, requestOf(t, c, toFail).Status)
		require.Equal(t, statusFailed, requestOf(t, c, toCancel).Status)
		require.Equal(t, uint64(95), credits(t, c, agent))
		require.True(t, chaintest.Call(t, c.Agents, a.PackPaused(), a.UnpackPaused))
	})
}

func TestAgentsAdminSetters(t *testing.T) {
	t.Parallel()

	t.Run("by a non-admin", func(t *testing.T) {
		t.Parallel()
		c := chaintest.New(t)
		a := c.AgentsABI
		for _, tc := range []struct {
			name     string
			calldata []byte
		}{
			{"setPackage", a.PackSetPackage(tierStarter, ether(1), 1)},
			{"setGenerationCost", a.PackSetGenerationCost(kindText, 2)},
			{"setRequestLimits", a.PackSetRequestLimits(10, 60)},
			{"setRevenueSplit", a.PackSetRevenueSplit(c.Addr(alice), c.Addr(alice), 10_000)},
		} {
			for _, who := range []int{alice, relayer} {
				_, err := c.Try(who, c.Agents, nil, tc.calldata)
				requireRevert(t, err, a.UnpackError, &bindings.INFTAgentsAccessControlUnauthorizedAccount{Account: c.Addr(who), NeededRole: adminRole})
			}
		}
		requireBig(t, ether(10), chaintest.Call(t, c.Agents, a.PackPackagePrice(tierStarter), a.UnpackPackagePrice))
	})

	t.Run("with invalid values", func(t *testing.T) {
		t.Parallel()
		c := chaintest.New(t)
		a := c.AgentsABI
		zero := common.Address{}
		for _, tc := range []struct {
			name     string
			calldata []byte
			want     any
		}{
			{"setPackage unknown tier", a.PackSetPackage(4, ether(1), 1), &bindings.INFTAgentsUnknownTier{Tier: 4}},
			{"setGenerationCost unknown kind", a.PackSetGenerationCost(2, 1), &bindings.INFTAgentsUnknownKind{Kind: 2}},
			{"setRequestLimits zero prompt", a.PackSetRequestLimits(0, 60), &bindings.INFTAgentsInvalidLimits{}},
			{"setRequestLimits zero timeout", a.PackSetRequestLimits(10, 0), &bindings.INFTAgentsInvalidLimits{}},
			{"setRevenueSplit zero staking", a.PackSetRevenueSplit(zero, c.Addr(dev), 5000), &bindings.INFTAgentsZeroAddress{}},
			{"setRevenueSplit zero dev", a.PackSetRevenueSplit(c.Addr(staking), zero, 5000), &bindings.INFTAgentsZeroAddress{}},
			{"setRevenueSplit share above 100%", a.PackSetRevenueSplit(c.Addr(staking), c.Addr(dev), 10_001), &bindings.INFTAgentsInvalidShare{Bps: 10_001}},
		} {
			_, err := c.Try(deployer, c.Agents, nil, tc.calldata)
			requireRevert(t, err, a.UnpackError, tc.want)
		}
	})

	t.Run("setPackage", func(t *testing.T) {
		t.Parallel()
		c := chaintest.New(t)
		a := c.AgentsABI

		r := c.Send(deployer, c.Agents, nil, a.PackSetPackage(tierPro, ether(50), 600))

		requireEvent(t, r, c.Contracts.Agents, a.UnpackPackageSetEvent, &bindings.INFTAgentsPackageSet{Tier: tierPro, Price: ether(50), Credits: 600})
		requireBig(t, ether(50), chaintest.Call(t, c.Agents, a.PackPackagePrice(tierPro), a.UnpackPackagePrice))
		require.Equal(t, uint64(600), chaintest.Call(t, c.Agents, a.PackPackageCredits(tierPro), a.UnpackPackageCredits))
		tryAgents(t, c, alice, ether(45), a.PackPurchasePackage(tierPro), &bindings.INFTAgentsWrongPayment{Expected: ether(50), Sent: ether(45)})
		agent := buyAgent(t, c, alice, tierPro)
		require.Equal(t, uint64(600), credits(t, c, agent))
		requireBig(t, ether(25), agentsPending(t, c, c.Addr(staking)))
	})

	t.Run("setGenerationCost", func(t *testing.T) {
		t.Parallel()
		c := chaintest.New(t)
		a := c.AgentsABI
		agent := buyAgent(t, c, alice, tierStarter)

		r := c.Send(deployer, c.Agents, nil, a.PackSetGenerationCost(kindImage, 7))

		requireEvent(t, r, c.Contracts.Agents, a.UnpackGenerationCostSetEvent, &bindings.INFTAgentsGenerationCostSet{Kind: kindImage, Credits: 7})
		require.Equal(t, uint64(7), chaintest.Call(t, c.Agents, a.PackGenerationCost(kindImage), a.UnpackGenerationCost))
		_, req := requestGeneration(t, c, alice, agent, kindImage, promptText)
		require.Equal(t, uint64(7), events(req, c.Contracts.Agents, a.UnpackGenerationRequestedEvent)[0].CreditsSpent)
		require.Equal(t, uint64(93), credits(t, c, agent))
	})

	t.Run("setRequestLimits", func(t *testing.T) {
		t.Parallel()
		c := chaintest.New(t)
		a := c.AgentsABI
		agent := buyAgent(t, c, alice, tierStarter)

		r := c.Send(deployer, c.Agents, nil, a.PackSetRequestLimits(10, 60))

		requireEvent(t, r, c.Contracts.Agents, a.UnpackRequestLimitsSetEvent, &bindings.INFTAgentsRequestLimitsSet{MaxPromptBytes: 10, RequestTimeout: 60})
		require.Equal(t, uint32(10), chaintest.Call(t, c.Agents, a.PackMaxPromptBytes(), a.UnpackMaxPromptBytes))
		require.Equal(t, uint64(60), chaintest.Call(t, c.Agents, a.PackRequestTimeout(), a.UnpackRequestTimeout))
		tryAgents(t, c, alice, nil, a.PackRequestGeneration(agent, kindText, "eleven byte"),
			&bindings.INFTAgentsPromptTooLong{Length: big.NewInt(11), Max: big.NewInt(10)})
		id, req := requestGeneration(t, c, alice, agent, kindText, "ten bytes!")
		tryAgents(t, c, alice, nil, a.PackCancelExpired(id), &bindings.INFTAgentsRequestNotExpired{RequestId: id, ExpiresAt: blockTime(t, c, req) + 60})
		c.AdjustTime(time.Minute)
		c.Send(alice, c.Agents, nil, a.PackCancelExpired(id))
		require.Equal(t, statusFailed, requestOf(t, c, id).Status)
	})

	t.Run("setRevenueSplit", func(t *testing.T) {
		t.Parallel()
		c := chaintest.New(t)
		a := c.AgentsABI

		r := c.Send(deployer, c.Agents, nil, a.PackSetRevenueSplit(c.Addr(carol), c.Addr(bob), 10_000))

		requireEvent(t, r, c.Contracts.Agents, a.UnpackRevenueSplitSetEvent, &bindings.INFTAgentsRevenueSplitSet{
			StakingWallet: c.Addr(carol), DevWallet: c.Addr(bob), StakingShareBps: 10_000,
		})
		require.Equal(t, c.Addr(carol), chaintest.Call(t, c.Agents, a.PackStakingWallet(), a.UnpackStakingWallet))
		require.Equal(t, c.Addr(bob), chaintest.Call(t, c.Agents, a.PackDevWallet(), a.UnpackDevWallet))
		require.Equal(t, uint16(10_000), chaintest.Call(t, c.Agents, a.PackStakingShareBps(), a.UnpackStakingShareBps))
		buyAgent(t, c, alice, tierStarter)
		requireBig(t, ether(10), agentsPending(t, c, c.Addr(carol)), "new staking wallet takes 100%")
		requireBig(t, big.NewInt(0), agentsPending(t, c, c.Addr(bob)), "new dev wallet takes 0%")
		requireBig(t, big.NewInt(0), agentsPending(t, c, c.Addr(staking)), "old staking wallet takes nothing")
		requireBig(t, big.NewInt(0), agentsPending(t, c, c.Addr(dev)), "old dev wallet takes nothing")
	})
}

func TestAgentsWithdraw(t *testing.T) {
	t.Parallel()

	t.Run("staking and dev withdraw exactly their shares", func(t *testing.T) {
		t.Parallel()
		c := chaintest.New(t)
		buyAgent(t, c, alice, tierPro)
		buyAgent(t, c, bob, tierStarter)
		half := wei("27500000000000000000") // (45 + 10) / 2 ether
		requireBig(t, ether(55), balance(t, c, c.Contracts.Agents))

		agentsLedger(c).requireWithdraws(t, c, staking, half)
		agentsLedger(c).requireWithdraws(t, c, dev, half)

		requireBig(t, big.NewInt(0), balance(t, c, c.Contracts.Agents), "all revenue paid out")
	})

	t.Run("with nothing to withdraw", func(t *testing.T) {
		t.Parallel()
		c := chaintest.New(t)
		buyAgent(t, c, alice, tierStarter)
		tryAgents(t, c, alice, nil, c.AgentsABI.PackWithdraw(), &bindings.INFTAgentsNothingToWithdraw{})
	})
}
