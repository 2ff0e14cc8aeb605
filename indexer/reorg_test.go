package indexer_test

import (
	"context"
	"fmt"
	"math/big"
	"strings"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/lib/pq"
	"github.com/prometheus/client_golang/prometheus"
	"github.com/stretchr/testify/require"

	"github.com/inft-labs/inft/indexer"
	"github.com/inft-labs/inft/internal/chaintest"
	"github.com/inft-labs/inft/internal/pgtest"
	"github.com/inft-labs/inft/migrations"
)

// otherSchema returns an env on e's chain with a schema of its own and an indexer
// configured by cfg (contracts and start block filled in) reading the chain
// through client (nil: a new RPC client), to index the same chain from scratch.
func (e *env) otherSchema(t testing.TB, cfg indexer.Config, client indexer.Client) *env {
	t.Helper()
	db := pgtest.New(t)
	_, err := migrations.Up(context.Background(), db.DB.DB)
	require.NoError(t, err)
	f := &env{t: t, chain: e.chain, db: db, cfg: cfg}
	f.cfg.Contracts = e.chain.Contracts
	f.cfg.StartBlock = e.chain.DeployBlock
	if client == nil {
		client = indexer.NewClient(e.chain.RPC())
	}
	f.ix = f.newIndexer(client)
	return f
}

// chainHead returns the chain's latest block number.
func (e *env) chainHead() uint64 {
	e.t.Helper()
	n, err := e.chain.Client.BlockNumber(context.Background())
	require.NoError(e.t, err)
	return n
}

func (e *env) canonicalHash(n uint64) common.Hash {
	e.t.Helper()
	h, err := e.chain.Client.HeaderByNumber(context.Background(), new(big.Int).SetUint64(n))
	require.NoError(e.t, err)
	return h.Hash()
}

func (e *env) canonicalHashes(from, to uint64) [][]byte {
	var out [][]byte
	for n := from; n <= to; n++ {
		out = append(out, e.canonicalHash(n).Bytes())
	}
	return out
}

// nonceOf returns the nonce of account who at the head.
func (e *env) nonceOf(who int) uint64 {
	e.t.Helper()
	n, err := e.chain.Client.NonceAt(context.Background(), e.chain.Addr(who), nil)
	require.NoError(e.t, err)
	return n
}

// signedTx builds and signs a transaction from account who with an explicit
// nonce and priority fee (in gwei), so that a test decides which transaction
// takes which nonce, and the order of transactions in a block.
func (e *env) signedTx(who int, nonce uint64, tipGwei int64, to common.Address, value *big.Int, data []byte) *types.Transaction {
	e.t.Helper()
	gwei := big.NewInt(1e9)
	if value == nil {
		value = new(big.Int)
	}
	tx := types.NewTx(&types.DynamicFeeTx{
		ChainID:   big.NewInt(chaintest.ChainID),
		Nonce:     nonce,
		GasTipCap: new(big.Int).Mul(big.NewInt(tipGwei), gwei),
		GasFeeCap: new(big.Int).Mul(big.NewInt(200), gwei),
		Gas:       1_000_000,
		To:        &to,
		Value:     value,
		Data:      data,
	})
	s, err := types.SignTx(tx, types.LatestSignerForChainID(big.NewInt(chaintest.ChainID)), e.chain.Accounts[who].Key)
	require.NoError(e.t, err)
	return s
}

// burnNonce is a plain transfer of nothing to oneself: it consumes a nonce
// and emits no event, so the transaction that used that nonce is gone for good.
func (e *env) burnNonce(who int, nonce uint64) *types.Transaction {
	return e.signedTx(who, nonce, 1, e.chain.Addr(who), nil, nil)
}

// mineTxs sends txs, mines a block and returns it; it mines again while some are
// missing (a loaded machine may seal before the pool promoted them) and fails
// the test if any reverted.
func (e *env) mineTxs(txs ...*types.Transaction) uint64 {
	e.t.Helper()
	ctx := context.Background()
	for _, tx := range txs {
		require.NoError(e.t, e.chain.Client.SendTransaction(ctx, tx))
	}
	last := uint64(0)
	for _, tx := range txs {
		var r *types.Receipt
		for range 20 {
			var err error
			if r, err = e.chain.Client.TransactionReceipt(ctx, tx.Hash()); err == nil {
				break
			}
			r = nil
			e.chain.Backend.Commit()
		}
		require.NotNil(e.t, r, "transaction %s not mined", tx.Hash())
		require.Equal(e.t, types.ReceiptStatusSuccessful, r.Status, "transaction %s reverted", tx.Hash())
		last = max(last, r.BlockNumber.Uint64())
	}
	if len(txs) == 0 {
		e.chain.Backend.Commit()
		return e.chainHead()
	}
	return last
}

