package indexer_test

import (
	"context"
	"fmt"
	"io"
	"math/big"
	"net"
	"net/http"
	"os"
	"os/exec"
	"path/filepath"
	"strconv"
	"strings"
	"syscall"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/accounts/abi/bind/v2"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/stretchr/testify/require"

	"github.com/inft-labs/inft/bindings/testbindings"
	"github.com/inft-labs/inft/chain"
	"github.com/inft-labs/inft/indexer"
	"github.com/inft-labs/inft/internal/chaintest"
	"github.com/inft-labs/inft/internal/pgtest"
	"github.com/inft-labs/inft/migrations"
)

// benchEvents is how many contract events BenchmarkBackfill indexes.
const benchEvents = 100_000

// loadChain fills a chain served over HTTP JSON-RPC with at least n events of
// all three contracts (LoadGen: seven events per iteration, 40 iterations a
// transaction) and returns it with the number of events.
func loadChain(tb testing.TB, n int) (*chaintest.Chain, int) {
	c := chaintest.NewWithOptions(tb, chaintest.Options{HTTP: true})
	ctx := context.Background()
	lg := testbindings.NewLoadGen()
	addr, _, err := bind.DeployContract(c.Opts(deployer), common.FromHex(testbindings.LoadGenMetaData.Bin), c.Client,
		lg.PackConstructor(c.Contracts.Agents, c.Contracts.Marketplace))
	require.NoError(tb, err)
	c.Backend.Commit()
	gen := lg.Instance(c.Client, addr)
	role := chaintest.Call(tb, c.Agents, c.AgentsABI.PackRELAYERROLE(), c.AgentsABI.UnpackRELAYERROLE)
	c.Send(deployer, c.Agents, nil, c.AgentsABI.PackGrantRole(role, addr))
	c.Send(deployer, gen, ether(10), lg.PackSetUp())
	events := indexedSoFar(tb, c) // the deployment's PackageSet and GenerationCostSet, the setup's purchase

	const perTx = 40
	metadataUpdate := c.GeneratedABI.GetABI().Events["MetadataUpdate"].ID
	from := c.Addr(deployer)
	nonce, err := c.Client.PendingNonceAt(ctx, from)
	require.NoError(tb, err)
	tip := big.NewInt(1e9)
	head, err := c.Client.HeaderByNumber(ctx, nil)
	require.NoError(tb, err)
	feeCap := new(big.Int).Add(new(big.Int).Mul(head.BaseFee, big.NewInt(4)), tip)
	signer := types.LatestSignerForChainID(big.NewInt(chaintest.ChainID))
	for events < n {
		var sent []*types.Transaction
		for range 5 { // several transactions a block
			tx, err := types.SignTx(types.NewTx(&types.DynamicFeeTx{
				ChainID: big.NewInt(chaintest.ChainID), Nonce: nonce, GasTipCap: tip, GasFeeCap: feeCap, Gas: 25_000_000,
				To: &addr, Value: ether(10 * perTx), Data: lg.PackRound(big.NewInt(perTx)),
			}), signer, c.Accounts[deployer].Key)
			require.NoError(tb, err)
			require.NoError(tb, c.Client.SendTransaction(ctx, tx))
			sent = append(sent, tx)
			nonce++
		}
		for _, tx := range sent {
			r := c.Receipt(tx)
			require.Equal(tb, types.ReceiptStatusSuccessful, r.Status, "LoadGen round")
			for _, l := range r.Logs {
				if l.Topics[0] != metadataUpdate { // ERC-4906, not indexed
					events++
				}
			}
		}
	}
	return c, events
}

// indexedSoFar indexes the chain into a scratch schema and counts the events.
func indexedSoFar(tb testing.TB, c *chaintest.Chain) int {
	db := pgtest.New(tb)
	_, err := migrations.Up(context.Background(), db.DB.DB)
	require.NoError(tb, err)
	ix, err := indexer.New(context.Background(), db.DB, indexer.NewClient(c.RPC()), indexer.Config{Contracts: c.Contracts})
	require.NoError(tb, err)
	require.NoError(tb, ix.Sync(context.Background()))
	var n int
	require.NoError(tb, db.Get(&n, `SELECT count(*) FROM events`))
	return n
}

