// Package chaintest starts a simulated chain (go-ethereum's ethclient/simulated)
// with funded accounts and the three INFT contracts deployed, for the tests of
// every package that talks to the chain.
package chaintest

import (
	"context"
	"crypto/ecdsa"
	"errors"
	"fmt"
	"math/big"
	"net"
	"sync"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/accounts/abi/bind/v2"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/ethereum/go-ethereum/eth/ethconfig"
	"github.com/ethereum/go-ethereum/ethclient/simulated"
	"github.com/ethereum/go-ethereum/node"
	"github.com/ethereum/go-ethereum/params"
	"github.com/ethereum/go-ethereum/rpc"

	"github.com/inft-labs/inft/bindings"
	"github.com/inft-labs/inft/chain"
)

// ChainID is the simulated chain's id.
const ChainID = 1337

// Roles of the funded accounts, indexes into Chain.Accounts.
const (
	Deployer = iota // admin of all three contracts
	Relayer         // holds RELAYER_ROLE
	Alice
	Bob
	Carol
	Staking // staking wallet
	Dev     // development wallet
	Fees    // marketplace fee recipient
	accountCount
)

// Balance is what each funded account starts with: one million ether.
var Balance = new(big.Int).Mul(big.NewInt(1_000_000), big.NewInt(1e18))

// Account is a funded key.
type Account struct {
	Key     *ecdsa.PrivateKey
	Address common.Address
}

// Chain is a simulated chain with the INFT contracts deployed.
type Chain struct {
	Backend  *simulated.Backend
	Client   simulated.Client
	Accounts []Account
	chain.Contracts
	// DeployBlock is the block of the first deployment transaction.
	DeployBlock uint64

	Agents      *bind.BoundContract
	Generated   *bind.BoundContract
	Marketplace *bind.BoundContract

	AgentsABI      *bindings.INFTAgents
	GeneratedABI   *bindings.INFTGenerated
	MarketplaceABI *bindings.INFTMarketplace

	// mining serialises Commit: the simulated backend is not safe for
	// concurrent sealing (AutoMine and a test's own Send).
	mining sync.Mutex

	// RPCURL is the HTTP JSON-RPC endpoint when Options.HTTP is set.
	RPCURL string
	// WSURL is the WebSocket endpoint when Options.WS is set.
	WSURL string

	tb testing.TB
}

// Options changes how New builds the chain.
type Options struct {
	// HTTP serves the chain's JSON-RPC (eth, net, web3) on a free loopback
	// port, at Chain.RPCURL, for other processes and ethclient.Dial.
	HTTP bool
	// WS serves the same namespaces over WebSocket, at Chain.WSURL, for
	// subscriptions such as newHeads.
	WS bool
	// SkipDeploy leaves the chain empty but for the funded accounts.
	SkipDeploy bool
}

// New starts a simulated chain with eight funded accounts (see the role
// constants) and the contracts deployed, wired as `inft deploy` wires them.
// The chain is closed when the test ends.
func New(tb testing.TB) *Chain {
	return NewWithOptions(tb, Options{})
}

