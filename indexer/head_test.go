package indexer_test

import (
	"context"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/rpc"
	"github.com/stretchr/testify/require"

	"github.com/inft-labs/inft/indexer"
	"github.com/inft-labs/inft/internal/chaintest"
	"github.com/inft-labs/inft/internal/pgtest"
	"github.com/inft-labs/inft/migrations"
)

// Over WebSocket the indexer follows newHeads: with polling set to an hour, a
// new block is still indexed at once.
func TestFollowsNewHeadsOverWebSocket(t *testing.T) {
	t.Parallel()
	c := chaintest.NewWithOptions(t, chaintest.Options{WS: true})
	db := pgtest.New(t)
	_, err := migrations.Up(context.Background(), db.DB.DB)
	require.NoError(t, err)
	ws, err := rpc.Dial(c.WSURL)
	require.NoError(t, err)
	t.Cleanup(ws.Close)
	ix, err := indexer.New(context.Background(), db.DB, indexer.NewClient(ws), indexer.Config{
		Contracts: c.Contracts, StartBlock: c.DeployBlock, PollInterval: time.Hour,
	})
	require.NoError(t, err)

	ctx, stop := context.WithCancel(context.Background())
	done := make(chan error, 1)
	go func() { done <- ix.Run(ctx) }()
	defer func() { stop(); require.NoError(t, <-done) }()

	indexed := func() uint64 {
		cp, err := ix.Checkpoint(context.Background())
		if err != nil || cp == nil {
			return 0
		}
		return cp.Block
	}
	head := func() uint64 {
		n, err := c.Client.BlockNumber(context.Background())
		require.NoError(t, err)
		return n
	}
	require.Eventually(t, func() bool { return indexed() == head() }, 20*time.Second, 20*time.Millisecond)

	c.Send(chaintest.Alice, c.Agents, ether(10), c.AgentsABI.PackPurchasePackage(starter))
	require.Eventually(t, func() bool { return indexed() == head() }, 10*time.Second, 20*time.Millisecond,
		"a new head is indexed without waiting for the hour-long poll")
	var agents int
	require.NoError(t, db.Get(&agents, `SELECT count(*) FROM agents`))
	require.Equal(t, 1, agents)
}

// With INDEXER_CONFIRMATIONS=finalized, a request gets its relayer job only
// once the node reports its block finalized.
func TestJobsWaitForFinality(t *testing.T) {
	t.Parallel()
	e := setup(t, indexer.Config{Finalized: true})
	for _, s := range workload()[:1] {
		s.run(e)
	}
	e.send(alice, e.chain.Agents, nil, e.chain.AgentsABI.PackRequestGeneration(big1(), text, "wait for it"))
	e.sync()
	e.requireMatchesChain()

	cp, err := e.ix.Checkpoint(context.Background())
	require.NoError(t, err)
	require.Less(t, cp.Finalized, cp.Block, "the simulated chain finalizes in epochs of 32 blocks")
	require.Empty(t, e.jobIDs(), "not finalized yet")

	for range 40 {
		e.chain.Backend.Commit()
	}
	e.sync()
	require.Equal(t, []string{"1"}, e.jobIDs())
	cp, err = e.ix.Checkpoint(context.Background())
	require.NoError(t, err)
	require.Equal(t, min(cp.Block, cp.Finalized), cp.Confirmed, "jobs exist up to the finalized block")
}
