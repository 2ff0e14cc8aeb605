package contracts_test

import (
	"math/big"
	"testing"

	"github.com/ethereum/go-ethereum/accounts/abi/bind/v2"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/stretchr/testify/require"

	"github.com/inft-labs/inft/bindings"
	"github.com/inft-labs/inft/internal/chaintest"
)

// A price whose fee and royalty do not divide evenly: 1 ether + 7 wei. At the
// default 2.5% fee and 5% royalty the marketplace splits it as follows.
var (
	oddPrice       = wei("1000000000000000007")
	oddFee         = wei("25000000000000000")  // 2.5%, rounded down
	oddRoyalty     = wei("50000000000000000")  // 5%, rounded down
	oddSellerAgent = wei("975000000000000007") // price - fee
	oddSellerGen   = wei("925000000000000007") // price - fee - royalty
)

// token is the bound collection contract at addr.
func token(c *chaintest.Chain, collection common.Address) *bind.BoundContract {
	if collection == c.Contracts.Generated {
		return c.Generated
	}
	return c.Agents
}

// approveMarket has account who approve the marketplace for one token. The
// approve calldata is the same for both collections (ERC-721).
func approveMarket(t testing.TB, c *chaintest.Chain, who int, collection common.Address, id *big.Int) {
	t.Helper()
	c.Send(who, token(c, collection), nil, c.AgentsABI.PackApprove(c.Contracts.Marketplace, id))
}

// list approves the marketplace for a token of account who and lists it; it
// returns the listing's id.
func list(t testing.TB, c *chaintest.Chain, who int, collection common.Address, id, price *big.Int) *big.Int {
	t.Helper()
	approveMarket(t, c, who, collection, id)
	r := c.Send(who, c.Marketplace, nil, c.MarketplaceABI.PackList(collection, id, price))
	evs := events(r, c.Contracts.Marketplace, c.MarketplaceABI.UnpackListedEvent)
	require.Len(t, evs, 1, "Listed events")
	return evs[0].ListingId
}

// buy has account who buy a listing at price.
func buy(t testing.TB, c *chaintest.Chain, who int, listing, price *big.Int) *types.Receipt {
	t.Helper()
	return c.Send(who, c.Marketplace, price, c.MarketplaceABI.PackBuy(listing))
}

// tryMarket sends calldata to INFTMarketplace from account who and asserts it
// reverts with want.
func tryMarket(t testing.TB, c *chaintest.Chain, who int, value *big.Int, calldata []byte, want any) {
	t.Helper()
	_, err := c.Try(who, c.Marketplace, value, calldata)
	requireRevert(t, err, c.MarketplaceABI.UnpackError, want)
}

func listingOf(t testing.TB, c *chaintest.Chain, id *big.Int) bindings.ListingsOutput {
	t.Helper()
	return chaintest.Call(t, c.Marketplace, c.MarketplaceABI.PackListings(id), c.MarketplaceABI.UnpackListings)
}

func isBuyable(t testing.TB, c *chaintest.Chain, id *big.Int) bool {
	t.Helper()
	return chaintest.Call(t, c.Marketplace, c.MarketplaceABI.PackIsBuyable(id), c.MarketplaceABI.UnpackIsBuyable)
}

func currentListing(t testing.TB, c *chaintest.Chain, collection common.Address, id *big.Int) *big.Int {
	t.Helper()
	return chaintest.Call(t, c.Marketplace, c.MarketplaceABI.PackCurrentListing(collection, id), c.MarketplaceABI.UnpackCurrentListing)
}

func ownerOf(t testing.TB, c *chaintest.Chain, collection common.Address, id *big.Int) common.Address {
	t.Helper()
	return chaintest.Call(t, token(c, collection), c.AgentsABI.PackOwnerOf(id), c.AgentsABI.UnpackOwnerOf)
}

func quote(t testing.TB, c *chaintest.Chain, collection common.Address, id, price *big.Int) bindings.QuoteOutput {
	t.Helper()
	return chaintest.Call(t, c.Marketplace, c.MarketplaceABI.PackQuote(collection, id, price), c.MarketplaceABI.UnpackQuote)
}

// subscriberOutput mints a generated token to Bob from an agent of Alice's:
// Bob rents the agent and requests a generation, so the token is Bob's and its
// royalty goes to Alice.
func subscriberOutput(t testing.TB, c *chaintest.Chain) (agent, tok *big.Int) {
	t.Helper()
	agent = buyAgent(t, c, alice, tierStarter)
	offerSubscriptions(t, c, alice, agent, subCredits)
	subscribe(t, c, bob, agent)
	id, _ := requestGeneration(t, c, bob, agent, kindText, promptText)
	tok = fulfil(t, c, id, outputURI)
	require.Equal(t, c.Addr(bob), ownerOf(t, c, c.Contracts.Generated, tok))
	return agent, tok
}

