package txmgr_test

import (
	"context"
	"math/big"
	"sync/atomic"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/stretchr/testify/require"

	"github.com/inft-labs/inft/internal/chaintest"
	"github.com/inft-labs/inft/internal/pgtest"
	"github.com/inft-labs/inft/internal/startstop/startstoptest"
	"github.com/inft-labs/inft/migrations"
	"github.com/inft-labs/inft/txmgr"
)

type env struct {
	t      *testing.T
	chain  *chaintest.Chain
	db     *pgtest.DB
	mgr    *txmgr.Manager
	client *lowball
}

// lowball is the chain's client, which can be told to suggest fees far below
// the base fee, as a node with a stale fee oracle would.
type lowball struct {
	txmgr.Client
	lie atomic.Bool
}

func (l *lowball) HeaderByNumber(ctx context.Context, n *big.Int) (*types.Header, error) {
	h, err := l.Client.HeaderByNumber(ctx, n)
	if err != nil || !l.lie.Load() || n != nil {
		return h, err
	}
	h = types.CopyHeader(h)
	h.BaseFee = big.NewInt(1)
	return h, nil
}

func (l *lowball) SuggestGasTipCap(ctx context.Context) (*big.Int, error) {
	if l.lie.Load() {
		return big.NewInt(1), nil
	}
	return l.Client.SuggestGasTipCap(ctx)
}

func setup(t *testing.T, cfg txmgr.Config) *env {
	t.Helper()
	c := chaintest.New(t)
	db := pgtest.New(t)
	_, err := migrations.Up(context.Background(), db.DB.DB)
	require.NoError(t, err)
	client := &lowball{Client: c.Client}
	cfg.Key = c.Accounts[chaintest.Relayer].Key
	mgr, err := txmgr.New(context.Background(), db.DB, client, cfg)
	require.NoError(t, err)
	return &env{t: t, chain: c, db: db, mgr: mgr, client: client}
}

// pendingRequest buys an agent for Alice and makes a request; it returns its id.
func (e *env) pendingRequest() *big.Int {
	c := e.chain
	c.Send(chaintest.Alice, c.Agents, new(big.Int).Mul(big.NewInt(10), big.NewInt(1e18)), c.AgentsABI.PackPurchasePackage(0))
	count := chaintest.Call(e.t, c.Agents, c.AgentsABI.PackAgentCount(), c.AgentsABI.UnpackAgentCount)
	c.Send(chaintest.Alice, c.Agents, nil, c.AgentsABI.PackRequestGeneration(count, 0, "a haiku"))
	return chaintest.Call(e.t, c.Agents, c.AgentsABI.PackRequestCount(), c.AgentsABI.UnpackRequestCount)
}

func (e *env) fulfil(id *big.Int) txmgr.Request {
	return txmgr.Request{Key: "fulfil:" + id.String(), To: e.chain.Contracts.Agents,
		Data: e.chain.AgentsABI.PackFulfillGeneration(id, "ipfs://bafy-"+id.String())}
}

func (e *env) enqueue(r txmgr.Request) int64 {
	e.t.Helper()
	id, _, err := e.mgr.Enqueue(context.Background(), e.db, r)
	require.NoError(e.t, err)
	return id
}

func (e *env) process() {
	e.t.Helper()
	require.NoError(e.t, e.mgr.ProcessOnce(context.Background()))
}

func (e *env) status(id *big.Int) uint8 {
	return chaintest.Call(e.t, e.chain.Agents, e.chain.AgentsABI.PackRequests(id), e.chain.AgentsABI.UnpackRequests).Status
}

func (e *env) attempts(key string) int {
	var n int
	require.NoError(e.t, e.db.Get(&n, `SELECT count(*) FROM tx_attempts a JOIN txs t ON t.id = a.tx_id WHERE t.idempotency_key = $1`, key))
	return n
}

func TestSendsEachIntentOnce(t *testing.T) {
	t.Parallel()
	e := setup(t, txmgr.Config{})
	req := e.pendingRequest()
	r := e.fulfil(req)

	id := e.enqueue(r)
	again, created, err := e.mgr.Enqueue(context.Background(), e.db, r)
	require.NoError(t, err)
	require.False(t, created)
	require.Equal(t, id, again, "one intent per idempotency key")

	e.process()
	tx, err := e.mgr.Get(context.Background(), r.Key)
	require.NoError(t, err)
	require.Equal(t, txmgr.StateUnconfirmed, tx.State)
	e.chain.Backend.Commit()
	e.process()
	tx, err = e.mgr.Get(context.Background(), r.Key)
	require.NoError(t, err)
	require.Equal(t, txmgr.StateConfirmed, tx.State)
	require.Equal(t, int16(1), tx.ReceiptStatus.Int16)
	require.Equal(t, uint8(2), e.status(req), "fulfilled on chain")
	var fee struct {
		Used  int64  `db:"gas_used"`
		Price string `db:"gas_price"`
		Hash  []byte `db:"mined_hash"`
	}
	require.NoError(t, e.db.Get(&fee, `SELECT gas_used, gas_price::text AS gas_price, mined_hash FROM txs WHERE idempotency_key = $1`, r.Key))
	receipt, err := e.chain.Client.TransactionReceipt(context.Background(), common.BytesToHash(fee.Hash))
	require.NoError(t, err)
	require.Equal(t, int64(receipt.GasUsed), fee.Used, "the receipt's fee is recorded (operatorStats' gasSpent)")
	require.Equal(t, receipt.EffectiveGasPrice.String(), fee.Price)

	e.enqueue(r)
	e.process()
	e.chain.Backend.Commit()
	e.process()
	require.Equal(t, 1, e.attempts(r.Key), "never sent again")
}