// BenchmarkBackfill indexes 100,000 events of the three contracts from block 0,
// over the simulated chain's HTTP JSON-RPC, into PostgreSQL. events/s is the
// in-process rate; the `inft reindex` subprocess run reports the indexer's
// peak RSS on its own.
func BenchmarkBackfill(b *testing.B) {
	c, events := loadChain(b, benchEvents)
	head, err := c.Client.BlockNumber(context.Background())
	require.NoError(b, err)
	b.Logf("chain: %d events in %d blocks", events, head)

	var elapsed time.Duration
	runs := 0
	for b.Loop() {
		b.StopTimer()
		db := pgtest.New(b)
		_, err := migrations.Up(context.Background(), db.DB.DB)
		require.NoError(b, err)
		ix, err := indexer.New(context.Background(), db.DB, indexer.NewClient(c.RPC()), indexer.Config{
			Contracts: c.Contracts, StartBlock: 0, ReorgWindow: 2,
		})
		require.NoError(b, err)
		b.StartTimer()
		start := time.Now()
		require.NoError(b, ix.Sync(context.Background()))
		elapsed += time.Since(start)
		runs++
		b.StopTimer()
		var n int
		require.NoError(b, db.Get(&n, `SELECT count(*) FROM events`))
		require.Equal(b, events, n)
		b.StartTimer()
	}
	b.ReportMetric(float64(events*runs)/elapsed.Seconds(), "events/s")

	runRSS, runWall, reindexRSS, reindexWall := subprocesses(b, c, events)
	b.ReportMetric(float64(runRSS)/1024, "run-peakRSS-MB")
	b.ReportMetric(float64(events)/runWall.Seconds(), "run-events/s")
	b.ReportMetric(float64(reindexRSS)/1024, "reindex-peakRSS-MB")
	b.ReportMetric(float64(events)/reindexWall.Seconds(), "reindex-events/s")
}

// procStatus reads fields of a process's /proc status in KiB: VmHWM (its
// peak resident set size), RssAnon, RssFile.
func procStatus(pid int, names ...string) []int64 {
	out := make([]int64, len(names))
	b, err := os.ReadFile(fmt.Sprintf("/proc/%d/status", pid))
	if err != nil {
		return out
	}
	for _, line := range strings.Split(string(b), "\n") {
		f := strings.Fields(line)
		for i, name := range names {
			if len(f) >= 2 && f[0] == name+":" {
				out[i], _ = strconv.ParseInt(f[1], 10, 64)
			}
		}
	}
	return out
}

// subprocesses builds inft and runs it against the chain as an operator
// would: `inft run --indexer` from a cold database until it has indexed the
// head (then SIGTERM), and `inft reindex --from 0` over what it indexed. It
// returns each one's peak RSS in KiB and its wall time.
func subprocesses(b *testing.B, c *chaintest.Chain, events int) (runRSS int64, runWall time.Duration, reindexRSS int64, reindexWall time.Duration) {
	head, err := c.Client.BlockNumber(context.Background())
	require.NoError(b, err)
	runRSS, runWall, reindexRSS, reindexWall, _ = indexWithInft(b, c.RPCURL, c.Contracts, 0, head, events)
	return runRSS, runWall, reindexRSS, reindexWall
}