func TestMarketplaceDefaults(t *testing.T) {
	t.Parallel()
	c := chaintest.New(t)
	m := c.MarketplaceABI
	require.Equal(t, uint16(250), chaintest.Call(t, c.Marketplace, m.PackFeeBps(), m.UnpackFeeBps))
	require.Equal(t, uint16(1000), chaintest.Call(t, c.Marketplace, m.PackMAXFEEBPS(), m.UnpackMAXFEEBPS))
	require.Equal(t, uint16(10_000), chaintest.Call(t, c.Marketplace, m.PackBPS(), m.UnpackBPS))
	require.Equal(t, c.Addr(fees), chaintest.Call(t, c.Marketplace, m.PackFeeRecipient(), m.UnpackFeeRecipient))
	require.Equal(t, c.Contracts.Agents, chaintest.Call(t, c.Marketplace, m.PackAgents(), m.UnpackAgents))
	require.Equal(t, c.Contracts.Generated, chaintest.Call(t, c.Marketplace, m.PackGenerated(), m.UnpackGenerated))
	requireBig(t, big.NewInt(0), chaintest.Call(t, c.Marketplace, m.PackListingCount(), m.UnpackListingCount))
	require.False(t, chaintest.Call(t, c.Marketplace, m.PackPaused(), m.UnpackPaused))
	require.False(t, isBuyable(t, c, big.NewInt(1)))
	require.True(t, chaintest.Call(t, c.Marketplace, m.PackHasRole(adminRole, c.Addr(deployer)), m.UnpackHasRole))
}

func TestList(t *testing.T) {
	t.Parallel()

	t.Run("an approved agent", func(t *testing.T) {
		t.Parallel()
		c := chaintest.New(t)
		m := c.MarketplaceABI
		agent := buyAgent(t, c, alice, tierStarter)
		approveMarket(t, c, alice, c.Contracts.Agents, agent)

		r := c.Send(alice, c.Marketplace, nil, m.PackList(c.Contracts.Agents, agent, ether(3)))

		id := big.NewInt(1)
		requireEvent(t, r, c.Contracts.Marketplace, m.UnpackListedEvent, &bindings.INFTMarketplaceListed{
			ListingId: id, Collection: c.Contracts.Agents, TokenId: agent, Seller: c.Addr(alice), Price: ether(3),
		})
		requireSame(t, bindings.ListingsOutput{
			Collection: c.Contracts.Agents, TokenId: agent, Seller: c.Addr(alice), Price: ether(3), Active: true, CreatedAt: blockTime(t, c, r),
			FeeBps: 250,
		}, listingOf(t, c, id))
		requireBig(t, id, currentListing(t, c, c.Contracts.Agents, agent))
		require.True(t, isBuyable(t, c, id))
		requireBig(t, big.NewInt(1), chaintest.Call(t, c.Marketplace, m.PackListingCount(), m.UnpackListingCount))
		require.Equal(t, c.Addr(alice), ownerOf(t, c, c.Contracts.Agents, agent), "the token stays with the seller")
	})

	t.Run("a generated token with approval for all", func(t *testing.T) {
		t.Parallel()
		c := chaintest.New(t)
		m := c.MarketplaceABI
		_, tok := mintOutput(t, c, alice)
		c.Send(alice, c.Generated, nil, c.GeneratedABI.PackSetApprovalForAll(c.Contracts.Marketplace, true))

		r := c.Send(alice, c.Marketplace, nil, m.PackList(c.Contracts.Generated, tok, oddPrice))

		requireEvent(t, r, c.Contracts.Marketplace, m.UnpackListedEvent, &bindings.INFTMarketplaceListed{
			ListingId: big.NewInt(1), Collection: c.Contracts.Generated, TokenId: tok, Seller: c.Addr(alice), Price: oddPrice,
		})
		require.True(t, isBuyable(t, c, big.NewInt(1)))
	})

	t.Run("without approval", func(t *testing.T) {
		t.Parallel()
		c := chaintest.New(t)
		agent := buyAgent(t, c, alice, tierStarter)
		tryMarket(t, c, alice, nil, c.MarketplaceABI.PackList(c.Contracts.Agents, agent, ether(3)),
			&bindings.INFTMarketplaceMarketplaceNotApproved{Collection: c.Contracts.Agents, TokenId: agent})
		// Approving someone else is not approving the marketplace.
		c.Send(alice, c.Agents, nil, c.AgentsABI.PackApprove(c.Addr(bob), agent))
		tryMarket(t, c, alice, nil, c.MarketplaceABI.PackList(c.Contracts.Agents, agent, ether(3)),
			&bindings.INFTMarketplaceMarketplaceNotApproved{Collection: c.Contracts.Agents, TokenId: agent})
	})

	t.Run("by a non-owner", func(t *testing.T) {
		t.Parallel()
		c := chaintest.New(t)
		agent := buyAgent(t, c, alice, tierStarter)
		approveMarket(t, c, alice, c.Contracts.Agents, agent)
		tryMarket(t, c, bob, nil, c.MarketplaceABI.PackList(c.Contracts.Agents, agent, ether(3)),
			&bindings.INFTMarketplaceNotTokenOwner{Collection: c.Contracts.Agents, TokenId: agent, Caller: c.Addr(bob)})
	})

	t.Run("of an unsupported collection", func(t *testing.T) {
		t.Parallel()
		c := chaintest.New(t)
		for _, collection := range []common.Address{c.Contracts.Marketplace, c.Addr(alice), {}} {
			tryMarket(t, c, alice, nil, c.MarketplaceABI.PackList(collection, big.NewInt(1), ether(3)),
				&bindings.INFTMarketplaceUnsupportedCollection{Collection: collection})
		}
	})

	t.Run("of a token that does not exist", func(t *testing.T) {
		t.Parallel()
		c := chaintest.New(t)
		_, err := c.Try(alice, c.Marketplace, nil, c.MarketplaceABI.PackList(c.Contracts.Agents, big.NewInt(9), ether(3)))
		requireRevert(t, err, c.AgentsABI.UnpackError, &bindings.INFTAgentsERC721NonexistentToken{TokenId: big.NewInt(9)})
	})

	t.Run("at price zero", func(t *testing.T) {
		t.Parallel()
		c := chaintest.New(t)
		agent := buyAgent(t, c, alice, tierStarter)
		approveMarket(t, c, alice, c.Contracts.Agents, agent)
		tryMarket(t, c, alice, nil, c.MarketplaceABI.PackList(c.Contracts.Agents, agent, big.NewInt(0)), &bindings.INFTMarketplaceZeroPrice{})
	})

	t.Run("twice by the same owner", func(t *testing.T) {
		t.Parallel()
		c := chaintest.New(t)
		agent := buyAgent(t, c, alice, tierStarter)
		first := list(t, c, alice, c.Contracts.Agents, agent, ether(3))
		tryMarket(t, c, alice, nil, c.MarketplaceABI.PackList(c.Contracts.Agents, agent, ether(4)), &bindings.INFTMarketplaceAlreadyListed{ListingId: first})
		requireBig(t, ether(3), listingOf(t, c, first).Price)
	})
}