// forkAt makes block parent the head of the chain, dropping the blocks above it,
// and empties the pool of the transactions of the dropped blocks (which the
// pool would otherwise mine again), so that the test says what the side
// chain holds.
func (e *env) forkAt(parent uint64) {
	e.t.Helper()
	require.NoError(e.t, e.chain.Backend.Fork(e.canonicalHash(parent)))
	e.chain.Backend.Rollback()
	require.Equal(e.t, parent, e.chainHead(), "the fork's parent is the head")
}

// mineUntil mines empty blocks until the head is n.
func (e *env) mineUntil(n uint64) {
	e.t.Helper()
	for e.chainHead() < n {
		e.chain.Backend.Commit()
	}
}

func (e *env) requireNotMined(tx *types.Transaction) {
	e.t.Helper()
	_, err := e.chain.Client.TransactionReceipt(context.Background(), tx.Hash())
	require.ErrorIs(e.t, err, ethereum.NotFound, "transaction %s is not on the canonical chain", tx.Hash())
}

func (e *env) cpNow() indexer.Checkpoint {
	e.t.Helper()
	cp, err := e.ix.Checkpoint(context.Background())
	require.NoError(e.t, err)
	require.NotNil(e.t, cp)
	return *cp
}

// position is the checkpoint without the head as last seen, which the
// indexer records whether or not it can write a batch.
func (e *env) position() indexer.Checkpoint {
	cp := e.cpNow()
	cp.Head = 0
	return cp
}

func (e *env) countRows(query string, args ...any) int {
	e.t.Helper()
	var n int
	require.NoError(e.t, e.db.Get(&n, query, args...))
	return n
}

// counterValue returns the value of a counter registered with reg.
func counterValue(t testing.TB, reg *prometheus.Registry, name string) float64 {
	t.Helper()
	families, err := reg.Gather()
	require.NoError(t, err)
	for _, f := range families {
		if f.GetName() == name {
			total := 0.0
			for _, m := range f.GetMetric() {
				total += m.GetCounter().GetValue()
			}
			return total
		}
	}
	return 0
}

// requireSameAsFromScratch indexes e's chain from scratch into another schema
// and requires the same indexing of it (requireSameIndexing).
func (e *env) requireSameAsFromScratch(cfg indexer.Config) {
	e.t.Helper()
	cfg.Metrics = nil
	f := e.otherSchema(e.t, cfg, nil)
	f.sync()
	// Indexing through the reorg gives what indexing the final chain from
	// scratch gives, but for the jobs of requests already ended, which
	// depend on whether the indexer saw them pending.
	requireSameIndexing(e.t, e, f)
}

func TestReorg(t *testing.T) {
	t.Parallel()
	for _, depth := range []int{1, 2, 5} {
		t.Run(fmt.Sprintf("depth %d", depth), func(t *testing.T) {
			t.Parallel()
			testReorg(t, depth)
		})
	}
	t.Run("no job for a request reorged out before confirmation", func(t *testing.T) {
		t.Parallel()
		testReorgBeforeConfirmation(t)
	})
	t.Run("reorg deeper than ReorgWindow is refused and changes nothing", func(t *testing.T) {
		t.Parallel()
		testReorgTooDeep(t)
	})
}

