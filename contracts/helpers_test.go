// Package contracts_test tests the INFT Solidity contracts (contracts/src)
// through their Go bindings on a simulated chain (internal/chaintest): every
// external function's success path, every revert with its decoded custom
// error, every event's fields, the exact wei of every payment, and reentrancy
// attempts by a malicious contract wallet (src/test/Attacker.sol).
//
// Each test that builds its own chain runs in parallel with the others.
package contracts_test

import (
	"context"
	"fmt"
	"math/big"
	"reflect"
	"strings"
	"testing"

	"github.com/ethereum/go-ethereum/accounts/abi/bind/v2"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/stretchr/testify/require"

	"github.com/inft-labs/inft/bindings"
	"github.com/inft-labs/inft/bindings/testbindings"
	"github.com/inft-labs/inft/internal/chaintest"
)

// Shorthands for the funded accounts of chaintest.
const (
	deployer = chaintest.Deployer
	relayer  = chaintest.Relayer
	alice    = chaintest.Alice
	bob      = chaintest.Bob
	carol    = chaintest.Carol
	staking  = chaintest.Staking
	dev      = chaintest.Dev
	fees     = chaintest.Fees
)

// Attacker modes, in the order of the Mode enum of src/test/Attacker.sol.
const (
	modeHonest uint8 = iota
	modeReenterOnToken
	modeReenterOnEther
	modeRefuseEther
)

var (
	// relayerRole is keccak256("RELAYER_ROLE"), computed here rather than read
	// from the contract so that a wrong constant there would show.
	relayerRole = [32]byte(crypto.Keccak256Hash([]byte("RELAYER_ROLE")))
	// adminRole is DEFAULT_ADMIN_ROLE, 0x00.
	adminRole = [32]byte{}
)

// ether returns n ether in wei.
func ether(n int64) *big.Int { return new(big.Int).Mul(big.NewInt(n), big.NewInt(1e18)) }

// wei parses a decimal amount of wei.
func wei(s string) *big.Int {
	v, ok := new(big.Int).SetString(s, 10)
	if !ok {
		panic("bad wei amount " + s)
	}
	return v
}

// plus returns a + b.
func plus(a, b *big.Int) *big.Int { return new(big.Int).Add(a, b) }

// minus returns a - b.
func minus(a, b *big.Int) *big.Int { return new(big.Int).Sub(a, b) }

// gasCost is what a mined transaction cost its sender in gas.
func gasCost(r *types.Receipt) *big.Int {
	return new(big.Int).Mul(new(big.Int).SetUint64(r.GasUsed), r.EffectiveGasPrice)
}

// requireBig compares two amounts by value.
func requireBig(t testing.TB, want, got *big.Int, msgAndArgs ...any) {
	t.Helper()
	require.NotNil(t, got, msgAndArgs...)
	require.Equal(t, want.String(), got.String(), msgAndArgs...)
}

// render prints a decoded error or event with its type, every field but the
// raw log, and big integers in decimal, so that two values compare by content
// (reflect.DeepEqual on *big.Int compares representations, not numbers).
func render(v any) string {
	var b strings.Builder
	renderValue(&b, reflect.ValueOf(v))
	return b.String()
}

var bigIntType = reflect.TypeOf((*big.Int)(nil))

func renderValue(b *strings.Builder, v reflect.Value) {
	switch {
	case !v.IsValid():
		b.WriteString("<nil>")
	case v.Type() == bigIntType:
		if v.IsNil() {
			b.WriteString("<nil big.Int>")
		} else {
			b.WriteString(v.Interface().(*big.Int).String())
		}
	case v.Kind() == reflect.Pointer || v.Kind() == reflect.Interface:
		if v.IsNil() {
			b.WriteString("<nil>")
			return
		}
		if v.Kind() == reflect.Pointer {
			b.WriteString("&")
		}
		renderValue(b, v.Elem())
	case v.Kind() == reflect.Struct:
		b.WriteString(v.Type().String() + "{")
		sep := ""
		for i := 0; i < v.NumField(); i++ {
			f := v.Type().Field(i)
			if f.Name == "Raw" || !f.IsExported() {
				continue
			}
			fmt.Fprintf(b, "%s%s: ", sep, f.Name)
			renderValue(b, v.Field(i))
			sep = ", "
		}
		b.WriteString("}")
	case v.Kind() == reflect.String:
		fmt.Fprintf(b, "%q", v.String())
	case v.Kind() == reflect.Array && v.Type().Elem().Kind() == reflect.Uint8 && v.Len() == 32:
		fmt.Fprintf(b, "0x%x", v.Interface())
	default:
		fmt.Fprintf(b, "%v", v.Interface())
	}
}