func TestUpdatePrice(t *testing.T) {
	t.Parallel()

	t.Run("by the seller", func(t *testing.T) {
		t.Parallel()
		c := chaintest.New(t)
		m := c.MarketplaceABI
		agent := buyAgent(t, c, alice, tierStarter)
		id := list(t, c, alice, c.Contracts.Agents, agent, ether(3))

		r := c.Send(alice, c.Marketplace, nil, m.PackUpdatePrice(id, ether(5)))

		requireEvent(t, r, c.Contracts.Marketplace, m.UnpackListingPriceUpdatedEvent, &bindings.INFTMarketplaceListingPriceUpdated{ListingId: id, Price: ether(5)})
		requireBig(t, ether(5), listingOf(t, c, id).Price)
		tryMarket(t, c, bob, ether(3), m.PackBuy(id), &bindings.INFTMarketplaceWrongPayment{Expected: ether(5), Sent: ether(3)})
		buy(t, c, bob, id, ether(5))
		require.Equal(t, c.Addr(bob), ownerOf(t, c, c.Contracts.Agents, agent))
	})

	t.Run("by a stranger, at zero, of unknown or inactive listings", func(t *testing.T) {
		t.Parallel()
		c := chaintest.New(t)
		m := c.MarketplaceABI
		agent := buyAgent(t, c, alice, tierStarter)
		id := list(t, c, alice, c.Contracts.Agents, agent, ether(3))

		tryMarket(t, c, bob, nil, m.PackUpdatePrice(id, ether(1)), &bindings.INFTMarketplaceNotSeller{ListingId: id, Caller: c.Addr(bob)})
		tryMarket(t, c, alice, nil, m.PackUpdatePrice(id, big.NewInt(0)), &bindings.INFTMarketplaceZeroPrice{})
		tryMarket(t, c, alice, nil, m.PackUpdatePrice(big.NewInt(9), ether(1)), &bindings.INFTMarketplaceUnknownListing{ListingId: big.NewInt(9)})
		requireBig(t, ether(3), listingOf(t, c, id).Price)
		c.Send(alice, c.Marketplace, nil, m.PackCancel(id))
		tryMarket(t, c, alice, nil, m.PackUpdatePrice(id, ether(1)), &bindings.INFTMarketplaceListingNotActive{ListingId: id})
	})
}

