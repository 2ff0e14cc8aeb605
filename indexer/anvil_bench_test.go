package indexer_test

import (
	"context"
	"crypto/ecdsa"
	"crypto/sha256"
	"encoding/json"
	"fmt"
	"math/big"
	"net"
	"os"
	"os/exec"
	"path/filepath"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/accounts/abi/bind/v2"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/ethereum/go-ethereum/ethclient"
	"github.com/ethereum/go-ethereum/rpc"
	"github.com/stretchr/testify/require"

	"github.com/inft-labs/inft/bindings"
	"github.com/inft-labs/inft/bindings/testbindings"
	"github.com/inft-labs/inft/chain"
	"github.com/inft-labs/inft/indexer"
)

// The workload of BenchmarkIndexerOnAnvil, as issue 18 measured Ponder on
// it: 4,000 agents over four tiers, 1,000 top-ups, 40,000 requests (30,000
// fulfilled, 10,000 failed), 30,000 generated tokens, 6,125 listings
// (repriced, cancelled, stale, sold).
const (
	anvilAgentsPerTier = 1_000
	anvilRequests      = 40_000
	anvilFailEvery     = 4 // every fourth request fails
	anvilListings      = 6_125
	anvilEmptyBlocks   = 200
)

// anvilNode is Foundry's anvil, a node nobody here wrote, in a process of
// its own.
type anvilNode struct {
	url  string
	key  *ecdsa.PrivateKey
	eth  *ethclient.Client
	rpc  *rpc.Client
	stop func()
}

// startAnvil starts anvil with args (a state to load or to dump).
func startAnvil(b *testing.B, bin string, args ...string) *anvilNode {
	l, err := net.Listen("tcp", "127.0.0.1:0")
	require.NoError(b, err)
	port := l.Addr().(*net.TCPAddr).Port
	require.NoError(b, l.Close())
	cfgOut := filepath.Join(b.TempDir(), "anvil.json")
	cmd := exec.Command(bin, append([]string{"--port", fmt.Sprint(port), "--balance", "10000000", "--gas-limit", "100000000",
		"--silent", "--config-out", cfgOut}, args...)...)
	require.NoError(b, cmd.Start())
	exited := make(chan struct{})
	go func() {
		_ = cmd.Wait()
		close(exited)
	}()
	b.Cleanup(func() {
		_ = cmd.Process.Kill()
		<-exited
	})
	url := fmt.Sprintf("http://127.0.0.1:%d", port)
	var client *rpc.Client
	require.Eventually(b, func() bool {
		c, err := rpc.Dial(url)
		if err != nil {
			return false
		}
		var id string
		if c.Call(&id, "eth_chainId") != nil {
			c.Close()
			return false
		}
		client = c
		return true
	}, 30*time.Second, 50*time.Millisecond, "anvil answers")
	b.Cleanup(client.Close)
	raw, err := os.ReadFile(cfgOut)
	require.NoError(b, err)
	var out struct {
		PrivateKeys []string `json:"private_keys"`
	}
	require.NoError(b, json.Unmarshal(raw, &out))
	key, err := crypto.HexToECDSA(out.PrivateKeys[0][2:])
	require.NoError(b, err)
	return &anvilNode{url: url, key: key, eth: ethclient.NewClient(client), rpc: client, stop: func() {
		_ = cmd.Process.Signal(os.Interrupt) // anvil dumps its state on the way out
		<-exited
	}}
}

// anvilWorkload sends the workload's transactions from one key, counting
// the events they log that the indexer stores.
type anvilWorkload struct {
	b          *testing.B
	node       *anvilNode
	from       common.Address
	nonce      uint64
	chainID    *big.Int
	contracts  chain.Contracts
	startBlock uint64
	// events are the logs the indexer stores (the node's count, with the
	// indexer's filter); blocks the workload's transactions, one a block.
	events int
	blocks int
}

// send sends a transaction and waits for its receipt.
func (w *anvilWorkload) send(to common.Address, value *big.Int, data []byte) {
	ctx := context.Background()
	tx, err := types.SignTx(types.NewTx(&types.DynamicFeeTx{
		ChainID: w.chainID, Nonce: w.nonce, GasTipCap: big.NewInt(1e9), GasFeeCap: big.NewInt(100e9), Gas: 95_000_000,
		To: &to, Value: value, Data: data,
	}), types.LatestSignerForChainID(w.chainID), w.node.key)
	require.NoError(w.b, err)
	require.NoError(w.b, w.node.eth.SendTransaction(ctx, tx))
	w.nonce++
	r, err := chain.WaitReceipt(ctx, w.node.eth, tx.Hash(), 5*time.Millisecond)
	require.NoError(w.b, err)
	require.Equal(w.b, types.ReceiptStatusSuccessful, r.Status, "workload transaction to %s", to)
	w.blocks++
}

