// Package devchain runs the development chain of `inft dev`: go-ethereum in
// process, on a fixed genesis with funded accounts, served as JSON-RPC over
// HTTP and WebSocket, mining a block as soon as a transaction arrives and on
// an interval, so that the chain's clock moves.
//
// With a data directory the chain persists: every block's state is written
// as the block is sealed (an archive node on the hash scheme), so a chain
// killed without warning restarts at its last block.
package devchain

import (
	"crypto/ecdsa"
	"errors"
	"fmt"
	"log/slog"
	"math/big"
	"net"
	"strconv"
	"sync"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core"
	"github.com/ethereum/go-ethereum/core/rawdb"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/ethereum/go-ethereum/eth"
	"github.com/ethereum/go-ethereum/eth/catalyst"
	"github.com/ethereum/go-ethereum/eth/ethconfig"
	"github.com/ethereum/go-ethereum/eth/filters"
	"github.com/ethereum/go-ethereum/node"
	"github.com/ethereum/go-ethereum/p2p"
	"github.com/ethereum/go-ethereum/params"
	"github.com/ethereum/go-ethereum/rpc"
)

// ChainID is the dev chain's id.
const ChainID = 1337

// Accounts is how many funded accounts the genesis holds.
const Accounts = 10

// Balance is what each funded account starts with: 10,000 ether.
var Balance = new(big.Int).Mul(big.NewInt(10_000), big.NewInt(1e18))

// Key returns the i-th funded account's key, derived from a fixed seed: the
// same on every machine, and public, so never to be used on a real chain.
func Key(i int) *ecdsa.PrivateKey {
	key, err := crypto.ToECDSA(crypto.Keccak256([]byte("inft dev account"), big.NewInt(int64(i)).Bytes()))
	if err != nil {
		panic(err) // a hash is a valid key but with negligible odds
	}
	return key
}

// Config is how the chain is run.
type Config struct {
	// DataDir keeps the chain between runs; empty keeps it in memory.
	DataDir string
	// HTTPAddr and WSAddr are where JSON-RPC is served (host:port); empty
	// serves none.
	HTTPAddr, WSAddr string
	// BlockTime is the longest time without a block. Default 2 s.
	BlockTime time.Duration
	// Logger reports what goes wrong while mining; nil: nothing.
	Logger *slog.Logger
}

// Chain is a running dev chain.
type Chain struct {
	node   *node.Node
	eth    *eth.Ethereum
	beacon *catalyst.SimulatedBeacon
	stop   chan struct{}
	done   chan struct{}
	once   sync.Once
	// durable syncs the database after each block: a block a client saw
	// survives the process being killed.
	durable bool
	log     *slog.Logger
	// RPCURL and WSURL are the served endpoints ("" when not served).
	RPCURL, WSURL string
}

// Genesis is the dev chain's first block: chain 1337 on the Cancun rules
// that the contracts are compiled for and Sonic runs, with the system
// contracts and the funded accounts. It is the same on every run, so a
// persisted chain is recognised.
func Genesis() *core.Genesis {
	rules := *params.AllDevChainProtocolChanges
	rules.PragueTime, rules.OsakaTime, rules.BogotaTime = nil, nil, nil
	rules.BlobScheduleConfig = &params.BlobScheduleConfig{Cancun: params.DefaultCancunBlobConfig}
	alloc := core.SystemContractAllocs()
	for i := range Accounts {
		alloc[crypto.PubkeyToAddress(Key(i).PublicKey)] = types.Account{Balance: Balance}
	}
	return &core.Genesis{Config: &rules, GasLimit: ethconfig.Defaults.Miner.GasCeil, Alloc: alloc}
}