func TestCancel(t *testing.T) {
	t.Parallel()

	t.Run("by a stranger", func(t *testing.T) {
		t.Parallel()
		c := chaintest.New(t)
		agent := buyAgent(t, c, alice, tierStarter)
		id := list(t, c, alice, c.Contracts.Agents, agent, ether(3))
		for _, who := range []int{bob, deployer} {
			tryMarket(t, c, who, nil, c.MarketplaceABI.PackCancel(id), &bindings.INFTMarketplaceNotSeller{ListingId: id, Caller: c.Addr(who)})
		}
		require.True(t, isBuyable(t, c, id))
	})

	t.Run("by the seller", func(t *testing.T) {
		t.Parallel()
		c := chaintest.New(t)
		m := c.MarketplaceABI
		agent := buyAgent(t, c, alice, tierStarter)
		id := list(t, c, alice, c.Contracts.Agents, agent, ether(3))

		r := c.Send(alice, c.Marketplace, nil, m.PackCancel(id))

		requireEvent(t, r, c.Contracts.Marketplace, m.UnpackListingCancelledEvent, &bindings.INFTMarketplaceListingCancelled{ListingId: id})
		require.False(t, listingOf(t, c, id).Active)
		require.False(t, isBuyable(t, c, id))
		requireBig(t, big.NewInt(0), currentListing(t, c, c.Contracts.Agents, agent))
		tryMarket(t, c, bob, ether(3), m.PackBuy(id), &bindings.INFTMarketplaceListingNotActive{ListingId: id})
		tryMarket(t, c, alice, nil, m.PackCancel(id), &bindings.INFTMarketplaceListingNotActive{ListingId: id})
		tryMarket(t, c, alice, nil, m.PackCancel(big.NewInt(9)), &bindings.INFTMarketplaceUnknownListing{ListingId: big.NewInt(9)})

		again := list(t, c, alice, c.Contracts.Agents, agent, ether(4))
		requireBig(t, big.NewInt(2), again, "the seller may list again")
		requireBig(t, again, currentListing(t, c, c.Contracts.Agents, agent))
	})
}