func TestRevertingIntentIsNotSent(t *testing.T) {
	t.Parallel()
	e := setup(t, txmgr.Config{})
	nonceBefore, err := e.chain.Client.NonceAt(context.Background(), e.mgr.From(), nil)
	require.NoError(t, err)
	r := e.fulfil(big.NewInt(99)) // no such request
	e.enqueue(r)
	e.process()
	tx, err := e.mgr.Get(context.Background(), r.Key)
	require.NoError(t, err)
	require.Equal(t, txmgr.StateFatal, tx.State)
	require.Contains(t, tx.Error.String, "simulation reverted")
	require.Zero(t, e.attempts(r.Key))

	// The next intent gets the nonce the fatal one did not take.
	req := e.pendingRequest()
	ok := e.fulfil(req)
	e.enqueue(ok)
	e.process()
	e.chain.Backend.Commit()
	e.process()
	got, err := e.mgr.Get(context.Background(), ok.Key)
	require.NoError(t, err)
	require.Equal(t, txmgr.StateConfirmed, got.State)
	require.Equal(t, int64(nonceBefore), got.Nonce.Int64)
}

func TestUnderpricedAttemptIsBumped(t *testing.T) {
	t.Parallel()
	e := setup(t, txmgr.Config{BumpAfterBlocks: 2})
	req := e.pendingRequest()
	r := e.fulfil(req)
	e.client.lie.Store(true) // the node suggests 1 wei: below the base fee
	e.enqueue(r)
	e.process()
	e.client.lie.Store(false)
	for range 2 {
		e.chain.Backend.Commit()
	}
	require.Equal(t, uint8(1), e.status(req), "priced below the base fee, not mined")

	e.process() // two blocks without it: re-priced
	require.Equal(t, 2, e.attempts(r.Key))
	e.chain.Backend.Commit()
	e.process()
	tx, err := e.mgr.Get(context.Background(), r.Key)
	require.NoError(t, err)
	require.Equal(t, txmgr.StateConfirmed, tx.State)
	require.Equal(t, uint8(2), e.status(req))
}

func TestForgottenTransactionIsRebroadcast(t *testing.T) {
	t.Parallel()
	e := setup(t, txmgr.Config{})
	req := e.pendingRequest()
	r := e.fulfil(req)
	e.enqueue(r)
	e.process()
	e.chain.Backend.Rollback() // the node drops its pool
	e.chain.Backend.Commit()
	require.Equal(t, uint8(1), e.status(req))

	e.process() // not found on the node: sent again, the same signed bytes
	e.chain.Backend.Commit()
	e.process()
	tx, err := e.mgr.Get(context.Background(), r.Key)
	require.NoError(t, err)
	require.Equal(t, txmgr.StateConfirmed, tx.State)
	require.Equal(t, 1, e.attempts(r.Key))
}

func TestNonceTakenByAnotherSender(t *testing.T) {
	t.Parallel()
	e := setup(t, txmgr.Config{})
	req := e.pendingRequest()
	r := e.fulfil(req)
	e.enqueue(r)
	e.process()
	tx, err := e.mgr.Get(context.Background(), r.Key)
	require.NoError(t, err)
	nonce := uint64(tx.Nonce.Int64)

	// Someone else with the relayer's key replaces it with a pricier transfer.
	c := e.chain
	head, err := c.Client.HeaderByNumber(context.Background(), nil)
	require.NoError(t, err)
	other := c.Addr(chaintest.Bob)
	foreign, err := types.SignNewTx(c.Accounts[chaintest.Relayer].Key, types.LatestSignerForChainID(big.NewInt(chaintest.ChainID)), &types.DynamicFeeTx{
		ChainID: big.NewInt(chaintest.ChainID), Nonce: nonce, GasTipCap: big.NewInt(50e9),
		GasFeeCap: new(big.Int).Add(new(big.Int).Mul(head.BaseFee, big.NewInt(4)), big.NewInt(50e9)), Gas: 21000, To: &other,
	})
	require.NoError(t, err)
	require.NoError(t, c.Client.SendTransaction(context.Background(), foreign))
	c.Backend.Commit()
	_, err = c.Client.TransactionReceipt(context.Background(), foreign.Hash())
	require.NoError(t, err, "the foreign transaction took the nonce")
	require.Equal(t, uint8(1), e.status(req))

	e.process() // noticed, but a node may lag: wait two blocks
	tx, err = e.mgr.Get(context.Background(), r.Key)
	require.NoError(t, err)
	require.Equal(t, int64(nonce), tx.Nonce.Int64, "not yet given a new nonce")
	e.chain.Backend.Commit()
	e.chain.Backend.Commit()
	e.process() // still no receipt of ours: a new nonce, sent
	e.chain.Backend.Commit()
	e.process()
	tx, err = e.mgr.Get(context.Background(), r.Key)
	require.NoError(t, err)
	require.Equal(t, txmgr.StateConfirmed, tx.State)
	require.Equal(t, int64(nonce+1), tx.Nonce.Int64)
	require.Equal(t, uint8(2), e.status(req), "fulfilled exactly once")
}