// requireSame compares two decoded values field by field (see render).
func requireSame(t testing.TB, want, got any, msgAndArgs ...any) {
	t.Helper()
	require.Equal(t, render(want), render(got), msgAndArgs...)
}

// requireRevert asserts err carries the custom error want, decoded with unpack
// (a binding's UnpackError), with the same type and fields.
func requireRevert(t testing.TB, err error, unpack func([]byte) (any, error), want any) {
	t.Helper()
	requireSame(t, want, chaintest.Revert(t, err, unpack))
}

// callErr calls a view function expecting it to revert and returns the error.
func callErr(contract *bind.BoundContract, calldata []byte) error {
	_, err := contract.CallRaw(&bind.CallOpts{}, calldata)
	return err
}

// events returns the logs of r that contract emitted and unpack decodes.
func events[T any](r *types.Receipt, contract common.Address, unpack func(*types.Log) (*T, error)) []*T {
	var out []*T
	for _, l := range r.Logs {
		if l.Address != contract {
			continue
		}
		if ev, err := unpack(l); err == nil {
			out = append(out, ev)
		}
	}
	return out
}

// requireEvent asserts r holds exactly one event of its type from contract,
// equal to want in every field, and returns it.
func requireEvent[T any](t testing.TB, r *types.Receipt, contract common.Address, unpack func(*types.Log) (*T, error), want *T) *T {
	t.Helper()
	evs := events(r, contract, unpack)
	require.Len(t, evs, 1, "events %T from %s in tx %s", want, contract, r.TxHash)
	requireSame(t, want, evs[0])
	return evs[0]
}

// requireNoEvent asserts r holds no event of unpack's type from contract.
func requireNoEvent[T any](t testing.TB, r *types.Receipt, contract common.Address, unpack func(*types.Log) (*T, error)) {
	t.Helper()
	require.Empty(t, events(r, contract, unpack))
}

// blockTime is the timestamp of the block that mined r.
func blockTime(t testing.TB, c *chaintest.Chain, r *types.Receipt) uint64 {
	t.Helper()
	h, err := c.Client.HeaderByNumber(context.Background(), r.BlockNumber)
	require.NoError(t, err)
	return h.Time
}

// latestTime is the timestamp of the latest block.
func latestTime(t testing.TB, c *chaintest.Chain) uint64 {
	t.Helper()
	h, err := c.Client.HeaderByNumber(context.Background(), nil)
	require.NoError(t, err)
	return h.Time
}

// balance is addr's ether balance at the latest block.
func balance(t testing.TB, c *chaintest.Chain, addr common.Address) *big.Int {
	t.Helper()
	b, err := c.Client.BalanceAt(context.Background(), addr, nil)
	require.NoError(t, err)
	return b
}

// agentsPending is what addr may withdraw from INFTAgents.
func agentsPending(t testing.TB, c *chaintest.Chain, addr common.Address) *big.Int {
	t.Helper()
	return agentsLedger(c).pending(t, addr)
}

// marketPending is what addr may withdraw from INFTMarketplace.
func marketPending(t testing.TB, c *chaintest.Chain, addr common.Address) *big.Int {
	t.Helper()
	return marketLedger(c).pending(t, addr)
}

