package indexer_test

import (
	"context"
	"fmt"
	"math/big"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/prometheus/client_golang/prometheus"
	"github.com/stretchr/testify/require"

	"github.com/inft-labs/inft/indexer"
)

// TestReorgInsideAFollowedRange: the blocks near the head are followed in
// ranges, a transaction each, but each block's changes are recorded for
// undo under its own number: a reorg whose common ancestor is inside a
// followed range restores the rows as they were at the end of that block,
// not at the range's start.
func TestReorgInsideAFollowedRange(t *testing.T) {
	t.Parallel()
	reg := prometheus.NewRegistry()
	cfg := indexer.Config{Metrics: indexer.NewMetrics(reg)}
	e := setup(t, cfg)
	c, a := e.chain, e.chain.AgentsABI
	e.send(alice, c.Agents, ether(10), a.PackPurchasePackage(starter)) // agent 1
	e.sync()

	// Six blocks, each changing agent 1 again (a request: its credits and
	// counters).
	nAlice := e.nonceOf(alice)
	var blocks []uint64
	for i := range 6 {
		blocks = append(blocks, e.mineTxs(e.signedTx(alice, nAlice+uint64(i), 1, c.Contracts.Agents, nil,
			a.PackRequestGeneration(big.NewInt(1), text, fmt.Sprintf("request of block %d", i)))))
	}
	before := histogramCount(t, reg, "inft_indexer_batch_seconds")
	e.sync()
	require.Equal(t, before+1, histogramCount(t, reg, "inft_indexer_batch_seconds"), "the six blocks in one transaction")
	require.Equal(t, int(e.chainHead()-blocks[0]+1), e.countRows(`SELECT count(*) FROM indexer_blocks WHERE block_number >= $1`, blocks[0]),
		"every followed block's hash kept")
	e.requireMatchesChain()

	// The chain changes from the block after the third request's on: the
	// first three requests stay, the last three are gone.
	head := e.chainHead()
	e.forkAt(blocks[2])
	e.mineTxs(e.burnNonce(alice, nAlice+3))
	e.mineUntil(head + 1)
	e.sync()
	e.requireMatchesChain()
	require.Equal(t, 3, e.countRows(`SELECT count(*) FROM generation_requests`), "the first three requests stay")
	require.Equal(t, 1.0, counterValue(t, reg, "inft_indexer_reorgs_total"))
	e.requireSameAsFromScratch(cfg)
}

// A node whose range answers leave out a block's logs (as when the logs are
// read from another chain than the headers before them, or from a node
// behind): the header's bloom says the block may hold some, so they are
// asked again by its hash, and nothing is missed.
func TestFollowedBlockMissingFromARangeIsAskedByHash(t *testing.T) {
	t.Parallel()
	e := setup(t, indexer.Config{})
	c, a := e.chain, e.chain.AgentsABI
	e.send(alice, c.Agents, ether(10), a.PackPurchasePackage(starter)) // agent 1
	e.send(alice, c.Agents, nil, a.PackRequestGeneration(big.NewInt(1), text, "a lighthouse"))
	dropped := e.chainHead()
	e.send(bob, c.Agents, ether(10), a.PackPurchasePackage(starter)) // agent 2
	client := &droppingClient{Client: indexer.NewClient(c.RPC()), block: dropped}
	ix := e.newIndexer(client)
	ctx, cancel := context.WithTimeout(context.Background(), time.Minute)
	defer cancel()
	require.NoError(t, ix.Sync(ctx))
	require.True(t, client.dropped, "a range's answer left the block out")
	e.requireMatchesChain()
	require.Equal(t, 1, e.countRows(`SELECT count(*) FROM generation_requests`), "the request of the block left out")
}

// droppingClient leaves the logs of one block out of every answer over a
// range.
type droppingClient struct {
	indexer.Client
	block   uint64
	dropped bool
}

func (c *droppingClient) FilterLogs(ctx context.Context, q ethereum.FilterQuery) ([]types.Log, error) {
	logs, err := c.Client.FilterLogs(ctx, q)
	if err != nil || q.BlockHash != nil {
		return logs, err
	}
	kept := logs[:0]
	for _, l := range logs {
		if l.BlockNumber == c.block {
			c.dropped = true
			continue
		}
		kept = append(kept, l)
	}
	return kept, nil
}

// histogramCount is the number of observations of a histogram registered
// with reg.
func histogramCount(t testing.TB, reg *prometheus.Registry, name string) uint64 {
	t.Helper()
	families, err := reg.Gather()
	require.NoError(t, err)
	for _, f := range families {
		if f.GetName() == name {
			total := uint64(0)
			for _, m := range f.GetMetric() {
				total += m.GetHistogram().GetSampleCount()
			}
			return total
		}
	}
	return 0
}