// NewWithOptions is New with options.
func NewWithOptions(tb testing.TB, opts Options) *Chain {
	tb.Helper()
	alloc := types.GenesisAlloc{}
	accounts := make([]Account, accountCount)
	for i := range accounts {
		key := DeterministicKey(i)
		accounts[i] = Account{Key: key, Address: crypto.PubkeyToAddress(key.PublicKey)}
		alloc[accounts[i].Address] = types.Account{Balance: Balance}
	}
	nodeOpts := []func(*node.Config, *ethconfig.Config){cancunRules}
	rpcURL := ""
	if opts.HTTP {
		port := FreePort(tb)
		rpcURL = fmt.Sprintf("http://127.0.0.1:%d", port)
		nodeOpts = append(nodeOpts, func(nc *node.Config, _ *ethconfig.Config) {
			nc.HTTPHost, nc.HTTPPort = "127.0.0.1", port
			nc.HTTPModules = []string{"eth", "net", "web3"}
		})
	}
	wsURL := ""
	if opts.WS {
		port := FreePort(tb)
		wsURL = fmt.Sprintf("ws://127.0.0.1:%d", port)
		nodeOpts = append(nodeOpts, func(nc *node.Config, _ *ethconfig.Config) {
			nc.WSHost, nc.WSPort = "127.0.0.1", port
			nc.WSModules = []string{"eth", "net", "web3"}
			nc.WSOrigins = []string{"*"}
		})
	}
	backend := simulated.NewBackend(alloc, nodeOpts...)
	tb.Cleanup(func() { _ = backend.Close() })

	c := &Chain{
		Backend:        backend,
		Client:         backend.Client(),
		Accounts:       accounts,
		AgentsABI:      bindings.NewINFTAgents(),
		GeneratedABI:   bindings.NewINFTGenerated(),
		MarketplaceABI: bindings.NewINFTMarketplace(),
		RPCURL:         rpcURL,
		WSURL:          wsURL,
		tb:             tb,
	}
	if opts.SkipDeploy {
		return c
	}
	ctx, cancel := context.WithTimeout(context.Background(), time.Minute)
	defer cancel()
	d, err := chain.Deploy(ctx, c.Client, c.Opts(Deployer), chain.DeployConfig{
		Relayer:       accounts[Relayer].Address,
		StakingWallet: accounts[Staking].Address,
		DevWallet:     accounts[Dev].Address,
		FeeRecipient:  accounts[Fees].Address,
		PollInterval:  time.Millisecond,
		Mine:          func() { backend.Commit() },
	})
	if err != nil {
		tb.Fatalf("chaintest: %v", err)
	}
	c.Contracts, c.DeployBlock = d.Contracts, d.Block
	c.Agents = c.AgentsABI.Instance(c.Client, d.Agents)
	c.Generated = c.GeneratedABI.Instance(c.Client, d.Generated)
	c.Marketplace = c.MarketplaceABI.Instance(c.Client, d.Marketplace)
	return c
}

// cancunRules makes the chain run the Cancun rules the contracts are compiled
// for (and Sonic runs), instead of the dev chain's later forks, whose gas
// schedule would distort every gas figure.
func cancunRules(_ *node.Config, ec *ethconfig.Config) {
	rules := *ec.Genesis.Config
	rules.PragueTime, rules.OsakaTime, rules.BogotaTime = nil, nil, nil
	rules.BlobScheduleConfig = &params.BlobScheduleConfig{Cancun: params.DefaultCancunBlobConfig}
	ec.Genesis.Config = &rules
}

// RPC dials the chain's JSON-RPC over HTTP (Options.HTTP must be set), for
// code that needs more than ethclient offers, such as batch calls. The client
// is closed when the test ends.
func (c *Chain) RPC() *rpc.Client {
	c.tb.Helper()
	if c.RPCURL == "" {
		c.tb.Fatal("chaintest: RPC needs Options.HTTP")
	}
	client, err := rpc.Dial(c.RPCURL)
	if err != nil {
		c.tb.Fatalf("chaintest: dial %s: %v", c.RPCURL, err)
	}
	c.tb.Cleanup(client.Close)
	return client
}

// AutoMine mines a block every interval until the test ends, so that a process
// waiting for receipts (a command under test) sees its transactions mined.
func (c *Chain) AutoMine(interval time.Duration) {
	done := make(chan struct{})
	stopped := make(chan struct{})
	c.tb.Cleanup(func() { close(done); <-stopped })
	go func() {
		defer close(stopped)
		t := time.NewTicker(interval)
		defer t.Stop()
		for {
			select {
			case <-done:
				return
			case <-t.C:
				c.Commit()
			}
		}
	}()
}

// FreePort returns a TCP port that was free on 127.0.0.1 a moment ago.
func FreePort(tb testing.TB) int {
	tb.Helper()
	l, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		tb.Fatalf("free port: %v", err)
	}
	defer l.Close()
	return l.Addr().(*net.TCPAddr).Port
}

// DeterministicKey returns the i-th test key; the same i always gives the same key.
func DeterministicKey(i int) *ecdsa.PrivateKey {
	key, err := crypto.ToECDSA(crypto.Keccak256([]byte("inft test account"), big.NewInt(int64(i)).Bytes()))
	if err != nil {
		panic(err)
	}
	return key
}

// Addr is the address of account i.
func (c *Chain) Addr(i int) common.Address { return c.Accounts[i].Address }

// Opts returns transaction options signing as account i.
func (c *Chain) Opts(i int) *bind.TransactOpts {
	return bind.NewKeyedTransactor(c.Accounts[i].Key, big.NewInt(ChainID))
}