// Started and stopped from many goroutines at once, the manager neither
// blocks, races nor leaks, and a second Stop returns at once.
func TestManagerLifecycleStress(t *testing.T) {
	t.Parallel()
	e := setup(t, txmgr.Config{Interval: 10 * time.Millisecond})
	startstoptest.Stress(t, e.mgr, nil)
}

// A started manager sends what is queued while it runs, and after a restart.
func TestManagerStartSends(t *testing.T) {
	t.Parallel()
	e := setup(t, txmgr.Config{Interval: 10 * time.Millisecond})
	ctx := context.Background()
	require.NoError(t, e.mgr.Start(ctx))
	require.NoError(t, e.mgr.Start(ctx), "a second Start does nothing")
	for round := range 2 {
		req := e.pendingRequest()
		r := e.fulfil(req)
		e.enqueue(r)
		e.mgr.Wake()
		require.Eventually(t, func() bool {
			e.chain.Backend.Commit()
			tx, err := e.mgr.Get(ctx, r.Key)
			return err == nil && tx.State == txmgr.StateConfirmed
		}, 30*time.Second, 20*time.Millisecond, "round %d", round)
		require.NoError(t, e.mgr.Stop(ctx))
		require.NoError(t, e.mgr.Stop(ctx), "a second Stop returns at once")
		require.NoError(t, e.mgr.Start(ctx))
	}
	require.NoError(t, e.mgr.Stop(ctx))
}

// A database error while recording what the node answered a broadcast is
// returned, not dropped.
func TestBroadcastRecordErrorSurfaces(t *testing.T) {
	t.Parallel()
	e := setup(t, txmgr.Config{})
	req := e.pendingRequest()
	e.enqueue(e.fulfil(req))
	e.db.MustExec(`CREATE FUNCTION refuse() RETURNS trigger LANGUAGE plpgsql AS $$
		BEGIN RAISE EXCEPTION 'tx_attempts refuses updates'; END $$`)
	e.db.MustExec(`CREATE TRIGGER refuse BEFORE UPDATE ON tx_attempts FOR EACH ROW EXECUTE FUNCTION refuse()`)
	err := e.mgr.ProcessOnce(context.Background())
	require.ErrorContains(t, err, "tx_attempts refuses updates")
	require.Equal(t, 1, e.attempts("fulfil:"+req.String()), "the attempt was stored before it was broadcast")

	e.db.MustExec(`DROP TRIGGER refuse ON tx_attempts`)
	e.process()
	e.chain.Backend.Commit()
	e.process()
	tx, err := e.mgr.Get(context.Background(), "fulfil:"+req.String())
	require.NoError(t, err)
	require.Equal(t, txmgr.StateConfirmed, tx.State, "settled from the chain on the next rounds")
}

// Queued answers in the caller's transaction: an intent enqueued there is
// queued for it, and for others once committed.
func TestQueuedInTheCallersTransaction(t *testing.T) {
	t.Parallel()
	e := setup(t, txmgr.Config{})
	ctx := context.Background()
	r := e.fulfil(big.NewInt(7))
	tx, err := e.db.BeginTxx(ctx, nil)
	require.NoError(t, err)
	defer tx.Rollback()
	_, _, err = e.mgr.Enqueue(ctx, tx, r)
	require.NoError(t, err)
	queued, err := e.mgr.Queued(ctx, tx, "fail:7", r.Key)
	require.NoError(t, err)
	require.True(t, queued, "in the transaction that enqueued it")
	queued, err = e.mgr.Queued(ctx, e.db, r.Key)
	require.NoError(t, err)
	require.False(t, queued, "not yet committed")
	require.NoError(t, tx.Commit())
	of, err := e.mgr.QueuedOf(ctx, e.db, []string{"fail:7", r.Key, "evolve:1:2"})
	require.NoError(t, err)
	require.Equal(t, map[string]bool{r.Key: true}, of)
}