// in calls f for [0, n) in steps of size: f(first, count).
func in(n, size int, f func(first, count int)) {
	for first := 0; first < n; first += size {
		f(first, min(size, n-first))
	}
}

func runAnvilWorkload(b *testing.B, node *anvilNode) *anvilWorkload {
	ctx := context.Background()
	chainID, err := node.eth.ChainID(ctx)
	require.NoError(b, err)
	auth := bind.NewKeyedTransactor(node.key, chainID)
	dep, err := chain.Deploy(ctx, node.eth, auth, chain.DeployConfig{PollInterval: 5 * time.Millisecond})
	require.NoError(b, err)
	from := crypto.PubkeyToAddress(node.key.PublicKey)
	nonce, err := node.eth.PendingNonceAt(ctx, from)
	require.NoError(b, err)
	w := &anvilWorkload{b: b, node: node, from: from, nonce: nonce, chainID: chainID, contracts: dep.Contracts}

	wl := testbindings.NewWorkload()
	deploy := func() common.Address {
		addr, tx, err := bind.DeployContract(&bind.TransactOpts{From: from, Signer: auth.Signer, Nonce: new(big.Int).SetUint64(w.nonce),
			GasLimit: 5_000_000, Context: ctx}, common.FromHex(testbindings.WorkloadMetaData.Bin), node.eth,
			wl.PackConstructor(dep.Agents, dep.Marketplace))
		require.NoError(b, err)
		w.nonce++
		_, err = chain.WaitReceipt(ctx, node.eth, tx.Hash(), 5*time.Millisecond)
		require.NoError(b, err)
		return addr
	}
	seller, buyer := deploy(), deploy()
	agents := bindings.NewINFTAgents()
	role := common.Hash(crypto.Keccak256Hash([]byte("RELAYER_ROLE")))
	w.send(dep.Agents, nil, agents.PackGrantRole(role, seller))
	started := time.Now()

	prices := []int64{10, 45, 160, 700}
	for tier, price := range prices {
		in(anvilAgentsPerTier, 100, func(_, n int) {
			w.send(seller, ether(price*int64(n)), wl.PackBuy(uint8(tier), big.NewInt(int64(n))))
		})
	}
	agentsN := 4 * anvilAgentsPerTier
	in(1_000, 100, func(first, n int) { // top-ups of the first thousand
		w.send(seller, ether(10*int64(n)), wl.PackTopUp(big.NewInt(int64(first)), big.NewInt(int64(n)), 0))
	})
	in(anvilRequests, 200, func(first, n int) { // every agent in turn
		w.send(seller, nil, wl.PackRequest(big.NewInt(int64(first%agentsN)), big.NewInt(int64(n))))
	})
	in(anvilRequests, 200, func(first, n int) {
		w.send(seller, nil, wl.PackSettle(big.NewInt(int64(first+1)), big.NewInt(int64(n)), big.NewInt(anvilFailEvery)))
	})
	// Tokens and listings are numbered from 1 in order: listing i is token i.
	in(anvilListings, 250, func(first, n int) {
		w.send(seller, nil, wl.PackList(big.NewInt(int64(first+1)), big.NewInt(int64(n)), ether(1)))
	})
	in(1_500, 250, func(first, n int) { // listings 1-1,500 repriced
		w.send(seller, nil, wl.PackReprice(big.NewInt(int64(first+1)), big.NewInt(int64(n)), ether(2)))
	})
	in(1_500, 250, func(first, n int) { // 1,501-3,000 cancelled
		w.send(seller, nil, wl.PackCancel(big.NewInt(int64(1_501+first)), big.NewInt(int64(n))))
	})
	in(1_000, 250, func(first, n int) { // 3,001-4,000 stale: their tokens moved
		w.send(seller, nil, wl.PackGive(big.NewInt(int64(3_001+first)), big.NewInt(int64(n)), buyer))
	})
	in(anvilListings-4_000, 250, func(first, n int) { // 4,001-6,125 sold
		w.send(buyer, ether(int64(n)), wl.PackBuyListings(big.NewInt(int64(4_001+first)), big.NewInt(int64(n))))
	})
	require.NoError(b, node.rpc.Call(nil, "anvil_mine", anvilEmptyBlocks))
	// The events the indexer stores, as the node tells them.
	head, err := node.eth.BlockNumber(ctx)
	require.NoError(b, err)
	w.events = 0
	for from := dep.Block; from <= head; from += 10 {
		logs, err := node.eth.FilterLogs(ctx, ethereum.FilterQuery{FromBlock: new(big.Int).SetUint64(from),
			ToBlock: new(big.Int).SetUint64(min(from+9, head)), Addresses: []common.Address{dep.Agents, dep.Generated, dep.Marketplace},
			Topics: [][]common.Hash{indexer.Topics(dep.Contracts)}})
		require.NoError(b, err)
		w.events += len(logs)
	}
	b.Logf("anvil: %d events in %d transactions (made in %s), then %d empty blocks; contracts deployed at block %d",
		w.events, w.blocks, time.Since(started).Round(time.Second), anvilEmptyBlocks, dep.Block)
	w.contracts = dep.Contracts
	w.startBlock = dep.Block
	return w
}