// ledger is the withdrawal ledger (PullPayments) of one contract.
type ledger struct {
	name     string
	contract *bind.BoundContract
	withdraw []byte
	pending  func(testing.TB, common.Address) *big.Int
	// withdrawn decodes the one Withdrawn event of a receipt.
	withdrawn func(testing.TB, *types.Receipt) (payee common.Address, amount *big.Int)
	unpackErr func([]byte) (any, error)
	// nothing is the contract's NothingToWithdraw error.
	nothing any
}

func agentsLedger(c *chaintest.Chain) ledger {
	a := c.AgentsABI
	return ledger{
		name:     "INFTAgents",
		contract: c.Agents,
		withdraw: a.PackWithdraw(),
		pending: func(t testing.TB, addr common.Address) *big.Int {
			t.Helper()
			return chaintest.Call(t, c.Agents, a.PackPendingWithdrawals(addr), a.UnpackPendingWithdrawals)
		},
		withdrawn: func(t testing.TB, r *types.Receipt) (common.Address, *big.Int) {
			t.Helper()
			evs := events(r, c.Contracts.Agents, a.UnpackWithdrawnEvent)
			require.Len(t, evs, 1, "Withdrawn events")
			return evs[0].Payee, evs[0].Amount
		},
		unpackErr: a.UnpackError,
		nothing:   &bindings.INFTAgentsNothingToWithdraw{},
	}
}

func marketLedger(c *chaintest.Chain) ledger {
	m := c.MarketplaceABI
	return ledger{
		name:     "INFTMarketplace",
		contract: c.Marketplace,
		withdraw: m.PackWithdraw(),
		pending: func(t testing.TB, addr common.Address) *big.Int {
			t.Helper()
			return chaintest.Call(t, c.Marketplace, m.PackPendingWithdrawals(addr), m.UnpackPendingWithdrawals)
		},
		withdrawn: func(t testing.TB, r *types.Receipt) (common.Address, *big.Int) {
			t.Helper()
			evs := events(r, c.Contracts.Marketplace, m.UnpackWithdrawnEvent)
			require.Len(t, evs, 1, "Withdrawn events")
			return evs[0].Payee, evs[0].Amount
		},
		unpackErr: m.UnpackError,
		nothing:   &bindings.INFTMarketplaceNothingToWithdraw{},
	}
}

// requireWithdraws has account i withdraw its whole balance and checks that
// exactly want arrives (less the gas i paid), that the Withdrawn event says so,
// that the contract holds that much less, that nothing is left pending, and
// that a second withdraw reverts with NothingToWithdraw.
func (l ledger) requireWithdraws(t testing.TB, c *chaintest.Chain, i int, want *big.Int) {
	t.Helper()
	who := c.Addr(i)
	requireBig(t, want, l.pending(t, who), "%s pending of %s before withdraw", l.name, who)
	before := balance(t, c, who)
	held := balance(t, c, l.contract.Address())

	r := c.Send(i, l.contract, nil, l.withdraw)

	payee, amount := l.withdrawn(t, r)
	require.Equal(t, who, payee, "Withdrawn payee")
	requireBig(t, want, amount, "Withdrawn amount")
	requireBig(t, minus(plus(before, want), gasCost(r)), balance(t, c, who), "balance of %s after withdraw", who)
	requireBig(t, minus(held, want), balance(t, c, l.contract.Address()), "%s balance after withdraw", l.name)
	requireBig(t, big.NewInt(0), l.pending(t, who), "%s pending after withdraw", l.name)

	_, err := c.Try(i, l.contract, nil, l.withdraw)
	requireRevert(t, err, l.unpackErr, l.nothing)
}

// deployAttacker deploys a fresh Attacker contract wallet from account i.
func deployAttacker(t testing.TB, c *chaintest.Chain, i int) (common.Address, *bind.BoundContract) {
	t.Helper()
	addr, tx, err := bind.DeployContract(c.Opts(i), common.FromHex(testbindings.AttackerMetaData.Bin), c.Client, nil)
	require.NoError(t, err)
	r := c.Receipt(tx)
	require.Equal(t, types.ReceiptStatusSuccessful, r.Status, "Attacker deployment")
	return addr, testbindings.NewAttacker().Instance(c.Client, addr)
}
