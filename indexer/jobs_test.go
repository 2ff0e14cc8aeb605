package indexer_test

import (
	"math/big"
	"testing"

	"github.com/stretchr/testify/require"

	"github.com/inft-labs/inft/indexer"
	"github.com/inft-labs/inft/jobs"
)

// A request that ends within the range being indexed leaves no relayer job
// behind, and the job of one that ends later goes in the transaction that
// records its ending; a request still pending keeps its job. Backfilled two
// blocks a batch, so requests and their endings fall in different batches,
// then followed at the head.
func TestBackfillLeavesNoJobForSettledRequests(t *testing.T) {
	t.Parallel()
	for _, path := range indexingPaths {
		t.Run(path.name, func(t *testing.T) {
			t.Parallel()
			cfg := path.cfg
			cfg.InitialRange, cfg.MaxRange = 2, 2
			e := setupWithJobs(t, cfg)
			c, a := e.chain, e.chain.AgentsABI
			e.send(alice, c.Agents, ether(45), a.PackPurchasePackage(1))
			agent := big.NewInt(1)
			var ids []*big.Int
			for i := range 4 {
				e.send(alice, c.Agents, nil, a.PackRequestGeneration(agent, 0, "p"))
				ids = append(ids, big.NewInt(int64(i+1)))
				c.Commit() // an empty block between each
			}
			e.send(relayer, c.Agents, nil, a.PackFulfillGeneration(ids[0], "ipfs://one"))
			e.send(relayer, c.Agents, nil, a.PackFailGeneration(ids[1], "no"))
			c.Commit()
			e.sync()
			require.Equal(t, map[string]string{"3": "available", "4": "available"}, e.riverJobs(),
				"the settled requests left no job; the pending ones have theirs")

			// At the head: request 3 ends; its job goes with the batch that records it.
			e.send(relayer, c.Agents, nil, a.PackFulfillGeneration(ids[2], "ipfs://three"))
			e.sync()
			require.Equal(t, map[string]string{"4": "available"}, e.riverJobs())
			e.send(alice, c.Agents, nil, a.PackRequestGeneration(agent, 0, "p"))
			e.sync()
			require.Equal(t, map[string]string{"4": "available", "5": "available"}, e.riverJobs(), "a new request gets its job")
		})
	}
}

// setupWithJobs is setup with River's inserter: the indexer queues the
// relayer's jobs.
func setupWithJobs(t *testing.T, cfg indexer.Config) *env {
	t.Helper()
	e := setup(t, cfg)
	ins, err := jobs.NewInserter(e.db.DB.DB, 0)
	require.NoError(t, err)
	e.cfg.Jobs = ins
	e.ix = e.newIndexer(indexer.NewClient(e.chain.RPC()))
	return e
}

// riverJobs is each request's River job state.
func (e *env) riverJobs() map[string]string {
	e.t.Helper()
	var rows []struct{ ID, State string }
	require.NoError(e.t, e.db.Select(&rows, `SELECT args->>'request_id' AS id, state::text AS state FROM river_job WHERE kind = 'generate'`))
	out := map[string]string{}
	for _, r := range rows {
		out[r.ID] = r.State
	}
	return out
}
