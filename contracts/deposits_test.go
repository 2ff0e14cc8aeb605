package contracts_test

import (
	"math/big"
	"testing"

	"github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/stretchr/testify/require"

	"github.com/inft-labs/inft/bindings"
	"github.com/inft-labs/inft/internal/chaintest"
)

// TestDepositsRebuildBalances: every wei credited to a payee is logged as
// Deposited, just before the event of the payment it comes from, so that
// each withdrawal balance is the logs' deposits less their withdrawals, and
// the revenue split and the fee are logged from the deployment on: an
// indexer can rebuild every balance from the logs alone.
func TestDepositsRebuildBalances(t *testing.T) {
	t.Parallel()
	c := chaintest.New(t)
	a, m := c.AgentsABI, c.MarketplaceABI

	// A workload that pays every kind of payee: the revenue wallets
	// (purchases, top-ups), an owner (subscriptions, sales), the royalty
	// receiver (a generated token resold), the fee recipient (sales).
	agent := buyAgent(t, c, alice, tierPro)
	c.Send(carol, c.Agents, ether(10), a.PackTopUp(agent, tierStarter))
	offerSubscriptions(t, c, alice, agent, 5)
	subscribe(t, c, bob, agent)
	request, _ := requestGeneration(t, c, alice, agent, kindImage, promptText)
	token := fulfil(t, c, request, outputURI)
	buy(t, c, bob, list(t, c, alice, c.Contracts.Generated, token, ether(2)), ether(2))
	buy(t, c, carol, list(t, c, bob, c.Contracts.Generated, token, wei("1000000000000000007")), wei("1000000000000000007"))
	buy(t, c, carol, list(t, c, alice, c.Contracts.Agents, agent, ether(30)), ether(30))
	agentsLedger(c).requireWithdraws(t, c, staking, chaintest.Call(t, c.Agents, a.PackPendingWithdrawals(c.Addr(staking)), a.UnpackPendingWithdrawals))
	marketLedger(c).requireWithdraws(t, c, fees, chaintest.Call(t, c.Marketplace, m.PackPendingWithdrawals(c.Addr(fees)), m.UnpackPendingWithdrawals))

	logs, err := c.Client.FilterLogs(t.Context(), ethereum.FilterQuery{
		FromBlock: new(big.Int).SetUint64(c.DeployBlock), Addresses: []common.Address{c.Contracts.Agents, c.Contracts.Marketplace},
	})
	require.NoError(t, err)

	balances := map[common.Address]map[common.Address]*big.Int{c.Contracts.Agents: {}, c.Contracts.Marketplace: {}}
	add := func(contract, payee common.Address, amount *big.Int) {
		if balances[contract][payee] == nil {
			balances[contract][payee] = new(big.Int)
		}
		balances[contract][payee].Add(balances[contract][payee], amount)
	}
	// causes are the events a deposit may come from; every deposit is
	// followed, in its transaction, by one of them from the same contract.
	causes := map[common.Hash]string{
		a.GetABI().Events["PackagePurchased"].ID: "PackagePurchased", a.GetABI().Events["CreditsAdded"].ID: "CreditsAdded",
		a.GetABI().Events["Subscribed"].ID: "Subscribed", m.GetABI().Events["Sold"].ID: "Sold",
	}
	var split *bindings.INFTAgentsRevenueSplitSet // the first: the deployment's
	var fee *bindings.INFTMarketplaceFeeSet
	var waiting []types.Log // deposits whose cause is still to come
	seen := map[string]int{}
	for _, l := range logs {
		if len(waiting) > 0 && (l.TxHash != waiting[0].TxHash) {
			t.Fatalf("deposit %d of tx %s is followed by no payment event", waiting[0].Index, waiting[0].TxHash)
		}
		switch l.Address {
		case c.Contracts.Agents:
			if ev, err := a.UnpackDepositedEvent(&l); err == nil {
				add(l.Address, ev.Payee, ev.Amount)
				require.NotZero(t, ev.Amount.Sign(), "no deposit of nothing")
				waiting = append(waiting, l)
				continue
			}
			if ev, err := a.UnpackWithdrawnEvent(&l); err == nil {
				add(l.Address, ev.Payee, new(big.Int).Neg(ev.Amount))
			}
			if ev, err := a.UnpackRevenueSplitSetEvent(&l); err == nil && split == nil {
				split = ev
			}
		case c.Contracts.Marketplace:
			if ev, err := m.UnpackDepositedEvent(&l); err == nil {
				add(l.Address, ev.Payee, ev.Amount)
				waiting = append(waiting, l)
				continue
			}
			if ev, err := m.UnpackWithdrawnEvent(&l); err == nil {
				add(l.Address, ev.Payee, new(big.Int).Neg(ev.Amount))
			}
			if ev, err := m.UnpackFeeSetEvent(&l); err == nil && fee == nil {
				fee = ev
			}
		}
		if name, ok := causes[l.Topics[0]]; ok {
			if len(waiting) > 0 {
				require.Equal(t, waiting[0].Address, l.Address, "%s follows another contract's deposits", name)
			}
			seen[name] += len(waiting)
			waiting = nil
		}
	}
	require.Empty(t, waiting, "deposits at the end with no payment event")
	require.Equal(t, map[string]int{"PackagePurchased": 2, "CreditsAdded": 2, "Subscribed": 1, "Sold": 8}, seen,
		"deposits by the payment they come from (a purchase and a top-up: staking and development; a generated token's sales: fee, royalty, seller; the agent's: fee and seller)")

	require.NotNil(t, split, "the deployment logs the revenue split")
	require.Equal(t, []any{c.Addr(staking), c.Addr(dev), uint16(5000)}, []any{split.StakingWallet, split.DevWallet, split.StakingShareBps})
	require.NotNil(t, fee, "the deployment logs the fee")
	require.Equal(t, []any{uint16(250), c.Addr(fees)}, []any{fee.FeeBps, fee.FeeRecipient})

	for contract, payees := range balances {
		for _, who := range []int{alice, bob, carol, staking, dev, fees} {
			addr := c.Addr(who)
			want := new(big.Int)
			if payees[addr] != nil {
				want = payees[addr]
			}
			var got *big.Int
			if contract == c.Contracts.Agents {
				got = chaintest.Call(t, c.Agents, a.PackPendingWithdrawals(addr), a.UnpackPendingWithdrawals)
			} else {
				got = chaintest.Call(t, c.Marketplace, m.PackPendingWithdrawals(addr), m.UnpackPendingWithdrawals)
			}
			requireBig(t, got, want, "balance of %s in %s rebuilt from the logs", addr, contract)
		}
	}
}
