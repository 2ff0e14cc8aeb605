package txmgr_test

import (
	"context"
	"math/big"
	"testing"

	"github.com/ethereum/go-ethereum/common"
	"github.com/stretchr/testify/require"

	"github.com/inft-labs/inft/bindings"
	"github.com/inft-labs/inft/internal/chaintest"
	"github.com/inft-labs/inft/txmgr"
)

// batching is the relayer's batch configuration: INFTAgents' multicall.
func batching(max int) txmgr.Config {
	abi := bindings.NewINFTAgents()
	return txmgr.Config{Batch: abi.PackMulticall, MaxBatch: max}
}

func (e *env) batchable(id *big.Int) txmgr.Request {
	r := e.fulfil(id)
	r.Batch = true
	return r
}

func (e *env) get(key string) *txmgr.Tx {
	e.t.Helper()
	tx, err := e.mgr.Get(context.Background(), key)
	require.NoError(e.t, err)
	return tx
}

func (e *env) nonce() uint64 {
	e.t.Helper()
	n, err := e.chain.Client.NonceAt(context.Background(), e.mgr.From(), nil)
	require.NoError(e.t, err)
	return n
}

func (e *env) requests(n int) []*big.Int {
	out := make([]*big.Int, n)
	for i := range out {
		out[i] = e.pendingRequest()
	}
	return out
}

func TestBatchesReadyIntents(t *testing.T) {
	t.Parallel()
	e := setup(t, batching(3))
	reqs := e.requests(5)
	for _, id := range reqs {
		e.enqueue(e.batchable(id))
	}
	before := e.nonce()

	e.process()
	for _, id := range reqs {
		tx := e.get("fulfil:" + id.String())
		require.Equal(t, txmgr.StateBatched, tx.State)
		require.True(t, tx.BatchID.Valid)
	}
	e.chain.Backend.Commit()
	e.process()

	require.Equal(t, before+2, e.nonce(), "five fulfilments in two transactions (batches of at most three)")
	hashes := map[string]int{}
	for _, id := range reqs {
		tx := e.get("fulfil:" + id.String())
		require.Equal(t, txmgr.StateConfirmed, tx.State)
		require.Equal(t, int16(1), tx.ReceiptStatus.Int16)
		hashes[common.BytesToHash(tx.MinedHash).Hex()]++
		require.Equal(t, uint8(2), e.status(id), "fulfilled on chain")
		require.Zero(t, e.attempts(tx.Key), "a member is sent inside its batch")
	}
	require.Len(t, hashes, 2)
	for _, n := range hashes {
		require.Contains(t, []int{2, 3}, n)
	}
}

func TestBatchDropsAMemberThatWouldRevert(t *testing.T) {
	t.Parallel()
	e := setup(t, batching(10))
	reqs := e.requests(3)
	// The second is fulfilled by someone else first.
	e.chain.Send(chaintest.Relayer, e.chain.Agents, nil, e.chain.AgentsABI.PackFulfillGeneration(reqs[1], "ipfs://elsewhere"))
	for _, id := range reqs {
		e.enqueue(e.batchable(id))
	}
	before := e.nonce()
	e.process()
	e.chain.Backend.Commit()
	e.process()

	require.Equal(t, before+1, e.nonce(), "one transaction for the two that still hold")
	bad := e.get("fulfil:" + reqs[1].String())
	require.Equal(t, txmgr.StateFatal, bad.State)
	require.Contains(t, bad.Error.String, "simulation reverted")
	for _, id := range []*big.Int{reqs[0], reqs[2]} {
		require.Equal(t, txmgr.StateConfirmed, e.get("fulfil:"+id.String()).State)
		require.Equal(t, uint8(2), e.status(id))
	}
}

func TestCheckVetoesBeforeSending(t *testing.T) {
	t.Parallel()
	cfg := batching(10)
	var checked []string
	cfg.Check = func(_ context.Context, txs []txmgr.Tx) (map[int64]string, error) {
		veto := map[int64]string{}
		for _, tx := range txs {
			checked = append(checked, tx.Key)
			if tx.Key == "fulfil:1" {
				veto[tx.ID] = "request 1 is no longer pending"
			}
		}
		return veto, nil
	}
	e := setup(t, cfg)
	reqs := e.requests(2)
	for _, id := range reqs {
		e.enqueue(e.batchable(id))
	}
	before := e.nonce()
	e.process()
	e.chain.Backend.Commit()
	e.process()

	require.Equal(t, []string{"fulfil:1", "fulfil:2"}, checked, "asked once about each intent, before it was sent")
	vetoed := e.get("fulfil:1")
	require.Equal(t, txmgr.StateFatal, vetoed.State)
	require.Equal(t, "not sent: request 1 is no longer pending", vetoed.Error.String)
	require.Equal(t, uint8(1), e.status(reqs[0]), "left pending")
	require.Equal(t, txmgr.StateConfirmed, e.get("fulfil:2").State)
	require.Equal(t, before+1, e.nonce(), "the vetoed intent took no nonce")
}