func TestBuy(t *testing.T) {
	t.Parallel()

	t.Run("an agent pays the fee and the seller exactly, no royalty", func(t *testing.T) {
		t.Parallel()
		c := chaintest.New(t)
		m := c.MarketplaceABI
		agent := buyAgent(t, c, alice, tierStarter)
		id := list(t, c, alice, c.Contracts.Agents, agent, oddPrice)
		q := quote(t, c, c.Contracts.Agents, agent, oddPrice)
		requireSame(t, bindings.QuoteOutput{Fee: oddFee, Royalty: big.NewInt(0), RoyaltyReceiver: common.Address{}}, q)
		before := balance(t, c, c.Addr(bob))

		r := c.Send(bob, c.Marketplace, oddPrice, m.PackBuy(id))

		requireEvent(t, r, c.Contracts.Marketplace, m.UnpackSoldEvent, &bindings.INFTMarketplaceSold{
			ListingId: id, Buyer: c.Addr(bob), Price: oddPrice, Fee: oddFee, Royalty: big.NewInt(0),
		})
		requireEvent(t, r, c.Contracts.Agents, c.AgentsABI.UnpackTransferEvent, &bindings.INFTAgentsTransfer{From: c.Addr(alice), To: c.Addr(bob), TokenId: agent})
		require.Equal(t, c.Addr(bob), ownerOf(t, c, c.Contracts.Agents, agent))
		requireBig(t, oddFee, marketPending(t, c, c.Addr(fees)), "fee")
		requireBig(t, oddSellerAgent, marketPending(t, c, c.Addr(alice)), "seller")
		requireBig(t, big.NewInt(0), marketPending(t, c, c.Addr(bob)), "buyer")
		requireBig(t, oddPrice, plus(oddFee, oddSellerAgent))
		requireBig(t, oddPrice, balance(t, c, c.Contracts.Marketplace), "the marketplace holds the price")
		requireBig(t, minus(minus(before, oddPrice), gasCost(r)), balance(t, c, c.Addr(bob)), "buyer paid price and gas")
		require.False(t, listingOf(t, c, id).Active)
		require.False(t, isBuyable(t, c, id))
		requireBig(t, big.NewInt(0), currentListing(t, c, c.Contracts.Agents, agent))
		tryMarket(t, c, carol, oddPrice, m.PackBuy(id), &bindings.INFTMarketplaceListingNotActive{ListingId: id})

		// The credits went with the agent.
		requestGeneration(t, c, bob, agent, kindText, promptText)
		tryAgents(t, c, alice, nil, c.AgentsABI.PackRequestGeneration(agent, kindText, promptText),
			&bindings.INFTAgentsNotOwnerOrSubscriber{AgentId: agent, Caller: c.Addr(alice)})
	})

	t.Run("a generated token pays the royalty to the agent's owner at mint", func(t *testing.T) {
		t.Parallel()
		c := chaintest.New(t)
		m := c.MarketplaceABI
		agent, tok := subscriberOutput(t, c)
		// Alice sells the agent to Carol; the output's royalty stays Alice's.
		buy(t, c, carol, list(t, c, alice, c.Contracts.Agents, agent, ether(3)), ether(3))
		require.Equal(t, c.Addr(carol), ownerOf(t, c, c.Contracts.Agents, agent))
		id := list(t, c, bob, c.Contracts.Generated, tok, oddPrice)
		q := quote(t, c, c.Contracts.Generated, tok, oddPrice)
		requireSame(t, bindings.QuoteOutput{Fee: oddFee, Royalty: oddRoyalty, RoyaltyReceiver: c.Addr(alice)}, q)
		who := []int{alice, bob, carol, fees}
		before := map[int]*big.Int{}
		for _, i := range who {
			before[i] = marketPending(t, c, c.Addr(i))
		}

		r := buy(t, c, carol, id, oddPrice)

		sold := requireEvent(t, r, c.Contracts.Marketplace, m.UnpackSoldEvent, &bindings.INFTMarketplaceSold{
			ListingId: id, Buyer: c.Addr(carol), Price: oddPrice, Fee: oddFee, Royalty: oddRoyalty,
		})
		requireBig(t, q.Fee, sold.Fee, "quote and Sold agree on the fee")
		requireBig(t, q.Royalty, sold.Royalty, "quote and Sold agree on the royalty")
		requireEvent(t, r, c.Contracts.Generated, c.GeneratedABI.UnpackTransferEvent, &bindings.INFTGeneratedTransfer{From: c.Addr(bob), To: c.Addr(carol), TokenId: tok})
		require.Equal(t, c.Addr(carol), ownerOf(t, c, c.Contracts.Generated, tok))
		for i, want := range map[int]*big.Int{alice: oddRoyalty, bob: oddSellerGen, carol: big.NewInt(0), fees: oddFee} {
			requireBig(t, want, minus(marketPending(t, c, c.Addr(i)), before[i]), "credited to account %d", i)
		}
		requireBig(t, oddPrice, plus(plus(oddFee, oddRoyalty), oddSellerGen))
	})

	for _, tc := range []struct {
		name string
		sent *big.Int
	}{
		{"at too low a price", minus(ether(3), big.NewInt(1))},
		{"at too high a price", plus(ether(3), big.NewInt(1))},
		{"for nothing", big.NewInt(0)},
	} {
		t.Run(tc.name, func(t *testing.T) {
			t.Parallel()
			c := chaintest.New(t)
			agent := buyAgent(t, c, alice, tierStarter)
			id := list(t, c, alice, c.Contracts.Agents, agent, ether(3))
			tryMarket(t, c, bob, tc.sent, c.MarketplaceABI.PackBuy(id), &bindings.INFTMarketplaceWrongPayment{Expected: ether(3), Sent: tc.sent})
			require.Equal(t, c.Addr(alice), ownerOf(t, c, c.Contracts.Agents, agent))
			require.True(t, isBuyable(t, c, id))
		})
	}

	t.Run("own listing", func(t *testing.T) {
		t.Parallel()
		c := chaintest.New(t)
		agent := buyAgent(t, c, alice, tierStarter)
		id := list(t, c, alice, c.Contracts.Agents, agent, ether(3))
		tryMarket(t, c, alice, ether(3), c.MarketplaceABI.PackBuy(id), &bindings.INFTMarketplaceCannotBuyOwnListing{ListingId: id})
	})

	t.Run("unknown listing", func(t *testing.T) {
		t.Parallel()
		c := chaintest.New(t)
		tryMarket(t, c, bob, ether(3), c.MarketplaceABI.PackBuy(big.NewInt(1)), &bindings.INFTMarketplaceUnknownListing{ListingId: big.NewInt(1)})
	})
}