// indexWithInft runs `inft run --indexer` from a cold database, from block
// start to head, then `inft reindex` over the same range; it checks that
// both stored every event and ended with the same projections, and returns
// each one's peak RSS (KiB) and wall time, and the database.
func indexWithInft(b *testing.B, rpcURL string, contracts chain.Contracts, start, head uint64, events int) (runRSS int64, runWall time.Duration,
	reindexRSS int64, reindexWall time.Duration, db *pgtest.DB) {
	l, err := net.Listen("tcp", "127.0.0.1:0")
	require.NoError(b, err)
	httpAddr := l.Addr().String()
	require.NoError(b, l.Close())
	bin := filepath.Join(b.TempDir(), "inft")
	build := exec.Command("go", "build", "-o", bin, "../cmd/inft")
	build.Stderr = os.Stderr
	require.NoError(b, build.Run())
	db = pgtest.New(b)
	vars := append(os.Environ(),
		"DATABASE_URL="+db.URL, "SONIC_RPC_URL="+rpcURL, fmt.Sprintf("INDEXER_START_BLOCK=%d", start), "HTTP_ADDR="+httpAddr,
		"INFT_AGENTS_CONTRACT="+contracts.Agents.Hex(), "INFT_GENERATED_NFT_CONTRACT="+contracts.Generated.Hex(),
		"INFT_MARKETPLACE_CONTRACT="+contracts.Marketplace.Hex())
	indexed := func() bool {
		var n int64
		if err := db.Get(&n, `SELECT coalesce(max(block_number), -1) FROM indexer_checkpoints`); err != nil || n < int64(head) {
			return false
		}
		// Where the time went: inside the batches' transactions, or not.
		if resp, err := http.Get("http://" + httpAddr + "/metrics"); err == nil {
			defer resp.Body.Close()
			raw, _ := io.ReadAll(resp.Body)
			for _, line := range strings.Split(string(raw), "\n") {
				if f := strings.Fields(line); len(f) == 2 && (f[0] == "inft_indexer_batch_seconds_sum" || f[0] == "inft_indexer_batch_seconds_count") {
					b.Logf("inft run --indexer: %s %s", f[0], f[1])
				}
			}
		}
		return true
	}
	runRSS, runWall = measure(b, exec.Command(bin, "run", "--indexer"), vars, indexed)
	var n int
	require.NoError(b, db.Get(&n, `SELECT count(*) FROM events`))
	require.Equal(b, events, n, "inft run --indexer stored every event")
	e := &env{t: b, db: db}
	indexedSums := e.checksum()
	reindexRSS, reindexWall = measure(b, exec.Command(bin, "reindex", "--from", fmt.Sprint(start)), vars, nil)
	require.Equal(b, indexedSums, e.checksum(), "inft reindex rebuilt the same projections")
	return runRSS, runWall, reindexRSS, reindexWall, db
}

// measure runs cmd until it exits, or until done says so (then it is sent
// SIGTERM and the time is when done first said so), reading its high-water
// mark from /proc while it runs: rusage's maxrss would count the parent's
// pages from before exec.
func measure(b *testing.B, cmd *exec.Cmd, env []string, done func() bool) (int64, time.Duration) {
	cmd.Env = env
	out, err := os.CreateTemp(b.TempDir(), "inft")
	require.NoError(b, err)
	cmd.Stdout, cmd.Stderr = out, out
	start := time.Now()
	require.NoError(b, cmd.Start())
	var hwm, anon, file int64
	var wall time.Duration
	exited := make(chan error, 1)
	go func() { exited <- cmd.Wait() }()
	for running := true; running; {
		select {
		case err = <-exited:
			running = false
		case <-time.After(20 * time.Millisecond):
			v := procStatus(cmd.Process.Pid, "VmHWM", "RssAnon", "RssFile")
			hwm, anon, file = max(hwm, v[0]), max(anon, v[1]), max(file, v[2])
			if done != nil && wall == 0 && done() {
				wall = time.Since(start)
				require.NoError(b, cmd.Process.Signal(syscall.SIGTERM))
			}
		}
	}
	if wall == 0 {
		wall = time.Since(start)
	}
	b.Logf("%s: peak RSS %d MB (at most %d MB anonymous, %d MB of files: the binary's pages)", strings.Join(cmd.Args[1:], " "),
		hwm/1024, anon/1024, file/1024)
	if err != nil {
		log, _ := os.ReadFile(out.Name())
		b.Fatalf("%s: %v\n%s", strings.Join(cmd.Args, " "), err, log)
	}
	return hwm, wall
}
