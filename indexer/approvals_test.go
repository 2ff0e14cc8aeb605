package indexer_test

import (
	"math/big"
	"testing"

	"github.com/ethereum/go-ethereum/common"
	"github.com/stretchr/testify/require"

	"github.com/inft-labs/inft/indexer"
	"github.com/inft-labs/inft/notify"
)

// listingStatus is a listing's status in the index.
func (e *env) listingStatus(id int64) string {
	e.t.Helper()
	var status string
	require.NoError(e.t, e.db.Get(&status, `SELECT status FROM listings WHERE id = $1`, id))
	return status
}

// listingEvents are the listing events of the notifications on ch so far, as "id:EVENT".
func listingEvents(ch <-chan notify.Note) []string {
	var out []string
	for _, n := range drain(ch) {
		for _, ev := range n.Events {
			out = append(out, ev.ID+":"+ev.Event)
		}
	}
	return out
}

// mintTokens has alice buy an agent and the relayer fulfil n requests of
// hers: generated tokens 1 to n, hers.
func (e *env) mintTokens(n int) {
	c, a := e.chain, e.chain.AgentsABI
	e.send(alice, c.Agents, ether(10), a.PackPurchasePackage(starter))
	for i := 1; i <= n; i++ {
		e.send(alice, c.Agents, nil, a.PackRequestGeneration(big.NewInt(1), text, "a lighthouse"))
		e.send(relayer, c.Agents, nil, a.PackFulfillGeneration(big.NewInt(int64(i)), "ipfs://bafy-output"))
	}
}

// A listing whose seller withdraws the marketplace's approval is STALE in
// the index and in listingEvents, as `buy` would refuse it; once the seller
// approves again, per token or for all, `buy` would take it, and it is
// active again. The checks against the chain (requireMatchesChain) compare
// each status with isBuyable.
func TestApprovalWithdrawnMakesListingStale(t *testing.T) {
	t.Parallel()

	t.Run("the token's approval given to another, then back", func(t *testing.T) {
		t.Parallel()
		e := setup(t, indexer.Config{})
		c, a, m := e.chain, e.chain.AgentsABI, e.chain.MarketplaceABI
		ch := e.listen()
		e.send(alice, c.Agents, ether(10), a.PackPurchasePackage(starter))
		e.send(alice, c.Agents, nil, a.PackApprove(c.Contracts.Marketplace, big1()))
		e.send(alice, c.Marketplace, nil, m.PackList(c.Contracts.Agents, big1(), ether(5))) // listing 1
		e.sync()
		require.Equal(t, "active", e.listingStatus(1))

		e.send(alice, c.Agents, nil, a.PackApprove(c.Addr(bob), big1()))
		e.sync()
		e.requireMatchesChain()
		require.Equal(t, "unapproved", e.listingStatus(1))
		require.Equal(t, []string{"1:LISTED", "1:STALE"}, listingEvents(ch))

		e.send(alice, c.Agents, nil, a.PackApprove(c.Contracts.Marketplace, big1()))
		e.sync()
		e.requireMatchesChain()
		require.Equal(t, "active", e.listingStatus(1), "approved again: buy would take it")

		e.send(alice, c.Agents, nil, a.PackApprove(common.Address{}, big1())) // approving nobody withdraws it too
		e.sync()
		e.requireMatchesChain()
		require.Equal(t, "unapproved", e.listingStatus(1))
		require.Equal(t, []string{"1:REACTIVATED", "1:STALE"}, listingEvents(ch))
		e.requireSameAsFromScratch(indexer.Config{})
	})

	t.Run("the approval for all withdrawn, unless the token is approved alone", func(t *testing.T) {
		t.Parallel()
		e := setup(t, indexer.Config{})
		c, g, m := e.chain, e.chain.GeneratedABI, e.chain.MarketplaceABI
		e.mintTokens(2)
		ch := e.listen()
		e.send(alice, c.Generated, nil, g.PackSetApprovalForAll(c.Contracts.Marketplace, true))
		e.send(alice, c.Generated, nil, g.PackApprove(c.Contracts.Marketplace, big.NewInt(2)))
		e.send(alice, c.Marketplace, nil, m.PackList(c.Contracts.Generated, big.NewInt(1), ether(1))) // listing 1
		e.send(alice, c.Marketplace, nil, m.PackList(c.Contracts.Generated, big.NewInt(2), ether(2))) // listing 2
		e.send(alice, c.Generated, nil, g.PackSetApprovalForAll(c.Addr(carol), false))                // another operator: nothing changes
		e.sync()
		e.requireMatchesChain()

		e.send(alice, c.Generated, nil, g.PackSetApprovalForAll(c.Contracts.Marketplace, false))
		e.sync()
		e.requireMatchesChain()
		require.Equal(t, "unapproved", e.listingStatus(1))
		require.Equal(t, "active", e.listingStatus(2), "token 2 is approved alone")
		require.Equal(t, []string{"1:LISTED", "2:LISTED", "1:STALE"}, listingEvents(ch))

		e.send(alice, c.Generated, nil, g.PackSetApprovalForAll(c.Contracts.Marketplace, true))
		e.sync()
		e.requireMatchesChain()
		require.Equal(t, "active", e.listingStatus(1), "approved again: buy would take it")

		// Both in one batch: the listing ends active, as the chain has it.
		e.send(alice, c.Generated, nil, g.PackSetApprovalForAll(c.Contracts.Marketplace, false))
		e.send(alice, c.Generated, nil, g.PackApprove(c.Contracts.Marketplace, big.NewInt(1)))
		e.sync()
		e.requireMatchesChain()
		require.Equal(t, "active", e.listingStatus(1))
		require.Equal(t, []string{"1:REACTIVATED", "1:STALE", "1:REACTIVATED"}, listingEvents(ch))

		// Bob buys listing 2: the sale's transfer takes token 2's approval away.
		e.send(bob, c.Marketplace, ether(2), m.PackBuy(big.NewInt(2)))
		e.sync()
		e.requireMatchesChain()
		require.Equal(t, "sold", e.listingStatus(2))
		require.Equal(t, []string{"2:SOLD"}, listingEvents(ch))
		e.requireSameAsFromScratch(indexer.Config{})
	})

	t.Run("an unapproved listing whose token moves is stale for good", func(t *testing.T) {
		t.Parallel()
		e := setup(t, indexer.Config{})
		c, a, m := e.chain, e.chain.AgentsABI, e.chain.MarketplaceABI
		e.send(alice, c.Agents, ether(10), a.PackPurchasePackage(starter))
		e.send(alice, c.Agents, nil, a.PackSetApprovalForAll(c.Contracts.Marketplace, true))
		e.send(alice, c.Marketplace, nil, m.PackList(c.Contracts.Agents, big1(), ether(5))) // listing 1
		e.send(alice, c.Agents, nil, a.PackSetApprovalForAll(c.Contracts.Marketplace, false))
		e.sync()
		require.Equal(t, "unapproved", e.listingStatus(1))
		ch := e.listen()

		// Given away and back: the seller owns it again and approves again.
		e.send(alice, c.Agents, nil, a.PackTransferFrom(c.Addr(alice), c.Addr(bob), big1()))
		e.send(bob, c.Agents, nil, a.PackTransferFrom(c.Addr(bob), c.Addr(alice), big1()))
		e.send(alice, c.Agents, nil, a.PackSetApprovalForAll(c.Contracts.Marketplace, true))
		e.send(alice, c.Agents, nil, a.PackApprove(c.Contracts.Marketplace, big1()))
		e.sync()
		e.requireMatchesChain()
		require.Equal(t, "stale", e.listingStatus(1), "the token moved: never buyable again")
		require.Empty(t, listingEvents(ch), "it was told STALE already")
		e.requireSameAsFromScratch(indexer.Config{})
	})
}