// Start runs the chain.
func Start(cfg Config) (*Chain, error) {
	if cfg.BlockTime <= 0 {
		cfg.BlockTime = 2 * time.Second
	}
	nc := node.DefaultConfig
	nc.Name = "inft-devchain"
	nc.DataDir = cfg.DataDir
	nc.IPCPath = ""
	nc.P2P = p2p.Config{NoDiscovery: true, MaxPeers: 0}
	c := &Chain{stop: make(chan struct{}), done: make(chan struct{})}
	if cfg.HTTPAddr != "" {
		host, port, err := hostPort(cfg.HTTPAddr)
		if err != nil {
			return nil, fmt.Errorf("dev chain HTTP address: %w", err)
		}
		nc.HTTPHost, nc.HTTPPort = host, port
		nc.HTTPModules = []string{"eth", "net", "web3"}
		nc.HTTPCors, nc.HTTPVirtualHosts = []string{"*"}, []string{"*"} // dApps in a browser
		c.RPCURL = "http://" + cfg.HTTPAddr
	}
	if cfg.WSAddr != "" {
		host, port, err := hostPort(cfg.WSAddr)
		if err != nil {
			return nil, fmt.Errorf("dev chain WebSocket address: %w", err)
		}
		nc.WSHost, nc.WSPort = host, port
		nc.WSModules = []string{"eth", "net", "web3"}
		nc.WSOrigins = []string{"*"}
		c.WSURL = "ws://" + cfg.WSAddr
	}
	// Listening first gives a clear error for a port in use before the
	// chain's database is opened.
	for _, addr := range []string{cfg.HTTPAddr, cfg.WSAddr} {
		if addr == "" {
			continue
		}
		l, err := net.Listen("tcp", addr)
		if err != nil {
			return nil, fmt.Errorf("dev chain: %w", err)
		}
		l.Close()
	}

	ec := ethconfig.Defaults
	ec.Genesis = Genesis()
	ec.NetworkId = ChainID
	ec.SyncMode = ethconfig.FullSync
	ec.TxPool.NoLocals = true
	// The pool takes a tip of 1 wei and more; the miner must take all it
	// takes (its default minimum, 1 mwei, left such transactions pending
	// for good while empty blocks were sealed: alloy's and cast's estimate
	// on a quiet chain is 1 wei).
	ec.TxPool.PriceLimit = 1
	ec.Miner.GasPrice = big.NewInt(1)
	ec.LogNoHistory = true
	// Every block's state on disk as it is sealed: a chain killed without
	// warning has the state of its head when it starts again.
	ec.NoPruning = true
	ec.StateScheme = rawdb.HashScheme
	ec.SnapshotCache = 0

	stack, err := node.New(&nc)
	if err != nil {
		return nil, fmt.Errorf("dev chain: %w", err)
	}
	backend, err := eth.New(stack, &ec)
	if err != nil {
		stack.Close()
		return nil, fmt.Errorf("dev chain in %s: %w", cfg.DataDir, err)
	}
	stack.RegisterAPIs([]rpc.API{{Namespace: "eth", Service: filters.NewFilterAPI(filters.NewFilterSystem(backend.APIBackend, filters.Config{}))}})
	if err := stack.Start(); err != nil {
		stack.Close()
		return nil, fmt.Errorf("dev chain: %w", err)
	}
	beacon, err := catalyst.NewSimulatedBeacon(0, common.Address{}, backend)
	if err != nil {
		stack.Close()
		return nil, fmt.Errorf("dev chain: %w", err)
	}
	c.node, c.eth, c.beacon = stack, backend, beacon
	c.durable = cfg.DataDir != ""
	c.log = cfg.Logger
	if c.log == nil {
		c.log = slog.New(slog.DiscardHandler)
	}
	go c.mine(cfg.BlockTime)
	return c, nil
}

// mine seals a block when transactions arrive, and when no block was sealed
// for blockTime; one goroutine seals, so blocks never race.
func (c *Chain) mine(blockTime time.Duration) {
	defer close(c.done)
	// The pool's feed waits for its subscribers, and sealing waits for the
	// pool: the events are taken at once, apart from sealing, and kept as
	// one flag.
	txs := make(chan core.NewTxsEvent, 16)
	sub := c.eth.TxPool().SubscribeTransactions(txs, true)
	defer sub.Unsubscribe()
	arrived := make(chan struct{}, 1)
	go func() {
		for {
			select {
			case <-txs:
				select {
				case arrived <- struct{}{}:
				default:
				}
			case <-sub.Err():
				return
			case <-c.stop:
				return
			}
		}
	}()
	idle := time.NewTimer(blockTime)
	defer idle.Stop()
	for {
		select {
		case <-c.stop:
			return
		case <-arrived:
		case <-idle.C:
		}
		// What arrived while sealing, or did not fit, goes in the next
		// blocks, until a block takes nothing (what is left cannot be mined:
		// a tip below the miner's price, say).
		for range 100 {
			c.seal()
			if err := c.eth.TxPool().Sync(); err != nil {
				break
			}
			head := c.eth.BlockChain().CurrentBlock()
			if pending, _ := c.eth.TxPool().Stats(); pending == 0 || len(c.eth.BlockChain().GetBlock(head.Hash(), head.Number.Uint64()).Transactions()) == 0 {
				break
			}
		}
		idle.Reset(blockTime)
	}
}

// seal seals a block and, for a persistent chain, syncs it to disk at once.
func (c *Chain) seal() {
	c.beacon.Commit()
	if c.durable {
		if err := c.eth.ChainDb().SyncKeyValue(); err != nil {
			c.log.Error("dev chain: sync the database", "err", err)
		}
	}
}

// Client is an in-process JSON-RPC client of the chain.
func (c *Chain) Client() *rpc.Client { return c.node.Attach() }

// Head is the number of the latest block.
func (c *Chain) Head() uint64 { return c.eth.BlockChain().CurrentBlock().Number.Uint64() }

// Close stops mining and the chain, writing what it holds in memory.
func (c *Chain) Close() error {
	var err error
	c.once.Do(func() {
		close(c.stop)
		<-c.done
		err = errors.Join(c.beacon.Stop(), c.node.Close())
	})
	return err
}

func hostPort(addr string) (string, int, error) {
	host, p, err := net.SplitHostPort(addr)
	if err != nil {
		return "", 0, err
	}
	port, err := strconv.Atoi(p)
	if err != nil || port <= 0 || port > 65535 {
		return "", 0, fmt.Errorf("%q: the port must be 1 to 65535", addr)
	}
	return host, port, nil
}
