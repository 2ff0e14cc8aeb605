package contracts_test

import (
	"math/big"
	"testing"

	"github.com/ethereum/go-ethereum/accounts/abi/bind/v2"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/stretchr/testify/require"

	"github.com/inft-labs/inft/bindings"
	"github.com/inft-labs/inft/bindings/testbindings"
	"github.com/inft-labs/inft/internal/chaintest"
)

// attacker is an Attacker contract wallet operated by Alice.
type attacker struct {
	c    *chaintest.Chain
	addr common.Address
	bc   *bind.BoundContract
	abi  *testbindings.Attacker
}

func newAttacker(t testing.TB, c *chaintest.Chain) *attacker {
	t.Helper()
	addr, bc := deployAttacker(t, c, alice)
	return &attacker{c: c, addr: addr, bc: bc, abi: testbindings.NewAttacker()}
}

// fund sends the attacker amount wei from Alice.
func (a *attacker) fund(t testing.TB, amount *big.Int) {
	t.Helper()
	a.c.Send(alice, a.bc, amount, nil)
	requireBig(t, amount, balance(t, a.c, a.addr))
}

// arm sets what the attacker does on receiving a token or ether.
func (a *attacker) arm(t testing.TB, mode uint8, target common.Address, reentry []byte, value *big.Int) {
	t.Helper()
	if value == nil {
		value = big.NewInt(0)
	}
	a.c.Send(alice, a.bc, nil, a.abi.PackArm(mode, target, reentry, value))
	require.Equal(t, mode, chaintest.Call(t, a.bc, a.abi.PackMode(), a.abi.UnpackMode))
}

// execute has the attacker call to with data and value (Alice pays the value).
func (a *attacker) execute(to *bind.BoundContract, value *big.Int, data []byte) (*types.Receipt, error) {
	return a.c.Try(alice, a.bc, value, a.abi.PackExecute(to.Address(), data))
}

// mustExecute is execute that fails the test on a revert.
func (a *attacker) mustExecute(t testing.TB, to *bind.BoundContract, value *big.Int, data []byte) *types.Receipt {
	t.Helper()
	r, err := a.execute(to, value, data)
	require.NoError(t, err)
	return r
}

// sellAgent has the attacker buy a Starter agent, approve the marketplace and
// list the agent at price; Bob buys it. The attacker is then owed the price
// less the fee. It returns that amount.
func (a *attacker) sellAgent(t testing.TB, price *big.Int) *big.Int {
	t.Helper()
	c := a.c
	r := a.mustExecute(t, c.Agents, ether(10), c.AgentsABI.PackPurchasePackage(tierStarter))
	agent := events(r, c.Contracts.Agents, c.AgentsABI.UnpackPackagePurchasedEvent)[0].AgentId
	require.Equal(t, a.addr, agentOwner(t, c, agent))
	a.mustExecute(t, c.Agents, nil, c.AgentsABI.PackApprove(c.Contracts.Marketplace, agent))
	r = a.mustExecute(t, c.Marketplace, nil, c.MarketplaceABI.PackList(c.Contracts.Agents, agent, price))
	listed := requireEvent(t, r, c.Contracts.Marketplace, c.MarketplaceABI.UnpackListedEvent, &bindings.INFTMarketplaceListed{
		ListingId: big.NewInt(1), Collection: c.Contracts.Agents, TokenId: agent, Seller: a.addr, Price: price,
	})
	r = buy(t, c, bob, listed.ListingId, price)
	fee := events(r, c.Contracts.Marketplace, c.MarketplaceABI.UnpackSoldEvent)[0].Fee
	owed := minus(price, fee)
	requireBig(t, owed, marketPending(t, c, a.addr))
	require.Equal(t, c.Addr(bob), agentOwner(t, c, agent))
	return owed
}