func TestStaleListing(t *testing.T) {
	t.Parallel()

	t.Run("token moved after listing", func(t *testing.T) {
		t.Parallel()
		c := chaintest.New(t)
		m := c.MarketplaceABI
		agent := buyAgent(t, c, alice, tierStarter)
		id := list(t, c, alice, c.Contracts.Agents, agent, ether(3))
		c.Send(alice, c.Agents, nil, c.AgentsABI.PackTransferFrom(c.Addr(alice), c.Addr(carol), agent))

		require.False(t, isBuyable(t, c, id))
		require.True(t, listingOf(t, c, id).Active, "stale, not closed")
		tryMarket(t, c, bob, ether(3), m.PackBuy(id), &bindings.INFTMarketplaceListingStale{ListingId: id})
		require.Equal(t, c.Addr(carol), ownerOf(t, c, c.Contracts.Agents, agent))

		// Anyone may clear a stale listing.
		r := c.Send(bob, c.Marketplace, nil, m.PackCancel(id))
		requireEvent(t, r, c.Contracts.Marketplace, m.UnpackListingCancelledEvent, &bindings.INFTMarketplaceListingCancelled{ListingId: id})
		require.False(t, listingOf(t, c, id).Active)

		// The new owner lists it again and sells it.
		again := list(t, c, carol, c.Contracts.Agents, agent, ether(4))
		require.Equal(t, c.Addr(carol), listingOf(t, c, again).Seller)
		require.True(t, isBuyable(t, c, again))
		buy(t, c, bob, again, ether(4))
		require.Equal(t, c.Addr(bob), ownerOf(t, c, c.Contracts.Agents, agent))
		requireBig(t, wei("3900000000000000000"), marketPending(t, c, c.Addr(carol)))
		requireBig(t, big.NewInt(0), marketPending(t, c, c.Addr(alice)))
	})

	t.Run("new owner's listing replaces the stale one", func(t *testing.T) {
		t.Parallel()
		c := chaintest.New(t)
		m := c.MarketplaceABI
		agent := buyAgent(t, c, alice, tierStarter)
		stale := list(t, c, alice, c.Contracts.Agents, agent, ether(3))
		c.Send(alice, c.Agents, nil, c.AgentsABI.PackTransferFrom(c.Addr(alice), c.Addr(carol), agent))

		fresh := list(t, c, carol, c.Contracts.Agents, agent, ether(4))

		require.False(t, listingOf(t, c, stale).Active)
		requireBig(t, fresh, currentListing(t, c, c.Contracts.Agents, agent))
		tryMarket(t, c, bob, ether(3), m.PackBuy(stale), &bindings.INFTMarketplaceListingNotActive{ListingId: stale})
	})

	t.Run("a listing stays stale when the token returns to the seller", func(t *testing.T) {
		// Alice lists her agent at 1 ether, with approval for all, then sells
		// it elsewhere (here: a plain transfer to Carol); the listing goes
		// stale. Later she buys the agent back. Her forgotten 1-ether listing
		// must not come back to life: anyone could then buy the agent at the
		// old price (the stale-listing exploit of NFT marketplaces).
		t.Parallel()
		c := chaintest.New(t)
		m := c.MarketplaceABI
		agent := buyAgent(t, c, alice, tierStarter)
		c.Send(alice, c.Agents, nil, c.AgentsABI.PackSetApprovalForAll(c.Contracts.Marketplace, true))
		r := c.Send(alice, c.Marketplace, nil, m.PackList(c.Contracts.Agents, agent, ether(1)))
		old := events(r, c.Contracts.Marketplace, m.UnpackListedEvent)[0].ListingId
		c.Send(alice, c.Agents, nil, c.AgentsABI.PackTransferFrom(c.Addr(alice), c.Addr(carol), agent))
		require.False(t, isBuyable(t, c, old), "stale while Carol holds the agent")
		c.Send(carol, c.Agents, nil, c.AgentsABI.PackTransferFrom(c.Addr(carol), c.Addr(alice), agent))

		require.False(t, isBuyable(t, c, old), "the old listing must stay dead once the token is back with Alice")
		tryMarket(t, c, bob, ether(1), m.PackBuy(old), &bindings.INFTMarketplaceListingStale{ListingId: old})
		require.Equal(t, c.Addr(alice), ownerOf(t, c, c.Contracts.Agents, agent))

		// Alice may list it afresh; that closes the dead listing visibly.
		r = c.Send(alice, c.Marketplace, nil, m.PackList(c.Contracts.Agents, agent, ether(2)))
		requireEvent(t, r, c.Contracts.Marketplace, m.UnpackListingCancelledEvent, &bindings.INFTMarketplaceListingCancelled{ListingId: old})
		fresh := events(r, c.Contracts.Marketplace, m.UnpackListedEvent)[0].ListingId
		require.False(t, listingOf(t, c, old).Active)
		require.True(t, isBuyable(t, c, fresh))
	})

	t.Run("approval revoked after listing", func(t *testing.T) {
		t.Parallel()
		c := chaintest.New(t)
		m := c.MarketplaceABI
		agent := buyAgent(t, c, alice, tierStarter)
		id := list(t, c, alice, c.Contracts.Agents, agent, ether(3))
		c.Send(alice, c.Agents, nil, c.AgentsABI.PackApprove(common.Address{}, agent))

		require.False(t, isBuyable(t, c, id))
		tryMarket(t, c, bob, ether(3), m.PackBuy(id), &bindings.INFTMarketplaceListingStale{ListingId: id})

		// Approving again makes the same listing buyable again.
		approveMarket(t, c, alice, c.Contracts.Agents, agent)
		require.True(t, isBuyable(t, c, id))

		c.Send(alice, c.Agents, nil, c.AgentsABI.PackApprove(common.Address{}, agent))
		c.Send(carol, c.Marketplace, nil, m.PackCancel(id))
		require.False(t, listingOf(t, c, id).Active)
	})

	t.Run("approval for all revoked after listing", func(t *testing.T) {
		t.Parallel()
		c := chaintest.New(t)
		m := c.MarketplaceABI
		_, tok := mintOutput(t, c, alice)
		c.Send(alice, c.Generated, nil, c.GeneratedABI.PackSetApprovalForAll(c.Contracts.Marketplace, true))
		r := c.Send(alice, c.Marketplace, nil, m.PackList(c.Contracts.Generated, tok, ether(1)))
		id := events(r, c.Contracts.Marketplace, m.UnpackListedEvent)[0].ListingId
		require.True(t, isBuyable(t, c, id))

		c.Send(alice, c.Generated, nil, c.GeneratedABI.PackSetApprovalForAll(c.Contracts.Marketplace, false))

		require.False(t, isBuyable(t, c, id))
		tryMarket(t, c, bob, ether(1), m.PackBuy(id), &bindings.INFTMarketplaceListingStale{ListingId: id})
		c.Send(bob, c.Marketplace, nil, m.PackCancel(id))
	})
}

