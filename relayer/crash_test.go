package relayer_test

import (
	"context"
	"fmt"
	"math/big"
	"math/rand/v2"
	"runtime"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/ethclient"
	"github.com/jmoiron/sqlx"
	"github.com/stretchr/testify/require"

	"github.com/inft-labs/inft/ai"
	"github.com/inft-labs/inft/ai/local"
	"github.com/inft-labs/inft/bindings"
	"github.com/inft-labs/inft/internal/chaintest"
	"github.com/inft-labs/inft/relayer"
	"github.com/inft-labs/inft/txmgr"
)

// jittery is the local provider taking a random few milliseconds, so that
// crashes land in the middle of generations too.
type jittery struct{ ai.Provider }

func (j jittery) GenerateText(ctx context.Context, r ai.Request) (ai.Output, error) {
	if err := pause(ctx); err != nil {
		return ai.Output{}, err
	}
	return j.Provider.GenerateText(ctx, r)
}

func (j jittery) GenerateImage(ctx context.Context, r ai.Request) (ai.Output, error) {
	if err := pause(ctx); err != nil {
		return ai.Output{}, err
	}
	return j.Provider.GenerateImage(ctx, r)
}

func pause(ctx context.Context) error {
	select {
	case <-time.After(time.Duration(rand.IntN(40)) * time.Millisecond):
		return nil
	case <-ctx.Done():
		return ctx.Err()
	}
}

// Exactly once under crashes: 200 requests arrive while the relayer is
// started and then stopped, gracefully or by a crash (its database
// connections cut and its goroutines abandoned), at random points, many times.
// Every request ends fulfilled once or failed once, no idempotency key has
// more than one transaction mined, and the credits on chain equal the
// database's.
func TestExactlyOnceAcrossCrashes(t *testing.T) {
	if testing.Short() {
		t.Skip("a long test")
	}
	t.Parallel()
	seed := uint64(time.Now().UnixNano())
	rng := rand.New(rand.NewPCG(seed, seed>>1))
	t.Logf("seed %d", seed)
	ctx := context.Background()

	p := newPipeline(t) // the chain mining, indexed with jobs queued; relayers come and go below
	c, db, store := p.chain, p.db, p.store

	// Four Enterprise agents; each batch of requests is one multicall of its owner.
	owners := []int{chaintest.Alice, chaintest.Bob, chaintest.Carol, chaintest.Alice}
	for _, who := range owners {
		c.Send(who, c.Agents, new(big.Int).Mul(big.NewInt(700), big.NewInt(1e18)), c.AgentsABI.PackPurchasePackage(3))
	}
	const total, perBatch = 200, 25
	sent := 0
	submit := func() {
		agent := sent/perBatch%len(owners) + 1
		calls := make([][]byte, perBatch)
		for i := range calls {
			calls[i] = c.AgentsABI.PackRequestGeneration(big.NewInt(int64(agent)), uint8((sent+i)%2), fmt.Sprintf("request %d", sent+i+1))
		}
		c.Send(owners[agent-1], c.Agents, nil, c.AgentsABI.PackMulticall(calls))
		sent += perBatch
	}

	start := func() (*relayer.Service, *sqlx.DB, *ethclient.Client) {
		pool, err := sqlx.Open("postgres", db.URL)
		require.NoError(t, err)
		eth, err := ethclient.Dial(c.RPCURL)
		require.NoError(t, err)
		orch, err := ai.NewOrchestrator([]ai.Provider{jittery{local.New()}}, ai.OrchestratorConfig{Policies: ai.OpenPolicies})
		require.NoError(t, err)
		svc, err := startService(ctx, pool, eth, relayer.ServiceConfig{
			AI: orch, Store: store, Agents: c.Contracts.Agents, Generated: c.Contracts.Generated,
			Tx:         txmgr.Config{Key: c.Accounts[chaintest.Relayer].Key, MaxBatch: 10},
			TxInterval: 20 * time.Millisecond,
			// A crashed worker's jobs stay running: River's rescuer takes them
			// for stuck after the lease, short here (attempts too).
			Queue: relayer.QueueConfig{Workers: 6, PollInterval: 20 * time.Millisecond, SoftStop: 50 * time.Millisecond,
				RetryPolicy: relayer.FixedRetry(20 * time.Millisecond), AttemptTimeout: 1500 * time.Millisecond},
			Schedule: relayer.ScheduleConfig{Lease: 2 * time.Second},
		})
		require.NoError(t, err)
		return svc, pool, eth
	}

	crashes, stops, began := 0, 0, time.Now()
	for round := 0; round < 24; round++ {
		if sent < total {
			submit()
		}
		svc, pool, eth := start()
		time.Sleep(time.Duration(50+rng.IntN(400)) * time.Millisecond)
		if rng.IntN(2) == 0 {
			stops++
			stopCtx, cancel := context.WithTimeout(ctx, 10*time.Second)
			require.NoError(t, svc.Stop(stopCtx), "a graceful stop")
			cancel()
		} else {
			// A crash: the connections go first, so nothing more is written,
			// and whatever was running is abandoned where it stood.
			crashes++
			require.NoError(t, pool.Close())
			eth.Close()
			stopCtx, cancel := context.WithTimeout(ctx, time.Second)
			_ = svc.Stop(stopCtx)
			cancel()
		}
		_ = pool.Close()
		eth.Close()
	}
	for sent < total {
		submit()
	}
	t.Logf("%d graceful stops, %d crashes in %s", stops, crashes, time.Since(began).Round(time.Millisecond))

	t.Logf("%d goroutines before the last start", runtime.NumGoroutine())
	svc, pool, eth := start()
	defer func() {
		stopCtx, cancel := context.WithTimeout(ctx, 10*time.Second)
		defer cancel()
		require.NoError(t, svc.Stop(stopCtx))
		pool.Close()
		eth.Close()
	}()
	require.Eventually(t, func() bool {
		var open int
		return db.Get(&open, `SELECT (SELECT count(*) FROM generation_requests WHERE status = 1)
			+ (SELECT count(*) FROM txs WHERE state IN ('unstarted', 'batched', 'unconfirmed'))
			+ (200 - (SELECT count(*) FROM generation_requests))`) == nil && open == 0
	}, 4*time.Minute, 100*time.Millisecond, "every request ends") // alone ~40 s; River's leader and rescuer take turns of 15 and 30 s
	var stats struct {
		Leases  int `db:"leases"`
		Batches int `db:"batches"`
		Retried int `db:"retried"`
	}
	require.NoError(t, db.Get(&stats, `SELECT
		(SELECT count(*) FROM river_job WHERE errors::text LIKE '%Stuck job rescued%') AS leases,
		(SELECT count(*) FROM txs WHERE idempotency_key LIKE 'batch:%') AS batches,
		(SELECT count(*) FROM river_job WHERE attempt > 1) AS retried`))
	t.Logf("all ended %s after the start: %+v", time.Since(began).Round(time.Millisecond), stats)

	// Each request ended once, as the index and the chain both say.
	var ended []struct {
		Status int `db:"status"`
		N      int `db:"n"`
	}
	require.NoError(t, db.Select(&ended, `SELECT status, count(*) AS n FROM generation_requests GROUP BY status ORDER BY status`))
	t.Logf("ended: %+v", ended)
	var fulfilledEvents, failedEvents, requests int
	require.NoError(t, db.Get(&requests, `SELECT count(*) FROM generation_requests`))
	require.NoError(t, db.Get(&fulfilledEvents, `SELECT count(*) FROM events WHERE name = 'GenerationFulfilled'`))
	require.NoError(t, db.Get(&failedEvents, `SELECT count(*) FROM events WHERE name = 'GenerationFailed'`))
	require.Equal(t, total, requests)
	require.Equal(t, total, fulfilledEvents+failedEvents, "one ending each")
	minted := chaintest.Call(t, c.Generated, c.GeneratedABI.PackTotalMinted(), c.GeneratedABI.UnpackTotalMinted)
	require.Equal(t, int64(fulfilledEvents), minted.Int64())
	var outputs int
	require.NoError(t, db.Get(&outputs, `SELECT count(*) FROM generation_outputs`))
	require.LessOrEqual(t, outputs, total, "no output generated twice")

	// No idempotency key has more than one transaction mined: read every
	// transaction the relayer's key sent, and the calls inside its batches.
	mined := minedKeys(t, c)
	for key, n := range mined {
		require.Equal(t, 1, n, "transactions mined for %s", key)
	}
	for id := 1; id <= total; id++ {
		f, x := mined[fmt.Sprintf("fulfil:%d", id)], mined[fmt.Sprintf("fail:%d", id)]
		require.Equal(t, 1, f+x, "request %d", id)
	}

	// Credits on chain equal the database's.
	var dbCredits []struct {
		ID      int64  `db:"id"`
		Credits string `db:"credits"`
	}
	require.NoError(t, db.Select(&dbCredits, `SELECT id, credits::text FROM agents ORDER BY id`))
	require.Len(t, dbCredits, len(owners))
	for _, a := range dbCredits {
		onChain := chaintest.Call(t, c.Agents, c.AgentsABI.PackCredits(big.NewInt(a.ID)), c.AgentsABI.UnpackCredits)
		require.Equal(t, fmt.Sprint(onChain), a.Credits, "credits of agent %d", a.ID)
	}
}