func TestReentrancy(t *testing.T) {
	t.Parallel()

	t.Run("honest contract wallet buys a package", func(t *testing.T) {
		// The control for the next test: the same purchase without re-entry works.
		t.Parallel()
		c := chaintest.New(t)
		atk := newAttacker(t, c)
		atk.mustExecute(t, c.Agents, ether(10), c.AgentsABI.PackPurchasePackage(tierStarter))
		require.Equal(t, atk.addr, agentOwner(t, c, big.NewInt(1)))
	})

	t.Run("package buyer re-entering purchasePackage on receiving the agent", func(t *testing.T) {
		t.Parallel()
		c := chaintest.New(t)
		a := c.AgentsABI
		atk := newAttacker(t, c)
		atk.fund(t, ether(10)) // so the re-entry pays the right price
		atk.arm(t, modeReenterOnToken, c.Contracts.Agents, a.PackPurchasePackage(tierStarter), ether(10))
		aliceBefore := balance(t, c, c.Addr(alice))

		_, err := atk.execute(c.Agents, ether(10), a.PackPurchasePackage(tierStarter))

		requireRevert(t, err, a.UnpackError, &bindings.INFTAgentsReentrancyGuardReentrantCall{})
		requireBig(t, big.NewInt(0), agentCount(t, c), "no agent minted")
		requireBig(t, big.NewInt(0), chaintest.Call(t, c.Agents, a.PackBalanceOf(atk.addr), a.UnpackBalanceOf), "the attacker owns nothing")
		requireBig(t, big.NewInt(0), agentsPending(t, c, c.Addr(staking)), "no revenue credited")
		requireBig(t, big.NewInt(0), agentsPending(t, c, c.Addr(dev)), "no revenue credited")
		requireBig(t, big.NewInt(0), balance(t, c, c.Contracts.Agents))
		requireBig(t, ether(10), balance(t, c, atk.addr))
		requireBig(t, aliceBefore, balance(t, c, c.Addr(alice)), "refused at estimation: nothing mined, nothing paid")
	})

	t.Run("package buyer may request a generation from onERC721Received", func(t *testing.T) {
		// requestGeneration has no reentrancy guard, and the agent is the
		// buyer's as soon as it is minted, so the request succeeds. The
		// indexer can rely on the order: PackagePurchased comes first, then
		// the mint's Transfer, then whatever the buyer did with the agent.
		t.Parallel()
		c := chaintest.New(t)
		a := c.AgentsABI
		atk := newAttacker(t, c)
		atk.arm(t, modeReenterOnToken, c.Contracts.Agents, a.PackRequestGeneration(big.NewInt(1), kindText, promptText), nil)

		r := atk.mustExecute(t, c.Agents, ether(10), a.PackPurchasePackage(tierStarter))

		var order []string
		for _, l := range r.Logs {
			switch {
			case l.Address != c.Contracts.Agents:
			case l.Topics[0] == a.GetABI().Events["Transfer"].ID:
				order = append(order, "Transfer")
			case l.Topics[0] == a.GetABI().Events["GenerationRequested"].ID:
				order = append(order, "GenerationRequested")
			case l.Topics[0] == a.GetABI().Events["PackagePurchased"].ID:
				order = append(order, "PackagePurchased")
			}
		}
		require.Equal(t, []string{"PackagePurchased", "Transfer", "GenerationRequested"}, order)
		require.Equal(t, uint64(99), credits(t, c, big.NewInt(1)))
		require.Equal(t, atk.addr, requestOf(t, c, big.NewInt(1)).Requester)
	})

	t.Run("honest contract wallet buys a listing", func(t *testing.T) {
		// The control for the next test.
		t.Parallel()
		c := chaintest.New(t)
		agent := buyAgent(t, c, bob, tierStarter)
		id := list(t, c, bob, c.Contracts.Agents, agent, ether(1))
		atk := newAttacker(t, c)
		atk.mustExecute(t, c.Marketplace, ether(1), c.MarketplaceABI.PackBuy(id))
		require.Equal(t, atk.addr, agentOwner(t, c, agent))
	})

	t.Run("listing buyer re-entering buy of another listing on receiving the token", func(t *testing.T) {
		t.Parallel()
		c := chaintest.New(t)
		m := c.MarketplaceABI
		first, second := buyAgent(t, c, bob, tierStarter), buyAgent(t, c, bob, tierStarter)
		l1 := list(t, c, bob, c.Contracts.Agents, first, ether(1))
		l2 := list(t, c, bob, c.Contracts.Agents, second, ether(2))
		atk := newAttacker(t, c)
		atk.fund(t, ether(2))
		atk.arm(t, modeReenterOnToken, c.Contracts.Marketplace, m.PackBuy(l2), ether(2))

		_, err := atk.execute(c.Marketplace, ether(1), m.PackBuy(l1))

		requireRevert(t, err, m.UnpackError, &bindings.INFTMarketplaceReentrancyGuardReentrantCall{})
		require.Equal(t, c.Addr(bob), agentOwner(t, c, first), "nothing changed hands")
		require.Equal(t, c.Addr(bob), agentOwner(t, c, second), "nothing changed hands")
		require.True(t, isBuyable(t, c, l1))
		require.True(t, isBuyable(t, c, l2))
		for _, who := range []common.Address{c.Addr(bob), c.Addr(fees), atk.addr} {
			requireBig(t, big.NewInt(0), marketPending(t, c, who), "nothing credited to %s", who)
		}
		requireBig(t, big.NewInt(0), balance(t, c, c.Contracts.Marketplace))
		requireBig(t, ether(2), balance(t, c, atk.addr))
	})

	t.Run("seller re-entering withdraw on receiving ether", func(t *testing.T) {
		t.Parallel()
		c := chaintest.New(t)
		m := c.MarketplaceABI
		atk := newAttacker(t, c)
		owed := atk.sellAgent(t, ether(4))
		requireBig(t, wei("3900000000000000000"), owed)
		atk.arm(t, modeReenterOnEther, c.Contracts.Marketplace, m.PackWithdraw(), nil)

		_, err := atk.execute(c.Marketplace, nil, m.PackWithdraw())

		// The inner withdraw hits the guard, so receive() reverts and the outer
		// withdraw reports the refused payment.
		requireRevert(t, err, m.UnpackError, &bindings.INFTMarketplaceWithdrawalFailed{Payee: atk.addr, Amount: owed})
		requireBig(t, owed, marketPending(t, c, atk.addr), "balance intact")
		requireBig(t, big.NewInt(0), balance(t, c, atk.addr))
		requireBig(t, ether(4), balance(t, c, c.Contracts.Marketplace))

		atk.arm(t, modeHonest, common.Address{}, nil, nil)
		r := atk.mustExecute(t, c.Marketplace, nil, m.PackWithdraw())

		requireEvent(t, r, c.Contracts.Marketplace, m.UnpackWithdrawnEvent, &bindings.INFTMarketplaceWithdrawn{Payee: atk.addr, Amount: owed})
		requireBig(t, owed, balance(t, c, atk.addr), "paid exactly once")
		requireBig(t, big.NewInt(0), marketPending(t, c, atk.addr))
		_, err = atk.execute(c.Marketplace, nil, m.PackWithdraw())
		requireRevert(t, err, m.UnpackError, &bindings.INFTMarketplaceNothingToWithdraw{})
		requireBig(t, owed, balance(t, c, atk.addr))
	})

	t.Run("seller refusing ether does not block the sale", func(t *testing.T) {
		t.Parallel()
		c := chaintest.New(t)
		m := c.MarketplaceABI
		atk := newAttacker(t, c)
		atk.arm(t, modeRefuseEther, common.Address{}, nil, nil)

		owed := atk.sellAgent(t, ether(4)) // Bob's buy succeeds

		requireBig(t, wei("3900000000000000000"), owed)
		_, err := atk.execute(c.Marketplace, nil, m.PackWithdraw())
		requireRevert(t, err, m.UnpackError, &bindings.INFTMarketplaceWithdrawalFailed{Payee: atk.addr, Amount: owed})
		requireBig(t, owed, marketPending(t, c, atk.addr), "the balance waits")
		marketLedger(c).requireWithdraws(t, c, fees, wei("100000000000000000"))
	})
}