func TestMarketplaceFee(t *testing.T) {
	t.Parallel()

	t.Run("invalid or by a non-admin", func(t *testing.T) {
		t.Parallel()
		c := chaintest.New(t)
		m := c.MarketplaceABI
		tryMarket(t, c, deployer, nil, m.PackSetFee(1001, c.Addr(fees)), &bindings.INFTMarketplaceFeeTooHigh{FeeBps: 1001, Max: 1000})
		tryMarket(t, c, deployer, nil, m.PackSetFee(100, common.Address{}), &bindings.INFTMarketplaceZeroAddress{})
		tryMarket(t, c, alice, nil, m.PackSetFee(100, c.Addr(alice)),
			&bindings.INFTMarketplaceAccessControlUnauthorizedAccount{Account: c.Addr(alice), NeededRole: adminRole})
		require.Equal(t, uint16(250), chaintest.Call(t, c.Marketplace, m.PackFeeBps(), m.UnpackFeeBps))
	})

	for _, tc := range []struct {
		name      string
		bps       uint16
		recipient int
		fee       *big.Int // of 2 ether + 9 wei
	}{
		{"raised to the maximum for a new recipient", 1000, carol, wei("200000000000000000")},
		{"lowered to zero", 0, fees, big.NewInt(0)},
	} {
		t.Run(tc.name+" applies to later listings, open ones keep theirs", func(t *testing.T) {
			t.Parallel()
			c := chaintest.New(t)
			m := c.MarketplaceABI
			price := wei("2000000000000000009")
			oldFee := wei("50000000000000000") // 2.5% of price, rounded down
			before, after := buyAgent(t, c, alice, tierStarter), buyAgent(t, c, alice, tierStarter)
			open := list(t, c, alice, c.Contracts.Agents, before, price)

			r := c.Send(deployer, c.Marketplace, nil, m.PackSetFee(tc.bps, c.Addr(tc.recipient)))

			requireEvent(t, r, c.Contracts.Marketplace, m.UnpackFeeSetEvent, &bindings.INFTMarketplaceFeeSet{FeeBps: tc.bps, FeeRecipient: c.Addr(tc.recipient)})
			require.Equal(t, tc.bps, chaintest.Call(t, c.Marketplace, m.PackFeeBps(), m.UnpackFeeBps))
			require.Equal(t, c.Addr(tc.recipient), chaintest.Call(t, c.Marketplace, m.PackFeeRecipient(), m.UnpackFeeRecipient))
			requireBig(t, tc.fee, quote(t, c, c.Contracts.Agents, after, price).Fee, "a listing made now")
			later := list(t, c, alice, c.Contracts.Agents, after, price)
			require.Equal(t, uint16(250), listingOf(t, c, open).FeeBps)
			require.Equal(t, tc.bps, listingOf(t, c, later).FeeBps)

			r = buy(t, c, bob, open, price)
			requireEvent(t, r, c.Contracts.Marketplace, m.UnpackSoldEvent, &bindings.INFTMarketplaceSold{
				ListingId: open, Buyer: c.Addr(bob), Price: price, Fee: oldFee, Royalty: big.NewInt(0),
			})
			r = buy(t, c, bob, later, price)
			requireEvent(t, r, c.Contracts.Marketplace, m.UnpackSoldEvent, &bindings.INFTMarketplaceSold{
				ListingId: later, Buyer: c.Addr(bob), Price: price, Fee: tc.fee, Royalty: big.NewInt(0),
			})

			// Every fee goes to the recipient at the sale.
			requireBig(t, plus(oldFee, tc.fee), marketPending(t, c, c.Addr(tc.recipient)))
			requireBig(t, plus(minus(price, oldFee), minus(price, tc.fee)), marketPending(t, c, c.Addr(alice)))
			if tc.recipient != fees {
				requireBig(t, big.NewInt(0), marketPending(t, c, c.Addr(fees)), "the old recipient gets nothing")
			}
		})
	}

	t.Run("a repriced listing keeps its fee", func(t *testing.T) {
		t.Parallel()
		c := chaintest.New(t)
		m := c.MarketplaceABI
		agent := buyAgent(t, c, alice, tierStarter)
		id := list(t, c, alice, c.Contracts.Agents, agent, ether(1))
		c.Send(deployer, c.Marketplace, nil, m.PackSetFee(1000, c.Addr(fees)))
		c.Send(alice, c.Marketplace, nil, m.PackUpdatePrice(id, oddPrice))

		r := buy(t, c, bob, id, oddPrice)

		requireEvent(t, r, c.Contracts.Marketplace, m.UnpackSoldEvent, &bindings.INFTMarketplaceSold{
			ListingId: id, Buyer: c.Addr(bob), Price: oddPrice, Fee: oddFee, Royalty: big.NewInt(0),
		})
		requireBig(t, oddFee, marketPending(t, c, c.Addr(fees)))
		requireBig(t, oddSellerAgent, marketPending(t, c, c.Addr(alice)))
	})
}