// testReorg indexes the workload and a tail of `depth` blocks, then replaces
// the tail by a longer side chain that drops some of its events, replaces
// others and reorders two requests, and requires the indexer to end exactly
// where indexing the final chain from scratch ends.
func testReorg(t *testing.T, depth int) {
	reg := prometheus.NewRegistry()
	cfg := indexer.Config{Metrics: indexer.NewMetrics(reg)}
	e := setup(t, cfg)
	c, a, m := e.chain, e.chain.AgentsABI, e.chain.MarketplaceABI
	id := big.NewInt
	e.runWorkload(false)
	// Carol owns token 1 after the workload; let her list it in the tail.
	e.send(carol, c.Generated, nil, c.GeneratedABI.PackApprove(c.Contracts.Marketplace, id(1)))
	e.sync()
	e.requireMatchesChain()

	ancestor := e.chainHead()
	nAlice, nBob, nCarol, nRelayer, nDeployer := e.nonceOf(alice), e.nonceOf(bob), e.nonceOf(carol), e.nonceOf(relayer), e.nonceOf(deployer)
	agents, market := c.Contracts.Agents, c.Contracts.Marketplace

	// The tail, in chain order: request ids 6 (carol), 7 (bob), 8 (bob), 9
	// (carol); carol approves bob for token 1, which makes listing 4 stale.
	// Priority fees fall along the tail, so that a block holds its
	// transactions in this order whatever the depth.
	buyA := e.signedTx(alice, nAlice, 10, agents, ether(10), a.PackPurchasePackage(starter))                               // agent 3, alice's
	reqCarol := e.signedTx(carol, nCarol, 9, agents, nil, a.PackRequestGeneration(id(1), text, "carol's lighthouse"))      // request 6
	reqBob := e.signedTx(bob, nBob, 8, agents, nil, a.PackRequestGeneration(id(2), text, "bob's harbour"))                 // request 7
	list5 := e.signedTx(carol, nCarol+1, 7, market, nil, m.PackList(c.Contracts.Generated, id(1), ether(5)))               // listing 4 at 5 ether
	fulfil := e.signedTx(relayer, nRelayer, 6, agents, nil, a.PackFulfillGeneration(id(5), "ipfs://bafy-output-5"))        // token 2
	reqBob2 := e.signedTx(bob, nBob+1, 5, agents, nil, a.PackRequestGeneration(id(2), image, "bob's second"))              // request 8
	reqCarol2 := e.signedTx(carol, nCarol+2, 4, agents, nil, a.PackRequestGeneration(id(1), image, "carol's dropped one")) // request 9
	revoke := e.signedTx(carol, nCarol+3, 3, c.Contracts.Generated, nil, c.GeneratedABI.PackApprove(c.Addr(bob), id(1)))
	tail := []*types.Transaction{buyA, reqCarol, reqBob, list5, fulfil, reqBob2, reqCarol2, revoke}
	// Spread the tail over `depth` blocks, in order.
	for i := range depth {
		from, to := i*len(tail)/depth, (i+1)*len(tail)/depth
		e.mineTxs(tail[from:to]...)
	}
	oldHead := e.chainHead()
	if oldHead-ancestor != uint64(depth) {
		t.Logf("the tail took %d blocks instead of %d (the pool was slow)", oldHead-ancestor, depth)
	}
	e.sync()
	e.requireMatchesChain()
	require.Equal(t, []string{"5", "6", "7", "8", "9"}, e.jobIDs(),
		"every request of the old chain pending when indexed got a job (1 to 4 ended in the blocks indexed with them)")
	var owner []byte
	require.NoError(t, e.db.Get(&owner, `SELECT owner FROM agents WHERE id = 3`))
	require.Equal(t, c.Addr(alice), addr(owner))
	require.Equal(t, "unapproved", e.listingStatus(4), "carol withdrew the marketplace's approval")

	// The side chain, from the block before the tail.
	e.forkAt(ancestor)
	e.mineTxs(
		e.burnNonce(alice, nAlice), // alice's purchase is gone for good...
		e.signedTx(deployer, nDeployer, 9, agents, ether(50), a.PackPurchasePackage(pro)), // ...and agent 3 is the deployer's
		reqBob, // bob's request comes first now: request 6
		fulfil, // kept, in another block
	)
	e.mineTxs(
		reqCarol, // request 7
		e.signedTx(carol, nCarol+1, 8, market, nil, m.PackList(c.Contracts.Generated, id(1), ether(7))), // listing 4 at 7 ether
	)
	e.mineTxs(
		e.signedTx(bob, nBob+1, 7, agents, nil, a.PackRequestGeneration(id(2), text, "bob's other prompt")), // request 8, another prompt and kind
		e.burnNonce(carol, nCarol+2), // request 9 is never made
	)
	e.mineUntil(oldHead + 1)
	for _, tx := range []*types.Transaction{buyA, list5, reqBob2, reqCarol2, revoke} {
		e.requireNotMined(tx)
	}

	e.sync()
	e.requireMatchesChain()
	require.Equal(t, 1.0, counterValue(t, reg, "inft_indexer_reorgs_total"), "one reorg rolled back")

	var requests []struct {
		ID        string `db:"id"`
		Requester []byte `db:"requester"`
		Prompt    string `db:"prompt"`
		Kind      int    `db:"kind"`
	}
	require.NoError(t, e.db.Select(&requests, `SELECT id, requester, prompt, kind FROM generation_requests WHERE id > 5 ORDER BY id`))
	require.Len(t, requests, 3, "request 9 was reorged out")
	require.Equal(t, c.Addr(bob), addr(requests[0].Requester), "request 6 is bob's on the side chain")
	require.Equal(t, "bob's harbour", requests[0].Prompt)
	require.Equal(t, c.Addr(carol), addr(requests[1].Requester), "request 7 is carol's on the side chain")
	require.Equal(t, "carol's lighthouse", requests[1].Prompt)
	require.Equal(t, "bob's other prompt", requests[2].Prompt)
	require.Equal(t, int(text), requests[2].Kind)
	require.Equal(t, []string{"5", "6", "7", "8"}, e.jobIDs(), "no job for the reorged-out request 9")
	var jobAgents []string
	require.NoError(t, e.db.Select(&jobAgents, `SELECT agent_id::text FROM generation_jobs WHERE request_id IN (6, 7) ORDER BY request_id`))
	require.Equal(t, []string{"2", "1"}, jobAgents, "the jobs follow the requests' new ids")
	require.NoError(t, e.db.Get(&owner, `SELECT owner FROM agents WHERE id = 3`))
	require.Equal(t, c.Addr(deployer), addr(owner), "agent 3 is the deployer's on the side chain")
	var price string
	require.NoError(t, e.db.Get(&price, `SELECT price::text FROM listings WHERE id = 4`))
	require.Equal(t, ether(7).String(), price)
	require.Equal(t, "active", e.listingStatus(4), "the withdrawal of its approval was reorged out")
	require.Zero(t, e.countRows(`SELECT count(*) FROM events WHERE tx_hash = ANY($1)`,
		pq.Array([][]byte{buyA.Hash().Bytes(), list5.Hash().Bytes(), reqBob2.Hash().Bytes(), reqCarol2.Hash().Bytes(), revoke.Hash().Bytes()})),
		"no event of a dropped transaction")
	require.Zero(t, e.countRows(`SELECT count(*) FROM events WHERE block_number > $1 AND NOT block_hash = ANY($2)`, ancestor,
		pq.Array(e.canonicalHashes(ancestor+1, e.chainHead()))), "no event of an orphaned block")

	e.requireSameAsFromScratch(cfg)
}