// A batch that passed its simulation but reverts when mined (someone got to
// one of its requests first) releases its members, which go out again
// without the one that cannot.
func TestRevertedBatchReleasesItsMembers(t *testing.T) {
	t.Parallel()
	e := setup(t, batching(10))
	c := e.chain
	// Bob gets the relayer role too, and beats the batch to one request.
	role := chaintest.Call(t, c.Agents, c.AgentsABI.PackRELAYERROLE(), c.AgentsABI.UnpackRELAYERROLE)
	c.Send(chaintest.Deployer, c.Agents, nil, c.AgentsABI.PackGrantRole(role, c.Addr(chaintest.Bob)))
	reqs := e.requests(3)
	for _, id := range reqs {
		e.enqueue(e.batchable(id))
	}
	e.process() // the batch is in the pool
	head, err := c.Client.HeaderByNumber(context.Background(), nil)
	require.NoError(t, err)
	rival := c.Opts(chaintest.Bob)
	rival.GasTipCap = big.NewInt(100e9) // mined first in the block
	rival.GasFeeCap = new(big.Int).Add(new(big.Int).Mul(head.BaseFee, big.NewInt(4)), rival.GasTipCap)
	rival.GasLimit = 500_000
	rival.NoSend = false
	_, err = c.Agents.RawTransact(rival, c.AgentsABI.PackFulfillGeneration(reqs[2], "ipfs://rival"))
	require.NoError(t, err)
	c.Backend.Commit()

	var first struct {
		State  string `db:"state"`
		Status int16  `db:"receipt_status"`
	}
	e.process() // the batch reverted: its members are sent again, but for the one Bob took
	require.NoError(t, e.db.Get(&first, `SELECT state, receipt_status FROM txs WHERE idempotency_key LIKE 'batch:%' ORDER BY id LIMIT 1`))
	require.Equal(t, txmgr.StateConfirmed, first.State)
	require.Equal(t, int16(0), first.Status, "the first batch reverted on chain")
	for _, id := range reqs[:2] {
		require.Equal(t, txmgr.StateBatched, e.get("fulfil:"+id.String()).State)
	}
	c.Backend.Commit()
	e.process()
	require.Equal(t, txmgr.StateFatal, e.get("fulfil:"+reqs[2].String()).State)
	for _, id := range reqs[:2] {
		require.Equal(t, txmgr.StateConfirmed, e.get("fulfil:"+id.String()).State)
		require.Equal(t, uint8(2), e.status(id))
	}
}

// A confirmed batch whose block a reorg takes out goes back to be settled:
// it is sent again and its members confirmed in the new block.
func TestConfirmedBatchRecheckedAfterReorg(t *testing.T) {
	t.Parallel()
	e := setup(t, batching(10))
	c := e.chain
	reqs := e.requests(2)
	for _, id := range reqs {
		e.enqueue(e.batchable(id))
	}
	e.process()
	c.Backend.Commit()
	e.process()
	first := e.get("fulfil:" + reqs[0].String())
	require.Equal(t, txmgr.StateConfirmed, first.State)

	// A longer side chain from the block before takes the batch's block out.
	mined := first.MinedBlock.Int64
	parent, err := c.Client.HeaderByNumber(context.Background(), big.NewInt(mined-1))
	require.NoError(t, err)
	require.NoError(t, c.Backend.Fork(parent.Hash()))
	c.Backend.Rollback()
	c.Backend.Commit()
	c.Backend.Commit()
	require.Equal(t, uint8(1), e.status(reqs[0]), "the fulfilment is gone with its block")

	e.process() // noticed, and the same signed batch sent again
	for _, id := range reqs {
		require.Equal(t, txmgr.StateBatched, e.get("fulfil:"+id.String()).State)
	}
	c.Backend.Commit()
	e.process()
	for _, id := range reqs {
		tx := e.get("fulfil:" + id.String())
		require.Equal(t, txmgr.StateConfirmed, tx.State)
		require.Greater(t, tx.MinedBlock.Int64, mined, "mined again on the new chain")
		require.Equal(t, uint8(2), e.status(id))
	}
}