func TestMarketplacePause(t *testing.T) {
	t.Parallel()

	t.Run("by a non-admin", func(t *testing.T) {
		t.Parallel()
		c := chaintest.New(t)
		tryMarket(t, c, alice, nil, c.MarketplaceABI.PackPause(),
			&bindings.INFTMarketplaceAccessControlUnauthorizedAccount{Account: c.Addr(alice), NeededRole: adminRole})
		c.Send(deployer, c.Marketplace, nil, c.MarketplaceABI.PackPause())
		tryMarket(t, c, alice, nil, c.MarketplaceABI.PackUnpause(),
			&bindings.INFTMarketplaceAccessControlUnauthorizedAccount{Account: c.Addr(alice), NeededRole: adminRole})
	})

	t.Run("stops list, buy and updatePrice but not cancel or withdraw", func(t *testing.T) {
		t.Parallel()
		c := chaintest.New(t)
		m := c.MarketplaceABI
		sold := buyAgent(t, c, alice, tierStarter)
		buy(t, c, bob, list(t, c, alice, c.Contracts.Agents, sold, ether(2)), ether(2))
		listed := buyAgent(t, c, alice, tierStarter)
		id := list(t, c, alice, c.Contracts.Agents, listed, ether(3))
		unlisted := buyAgent(t, c, alice, tierStarter)
		approveMarket(t, c, alice, c.Contracts.Agents, unlisted)

		r := c.Send(deployer, c.Marketplace, nil, m.PackPause())

		requireEvent(t, r, c.Contracts.Marketplace, m.UnpackPausedEvent, &bindings.INFTMarketplacePaused{Account: c.Addr(deployer)})
		tryMarket(t, c, alice, nil, m.PackList(c.Contracts.Agents, unlisted, ether(3)), &bindings.INFTMarketplaceEnforcedPause{})
		tryMarket(t, c, bob, ether(3), m.PackBuy(id), &bindings.INFTMarketplaceEnforcedPause{})
		tryMarket(t, c, alice, nil, m.PackUpdatePrice(id, ether(4)), &bindings.INFTMarketplaceEnforcedPause{})
		marketLedger(c).requireWithdraws(t, c, alice, wei("1950000000000000000"))
		r = c.Send(alice, c.Marketplace, nil, m.PackCancel(id))
		requireEvent(t, r, c.Contracts.Marketplace, m.UnpackListingCancelledEvent, &bindings.INFTMarketplaceListingCancelled{ListingId: id})

		r = c.Send(deployer, c.Marketplace, nil, m.PackUnpause())

		requireEvent(t, r, c.Contracts.Marketplace, m.UnpackUnpausedEvent, &bindings.INFTMarketplaceUnpaused{Account: c.Addr(deployer)})
		again := list(t, c, alice, c.Contracts.Agents, unlisted, ether(3))
		buy(t, c, bob, again, ether(3))
		require.Equal(t, c.Addr(bob), ownerOf(t, c, c.Contracts.Agents, unlisted))
	})
}

func TestMarketplaceWithdraw(t *testing.T) {
	t.Parallel()

	t.Run("seller, royalty receiver and fee recipient withdraw exactly their balances", func(t *testing.T) {
		t.Parallel()
		c := chaintest.New(t)
		_, tok := subscriberOutput(t, c)
		buy(t, c, carol, list(t, c, bob, c.Contracts.Generated, tok, oddPrice), oddPrice)
		requireBig(t, oddPrice, balance(t, c, c.Contracts.Marketplace))

		l := marketLedger(c)
		l.requireWithdraws(t, c, bob, oddSellerGen)
		l.requireWithdraws(t, c, alice, oddRoyalty)
		l.requireWithdraws(t, c, fees, oddFee)

		requireBig(t, big.NewInt(0), balance(t, c, c.Contracts.Marketplace), "everything paid out")
	})

	t.Run("with nothing to withdraw", func(t *testing.T) {
		t.Parallel()
		c := chaintest.New(t)
		tryMarket(t, c, carol, nil, c.MarketplaceABI.PackWithdraw(), &bindings.INFTMarketplaceNothingToWithdraw{})
	})
}