// testReorgBeforeConfirmation: with 3 confirmations, a request reorged out
// before it was confirmed never gets a job; one that survives gets its job
// once confirmed, not before.
func testReorgBeforeConfirmation(t *testing.T) {
	cfg := indexer.Config{Confirmations: 3}
	e := setup(t, cfg)
	c, a := e.chain, e.chain.AgentsABI
	id := big.NewInt
	e.send(alice, c.Agents, ether(10), a.PackPurchasePackage(starter))
	e.send(bob, c.Agents, ether(45), a.PackPurchasePackage(pro))
	e.send(alice, c.Agents, nil, a.PackRequestGeneration(id(1), text, "survives")) // request 1
	ancestor := e.chainHead()
	nBob := e.nonceOf(bob)
	dropped := e.signedTx(bob, nBob, 1, c.Contracts.Agents, nil, a.PackRequestGeneration(id(2), image, "reorged out")) // request 2
	e.mineTxs(dropped)
	e.sync()
	e.requireMatchesChain()
	require.Equal(t, 2, e.countRows(`SELECT count(*) FROM generation_requests`))
	require.Empty(t, e.jobIDs(), "neither request is confirmed yet")

	e.forkAt(ancestor)
	e.mineTxs(e.burnNonce(bob, nBob))
	e.mineTxs() // the side chain is longer: the head is ancestor+2, request 1 not yet confirmed
	e.requireNotMined(dropped)
	e.sync()
	e.requireMatchesChain()
	require.Zero(t, e.countRows(`SELECT count(*) FROM generation_requests WHERE id = 2`), "request 2 was reorged out")
	require.Empty(t, e.jobIDs(), "request 1 is not confirmed yet")

	e.mineUntil(ancestor + 3) // request 1 has 3 confirmations
	e.sync()
	require.Equal(t, []string{"1"}, e.jobIDs(), "the request that survived got its job once confirmed, the reorged-out one none")
	e.mineUntil(ancestor + 6)
	e.sync()
	require.Equal(t, []string{"1"}, e.jobIDs())
	e.requireMatchesChain()
	e.requireSameAsFromScratch(cfg)
}