// A reorg that removes the withdrawal of an approval makes the listing
// active again, and one that removes the approval given again makes it
// unapproved again; a reorg that removes a transfer gives the token its
// approval back.
func TestApprovalReorged(t *testing.T) {
	t.Parallel()
	cfg := indexer.Config{}
	e := setup(t, cfg)
	c, a, m := e.chain, e.chain.AgentsABI, e.chain.MarketplaceABI
	e.send(alice, c.Agents, ether(10), a.PackPurchasePackage(starter))
	e.send(alice, c.Agents, ether(10), a.PackPurchasePackage(starter))
	e.send(alice, c.Agents, nil, a.PackApprove(c.Contracts.Marketplace, big1()))
	e.send(alice, c.Agents, nil, a.PackApprove(c.Contracts.Marketplace, big.NewInt(2)))
	e.send(alice, c.Marketplace, nil, m.PackList(c.Contracts.Agents, big1(), ether(5))) // listing 1
	e.sync()
	require.Equal(t, "active", e.listingStatus(1))

	// The withdrawal and a transfer of agent 2, reorged out.
	ancestor := e.chainHead()
	nonce := e.nonceOf(alice)
	e.mineTxs(e.signedTx(alice, nonce, 2, c.Contracts.Agents, nil, a.PackApprove(c.Addr(bob), big1())))
	e.mineTxs(e.signedTx(alice, nonce+1, 2, c.Contracts.Agents, nil, a.PackTransferFrom(c.Addr(alice), c.Addr(carol), big.NewInt(2))))
	oldHead := e.chainHead()
	e.sync()
	e.requireMatchesChain()
	require.Equal(t, "unapproved", e.listingStatus(1))
	require.Zero(t, e.countRows(`SELECT count(*) FROM marketplace_token_approvals`), "neither agent is approved alone")

	e.forkAt(ancestor)
	e.mineTxs(e.burnNonce(alice, nonce), e.burnNonce(alice, nonce+1))
	e.mineUntil(oldHead + 1)
	e.sync()
	e.requireMatchesChain()
	require.Equal(t, "active", e.listingStatus(1), "the withdrawal is gone")
	require.Equal(t, 2, e.countRows(`SELECT count(*) FROM marketplace_token_approvals`), "both approvals are back")
	e.requireSameAsFromScratch(cfg)

	// Withdrawn for good, approved again in a block that a reorg removes.
	e.send(alice, c.Agents, nil, a.PackApprove(c.Addr(bob), big1()))
	e.sync()
	require.Equal(t, "unapproved", e.listingStatus(1))
	ancestor = e.chainHead()
	nonce = e.nonceOf(alice)
	e.mineTxs(e.signedTx(alice, nonce, 2, c.Contracts.Agents, nil, a.PackSetApprovalForAll(c.Contracts.Marketplace, true)))
	oldHead = e.chainHead()
	e.sync()
	e.requireMatchesChain()
	require.Equal(t, "active", e.listingStatus(1))

	e.forkAt(ancestor)
	e.mineTxs(e.burnNonce(alice, nonce))
	e.mineUntil(oldHead + 1)
	e.sync()
	e.requireMatchesChain()
	require.Equal(t, "unapproved", e.listingStatus(1), "the approval given again is gone")
	require.Zero(t, e.countRows(`SELECT count(*) FROM marketplace_operators`))
	e.requireSameAsFromScratch(cfg)
}