// Receipt mines the pending transactions and returns tx's receipt, failing the
// test if it was not mined.
func (c *Chain) Receipt(tx *types.Transaction) *types.Receipt {
	c.tb.Helper()
	// A loaded machine can seal a block before the pool has promoted the
	// transaction; mine again rather than fail.
	for range 20 {
		c.Commit()
		r, err := c.Client.TransactionReceipt(context.Background(), tx.Hash())
		if err == nil {
			return r
		}
		if !errors.Is(err, ethereum.NotFound) && !chain.IsIndexing(err) {
			c.tb.Fatalf("receipt of %s: %v", tx.Hash(), err)
		}
	}
	c.tb.Fatalf("transaction %s not mined after 20 blocks", tx.Hash())
	return nil
}

// Commit mines the pending transactions into a new block; safe to call while
// AutoMine runs.
func (c *Chain) Commit() common.Hash {
	c.mining.Lock()
	defer c.mining.Unlock()
	return c.Backend.Commit()
}

// AdjustTime moves the chain's clock forward by d in a new block. It mines
// the pending transactions first, since the simulated chain only adjusts time
// on an empty block.
func (c *Chain) AdjustTime(d time.Duration) {
	c.tb.Helper()
	var err error
	for range 20 {
		c.Commit()
		c.mining.Lock()
		err = c.Backend.AdjustTime(d)
		c.mining.Unlock()
		if err == nil {
			return
		}
	}
	c.tb.Fatalf("adjust time by %s: %v", d, err)
}

// Send sends calldata from account i to contract with value wei (nil for none),
// mines it and returns the receipt of a successful transaction; the test fails
// if it could not be sent or reverted.
func (c *Chain) Send(i int, contract *bind.BoundContract, value *big.Int, calldata []byte) *types.Receipt {
	c.tb.Helper()
	r, err := c.Try(i, contract, value, calldata)
	if err != nil {
		c.tb.Fatalf("send to %s: %v", contract.Address(), err)
	}
	return r
}

// Try is Send that returns the error instead of failing the test. A transaction
// that would revert is refused at gas estimation: the error then carries the
// revert data, which RevertID and errors.As(err, rpc.DataError) read.
func (c *Chain) Try(i int, contract *bind.BoundContract, value *big.Int, calldata []byte) (*types.Receipt, error) {
	opts := c.Opts(i)
	opts.Value = value
	tx, err := bind.Transact(contract, opts, calldata)
	if err != nil {
		return nil, err
	}
	r := c.Receipt(tx)
	if r.Status != types.ReceiptStatusSuccessful {
		return r, errors.New("transaction reverted")
	}
	return r, nil
}

// Call runs a view function at the latest block and unpacks its result.
func Call[T any](tb testing.TB, contract *bind.BoundContract, calldata []byte, unpack func([]byte) (T, error)) T {
	tb.Helper()
	v, err := bind.Call(contract, &bind.CallOpts{}, calldata, unpack)
	if err != nil {
		tb.Fatalf("call %s: %v", contract.Address(), err)
	}
	return v
}

// RevertData returns the revert data carried by err, or nil.
func RevertData(err error) []byte {
	var de rpc.DataError
	if !errors.As(err, &de) {
		return nil
	}
	s, ok := de.ErrorData().(string)
	if !ok {
		return nil
	}
	return common.FromHex(s)
}

// RevertID returns the 4-byte selector of the custom error err reverted with,
// as 0x-prefixed hex, or "" if err carries none.
func RevertID(err error) string {
	data := RevertData(err)
	if len(data) < 4 {
		return ""
	}
	return "0x" + common.Bytes2Hex(data[:4])
}

// Revert decodes the custom error that err carries with unpack, a binding's
// UnpackError, failing the test if err is nil or carries no known error. Tests
// compare the result with the binding's error struct, e.g.
// &bindings.INFTAgentsWrongPayment{Expected: price, Sent: paid}.
func Revert(tb testing.TB, err error, unpack func([]byte) (any, error)) any {
	tb.Helper()
	if err == nil {
		tb.Fatalf("expected a revert, the call succeeded")
	}
	data := RevertData(err)
	if len(data) < 4 {
		tb.Fatalf("expected a custom error, got %v", err)
	}
	v, uerr := unpack(data)
	if uerr != nil {
		tb.Fatalf("revert data %x of %v: %v", data, err, uerr)
	}
	return v
}