// testReorgTooDeep: a reorg below the blocks kept is refused with an error
// that says so, and leaves every table as it was.
func testReorgTooDeep(t *testing.T) {
	cfg := indexer.Config{ReorgWindow: 2}
	e := setup(t, cfg)
	e.runWorkload(false)
	e.sync()
	e.requireMatchesChain()
	oldHead := e.chainHead()
	before, cpBefore := e.checksum(), e.position()

	e.forkAt(oldHead - 4)
	e.mineTxs(e.signedTx(deployer, e.nonceOf(deployer), 1, e.chain.Contracts.Agents, ether(50), e.chain.AgentsABI.PackPurchasePackage(pro)))
	e.mineUntil(oldHead + 1)
	// One block past the old head: the indexer follows the head and
	// sees the reorg (further on, the blocks would be backfilled).
	require.Equal(t, oldHead+1, e.chainHead())

	for range 2 {
		ctx, cancel := context.WithTimeout(context.Background(), time.Minute)
		err := e.ix.Sync(ctx)
		cancel()
		require.ErrorContains(t, err, "reorg deeper")
		require.Equal(t, before, e.checksum(), "the refused reorg changed nothing")
		require.Equal(t, cpBefore, e.position(), "nor the checkpoint")
	}
}

// TestReorgNoticedAfterFallingBehind: the indexer stops at block H; block H
// is reorged (depth 1, well within ReorgWindow) and the chain then grows more
// than ReorgWindow blocks past H before the indexer syncs again (a restart,
// an outage of the node). The indexer must roll back H, or at least refuse
// with an error; it must never carry on from the orphaned block H as if it
// were canonical.
func TestReorgNoticedAfterFallingBehind(t *testing.T) {
	t.Parallel()
	cfg := indexer.Config{ReorgWindow: 2}
	e := setup(t, cfg)
	c, a := e.chain, e.chain.AgentsABI
	e.runWorkload(false)
	e.sync()
	oldHead := e.chainHead()
	var prompt string
	require.NoError(t, e.db.Get(&prompt, `SELECT prompt FROM generation_requests WHERE id = 5`))
	require.Equal(t, "a quiet harbour", prompt, "the workload's last block holds request 5")

	// The side chain replaces the last block: request 5 is a text request
	// with another prompt there.
	e.forkAt(oldHead - 1)
	e.mineTxs(e.signedTx(bob, e.nonceOf(bob), 1, c.Contracts.Agents, nil, a.PackRequestGeneration(big.NewInt(2), text, "another harbour")))
	e.mineUntil(oldHead + 5)

	ctx, cancel := context.WithTimeout(context.Background(), time.Minute)
	defer cancel()
	err := e.ix.Sync(ctx)
	if err != nil {
		require.ErrorContains(t, err, "reorg", "an error must say that the chain was reorganised")
		return
	}
	require.NoError(t, e.db.Get(&prompt, `SELECT prompt FROM generation_requests WHERE id = 5`))
	require.Equal(t, "another harbour", prompt, "request 5 as the canonical chain has it (the orphaned block %d is still projected)", oldHead)
	e.requireMatchesChain()
	e.requireSameAsFromScratch(cfg)
}

// stoppingClient answers the logs of a range that holds block stop with a
// log of block 0, an error the indexer does not retry: a Sync stops right
// before that block, as a crash would stop it.
type stoppingClient struct {
	indexer.Client
	stop uint64
}

func (c *stoppingClient) FilterLogs(ctx context.Context, q ethereum.FilterQuery) ([]types.Log, error) {
	if q.FromBlock != nil && q.FromBlock.Uint64() <= c.stop && q.ToBlock.Uint64() >= c.stop {
		return []types.Log{{BlockNumber: 0}}, nil
	}
	return c.Client.FilterLogs(ctx, q)
}