// minedKeys counts, per idempotency key, the transactions mined on the
// canonical chain that carry the intent's call (alone or in a multicall).
func minedKeys(t *testing.T, c *chaintest.Chain) map[string]int {
	t.Helper()
	ctx := context.Background()
	parsed, err := bindings.INFTAgentsMetaData.ParseABI()
	require.NoError(t, err)
	relayerAddr := c.Addr(chaintest.Relayer)
	signer := types.LatestSignerForChainID(big.NewInt(chaintest.ChainID))
	head, err := c.Client.HeaderByNumber(ctx, nil)
	require.NoError(t, err)
	out := map[string]int{}
	var keyOf func(data []byte)
	keyOf = func(data []byte) {
		method, err := parsed.MethodById(data[:4])
		require.NoError(t, err)
		args, err := method.Inputs.Unpack(data[4:])
		require.NoError(t, err)
		switch method.Name {
		case "multicall":
			for _, call := range args[0].([][]byte) {
				keyOf(call)
			}
		case "fulfillGeneration":
			out[fmt.Sprintf("fulfil:%s", args[0])]++
		case "failGeneration":
			out[fmt.Sprintf("fail:%s", args[0])]++
		case "evolveAgent":
			out[fmt.Sprintf("evolve:%s:%d", args[0], args[1])]++
		default:
			t.Fatalf("unexpected relayer call %s", method.Name)
		}
	}
	for n := c.DeployBlock; n <= head.Number.Uint64(); n++ {
		block, err := c.Client.BlockByNumber(ctx, new(big.Int).SetUint64(n))
		require.NoError(t, err)
		for _, tx := range block.Transactions() {
			from, err := types.Sender(signer, tx)
			require.NoError(t, err)
			if from != relayerAddr || tx.To() == nil || *tx.To() != c.Contracts.Agents {
				continue
			}
			r, err := c.Client.TransactionReceipt(ctx, tx.Hash())
			require.NoError(t, err)
			require.Equal(t, types.ReceiptStatusSuccessful, r.Status, "relayer transaction %s reverted", tx.Hash())
			keyOf(tx.Data())
		}
	}
	return out
}
