package indexer_test

import (
	"context"
	"testing"
	"time"

	"github.com/stretchr/testify/require"

	"github.com/inft-labs/inft/indexer"
	"github.com/inft-labs/inft/internal/chaintest"
	"github.com/inft-labs/inft/internal/startstop/startstoptest"
)

// Start and Stop, from many goroutines at once, neither block nor leak, and
// a started indexer indexes.
func TestLifecycle(t *testing.T) {
	t.Parallel()
	e := setup(t, indexer.Config{PollInterval: 10 * time.Millisecond})
	startstoptest.Stress(t, e.ix, nil)

	c := e.chain
	c.Send(chaintest.Alice, c.Agents, ether(10), c.AgentsABI.PackPurchasePackage(0))
	ctx := context.Background()
	require.NoError(t, e.ix.Start(ctx))
	require.NoError(t, e.ix.Start(ctx), "a second Start does nothing")
	require.Eventually(t, func() bool {
		var agents int
		return e.db.Get(&agents, `SELECT count(*) FROM agents`) == nil && agents == 1
	}, 10*time.Second, 10*time.Millisecond)
	require.NoError(t, e.ix.Stop(ctx))
	require.NoError(t, e.ix.Stop(ctx), "a second Stop does nothing")
}