// TestReorgIntoBackfilledBlocksIsRefused: a Sync backfills the blocks more
// than ReorgWindow behind the head (no undo records), follows one block with
// undo records and stops (a crash). The chain then reorganises from below the
// backfilled blocks: they cannot be undone, so the indexer must refuse ("reorg
// deeper") or rebuild them, never undo the followed block only and carry on
// with the projections of the orphaned backfilled blocks.
func TestReorgIntoBackfilledBlocksIsRefused(t *testing.T) {
	t.Parallel()
	cfg := indexer.Config{ReorgWindow: 3, InitialRange: 1, MaxRange: 1}
	e := setup(t, cfg)
	c, a := e.chain, e.chain.AgentsABI
	e.runWorkload(false)
	base := e.chainHead()
	// Six blocks, each with a purchase: agents 3 to 8.
	for _, who := range []int{alice, carol, deployer, alice, carol, deployer} {
		e.send(who, c.Agents, ether(10), a.PackPurchasePackage(starter))
	}
	x := e.chainHead()
	require.Equal(t, base+6, x)

	// With the head at x, blocks up to x-3 are backfilled (one block a batch,
	// each recorded in indexer_blocks) and x-2 is followed; the Sync stops
	// before x-1.
	ix := e.newIndexer(&stoppingClient{Client: indexer.NewClient(c.RPC()), stop: x - 1})
	ctx, cancel := context.WithTimeout(context.Background(), time.Minute)
	defer cancel()
	require.ErrorContains(t, ix.Sync(ctx), "node returned a log of block 0")
	require.Equal(t, x-2, e.cpNow().Block)
	require.Equal(t, 6, e.countRows(`SELECT count(*) FROM agents`), "agents 1 to 6")

	// The side chain keeps x-5 (agent 3) and drops the blocks above: agents 4
	// to 8 never exist there.
	e.forkAt(x - 5)
	e.mineUntil(x + 1)

	err := e.ix.Sync(ctx)
	if err != nil {
		require.ErrorContains(t, err, "reorg deeper")
		return
	}
	e.requireMatchesChain()
	e.requireSameAsFromScratch(cfg)
}

// A confirmed request whose fulfilment is reorged out is pending again, and
// gets a relayer job again even if the relayer had already removed its job.
func TestReorgedFulfilmentIsQueuedAgain(t *testing.T) {
	t.Parallel()
	e := setup(t, indexer.Config{})
	c, a := e.chain, e.chain.AgentsABI
	for _, s := range workload()[:4] { // two agents, a top-up, request 1
		s.run(e)
	}
	e.sync()
	require.Equal(t, []string{"1"}, e.jobIDs())
	_, err := e.db.Exec(`DELETE FROM generation_jobs`) // as a relayer does once it has sent the fulfilment
	require.NoError(t, err)

	ancestor := e.chainHead()
	nonce := e.nonceOf(relayer)
	e.send(relayer, c.Agents, nil, a.PackFulfillGeneration(big.NewInt(1), "ipfs://bafy-output-1"))
	e.sync()
	require.Empty(t, e.jobIDs())

	// The fulfilment vanishes: the relayer's nonce goes to something else on the fork.
	e.forkAt(ancestor)
	e.mineTxs(e.burnNonce(relayer, nonce))
	e.mineUntil(ancestor + 3)
	e.sync()
	e.requireMatchesChain()
	var status int
	require.NoError(t, e.db.Get(&status, `SELECT status FROM generation_requests WHERE id = 1`))
	require.Equal(t, 1, status, "pending again")
	require.Equal(t, []string{"1"}, e.jobIDs(), "queued again")
}

func TestUnsoldListingsHaveNoBuyer(t *testing.T) {
	t.Parallel()
	e := setup(t, indexer.Config{})
	e.runWorkload(false)
	e.sync()
	var buyers []string
	require.NoError(t, e.db.Select(&buyers, `SELECT status || ':' || coalesce(encode(buyer, 'hex'), 'null') FROM listings ORDER BY id`))
	require.Equal(t, []string{"sold:" + strings.ToLower(e.chain.Addr(bob).Hex()[2:]), "cancelled:null", "cancelled:null"}, buyers)
}