// BenchmarkIndexerOnAnvil indexes issue 18's workload, made through the real
// contracts on Foundry's anvil (INFT_ANVIL; `make bench` installs it with
// scripts/ensure-anvil.sh), with `inft run --indexer` from a cold database
// and then `inft reindex` over the same blocks, as separate processes: their
// events/s and peak RSS, and the same projections from both.
func BenchmarkIndexerOnAnvil(b *testing.B) {
	bin := os.Getenv("INFT_ANVIL")
	if bin == "" {
		b.Skip("INFT_ANVIL names anvil 1.7.1: make bench installs it (scripts/ensure-anvil.sh)")
	}
	node, w := anvilWithWorkload(b, bin)
	head, err := node.eth.BlockNumber(context.Background())
	require.NoError(b, err)
	for b.Loop() {
		runRSS, runWall, reindexRSS, reindexWall, db := indexWithInft(b, node.url, w.contracts, w.startBlock, head, w.events)
		var jobsLeft int
		require.NoError(b, db.Get(&jobsLeft, `SELECT count(*) FROM river_job j JOIN generation_requests r
			ON r.id = (j.args->>'request_id')::numeric WHERE j.kind = 'generate' AND r.status <> 1`))
		require.Zero(b, jobsLeft, "no relayer job for a settled request")
		b.ReportMetric(float64(w.events)/runWall.Seconds(), "run-events/s")
		b.ReportMetric(float64(runRSS)/1024, "run-peakRSS-MB")
		b.ReportMetric(float64(w.events)/reindexWall.Seconds(), "reindex-events/s")
		b.ReportMetric(float64(reindexRSS)/1024, "reindex-peakRSS-MB")
	}
}

// anvilState is what a cached workload's chain holds, beside anvil's dump.
type anvilState struct {
	Contracts  chain.Contracts
	StartBlock uint64
	Events     int
}

// anvilWithWorkload starts anvil on the workload's chain: made once (about
// five minutes) and kept as anvil's state dump in ~/.cache/inft/bench, keyed
// by the contracts' code and the workload's shape, then loaded (seconds).
func anvilWithWorkload(b *testing.B, bin string) (*anvilNode, *anvilWorkload) {
	h := sha256.New()
	for _, code := range []string{bindings.INFTAgentsMetaData.Bin, bindings.INFTGeneratedMetaData.Bin, bindings.INFTMarketplaceMetaData.Bin,
		testbindings.WorkloadMetaData.Bin} {
		h.Write([]byte(code))
	}
	fmt.Fprint(h, anvilAgentsPerTier, anvilRequests, anvilFailEvery, anvilListings, anvilEmptyBlocks, "v1")
	cache, err := os.UserCacheDir()
	require.NoError(b, err)
	dir := filepath.Join(cache, "inft", "bench")
	require.NoError(b, os.MkdirAll(dir, 0o755))
	base := filepath.Join(dir, fmt.Sprintf("anvil-workload-%x", h.Sum(nil)[:8]))
	var st anvilState
	if raw, err := os.ReadFile(base + ".json"); err == nil && json.Unmarshal(raw, &st) == nil {
		if _, err := os.Stat(base + ".state"); err == nil {
			b.Logf("anvil: the workload's chain from %s.state", base)
			node := startAnvil(b, bin, "--load-state", base+".state")
			return node, &anvilWorkload{b: b, node: node, contracts: st.Contracts, startBlock: st.StartBlock, events: st.Events}
		}
	}
	node := startAnvil(b, bin, "--dump-state", base+".state.tmp")
	w := runAnvilWorkload(b, node)
	node.stop()
	raw, err := json.Marshal(anvilState{Contracts: w.contracts, StartBlock: w.startBlock, Events: w.events})
	require.NoError(b, err)
	require.NoError(b, os.Rename(base+".state.tmp", base+".state"))
	require.NoError(b, os.WriteFile(base+".json", raw, 0o644))
	return startAnvil(b, bin, "--load-state", base+".state"), w
}
